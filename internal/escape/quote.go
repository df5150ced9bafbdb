package escape

import "strconv"

// MaxQuoted is how much of a bad value a message repeats, in runes.
const MaxQuoted = 64

// Quote returns s quoted as Go quotes it, for a message that repeats a bad
// value, cut to MaxQuoted runes and an ellipsis when longer. It walks only
// as far as the cut, so a value of 60 MB costs no more than one of 60
// bytes.
func Quote(s string) string {
	n := 0
	for i := range s {
		if n == MaxQuoted {
			return strconv.Quote(s[:i] + "…")
		}
		n++
	}
	return strconv.Quote(s)
}
