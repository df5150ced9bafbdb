package spbe_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/golden"
	"github.com/kotacerdas/smartcity/spbe"
)

// reportScored reads and scores a testdata assessment, on the predicate
// basis of its year: rounded for 2023, unrounded from 2024, as the
// official results were.
func reportScored(t testing.TB, name string) spbe.Scored {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	require.NoError(t, err)
	defer f.Close()
	a, err := spbe.DecodeAssessment(f, 0)
	require.NoError(t, err)
	opt := spbe.Options{Basis: spbe.Unrounded}
	if a.Year <= 2023 {
		opt.Basis = spbe.Rounded
	}
	res, err := spbe.Default().ScoreAssessment(a, opt)
	require.NoError(t, err)
	return spbe.Scored{Instansi: a.Instansi, Year: a.Year, Note: a.Note, Result: res}
}

// checkReportGolden writes the report of s twice, in a subtest named after
// its golden file, testdata/report/name: both times must give the same
// bytes, the ones the file holds.
func checkReportGolden(t *testing.T, name string, s spbe.Scored, opt spbe.ReportOptions) {
	t.Helper()
	t.Run(name, func(t *testing.T) {
		var b, again bytes.Buffer
		require.NoError(t, spbe.WriteReport(&b, s, opt))
		require.NoError(t, spbe.WriteReport(&again, s, opt))
		require.Equal(t, b.String(), again.String(), "the report must not vary between runs")
		golden.Check(t, filepath.Join("testdata", "report", name), b.Bytes())
	})
}

func TestWriteReportGolden(t *testing.T) {
	rembang24 := reportScored(t, "rembang-2024.json")
	rembang23 := reportScored(t, "rembang-2023.json")
	sumedang24 := reportScored(t, "sumedang-2024.json")
	tests := []struct {
		name string
		s    spbe.Scored
		opt  spbe.ReportOptions
	}{
		{"rembang-2024.id.md", rembang24, spbe.ReportOptions{
			Target: spbe.Target{Predicate: spbe.Memuaskan}, Compare: &sumedang24,
			Plan: spbe.PlanOptions{MaxRaisePerYear: 1, StartYear: 2025},
		}},
		{"rembang-2024.en.md", rembang24, spbe.ReportOptions{
			Lang: smartcity.English, Target: spbe.Target{Predicate: spbe.Memuaskan}, Compare: &sumedang24,
			Plan: spbe.PlanOptions{MaxRaisePerYear: 1, StartYear: 2025},
		}},
		{"rembang-2023.id.md", rembang23, spbe.ReportOptions{Compare: &rembang24}},
		{"sumedang-2024.en.md", sumedang24, spbe.ReportOptions{Lang: smartcity.English, Target: spbe.Target{Predicate: spbe.Memuaskan}}},
	}
	for _, tt := range tests {
		checkReportGolden(t, tt.name, tt.s, tt.opt)
	}
}

// User text cannot break the Markdown: a name full of markup stays one
// table cell and one heading, and shows as typed.
func TestWriteReportEscapes(t *testing.T) {
	s := reportScored(t, "rembang-2024.json")
	s.Instansi = "# Kab. <b>Rembang</b> | `x` *y* [z](http://e.com)\nbaris kedua"
	s.Note = "- catatan | dengan pipa"
	other := reportScored(t, "sumedang-2024.json")
	other.Instansi = "=Sumedang | & co"
	var b bytes.Buffer
	require.NoError(t, spbe.WriteReport(&b, s, spbe.ReportOptions{Compare: &other}))
	out, figures := golden.Figures(b.String())
	require.Len(t, figures, 1, "the domains beside the comparison")
	golden.SVG(t, []byte(figures[0]))
	assert.Contains(t, figures[0], "Kab. &lt;b&gt;Rembang&lt;/b&gt;", "escaped as XML, not as Markdown")
	assert.True(t, strings.HasPrefix(out, "# Hasil Evaluasi SPBE: \\# Kab. \\<b\\>Rembang\\</b\\> \\| \\`x\\` \\*y\\* \\[z\\](http://e.com) baris kedua 2024\n"), out[:200])
	assert.Contains(t, out, "Catatan: \\- catatan \\| dengan pipa\n")
	assert.Equal(t, strings.Count(out, "<"), strings.Count(out, `\<`), "every < is escaped")
	// Every row of a table has as many unescaped pipes as its header.
	var want int
	for line := range strings.SplitSeq(out, "\n") {
		if !strings.HasPrefix(line, "|") {
			want = 0
			continue
		}
		n := strings.Count(line, "|") - strings.Count(line, `\|`)
		if want == 0 {
			want = n
		}
		assert.Equal(t, want, n, "row %q", line)
	}
}

func TestWriteReportErrors(t *testing.T) {
	s := reportScored(t, "rembang-2024.json")
	old, err := spbe.Lookup(spbe.PermenPANRB5of2018)
	require.NoError(t, err)
	lv := old.NewLevels()
	for i := range lv {
		lv[i] = 3
	}
	res, err := old.Score(lv, spbe.Options{})
	require.NoError(t, err)
	old2018 := spbe.Scored{Instansi: "Pemerintah Kab. Rembang", Year: 2019, Result: res}

	tests := []struct {
		name string
		s    spbe.Scored
		opt  spbe.ReportOptions
		is   error  // the sentinel the error wraps, if any
		says string // what it says
	}{
		{"no result", spbe.Scored{Instansi: "x"}, spbe.ReportOptions{}, nil, "no result to report"},
		{"compare without result", s, spbe.ReportOptions{Compare: &spbe.Scored{}}, nil, "no result to report"},
		{"other framework", s, spbe.ReportOptions{Compare: &old2018}, spbe.ErrFrameworkMismatch, "framework mismatch"},
		{"bad plan rules", s, spbe.ReportOptions{Target: spbe.Target{Predicate: spbe.Memuaskan}, Plan: spbe.PlanOptions{Frozen: []int{99}}}, spbe.ErrUnknownIndicator, "frozen[0]"},
		{"short result", spbe.Scored{Result: &spbe.Result{Framework: spbe.Default()}}, spbe.ReportOptions{}, nil, "the result does not fit framework permenpanrb-59-2020: wrong number of levels"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			err := spbe.WriteReport(&b, tt.s, tt.opt)
			require.ErrorContains(t, err, tt.says)
			if tt.is != nil {
				require.ErrorIs(t, err, tt.is)
			}
			assert.Zero(t, b.Len(), "nothing is written on error")
		})
	}
}

// A target out of reach says how far the plan gets and what holds it back;
// a minimum out of reach is named.
func TestWriteReportShortOfTarget(t *testing.T) {
	s := reportScored(t, "rembang-2024.json")
	var frozen []int // D2, most of D3 and D4
	for n := 11; n <= 47; n++ {
		if n < 28 || n > 31 {
			frozen = append(frozen, n)
		}
	}
	tests := []struct {
		name string
		opt  spbe.PlanOptions
		want []string
	}{
		{"frozen", spbe.PlanOptions{Frozen: frozen, MaxRaisePerYear: 1, Years: 1}, []string{
			"The target cannot be met: with 10 raises the index reaches at most 4.13, Sangat Baik (very good).",
			"Held back by: frozen (11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 34, 35, 36, 37, 38, 39, 40, 41); yearly raise cap (28, 29, 30, 31).",
		}},
		{"minimum out of reach", spbe.PlanOptions{MinLevels: map[int]spbe.Level{28: 4}, MaxRaisePerYear: 1, Years: 1}, []string{
			"| 28 | IT service management | 2 → 3 (managed → defined), required | 4.00 |",
			"With 9 raises the index meets the target (4.22, Memuaskan (satisfactory)), but not every minimum is met.",
			"Minimums not met: indicator 28 3 < 4 (yearly raise cap).",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			require.NoError(t, spbe.WriteReport(&b, s, spbe.ReportOptions{
				Lang: smartcity.English, Target: spbe.Target{Predicate: spbe.Memuaskan}, Plan: tt.opt,
			}))
			_, plan, ok := strings.Cut(b.String(), "### Improvement plan")
			require.True(t, ok)
			for _, w := range tt.want {
				assert.Contains(t, plan, w)
			}
		})
	}
}
