package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// realisationNaming writes, in a folder of its own beside an outside file
// holding "RAHASIA", a realisation of the Rembang plan that names plan in
// "plan", and returns the realisation's path and its folder.
func realisationNaming(t *testing.T, plan string) (path, dir string) {
	t.Helper()
	top := t.TempDir()
	dir = filepath.Join(top, "daerah")
	require.NoError(t, os.Mkdir(dir, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(top, "secret.json"), []byte("RAHASIA"), 0o644))
	return writeRealisation(t, dir, "progress.json", plan), dir
}

// writeRealisation writes in dir, as file, the Rembang realisation naming
// plan in "plan", and returns its path.
func writeRealisation(t *testing.T, dir, file, plan string) string {
	t.Helper()
	doc, err := os.ReadFile(rembangProgress)
	require.NoError(t, err)
	named := strings.Replace(string(doc), `"plan": "masterplan.json"`, `"plan": `+quoteJSON(plan), 1)
	require.Contains(t, named, `"plan": `+quoteJSON(plan))
	path := filepath.Join(dir, file)
	require.NoError(t, os.WriteFile(path, []byte(named), 0o644))
	return path
}

// quoteJSON writes s as a JSON string.
func quoteJSON(s string) string {
	data, _ := json.Marshal(s)
	return string(data)
}

// runWithin runs the tool as runCLI does, failing the test should it not
// return within a few seconds, as it would waiting on a FIFO.
func runWithin(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	type result struct {
		code     int
		out, err string
	}
	done := make(chan result, 1)
	go func() {
		code, out, errOut := runCLI(t, "", args...)
		done <- result{code, out, errOut}
	}()
	select {
	case r := <-done:
		return r.code, r.out, r.err
	case <-time.After(10 * time.Second):
		t.Fatalf("%v does not return", args)
		return 0, "", ""
	}
}

// A realisation may name its plan only inside its own folder: whatever it
// names outside is refused at "plan", without being opened, and nothing of
// any file it names is repeated.
func TestPlanProgressNamedPlanStaysInTheFolder(t *testing.T) {
	tests := []struct {
		plan string
		want string
	}{
		{"../secret.json", `plan: "../secret.json" leaves its folder with ".."; write a name inside it`},
		{"/etc/passwd", `plan: "/etc/passwd" is an absolute path; write a name relative to the document`},
		{"/proc/self/environ", `plan: "/proc/self/environ" is an absolute path`},
		{"/dev/zero", `plan: "/dev/zero" is an absolute path`},
		{`\\server\share\masterplan.json`, `names a network share`},
		{`C:\masterplan.json`, `names a drive`},
		{"file:///etc/passwd", `is an address, not a file name`},
		{"sub/../../secret.json", `leaves its folder`},
		{"masterplan.json\n", `holds a control character`},
	}
	for _, tt := range tests {
		t.Run(tt.plan, func(t *testing.T) {
			path, _ := realisationNaming(t, tt.plan)
			code, out, errOut := runWithin(t, "plan", "progress", "--lang", "en", path)
			assert.Equal(t, exitFinding, code, errOut)
			assert.Empty(t, out)
			assert.True(t, strings.HasPrefix(errOut, "smartcity plan progress: "+path+": plan: "), errOut)
			assert.Contains(t, errOut, tt.want)
			assert.Equal(t, 1, strings.Count(errOut, "\n"), "one line, the name escaped")
			assert.NotContains(t, errOut, "RAHASIA")
		})
	}
}

// Links that lead out of the folder, a folder, a FIFO (which would wait
// for a writer forever) and a file that is not a plan: all refused at
// once, none echoed.
func TestPlanProgressNamedPlanIsARegularFileInside(t *testing.T) {
	_, dir := realisationNaming(t, "masterplan.json")
	link := func(target, name string) {
		require.NoError(t, os.Symlink(target, filepath.Join(dir, name)))
	}
	plan, err := filepath.Abs(rembangPlan)
	require.NoError(t, err)
	link(filepath.Join(filepath.Dir(dir), "secret.json"), "out.json")
	link("../secret.json", "rel.json")
	link(plan, "masterplan.json") // an absolute link, out of the folder, to a real plan
	link("/proc/self/environ", "environ.json")
	link("/dev/zero", "zero.json")
	require.NoError(t, os.Mkdir(filepath.Join(dir, "folder.json"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "notes.json"), []byte("SECRET NOTES"), 0o644))
	names := []string{"out.json", "rel.json", "masterplan.json", "environ.json", "zero.json", "folder.json", "notes.json"}
	if makeFIFO(t, filepath.Join(dir, "fifo.json")) {
		names = append(names, "fifo.json")
	}
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			p := writeRealisation(t, dir, "progress-"+name, name)
			code, out, errOut := runWithin(t, "plan", "progress", "--lang", "en", p)
			assert.NotEqual(t, exitOK, code, errOut)
			assert.Empty(t, out)
			for _, leak := range []string{"RAHASIA", "'R'", "'S'", "SECRET", "'\\x00'"} {
				assert.NotContains(t, errOut, leak)
			}
		})
	}
	t.Run("messages", func(t *testing.T) {
		code, _, errOut := runWithin(t, "plan", "progress", "--lang", "en", filepath.Join(dir, "progress-folder.json"))
		assert.Equal(t, exitFinding, code)
		assert.Contains(t, errOut, `plan: "folder.json" is not a regular file`)
		code, _, errOut = runWithin(t, "plan", "progress", filepath.Join(dir, "progress-notes.json"))
		assert.Equal(t, exitFinding, code)
		assert.Contains(t, errOut, filepath.Join(dir, "notes.json")+" bukan rencana induk yang valid (1 galat); jalankan 'smartcity plan validate")
		code, _, errOut = runWithin(t, "plan", "progress", "--lang", "en", filepath.Join(dir, "progress-out.json"))
		assert.Equal(t, exitUsage, code)
		assert.Contains(t, errOut, filepath.Join(dir, "progress-out.json")+": plan: open out.json: path escapes from parent")
	})
}

// The plan named inside the folder, through a link that stays inside, is
// read; --plan, the user's own choice, may name any file.
func TestPlanProgressNamedPlanInside(t *testing.T) {
	path, dir := realisationNaming(t, "plans/current.json")
	data, err := os.ReadFile(rembangPlan)
	require.NoError(t, err)
	require.NoError(t, os.Mkdir(filepath.Join(dir, "plans"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "plans", "2022.json"), data, 0o644))
	require.NoError(t, os.Symlink("2022.json", filepath.Join(dir, "plans", "current.json")))
	code, out, errOut := runWithin(t, "plan", "progress", path)
	require.Equal(t, exitOK, code, errOut)
	assert.Contains(t, out, "Kemajuan rencana induk smart city Kabupaten Rembang, tahun 2024")

	outside, _ := realisationNaming(t, "../secret.json")
	code, out, errOut = runWithin(t, "plan", "progress", "--plan", rembangPlan, outside)
	assert.Equal(t, exitFinding, code, errOut)
	assert.Empty(t, out)
	assert.Contains(t, errOut, `plan: "../secret.json" keluar dari foldernya`, "the document still may not name it")
}
