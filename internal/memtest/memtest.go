// Package memtest measures, for the library's tests, the memory a reading
// takes: the peak resident set of a child process that reads one input
// (Peak) — what the system gives the process, which a server's or a
// container's limit counts, not only the live heap — and the bytes a
// function allocates (Allocated), whose growth with the input says whether
// a reading is linear. Time is never measured by a test; benchmarks do.
//
// The library promises that every reader and command holds its peak to
// Bound: ten times the input and 50 MB.
package memtest

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// docEnv names, in the environment of a child process, the file it reads.
const docEnv = "SMARTCITY_MEMTEST_FILE"

// Bound is the most the resident set may grow while an input of size bytes
// is read: ten times the input and 50 MB.
func Bound(size int64) int64 { return 10*size + 50<<20 }

// Doc is one input of Peak: its name, for the log, and a function that
// makes it, called only in the parent process.
type Doc struct {
	Name string
	Make func() []byte
}

// Result is what one child process measured.
type Result struct {
	Name   string
	Size   int64 // of the input, in bytes
	Before int64 // the resident set before the reading, in bytes
	Peak   int64 // the peak resident set (VmHWM), in bytes
}

// Growth is how much the reading added to the resident set: the peak less
// the resident set just before, so that the size of the test binary does
// not count.
func (r Result) Growth() int64 { return r.Peak - r.Before }

// String says the result for the log: "100,000 empty programmes, 0.3 MB:
// resident set 13.7 MB before, peak 17.9 MB: +4.2 MB, 14.0× the input".
func (r Result) String() string {
	return fmt.Sprintf("%s, %.1f MB: resident set %.1f MB before, peak %.1f MB: +%.1f MB, %.1f× the input",
		r.Name, mb(r.Size), mb(r.Before), mb(r.Peak), mb(r.Growth()), float64(r.Growth())/float64(max(r.Size, 1)))
}

func mb(n int64) float64 { return float64(n) / 1e6 }

// Peak measures read on each of docs in a child process of its own, and
// returns what each measured, in the order of docs. It writes each input
// to a file and runs the calling test again, in a new process, with that
// file named in its environment; there Peak calls warm (which builds what a
// process builds once, such as a validator; it may be nil), takes the
// resident set, calls read with the file, takes the peak (VmHWM) and ends
// the test. (getrusage would count the parent's memory too: the child
// starts as a copy of it.)
//
// The calling test must be a top-level test and call Peak once. Peak skips
// the test where it cannot measure: off Linux, where /proc gives the
// figures, under the race detector, which multiplies memory, and in
// -short mode.
func Peak(t *testing.T, warm func(), read func(t testing.TB, path string), docs ...Doc) []Result {
	t.Helper()
	if path := os.Getenv(docEnv); path != "" {
		child(t, path, warm, read)
		t.SkipNow() // the parent reports
		return nil
	}
	if testing.Short() || RaceEnabled() || runtime.GOOS != "linux" {
		t.Skip("measures a child process's resident set: Linux, no -short, no -race")
	}
	dir := t.TempDir()
	results := make([]Result, len(docs))
	failures := make([]string, len(docs))
	for k, d := range docs {
		results[k] = Result{Name: d.Name, Size: write(t, filepath.Join(dir, "input-"+strconv.Itoa(k)), d.Make)}
	}
	// The children run side by side, as many as there are processors:
	// each measures its own resident set.
	var wg sync.WaitGroup
	slots := make(chan struct{}, runtime.NumCPU())
	for k := range docs {
		wg.Go(func() {
			slots <- struct{}{}
			defer func() { <-slots }()
			failures[k] = measure(t.Name(), filepath.Join(dir, "input-"+strconv.Itoa(k)), &results[k])
		})
	}
	wg.Wait()
	for k, r := range results {
		if failures[k] != "" {
			t.Fatalf("%s: %s", r.Name, failures[k])
		}
		t.Log(r)
	}
	return results
}

// measure runs the test named test in a child process that reads the file
// at path, and fills in r; it returns why it could not, or "".
func measure(test, path string, r *Result) string {
	cmd := exec.Command(os.Args[0], "-test.run="+runPattern(test), "-test.count=1")
	cmd.Env = append(os.Environ(), docEnv+"="+path)
	out, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Sprintf("%v\n%s", err, out)
	}
	for line := range strings.Lines(string(out)) {
		if rest, ok := strings.CutPrefix(line, "memtest rss "); ok {
			if _, err := fmt.Sscan(rest, &r.Before, &r.Peak); err != nil {
				return err.Error()
			}
		}
	}
	if r.Peak <= 0 {
		return "the child measured nothing\n" + string(out)
	}
	return ""
}

// write writes the input make makes to path and returns its size; the
// parent keeps nothing of it, as the child reads the file.
func write(t testing.TB, path string, make func() []byte) int64 {
	data := make()
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return int64(len(data))
}

// Within reports a failure for each result whose growth is over Bound.
func Within(t testing.TB, results []Result) {
	t.Helper()
	for _, r := range results {
		if r.Growth() > Bound(r.Size) {
			t.Errorf("%s: the resident set grew by %.1f MB, more than 10× the input and 50 MB (%.1f MB)",
				r.Name, mb(r.Growth()), mb(Bound(r.Size)))
		}
	}
}

// runPattern is the -test.run pattern that runs the test named name alone.
func runPattern(name string) string {
	parts := strings.Split(name, "/")
	for i, p := range parts {
		parts[i] = "^" + regexp.QuoteMeta(p) + "$"
	}
	return strings.Join(parts, "/")
}

// child measures read of the file at path and prints "memtest rss BEFORE
// PEAK", in bytes.
func child(t *testing.T, path string, warm func(), read func(t testing.TB, path string)) {
	if warm != nil {
		warm()
	}
	runtime.GC()
	debug.FreeOSMemory()
	before := procStatus(t, "VmRSS")
	read(t, path)
	peak := procStatus(t, "VmHWM")
	fmt.Printf("memtest rss %d %d\n", before, peak)
}

// procStatus returns a figure of /proc/self/status in bytes.
func procStatus(t testing.TB, key string) int64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Fatal(err)
	}
	for line := range strings.Lines(string(data)) {
		if rest, ok := strings.CutPrefix(line, key+":"); ok {
			kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			if err != nil {
				t.Fatal(err)
			}
			return kb << 10
		}
	}
	t.Fatalf("no %s in /proc/self/status", key)
	return 0
}

// RaceEnabled reports whether the test binary was built with the race
// detector, which multiplies the memory a process takes.
func RaceEnabled() bool {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return false
	}
	for _, s := range info.Settings {
		if s.Key == "-race" {
			return s.Value == "true"
		}
	}
	return false
}

// Allocated returns the bytes f allocates, as the runtime counts them
// (runtime.MemStats.TotalAlloc), for a test that a reading's allocation
// grows linearly with its input: Allocated at 4n no more than about 5×
// Allocated at n. The count is deterministic for a deterministic f, unlike
// time.
func Allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// Linear reports a failure unless the run that prepare makes for 4n
// allocates at most 5× the bytes of the run it makes for n: what grows
// linearly takes 4× (less when a fixed part weighs), what grows as n²
// takes 16×. Only the run is measured, not prepare, which makes its input.
func Linear(t testing.TB, what string, n int, prepare func(n int) (run func())) {
	t.Helper()
	runSmall, runLarge := prepare(n), prepare(4*n)
	small, large := Allocated(runSmall), Allocated(runLarge)
	ratio := float64(large) / float64(max(small, 1))
	t.Logf("%s: %d bytes allocated at n=%d, %d at 4n: %.2f×", what, small, n, large, ratio)
	if ratio > 5 {
		t.Errorf("%s: allocation grows faster than the input: %.2f× for 4× the input", what, ratio)
	}
}
