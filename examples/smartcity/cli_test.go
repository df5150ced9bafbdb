package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity/internal/golden"
)

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

func TestHelpGoesToStdoutOnce(t *testing.T) {
	for _, args := range [][]string{{"pillars", "-h"}, {"pillars", "--json", "--help"}, {"spbe", "score", "-h"},
		{"spbe", "frameworks", "-h"}, {"spbe", "framework", "--help"}} {
		var out, errOut bytes.Buffer
		code := run(args, strings.NewReader(""), &out, &errOut)
		assert.Equal(t, exitOK, code, args)
		assert.Equal(t, 1, strings.Count(out.String(), "Penggunaan:"), args)
		assert.Empty(t, errOut.String(), args)
	}
}

func TestUnknownCommandIsAUsageError(t *testing.T) {
	var out, errOut bytes.Buffer
	code := run([]string{"pilars"}, strings.NewReader(""), &out, &errOut)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errOut.String(), `smartcity: perintah "pilars" tidak dikenal`)
	assert.Empty(t, out.String())

	errOut.Reset()
	assert.Equal(t, exitUsage, run(nil, strings.NewReader(""), &out, &errOut))
	assert.Contains(t, errOut.String(), "Perintah:")
}
