package golden

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// recorder is a testing.TB that records failures instead of failing the
// test it wraps, so that the checks' own failures can be tested. Anything
// else, such as logging, goes to the wrapped test.
type recorder struct {
	testing.TB
	failed bool
	msgs   []string
}

func (r *recorder) Helper() {}
func (r *recorder) Fail()   { r.failed = true }
func (r *recorder) Failed() bool {
	return r.failed
}
func (r *recorder) Error(args ...any) { r.Errorf("%s", fmt.Sprint(args...)) }
func (r *recorder) Errorf(format string, args ...any) {
	r.failed = true
	r.msgs = append(r.msgs, fmt.Sprintf(format, args...))
}
func (r *recorder) Fatal(args ...any) { r.Error(args...); r.FailNow() }
func (r *recorder) Fatalf(format string, args ...any) {
	r.Errorf(format, args...)
	r.FailNow()
}

// FailNow ends the goroutine that run started, as testing.T's FailNow
// ends a test's.
func (r *recorder) FailNow() {
	r.failed = true
	runtime.Goexit()
}

// text is every failure message, joined.
func (r *recorder) text() string { return strings.Join(r.msgs, "\n") }

// run calls f with a recorder on a goroutine of its own, which FailNow may
// end, and returns the recorder once f is done.
func run(t *testing.T, f func(testing.TB)) *recorder {
	r := &recorder{TB: t}
	done := make(chan struct{})
	go func() {
		defer close(done)
		f(r)
	}()
	<-done
	return r
}

func TestFlagRegistered(t *testing.T) {
	// The flag is defined once, by this package, for whichever test binary
	// imports it, and Update reads it.
	f := flag.Lookup("update")
	require.NotNil(t, f)
	assert.Equal(t, "false", f.DefValue)
	assert.Equal(t, f.Value.String() == "true", Update())
}

func TestCheckMatches(t *testing.T) {
	path := filepath.Join(t.TempDir(), "out.txt")
	require.NoError(t, os.WriteFile(path, []byte("satu\ndua\n"), 0o644))
	r := run(t, func(tb testing.TB) { check(tb, path, []byte("satu\ndua\n"), false) })
	assert.False(t, r.failed, r.text())
}

func TestCheckMismatchFailsWithADiff(t *testing.T) {
	path := filepath.Join(t.TempDir(), "out.txt")
	require.NoError(t, os.WriteFile(path, []byte("satu\ndua\n"), 0o644))
	r := run(t, func(tb testing.TB) { check(tb, path, []byte("satu\ntiga\n"), false) })
	require.True(t, r.failed)
	assert.Contains(t, r.text(), "-dua")
	assert.Contains(t, r.text(), "+tiga")
	assert.Contains(t, r.text(), path)
	assert.Contains(t, r.text(), "-update")
	got, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, "satu\ndua\n", string(got), "a comparison leaves the file alone")
}

func TestCheckMissingFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "absent.txt")
	r := run(t, func(tb testing.TB) { check(tb, path, []byte("x"), false) })
	require.True(t, r.failed)
	assert.Contains(t, r.text(), path+" does not exist: run go test with -update to create it")
	assert.NoFileExists(t, path)
}

func TestCheckUpdateWrites(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "report", "id", "out.md")
	r := run(t, func(tb testing.TB) { check(tb, path, []byte("# Laporan\n"), true) })
	require.False(t, r.failed, r.text())
	got, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, "# Laporan\n", string(got), "the folders are created and the file written")

	r = run(t, func(tb testing.TB) { check(tb, path, []byte("# Report\n"), true) })
	require.False(t, r.failed, r.text())
	got, err = os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, "# Report\n", string(got), "a changed output is written over the file")

	r = run(t, func(tb testing.TB) { check(tb, path, []byte("# Report\n"), false) })
	assert.False(t, r.failed, "what -update wrote compares equal afterwards: %s", r.text())
}

// An unchanged file is not written again under -update, so that its
// modification time stays.
func TestCheckUpdateLeavesAnEqualFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "out.txt")
	require.NoError(t, os.WriteFile(path, []byte("sama\n"), 0o644))
	old := time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)
	require.NoError(t, os.Chtimes(path, old, old))
	r := run(t, func(tb testing.TB) { check(tb, path, []byte("sama\n"), true) })
	require.False(t, r.failed, r.text())
	info, err := os.Stat(path)
	require.NoError(t, err)
	assert.True(t, info.ModTime().Equal(old), "modified at %v", info.ModTime())
}

func TestCheckUnreadableFile(t *testing.T) {
	dir := t.TempDir()
	r := run(t, func(tb testing.TB) { check(tb, dir, []byte("x"), false) })
	require.True(t, r.failed)
	assert.Contains(t, r.text(), "golden file "+dir)
}

// table is an enum table as Spellings sees it.
type table struct {
	list string
	err  error
}

func (tb table) Check() (string, error) { return tb.list, tb.err }

func TestSpellings(t *testing.T) {
	path := filepath.Join(t.TempDir(), "spellings.golden")
	require.NoError(t, os.WriteFile(path, []byte("A\ta\ta\nB\tb\tb\n"), 0o644))
	if Update() {
		t.Skip("-update would rewrite the file instead of comparing")
	}
	r := run(t, func(tb testing.TB) { Spellings(tb, path, table{list: "A\ta\ta\n"}, table{list: "B\tb\tb\n"}) })
	assert.False(t, r.failed, r.text())
	r = run(t, func(tb testing.TB) { Spellings(tb, path, table{list: "A\ta\ta\n"}) })
	assert.True(t, r.failed, "a spelling gone from the listing fails")
	r = run(t, func(tb testing.TB) {
		Spellings(tb, path, table{list: "A\ta\ta\n"}, table{err: fmt.Errorf(`enum: B accepts "-b", as b`)})
	})
	assert.True(t, r.failed)
	assert.Contains(t, r.text(), `accepts "-b"`)
}
