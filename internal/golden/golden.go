package golden

import (
	"bytes"
	"errors"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// update is the -update flag: set, Check rewrites the golden files instead
// of comparing with them. It is registered once, here, for every test
// binary that imports this package; see the package documentation for how
// to pass it.
var update = flag.Bool("update", false, "rewrite the golden files under testdata with what the tests produce")

// Update reports whether the tests run with -update.
func Update() bool { return *update }

// Check compares got with the golden file at path, or, under -update,
// writes got to path, creating its folders, and passes. A missing file
// fails the test with a hint to run with -update; a mismatch fails it with
// a diff of the file and got.
func Check(t testing.TB, path string, got []byte) {
	t.Helper()
	check(t, path, got, Update())
}

// check is Check with the flag's value given, so that both ways can be
// tested in one run.
func check(t testing.TB, path string, got []byte, update bool) {
	t.Helper()
	want, err := os.ReadFile(path)
	if update {
		if err == nil && bytes.Equal(want, got) {
			return
		}
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, got, 0o644))
		t.Logf("golden file %s written", path)
		return
	}
	if errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("golden file %s does not exist: run go test with -update to create it", path)
	}
	require.NoError(t, err, "golden file %s", path)
	assert.Equal(t, string(want), string(got),
		"output differs from the golden file %s (- file, + output); if the change is meant, run go test with -update and review the diff", path)
}

// Spellings checks a package's enum tables, each an internal/enum Table:
// every spelling each accepts — codes, names and aliases, folded — listed
// in the golden file at path, each read to its own value, and the
// spellings nobody writes refused. A spelling that goes away, or comes to
// mean another value, shows in review as a diff of the file.
func Spellings(t testing.TB, path string, tables ...interface{ Check() (string, error) }) {
	t.Helper()
	var b strings.Builder
	for _, tab := range tables {
		list, err := tab.Check()
		require.NoError(t, err)
		b.WriteString(list)
	}
	Check(t, path, []byte(b.String()))
}
