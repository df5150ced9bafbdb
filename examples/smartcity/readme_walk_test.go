package main

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity/spbe"
)

// walkStep is a command of the README's walk from Excel to a report,
// with the lines it prints there, "…" for those left out.
type walkStep struct {
	args []string
	want []string
}

// readmeWalk returns the commands of the README's section "Dari Excel ke
// laporan", in order.
func readmeWalk(t *testing.T) []walkStep {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	require.NoError(t, err)
	_, section, ok := strings.Cut(string(data), "\n## Dari Excel ke laporan")
	require.True(t, ok, "the README has a section for analysts")
	section, _, _ = strings.Cut(section, "\n## ")
	var steps []walkStep
	for _, block := range regexp.MustCompile("(?s)```text\n(.*?)```").FindAllStringSubmatch(section, -1) {
		for _, line := range strings.Split(strings.TrimSuffix(block[1], "\n"), "\n") {
			if cmd, ok := strings.CutPrefix(line, "$ smartcity "); ok {
				steps = append(steps, walkStep{args: shellWords(t, cmd)})
				continue
			}
			require.NotEmpty(t, steps, "a block starts with a command: %q", line)
			if line != "…" {
				steps[len(steps)-1].want = append(steps[len(steps)-1].want, line)
			}
		}
	}
	return steps
}

// shellWords splits a command line as a shell does words and double
// quotes, which is all the README's commands use.
func shellWords(t *testing.T, line string) []string {
	t.Helper()
	var words []string
	for _, m := range regexp.MustCompile(`"([^"]*)"|(\S+)`).FindAllStringSubmatch(line, -1) {
		if m[2] != "" {
			require.NotContains(t, m[2], `"`, "quotes within a word: %q", line)
			words = append(words, m[2])
		} else {
			words = append(words, m[1])
		}
	}
	return words
}

// TestReadmeFromExcelToReport runs the README's walk from a template to
// the reports, in a folder of its own, filling each template in as an
// analyst would — Rembang's 2024 levels in the assessment, Rembang's and
// Sumedang's in the cohort — and checks that every command succeeds,
// prints what the README shows and writes the files it names.
func TestReadmeFromExcelToReport(t *testing.T) {
	steps := readmeWalk(t)
	require.GreaterOrEqual(t, len(steps), 7)
	rembang, sumedang := assessmentLevels(t, "rembang-2024.json"), assessmentLevels(t, "sumedang-2024.json")
	t.Chdir(t.TempDir())
	for _, s := range steps {
		code, out, errOut := runCLI(t, "", s.args...)
		require.Equal(t, exitOK, code, "%q: %s", s.args, errOut)
		lines := strings.Split(out, "\n")
		for _, w := range s.want {
			assert.Contains(t, lines, w, "%q prints what the README shows", s.args)
		}
		if i := slices.Index(s.args, "-o"); i >= 0 {
			assert.FileExists(t, s.args[i+1], "%q", s.args)
		}
		if i := slices.Index(s.args, "--out-dir"); i >= 0 {
			entries, err := os.ReadDir(s.args[i+1])
			require.NoError(t, err)
			assert.Len(t, entries, 2, "%q: a report per region", s.args)
		}
		if s.args[0] != "template" {
			continue
		}
		name := s.args[slices.Index(s.args, "-o")+1]
		fw := spbe.Default()
		if i := slices.Index(s.args, "--tahun"); i >= 0 {
			require.Equal(t, "2024", s.args[i+1], "the levels filled in are of 2024")
		}
		switch s.args[1] {
		case "penilaian":
			fillAssessment(t, name, fw, "", 0, rembang)
		case "kohort":
			fillCohort(t, name, fw, member{"Pemerintah Kab. Rembang", 2024, rembang}, member{"Pemerintah Kab. Sumedang", 2024, sumedang})
		default:
			t.Fatalf("the walk fills in no template %q", s.args[1])
		}
	}
}
