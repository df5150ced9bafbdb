package main

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestOutputFlagWritesWhatStdoutGets: -o FILE writes to the file exactly
// what the command prints on standard output without it, and prints
// nothing; -o - is standard output.
func TestOutputFlagWritesWhatStdoutGets(t *testing.T) {
	for _, args := range [][]string{
		{"pillars", "--json"},
		{"spbe", "frameworks"},
		{"spbe", "framework", "permenpanrb-8-2026"},
		{"spbe", "score", spbeTestdata("rembang-2024.json")},
		{"spbe", "score", "--json", "--unanswered", "zero", spbeCLITestdata("named-2023-2024.csv")},
		{"spbe", "plan", "--target", "4.2", spbeTestdata("rembang-2024.json")},
		{"spbe", "compare", spbeTestdata("rembang-2023.json"), spbeTestdata("rembang-2024.json")},
		{"spbe", "cohort", "--unanswered", "zero", spbeCLITestdata("named-2023-2024.csv")},
		{"spbe", "report", "--format", "csv", spbeTestdata("rembang-2024.json")},
		{"spbe", "report", "--lang", "en", spbeTestdata("rembang-2024.json")},
		{"plan", "validate", rembangPlan},
		{"plan", "summary", rembangPlan},
		{"plan", "progress", rembangProgress},
		{"plan", "report", "--format", "svg", rembangPlan},
		{"eval", "score", rembangEvaluation},
	} {
		t.Run(filepath.Base(args[len(args)-1])+"/"+args[1], func(t *testing.T) {
			want, _, _ := runCLI(t, "", args...)
			code, stdout, stderr := runCLI(t, "", args...)
			require.Equal(t, want, code, stderr)
			name := filepath.Join(t.TempDir(), "out")
			for _, flags := range [][]string{{"-o", name}, {"--o=" + name}} {
				got, out, errOut := runCLI(t, "", slices.Concat(args, flags)...)
				require.Equal(t, code, got, errOut)
				assert.Empty(t, out)
				assert.Empty(t, errOut)
				written, err := os.ReadFile(name)
				require.NoError(t, err)
				assert.Equal(t, stdout, string(written))
				assertOnlyFiles(t, filepath.Dir(name), "out")
			}
			got, out, _ := runCLI(t, "", slices.Concat(args, []string{"-o", "-"})...)
			assert.Equal(t, code, got)
			assert.Equal(t, stdout, out)
		})
	}
}

// assertOnlyFiles checks that dir holds the files names and nothing
// else: no temporary file is left behind.
func assertOnlyFiles(t *testing.T, dir string, names ...string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	var got []string
	for _, e := range entries {
		got = append(got, e.Name())
	}
	assert.ElementsMatch(t, names, got)
}

// TestOutputFlagRefusesAnInput: -o naming a file the command reads — its
// FILE, through another name or a link, or the file of --compare,
// --costs, --profile, --framework or --plan — is a usage error (exit 2)
// that names it, and the file is left as it was.
func TestOutputFlagRefusesAnInput(t *testing.T) {
	dir := t.TempDir()
	copyTo := func(src, name string) string {
		data, err := os.ReadFile(src)
		require.NoError(t, err)
		path := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(path, data, 0o644))
		return path
	}
	rembang := copyTo(spbeTestdata("rembang-2024.json"), "rembang.json")
	sumedang := copyTo(spbeTestdata("sumedang-2024.json"), "sumedang.json")
	costs := filepath.Join(dir, "biaya.csv")
	require.NoError(t, os.WriteFile(costs, []byte("indikator,cost\n21,75000000\n"), 0o644))
	framework := filepath.Join(dir, "framework.json")
	require.NoError(t, os.WriteFile(framework, []byte(runOK(t, "", "spbe", "framework", "permenpanrb-59-2020")), 0o644))
	plan := copyTo(rembangPlan, "masterplan.json")
	link := filepath.Join(dir, "link.json")
	linked := runtime.GOOS != "windows" && os.Symlink(rembang, link) == nil

	for _, tt := range []struct {
		name   string
		args   []string
		output string
	}{
		{"FILE", []string{"spbe", "score", rembang}, rembang},
		{"FILE by another name", []string{"spbe", "score", rembang}, filepath.Join(dir, ".", "rembang.json")},
		{"FILE read twice", []string{"spbe", "score", "--json", rembang}, rembang},
		{"cohort", []string{"spbe", "cohort", rembang}, rembang},
		{"report", []string{"spbe", "report", rembang}, rembang},
		{"--compare", []string{"spbe", "report", "--compare", sumedang, rembang}, sumedang},
		{"compare B", []string{"spbe", "compare", rembang, sumedang}, sumedang},
		{"--costs", []string{"spbe", "plan", "--target", "4.05", "--costs", costs, rembang}, costs},
		{"--profile", []string{"spbe", "plan", "--profile", sumedang, rembang}, sumedang},
		{"--framework", []string{"spbe", "score", "--framework", framework, rembang}, framework},
		{"plan", []string{"plan", "summary", plan}, plan},
		{"--plan", []string{"plan", "progress", "--plan", plan, copyTo(rembangProgress, "progress.json")}, plan},
	} {
		t.Run(tt.name, func(t *testing.T) {
			before, err := os.ReadFile(tt.output)
			require.NoError(t, err)
			for _, lang := range []string{"id", "en"} {
				want := "-o " + tt.output + " adalah berkas yang dibaca perintah ini; tulis hasilnya ke berkas lain"
				if lang == "en" {
					want = "-o " + tt.output + " is a file the command reads; write the result to another"
				}
				runFails(t, "", exitUsage, slices.Concat(tt.args, []string{"--lang", lang, "-o", tt.output}), want)
			}
			after, err := os.ReadFile(tt.output)
			require.NoError(t, err)
			assert.Equal(t, before, after)
		})
	}
	// Standard input redirected from the file, as `< rembang.json` does.
	for _, command := range [][]string{{"spbe", "score"}, {"spbe", "report"}, {"spbe", "cohort"}} {
		stdin, err := os.Open(rembang)
		require.NoError(t, err)
		var out, errOut bytes.Buffer
		code := run(slices.Concat(command, []string{"--lang", "en", "-o", rembang, "-"}), stdin, &out, &errOut)
		require.NoError(t, stdin.Close())
		assert.Equal(t, exitUsage, code, "%q: %s", command, errOut.String())
		assert.Contains(t, errOut.String(), "is a file the command reads")
	}
	if linked {
		runFails(t, "", exitUsage, []string{"spbe", "score", "--lang", "en", "-o", link, rembang}, "is a file the command reads", link)
		runFails(t, "", exitUsage, []string{"spbe", "score", "--lang", "en", "-o", rembang, link}, "is a file the command reads", rembang)
	}
}

// TestOutputFlagCannotWrite: an output that cannot be created or written
// is exit 2 with a message, in the language asked for, that names the
// file as -o gave it; a file it would replace is left as it was, and no
// temporary file stays behind.
func TestOutputFlagCannotWrite(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "no-such-folder", "out.txt")
	for _, tt := range []struct {
		output string
		id, en string
	}{
		{missing, "tidak dapat menulis " + missing + ": tidak ada folder " + filepath.Dir(missing), "cannot write " + missing + ": there is no folder " + filepath.Dir(missing)},
		{dir, "tidak dapat menulis " + dir + ": itu sebuah folder", "cannot write " + dir + ": it is a folder"},
	} {
		runFails(t, "", exitUsage, []string{"pillars", "-o", tt.output}, "smartcity pillars: "+tt.id)
		runFails(t, "", exitUsage, []string{"pillars", "--lang", "en", "-o", tt.output}, "smartcity pillars: "+tt.en)
	}
	assertOnlyFiles(t, dir)

	if _, err := os.Stat("/dev/full"); err == nil {
		// A write that fails, as on a full disk.
		runFails(t, "", exitUsage, []string{"spbe", "frameworks", "--lang", "en", "-o", "/dev/full"}, "cannot write /dev/full: ")
	}
	if runtime.GOOS != "windows" && os.Getuid() != 0 {
		locked := filepath.Join(dir, "locked")
		require.NoError(t, os.Mkdir(locked, 0o555))
		runFails(t, "", exitUsage, []string{"pillars", "-o", filepath.Join(locked, "out.txt")},
			"tidak dapat menulis "+filepath.Join(locked, "out.txt")+": akses ditolak")
	}
}

// TestOutputFlagWholeOrNothing: a run that fails after its output was
// opened — here an export of results of two frameworks, which cannot
// share a CSV — leaves the file it would replace as it was, and no
// temporary file; a run that succeeds replaces it whole and keeps its
// permissions.
func TestOutputFlagWholeOrNothing(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "hasil.csv")
	require.NoError(t, os.WriteFile(name, []byte("the old results\n"), 0o640))

	runFails(t, "", exitFinding, []string{"spbe", "report", "--format", "csv", "-o", name, spbeCLITestdata("cohort-2025-2026.json")},
		"kerangka evaluasi tidak sesuai")
	data, err := os.ReadFile(name)
	require.NoError(t, err)
	assert.Equal(t, "the old results\n", string(data))
	assertOnlyFiles(t, dir, "hasil.csv")

	assert.Empty(t, runOK(t, "", "spbe", "report", "--format", "csv", "-o", name, spbeTestdata("rembang-2024.json")))
	data, err = os.ReadFile(name)
	require.NoError(t, err)
	assert.Equal(t, runOK(t, "", "spbe", "report", "--format", "csv", spbeTestdata("rembang-2024.json")), string(data))
	assertOnlyFiles(t, dir, "hasil.csv")
	if runtime.GOOS != "windows" {
		info, err := os.Stat(name)
		require.NoError(t, err)
		assert.Equal(t, os.FileMode(0o640), info.Mode().Perm(), "a replaced file keeps its permissions")
	}
}
