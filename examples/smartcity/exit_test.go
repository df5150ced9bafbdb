package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity/internal/input"
)

// documentCommand is a command that reads a JSON document, with the
// document it reads well and the place of that document on its line.
type documentCommand struct {
	name string
	good string                    // a document the command reads with exit 0
	args func(doc string) []string // the command line, doc where the document goes
}

// documentCommands are every command that reads a JSON document, each
// place a document goes: FILE and the files of flags.
func documentCommands(t *testing.T) []documentCommand {
	framework := filepath.Join(t.TempDir(), "fw.json")
	data, err := json.Marshal(mustFramework(t))
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(framework, data, 0o600))
	assessment := spbeTestdata("rembang-2024.json")
	return []documentCommand{
		{"spbe score", assessment, func(d string) []string { return []string{"spbe", "score", d} }},
		{"spbe score --framework", framework, func(d string) []string { return []string{"spbe", "score", "--framework", d, assessment} }},
		{"spbe plan", assessment, func(d string) []string { return []string{"spbe", "plan", "--target", "Memuaskan", d} }},
		{"spbe plan --profile", assessment, func(d string) []string { return []string{"spbe", "plan", "--profile", d, assessment} }},
		{"spbe compare", assessment, func(d string) []string { return []string{"spbe", "compare", spbeTestdata("rembang-2023.json"), d} }},
		{"spbe cohort", assessment, func(d string) []string { return []string{"spbe", "cohort", d} }},
		{"spbe report", assessment, func(d string) []string { return []string{"spbe", "report", d} }},
		{"plan validate", rembangPlan, func(d string) []string { return []string{"plan", "validate", d} }},
		{"plan summary", rembangPlan, func(d string) []string { return []string{"plan", "summary", d} }},
		{"plan report", rembangPlan, func(d string) []string { return []string{"plan", "report", d} }},
		{"plan progress", rembangProgress, func(d string) []string { return []string{"plan", "progress", "--plan", rembangPlan, d} }},
		{"plan progress --plan", rembangPlan, func(d string) []string { return []string{"plan", "progress", "--plan", d, rembangProgress} }},
		{"eval score", rembangEvaluation, func(d string) []string { return []string{"eval", "score", d} }},
	}
}

// One rule for the exit code of every command that reads a document: a
// document that was read but is malformed, invalid or too large is a
// finding (1); a file that cannot be opened or read is a usage-class
// failure (2). A byte-order mark before any JSON document is read as
// nothing.
func TestExitCodesOfReadingAreOneRule(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		path := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(path, data, 0o600))
		return path
	}
	malformed := write("malformed.json", []byte(`{"region": `))
	notJSON := write("nan.json", []byte(`{"region": NaN}`))
	notUTF8 := write("latin1.json", []byte("{\"region\": \"Kab. \xc1ceh\"}"))
	unreadable := t.TempDir() // a directory opens, and cannot be read
	missing := filepath.Join(dir, "none.json")
	for _, c := range documentCommands(t) {
		t.Run(c.name, func(t *testing.T) {
			good, err := os.ReadFile(c.good)
			require.NoError(t, err)
			withBOM := write(strings.ReplaceAll(c.name, " ", "_")+".json", append([]byte("\xef\xbb\xbf"), good...))
			code, _, errOut := runCLI(t, "", c.args(withBOM)...)
			assert.Equal(t, exitOK, code, "a byte-order mark first: %s", errOut)

			for _, doc := range []string{malformed, notJSON, notUTF8} {
				code, _, errOut := runCLI(t, "", c.args(doc)...)
				assert.Equal(t, exitFinding, code, "%s: %s", filepath.Base(doc), errOut)
			}
			for _, doc := range []string{unreadable, missing} {
				code, _, errOut := runCLI(t, "", c.args(doc)...)
				assert.Equal(t, exitUsage, code, "%s: %s", doc, errOut)
			}
		})
	}
}

// A document over its size limit was read, as far as the limit: a finding.
func TestExitCodeOfATooLargeDocument(t *testing.T) {
	big := `{"instansi": "` + strings.Repeat("x", 200) + `"}`
	for _, command := range []string{"score", "cohort"} {
		code, _, errOut := runCLI(t, big, "spbe", command, "--max-bytes", "100", "-")
		assert.Equal(t, exitFinding, code, "spbe %s: %s", command, errOut)
	}
	// Every command decides alike: the size limit of the library's
	// readers is a finding, whatever wraps it; a file system's error is
	// not.
	assert.Equal(t, exitFinding, readExit(fmt.Errorf("x.json: %w", input.ErrTooLarge)))
	assert.Equal(t, exitFinding, readExit(&fs.PathError{Op: "read", Path: "-", Err: input.ErrTooLarge}))
	assert.Equal(t, exitUsage, readExit(fmt.Errorf("x.json: %w", &fs.PathError{Op: "read", Path: "x.json", Err: errors.New("is a directory")})))
	assert.Equal(t, exitFinding, readExit(errors.New("masterplan: line 1, column 2: unknown field")))
}

// The help says the rule.
func TestHelpSaysTheExitCodes(t *testing.T) {
	_, out, _ := runCLI(t, "", "--help", "--lang", "en")
	assert.Contains(t, out, "Exit codes: 0 when all is well; 1 for a finding: a check failed, or a document was read but is\n"+
		"malformed, invalid or too large; 2 for a usage error, or a file that cannot be opened or read.\n")
	_, out, _ = runCLI(t, "", "--help")
	assert.Contains(t, out, "Kode keluar: 0 bila semuanya baik; 1 untuk temuan")
	_, out, _ = runCLI(t, "", "spbe", "--help", "--lang", "en")
	assert.NotContains(t, out, "Exit codes", "said once, by the tool's own help")
}
