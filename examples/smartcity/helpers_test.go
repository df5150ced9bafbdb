package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity/internal/golden"
)

// The documents the tests read, each kept in one place: the Rembang
// example's, the library's and the tool's own testdata.
const (
	// rembangPlan is the example masterplan of Kabupaten Rembang. Paths
	// use forward slashes, which every OS opens, so that the golden
	// files that quote them are the same everywhere.
	rembangPlan = "../rembang/masterplan.json"
	// rembangProgress is the illustrative realisation of the Rembang
	// example plan; it names the plan beside it.
	rembangProgress = "../rembang/progress-2024.json"
	// rembangEvaluation is the Rembang example's illustrative evaluation.
	rembangEvaluation = "../rembang/evaluation-2024.json"
	// pemdi2026 is an assessment for 2026 that names no framework, with
	// the level of indicator 5 given as a Satu Data Indonesia score.
	pemdi2026 = "testdata/spbe/pemdi-2026.json"
)

// spbeTestdata is the spbe package's testdata, whose assessments
// reproduce published results: Rembang and Sumedang in 2023 and 2024.
func spbeTestdata(name string) string { return filepath.Join("..", "..", "spbe", "testdata", name) }

// libraryEvalTestdata names a test document of the evaluation package's,
// which the command reads as it reads any file.
func libraryEvalTestdata(name string) string {
	return "../../masterplan/evaluation/testdata/eval/" + name
}

// The tool's own testdata, by command.
func spbeCLITestdata(name string) string  { return filepath.Join("testdata", "spbe", name) }
func planTestdata(name string) string     { return "testdata/plan/" + name }
func progressTestdata(name string) string { return "testdata/progress/" + name }
func evalTestdata(name string) string     { return "testdata/eval/" + name }

// runCLI runs the tool in-process with stdin and returns its exit code and
// streams.
func runCLI(t testing.TB, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

// runFails runs the tool with args and stdin, as runCLI does, and checks
// that it fails: it exits with code, prints nothing on standard output and
// says each of want on standard error.
func runFails(t *testing.T, stdin string, code int, args []string, want ...string) {
	t.Helper()
	got, out, errOut := runCLI(t, stdin, args...)
	assert.Equal(t, code, got, errOut)
	assert.Empty(t, out)
	for _, w := range want {
		assert.Contains(t, errOut, w)
	}
}

// goldenRun runs the command with args, and stdin on its standard input, as
// a subtest named after the golden file that holds its standard output,
// testdata/dir/name. The run must exit with code and write nothing to
// standard error, and an SVG output must be a sound chart. goldenRun
// returns the output.
func goldenRun(t *testing.T, dir, name, stdin string, code int, args ...string) string {
	t.Helper()
	var out string
	t.Run(name, func(t *testing.T) {
		var errOut string
		var got int
		got, out, errOut = runCLI(t, stdin, args...)
		require.Equal(t, code, got, errOut)
		assert.Empty(t, errOut)
		if strings.HasSuffix(name, ".svg") {
			golden.SVG(t, []byte(out), name)
		}
		golden.Check(t, filepath.Join("testdata", dir, name), []byte(out))
	})
	return out
}

// decodeStrict decodes out into v, refusing unknown fields.
func decodeStrict(t *testing.T, out string, v any) {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(out))
	dec.DisallowUnknownFields()
	require.NoError(t, dec.Decode(v))
}

// failingWriter refuses every write, as a closed pipe or a full disk does.
type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

// runOK runs the tool with args and stdin, as runCLI does, requires that it
// succeeds, and returns its standard output.
func runOK(t *testing.T, stdin string, args ...string) string {
	t.Helper()
	code, out, errOut := runCLI(t, stdin, args...)
	require.Equal(t, exitOK, code, errOut)
	return out
}

// goldenCase is a command line, after the command words, whose standard
// output is the golden file named.
type goldenCase struct {
	golden string
	args   []string
}

// goldenCases runs each case as goldenRun does, the command words command
// before its arguments, with nothing on standard input and exit code 0.
func goldenCases(t *testing.T, dir string, command []string, cases []goldenCase) {
	t.Helper()
	for _, c := range cases {
		goldenRun(t, dir, c.golden, "", exitOK, append(slices.Clone(command), c.args...)...)
	}
}
