package masterplan

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// rssDocEnv names, in the environment of a child test process, the plan
// file that TestDecodePeakRSS has it read.
const rssDocEnv = "MASTERPLAN_RSS_DOCUMENT"

// TestDecodePeakRSS reads generated plans of 1,000, 10,000 and 30,000
// programmes from files, decodes and validates them, each in a process of
// its own, and holds the growth of the resident set — the memory the
// system gives the process, which is what a server's limit counts, not
// the live heap — to 3× the document. The growth is the peak (VmHWM)
// less the resident set just before the file is opened, so the size of
// the test binary does not count. (getrusage would count the parent's
// memory too: the child starts as a copy of it.)
//
// It runs only on Linux, where /proc gives both figures, and not under
// the race detector, which multiplies memory, nor in -short mode.
func TestDecodePeakRSS(t *testing.T) {
	if path := os.Getenv(rssDocEnv); path != "" {
		rssChild(t, path)
		return
	}
	if testing.Short() || raceEnabled || runtime.GOOS != "linux" {
		t.Skip("measures a child process's resident set: Linux, no -short, no -race")
	}
	dir := t.TempDir()
	for _, n := range []int{1000, 10_000, 30_000} {
		path := filepath.Join(dir, fmt.Sprintf("plan-%d.json", n))
		data := generatedDocument(n)
		require.NoError(t, os.WriteFile(path, data, 0o600))
		size := len(data)
		data = nil //nolint:ineffassign // the child reads the file; the parent need not keep it
		_ = data

		cmd := exec.Command(os.Args[0], "-test.run=^TestDecodePeakRSS$", "-test.count=1")
		cmd.Env = append(os.Environ(), rssDocEnv+"="+path)
		out, err := cmd.CombinedOutput()
		require.NoError(t, err, "%s", out)
		var before, peak int64
		for _, line := range strings.Split(string(out), "\n") {
			if rest, ok := strings.CutPrefix(line, "rss "); ok {
				_, err := fmt.Sscan(rest, &before, &peak)
				require.NoError(t, err)
			}
		}
		require.Positive(t, peak, "%s", out)
		ratio := float64(peak-before) / float64(size)
		t.Logf("%d programmes, %.1f MB: resident set %.1f MB before, peak %.1f MB: +%.2f× the document",
			n, mb(size), mb(before), mb(peak), ratio)
		assert.LessOrEqual(t, ratio, 3.0, "%d programmes", n)
	}
}

func mb[T int | int64](n T) float64 { return float64(n) / 1e6 }

// rssChild loads the plan in path, validates it and prints the resident
// set before and the peak, in bytes: "rss BEFORE PEAK". The validator,
// built once per process whatever the document, is built before the
// resident set is taken.
func rssChild(t *testing.T, path string) {
	(&Plan{}).Validate(ValidateOptions{})
	runtime.GC()
	debug.FreeOSMemory()
	before := procStatus(t, "VmRSS")
	p, err := Load(path, DecodeOptions{})
	require.NoError(t, err)
	ps := p.Validate(ValidateOptions{})
	peak := procStatus(t, "VmHWM")
	runtime.KeepAlive(ps)
	fmt.Printf("rss %d %d\n", before, peak)
}

// procStatus returns a figure of /proc/self/status in bytes.
func procStatus(t *testing.T, key string) int64 {
	f, err := os.Open("/proc/self/status")
	require.NoError(t, err)
	defer f.Close()
	s := bufio.NewScanner(f)
	for s.Scan() {
		if rest, ok := strings.CutPrefix(s.Text(), key+":"); ok {
			kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			require.NoError(t, err)
			return kb << 10
		}
	}
	t.Fatalf("no %s in /proc/self/status", key)
	return 0
}
