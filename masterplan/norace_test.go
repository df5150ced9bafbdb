//go:build !race

package masterplan

// raceEnabled is set when the race detector is on; memory measurements
// skip, as it multiplies the memory a program takes.
const raceEnabled = false
