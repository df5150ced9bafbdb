package main

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/masterplan"
	"github.com/kotacerdas/smartcity/spbe"
)

// The embedded documents are copies of the library's fixtures: the SPBE
// assessments of the spbe package's tests and the Rembang documents that
// packages plantest and evaltest embed. This test keeps them equal, so that the example
// and the library's tests cannot drift apart.
func TestEmbeddedDocumentsEqualTheFixtures(t *testing.T) {
	for embedded, fixture := range map[string]string{
		"spbe-rembang-2023.json":  "spbe/testdata/rembang-2023.json",
		"spbe-rembang-2024.json":  "spbe/testdata/rembang-2024.json",
		"spbe-sumedang-2023.json": "spbe/testdata/sumedang-2023.json",
		"spbe-sumedang-2024.json": "spbe/testdata/sumedang-2024.json",
		"masterplan.json":         "masterplan/plantest/fixtures/rembang-masterplan.json",
		"evaluation-2024.json":    "masterplan/evaluation/evaltest/fixtures/rembang-evaluation-2024.json",
		"progress-2024.json":      "masterplan/plantest/fixtures/rembang-progress-2024.json",
	} {
		want, err := os.ReadFile(filepath.Join("..", "..", filepath.FromSlash(fixture)))
		require.NoError(t, err)
		got, err := read(embedded)
		require.NoError(t, err)
		assert.Equal(t, string(want), string(got), "examples/rembang/%s differs from %s", embedded, fixture)
	}
}

func newTestStory(t *testing.T) *story {
	t.Helper()
	s, err := newStory()
	require.NoError(t, err)
	return s
}

func TestStorySPBE(t *testing.T) {
	s := newTestStory(t)
	tests := []struct {
		sc                    spbe.Scored
		instansi              string
		year                  int
		index, d1, d2, d3, d4 string
		predicate             spbe.Predicate
		basis                 spbe.PredicateBasis
	}{
		{s.rembang2023, "Pemerintah Kab. Rembang", 2023, "3.64", "4.50", "3.10", "2.36", "4.14", spbe.SangatBaik, spbe.Rounded},
		{s.rembang2024, "Pemerintah Kab. Rembang", 2024, "3.99", "4.40", "3.70", "2.64", "4.52", spbe.SangatBaik, spbe.Unrounded},
		{s.sumedang2023, "Pemerintah Kab. Sumedang", 2023, "4.14", "5.00", "3.60", "2.55", "4.76", spbe.SangatBaik, spbe.Rounded},
		{s.sumedang2024, "Pemerintah Kab. Sumedang", 2024, "4.51", "5.00", "4.30", "3.91", "4.69", spbe.Memuaskan, spbe.Unrounded},
	}
	for _, tt := range tests {
		r := tt.sc.Result
		assert.Equal(t, tt.instansi, tt.sc.Instansi)
		assert.Equal(t, tt.year, tt.sc.Year)
		assert.Equal(t, tt.index, r.Index.String(), "%s %d", tt.instansi, tt.year)
		assert.Equal(t, []string{tt.d1, tt.d2, tt.d3, tt.d4},
			[]string{r.Domains[0].String(), r.Domains[1].String(), r.Domains[2].String(), r.Domains[3].String()}, "%s %d", tt.instansi, tt.year)
		assert.Equal(t, tt.predicate, r.Predicate, "%s %d", tt.instansi, tt.year)
		assert.Equal(t, tt.basis, r.Basis, "%s %d", tt.instansi, tt.year)
		assert.Contains(t, tt.sc.Note, "direkonstruksi", "the assessment says its levels are reconstructed")
	}
	assert.Equal(t, "44/125", s.growth.Index.Delta.Exact(), "Rembang rose by 3.987 − 3.635 = 0.352 from 2023 to 2024")
	assert.Equal(t, "-259/500", s.gap.Index.Delta.Exact(), "Rembang trails Sumedang by 0.518 in 2024")
	assert.Equal(t, -1, s.gap.PredicateChange())

	// The 2021 figures are published only, and the plan's readiness quotes
	// Rembang's.
	r21, s21 := published2021()
	require.NotNil(t, s.plan.Readiness.SPBE)
	assert.Equal(t, r21.index, s.plan.Readiness.SPBE.Index)
	assert.Equal(t, r21.year, s.plan.Readiness.SPBE.Year)
	assert.Equal(t, "Baik", publishedPredicate(r21.year, r21.index))
	assert.Equal(t, "Sangat Baik", publishedPredicate(s21.year, s21.index))
}

// The scored results equal the official ones, row by row, when the
// published results lie beside the module.
func TestStoryMatchesThePublishedResults(t *testing.T) {
	f, err := os.Open(filepath.Join("..", "..", "..", "shared", "reference", "spbe-results-2023-2024.csv"))
	if err != nil {
		t.Skip("the published results (../shared/reference/spbe-results-2023-2024.csv) are not beside the module")
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	require.NoError(t, err)
	s := newTestStory(t)
	found := 0
	for _, sc := range []spbe.Scored{s.rembang2023, s.rembang2024, s.sumedang2023, s.sumedang2024} {
		for _, row := range rows[1:] {
			if row[0] != strconv.Itoa(sc.Year) || row[4] != sc.Instansi {
				continue
			}
			found++
			r := sc.Result
			got := []string{r.Domains[0].String(), r.Domains[1].String(), r.Domains[2].String(), r.Domains[3].String(), r.Index.String(), r.Predicate.String()}
			assert.Equal(t, row[5:11], got, "%s %d", sc.Instansi, sc.Year)
		}
	}
	assert.Equal(t, 4, found)
}

func TestStoryPlanToMemuaskan(t *testing.T) {
	s := newTestStory(t)
	p := s.toMemuaskan
	assert.True(t, p.Reached)
	assert.Equal(t, spbe.Memuaskan, p.ToPredicate)
	assert.Equal(t, 8, p.Raises())
	assert.Equal(t, "4.21", p.To.String())
	assert.Equal(t, 2025, p.FirstYear)
	assert.LessOrEqual(t, p.LastYear(), planYear)
	// At most one level per indicator per year.
	seen := map[[2]int]bool{}
	for _, st := range p.Steps {
		key := [2]int{st.Indicator, st.Year}
		assert.False(t, seen[key], "indicator %d rises twice in %d", st.Indicator, st.Year)
		seen[key] = true
		assert.Equal(t, st.From+1, st.To)
	}
	assert.Equal(t, 30, s.toSumedang.Raises())
	assert.Equal(t, 2026, s.toSumedang.LastYear())
}

// The illustrative 2026 assessment names no framework: its year picks
// PermenPANRB 8/2026, and the figures are checked here by hand.
func TestStoryPemdi(t *testing.T) {
	s := newTestStory(t)
	b, err := read("pemdi-rembang-2026.json")
	require.NoError(t, err)
	a, err := spbe.DecodeAssessment(bytes.NewReader(b), 0)
	require.NoError(t, err)
	assert.Empty(t, a.Framework, "the year, not the document, picks the rule")
	assert.Contains(t, a.Note, "Ilustratif", "the assessment says its levels are illustrative")

	sc := s.pemdi2026
	r := sc.Result
	assert.Equal(t, 2026, sc.Year)
	assert.Equal(t, spbe.PermenPANRB8of2026, r.Framework.ID())
	assert.False(t, r.Framework.HasDomains())
	// Indicator 5 takes the SDI score 70: level 4 runs from 62.5 to 75.
	assert.Equal(t, []spbe.ExternalLevel{{Indicator: 5, Source: spbe.SourceSDI, Score: "70", Level: 4}}, r.External)

	// Σ weight × level in basis points, indicators 1–20:
	//   500×4 + 500×3 + 500×3 + 500×4 + 500×4 + 300×3 + 300×3 + 400×3 + 400×2 + 400×3
	// + 300×3 + 400×4 + 500×4 + 500×4 + 400×4 + 400×4 + 400×4 + 300×4 + 1000×4 + 1500×4
	// = 2000+1500+1500+2000+2000+900+900+1200+800+1200+900+1600+2000+2000+1600+1600+1600+1200+4000+6000
	// = 36500, so the index is 36500/10000 = 3.65: Sangat Baik, 3.50 ≤ 3.65 < 4.00.
	weights := []int64{500, 500, 500, 500, 500, 300, 300, 400, 400, 400, 300, 400, 500, 500, 400, 400, 400, 300, 1000, 1500}
	levels := []int64{4, 3, 3, 4, 4, 3, 3, 3, 2, 3, 3, 4, 4, 4, 4, 4, 4, 4, 4, 4}
	var n int64
	for i := range weights {
		ind, ok := r.Framework.Indicator(i + 1)
		require.True(t, ok)
		assert.Equal(t, weights[i], ind.WeightBP, "weight of indicator %d", i+1)
		assert.Equal(t, levels[i], int64(r.Levels[i]), "level of indicator %d", i+1)
		n += weights[i] * levels[i]
	}
	assert.Equal(t, int64(36500), n)
	assert.Equal(t, n, r.Numerator())
	assert.Equal(t, "73/20", r.Index.Exact())
	assert.Equal(t, "3.65", r.Index.String())
	assert.Equal(t, spbe.SangatBaik, r.Predicate)

	// Aspect indices, Σ weight × level over the aspect's weight:
	// A1 (2000+1500)/1000, A2 (1500+2000)/1000, A3 (2000+900+900+1200)/1500,
	// A4 (800+1200+900+1600)/1500, A5 (2000+2000)/1000,
	// A6 (1600+1600+1600+1200)/1500, A7 (4000+6000)/2500.
	want := []string{"7/2", "7/2", "10/3", "3/1", "4/1", "4/1", "4/1"}
	require.Len(t, r.Aspects, len(want))
	for k, w := range want {
		assert.Equal(t, w, r.Aspects[k].Exact(), "aspect A%d", k+1)
	}

	// Memuaskan needs 40000, 3500 more. The heaviest raises are 20 (1500),
	// 19 (1000) and then 500: three give at most 3000, so four are needed,
	// 1500 + 1000 + 500 + 500 = 3500, reaching exactly 4.00 in one year.
	p := s.toPemdiMemuaskan
	assert.True(t, p.Reached)
	assert.Equal(t, spbe.Memuaskan, p.ToPredicate)
	assert.Equal(t, 4, p.Raises())
	assert.Equal(t, "4/1", p.To.Exact())
	assert.Equal(t, 2027, p.FirstYear)
	assert.Equal(t, 2027, p.LastYear())
	var raised []int
	for _, st := range p.Steps {
		raised = append(raised, st.Indicator)
		assert.NotEqual(t, 5, st.Indicator, "indicator 5 follows the SDI score, not the region's evidence")
	}
	assert.Equal(t, []int{20, 19}, raised[:2])
	for _, st := range p.Steps[2:] {
		ind, ok := r.Framework.Indicator(st.Indicator)
		require.True(t, ok)
		assert.Equal(t, int64(500), ind.WeightBP, "indicator %d", st.Indicator)
	}
}

func TestStoryMasterplanEvaluationProgress(t *testing.T) {
	s := newTestStory(t)
	assert.Empty(t, s.problems, "the example plan validates without errors or warnings")
	assert.Equal(t, int64(17_620_000_000), s.summary.Budget.Total)
	assert.Len(t, s.summary.QuickWins, 6)

	assert.Equal(t, "27/8", s.evalResult.Index.Exact())
	assert.Equal(t, "3.38", s.evalResult.Index.String())
	assert.Equal(t, "33/200", s.evalResult.Improvement.Exact())
	assert.Equal(t, "133/40", s.evalAlt.Index.Exact(), "10/20/30/30/10 gives 3.325")
	assert.Equal(t, "3.33", s.evalAlt.Index.String())

	assert.Empty(t, s.progressChecks)
	require.Len(t, s.progressYears, 2)
	for i, want := range []struct{ year, planned, realised int }{{2023, 11, 11}, {2024, 12, 9}} {
		r := s.progressYears[i]
		assert.Equal(t, want.year, r.Year)
		assert.Equal(t, want.planned, r.Total.Achievement.Planned)
		assert.Equal(t, want.realised, r.Total.Achievement.Realised)
	}
	assert.Equal(t, int64(1_630_000_000), s.progressYears[1].Total.BudgetTotal.Realised)
}

func TestDateRange(t *testing.T) {
	d := func(y int, m time.Month, day int) masterplan.Date {
		return masterplan.Date{Year: y, Month: m, Day: day}
	}
	tests := []struct {
		m    masterplan.Milestone
		lang smartcity.Lang
		want string
	}{
		{masterplan.Milestone{Date: d(2022, time.April, 21)}, smartcity.Indonesian, "21 April 2022"},
		{masterplan.Milestone{Date: d(2022, time.June, 23), EndDate: d(2022, time.June, 24)}, smartcity.Indonesian, "23–24 Juni 2022"},
		{masterplan.Milestone{Date: d(2022, time.June, 23), EndDate: d(2022, time.June, 24)}, smartcity.English, "23–24 June 2022"},
		{masterplan.Milestone{Date: d(2022, time.December, 1), EndDate: d(2022, time.December, 1)}, smartcity.Indonesian, "1 Desember 2022"},
		{masterplan.Milestone{Date: d(2022, time.August, 30), EndDate: d(2022, time.September, 2)}, smartcity.Indonesian, "30 Agustus 2022 – 2 September 2022"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, dateRange(tt.m, &printer{lang: tt.lang}))
	}
}

func TestWrapf(t *testing.T) {
	var b bytes.Buffer
	p := &printer{w: &b}
	p.wrapf("Masalah: %s", strings.Repeat("tata kelola pemerintahan, ", 12))
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	require.Greater(t, len(lines), 2)
	for i, l := range lines {
		assert.LessOrEqual(t, len([]rune(l)), width, l)
		if i > 0 {
			assert.True(t, strings.HasPrefix(l, "  tata") || strings.HasPrefix(l, "  kelola") || strings.HasPrefix(l, "  pemerintahan,"), l)
		}
	}
	assert.Equal(t, strings.Join(strings.Fields(b.String()), " "),
		strings.TrimSpace("Masalah: "+strings.TrimSpace(strings.Repeat("tata kelola pemerintahan, ", 12))), "no word is lost")
}
