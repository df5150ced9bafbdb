package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// hostile is text that would forge a line of the tool's output, colour a
// terminal and reverse what follows it, were it printed raw.
const hostile = "x\nERROR forged\r\x1b[31m\u2028\u202e\x00"

// Control characters and line breaks that an argument, a file's name, a
// CSV header or a JSON key brings in are printed escaped: no line of
// standard error (or of a report of problems on standard output) is one
// that the input wrote, and none steers the terminal.
func TestOutputEscapesControlCharacters(t *testing.T) {
	dir := t.TempDir()
	// A file's name holds everything but the NUL, which no file system takes.
	named := filepath.Join(dir, strings.ReplaceAll(hostile, "\x00", "")+".json")
	if err := os.WriteFile(named, []byte(`{`+quoteJSON(hostile)+`: 1}`), 0o600); err != nil {
		t.Skip("the file system refuses the name:", err)
	}
	key := `{` + quoteJSON(hostile) + `: 1}`
	csvHeader := "instansi,tahun,\"" + hostile + "\"\nA,2024,3\n"
	longHeader := "indikator,level,\"" + hostile + "\"\n1,3,x\n"
	for _, c := range []struct {
		name, stdin string
		args        []string
	}{
		{"a missing file", "", []string{"spbe", "score", filepath.Join(dir, hostile)}},
		{"a file's name", "", []string{"spbe", "score", named}},
		{"a JSON key", key, []string{"spbe", "score", "-"}},
		{"a wide CSV header", csvHeader, []string{"spbe", "score", "-"}},
		{"a long CSV header", longHeader, []string{"spbe", "score", "--lang", "en", "-"}},
		{"a plan's key", "", []string{"plan", "validate", named}},
		{"a plan's key, summary", "", []string{"plan", "summary", named}},
		{"an evaluation's key", key, []string{"eval", "score", "-"}},
		{"a command", "", []string{"spbe", hostile}},
		{"a flag", "", []string{"spbe", "score", "--" + hostile, "x"}},
		{"a flag's value", "", []string{"spbe", "plan", "--target", hostile, "x"}},
		{"a language", "", []string{"spbe", "score", "--lang", hostile, "x"}},
		{"a framework", "", []string{"spbe", "score", "--framework", hostile, "x"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			code, out, errOut := runCLI(t, c.stdin, c.args...)
			assert.NotEqual(t, exitOK, code)
			assert.NotEmpty(t, errOut+out)
			for _, text := range []string{out, errOut} {
				for _, line := range strings.Split(text, "\n") {
					assert.False(t, strings.HasPrefix(line, "ERROR forged"), "a forged line:\n%s", text)
					assert.False(t, strings.ContainsAny(line, "\r\x1b\x00\u2028\u202e"), "a control character in %q", line)
				}
			}
		})
	}
}
