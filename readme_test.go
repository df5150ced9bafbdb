package smartcity_test

import (
	"bytes"
	"encoding/json"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity/internal/workbook/workbooktest"
	"github.com/kotacerdas/smartcity/masterplan"
	"github.com/kotacerdas/smartcity/masterplan/evaluation"
	"github.com/kotacerdas/smartcity/spbe"
	"github.com/kotacerdas/smartcity/spbe/workspace"
)

func readme(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("README.md")
	require.NoError(t, err)
	return string(b)
}

// The README opens with the two commands that matter, and documents every
// subcommand of the command-line tool.
func TestReadmeOutline(t *testing.T) {
	s := readme(t)
	assert.True(t, strings.HasPrefix(s, "# smartcity\n\n```sh\n"+
		"go run ./examples/rembang   # the main job: Kabupaten Rembang's smart-city story, end to end\n"+
		"go test ./...               # the tests\n```\n"), "the README starts with its two commands")
	for _, cmd := range []string{
		"pillars", "spbe score", "spbe plan", "spbe compare", "spbe cohort", "spbe report",
		"plan validate", "plan summary", "plan progress", "plan report", "eval score", "bukti status", "template",
	} {
		assert.Contains(t, s, "\n### `smartcity "+cmd+"`\n")
		assert.Contains(t, s, "\n$ smartcity "+cmd, "a sample of smartcity %s", cmd)
	}
	for _, h := range []string{"Quick start", "Which rule applies to which year", "Packages", "File formats", "Where the rules come from",
		"Design goals", "Reliability", "Limits and uncertainties", "Dependencies", "Performance", "Licence"} {
		assert.Contains(t, s, "\n## "+h+"\n")
	}
}

// The quick start in the README is the package example, line for line, so
// that it compiles and prints what the README says.
func TestReadmeQuickStartIsTheExample(t *testing.T) {
	s := readme(t)
	m := regexp.MustCompile("(?s)## Quick start\n.*?```go\n(.*?)```\n\n```text\n(.*?)```").FindStringSubmatch(s)
	require.NotNil(t, m, "the quick start has a Go block and its output")
	code, output := m[1], m[2]

	ex, err := os.ReadFile("example_quickstart_test.go")
	require.NoError(t, err)
	e := regexp.MustCompile(`(?s)import \((.*?)\)\n.*?func Example\(\) \{\n(.*?)\t// Output:\n(.*?)\}`).FindStringSubmatch(string(ex))
	require.NotNil(t, e)
	imports, body, want := e[1], e[2], e[3]

	assert.Contains(t, code, "import ("+imports+")\n", "the same imports")
	assert.Contains(t, code, "func main() {\n"+body+"}\n", "the same statements")
	var lines []string
	for _, l := range strings.Split(strings.TrimSuffix(want, "\n"), "\n") {
		lines = append(lines, strings.TrimPrefix(strings.TrimPrefix(l, "\t//"), " "))
	}
	assert.Equal(t, strings.Join(lines, "\n")+"\n", output, "the output the example checks")
}

// Every sample of the file formats reads as the README says it does.
func TestReadmeSamples(t *testing.T) {
	samples := map[string]string{}
	for _, m := range regexp.MustCompile("(?s)<!-- sample: ([a-z-]+) -->\n```[a-z]+\n(.*?)```").FindAllStringSubmatch(readme(t), -1) {
		samples[m[1]] = m[2]
	}
	require.Len(t, samples, 13)
	fw := spbe.Default()

	t.Run("assessment-json", func(t *testing.T) {
		a, err := spbe.DecodeAssessment(strings.NewReader(samples["assessment-json"]), 0)
		require.NoError(t, err)
		require.Empty(t, a.Validate(fw))
		require.Len(t, a.Indicators, 3)
		level, stage := a.Indicators[1].Final()
		assert.Equal(t, spbe.Level(4), level, "the latest stage's level is final")
		assert.Equal(t, spbe.Dokumen, stage)
	})
	t.Run("pemdi-json", func(t *testing.T) {
		a, err := spbe.DecodeAssessment(strings.NewReader(samples["pemdi-json"]), 0)
		require.NoError(t, err)
		fw, err := a.ResolveFramework(nil)
		require.NoError(t, err)
		assert.Equal(t, spbe.PermenPANRB8of2026, fw.ID(), "the year picks the rule")
		res, err := fw.ScoreAssessment(a, spbe.Options{})
		require.NoError(t, err)
		assert.Equal(t, "3.40 Baik", res.Index.String()+" "+res.Predicate.String())
		require.Len(t, res.External, 1)
		assert.Equal(t, spbe.Level(4), res.External[0].Level, "SDI 70 is level 4")
	})
	t.Run("workspace-json", func(t *testing.T) {
		w, err := workspace.Decode(strings.NewReader(samples["workspace-json"]), 0)
		require.NoError(t, err)
		fw, err := w.ResolveFramework(nil)
		require.NoError(t, err)
		require.Empty(t, w.Validate(fw))
		s, err := w.Evaluate(fw, workspace.Options{})
		require.NoError(t, err)
		one, _ := s.Indicator(1)
		assert.Equal(t, spbe.Level(1), one.Evidenced, "level 2's decree was sent back")
		assert.Equal(t, spbe.Level(2), one.Claimed)
		five, _ := s.Indicator(5)
		assert.Equal(t, spbe.Level(4), five.Evidenced, "SDI 70 is level 4")
	})
	t.Run("working-list-csv", func(t *testing.T) {
		w, err := workspace.ReadTable(strings.NewReader(samples["working-list-csv"]), workspace.ReadOptions{})
		require.NoError(t, err)
		require.Len(t, w.Items, 2)
		assert.Equal(t, spbe.Level(2), w.Items[1].Level, "Membangun is level 2")
		assert.Equal(t, workspace.Proses, w.Items[1].Status)
		assert.Equal(t, "1.2.1", w.Items[1].ID)
		assert.Equal(t, "2026-03-16", w.Items[0].Due.String())
	})
	t.Run("long-csv", func(t *testing.T) {
		a, err := spbe.DecodeLongCSV(strings.NewReader(samples["long-csv"]), spbe.ReadOptions{})
		require.NoError(t, err)
		require.Len(t, a.Indicators, 3)
		assert.Equal(t, spbe.Level(5), a.Indicators[1].Level, "Optimum is level 5")
		assert.Equal(t, spbe.Level(4), a.Indicators[2].Level, "Kolaborasi is level 4")
		require.Len(t, a.Indicators[0].Evidence, 1)
		assert.Equal(t, "perbup-arsitektur-spbe.pdf", a.Indicators[0].Evidence[0].File)
	})
	t.Run("excel-csv", func(t *testing.T) {
		a, err := spbe.DecodeLongCSV(strings.NewReader(samples["excel-csv"]), spbe.ReadOptions{})
		require.NoError(t, err)
		clean, err := spbe.DecodeLongCSV(strings.NewReader(samples["long-csv"]), spbe.ReadOptions{})
		require.NoError(t, err)
		assert.Equal(t, "Kab. Contoh", a.Instansi)
		assert.Equal(t, 2024, a.Year)
		require.Len(t, a.Indicators, len(clean.Indicators))
		for i := range clean.Indicators {
			assert.Equal(t, clean.Indicators[i].Indicator, a.Indicators[i].Indicator)
			assert.Equal(t, clean.Indicators[i].Level, a.Indicators[i].Level)
		}
	})
	t.Run("wide-csv", func(t *testing.T) {
		as, err := spbe.DecodeWideCSV(strings.NewReader(samples["wide-csv"]), spbe.ReadOptions{})
		require.NoError(t, err)
		require.Len(t, as, 1)
		res, err := fw.ScoreAssessment(&as[0], spbe.Options{})
		require.NoError(t, err)
		assert.Equal(t, "3.99", res.Index.String())
		assert.Equal(t, spbe.SangatBaik, res.Predicate)
	})
	t.Run("costs-csv", func(t *testing.T) {
		costs, err := spbe.DecodeCosts(strings.NewReader(samples["costs-csv"]), spbe.ReadOptions{})
		require.NoError(t, err)
		assert.Equal(t, []spbe.Cost{
			{Indicator: 21, Cost: 75_000_000}, {Indicator: 29, Level: 3, Cost: 150_000_000},
			{Indicator: 34, Cost: 250_000_000}, {Indicator: 35, Cost: 200_000_000},
		}, costs)
	})
	t.Run("framework-json", func(t *testing.T) {
		f, err := spbe.DecodeFramework(strings.NewReader(samples["framework-json"]), 0)
		require.NoError(t, err)
		assert.Equal(t, "contoh-2025", f.ID())
		assert.Equal(t, 3, f.NumIndicators())
		assert.Equal(t, "Terstandarisasi", f.LevelName(1, 3).ID)
	})
	t.Run("plan-json", func(t *testing.T) {
		p, err := masterplan.Decode(strings.NewReader(samples["plan-json"]), masterplan.DecodeOptions{})
		require.NoError(t, err)
		require.Len(t, p.Programs, 1)
		s, err := p.Summarize()
		require.NoError(t, err)
		assert.Equal(t, int64(1_050_000_000), s.Budget.Total)
	})
	t.Run("progress-json", func(t *testing.T) {
		pr, err := masterplan.DecodeProgress(strings.NewReader(samples["progress-json"]), masterplan.DecodeOptions{})
		require.NoError(t, err)
		plan, err := masterplan.Load("examples/rembang/masterplan.json", masterplan.DecodeOptions{})
		require.NoError(t, err)
		assert.Empty(t, pr.Validate(plan, masterplan.ValidateOptions{}).Errors())
	})
	t.Run("evaluation-json", func(t *testing.T) {
		ev, err := evaluation.Unmarshal([]byte(samples["evaluation-json"]))
		require.NoError(t, err)
		res, err := ev.Score(evaluation.Weights{})
		require.NoError(t, err)
		assert.Equal(t, "27/8", res.Index.Exact())
		assert.Equal(t, "0.17", res.Improvement.String())
	})
	t.Run("evaluation-sheet", func(t *testing.T) {
		data, err := workbooktest.FromCSV("Evaluasi", samples["evaluation-sheet"])
		require.NoError(t, err)
		ev, problems, err := evaluation.ReadWorkbook(data, evaluation.DecodeOptions{})
		require.NoError(t, err)
		require.Empty(t, problems)
		want, err := evaluation.Unmarshal([]byte(samples["evaluation-json"]))
		require.NoError(t, err)
		assert.Equal(t, want, ev)
	})
	for name, sample := range samples {
		if strings.HasSuffix(name, "-json") {
			assert.True(t, json.Valid([]byte(sample)), name)
		} else {
			assert.False(t, bytes.ContainsAny([]byte(sample), "\t"), "%s: no tabs in a CSV sample", name)
		}
	}
}
