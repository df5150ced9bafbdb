package masterplan

import (
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/i18n"
	"github.com/kotacerdas/smartcity/pillar"
)

func TestSummarizeRembang(t *testing.T) {
	s, err := loadRembang(t).Summarize()
	require.NoError(t, err)
	b := s.Budget

	// The figures below are the sums of the example file's budget lines,
	// added up independently of this package.
	assert.Equal(t, int64(17_620_000_000), b.Total)
	assert.Equal(t, []PillarAmount{
		{pillar.Governance, 2_970_000_000}, {pillar.Branding, 3_825_000_000}, {pillar.Economy, 2_150_000_000},
		{pillar.Living, 2_950_000_000}, {pillar.Society, 2_075_000_000}, {pillar.Environment, 3_650_000_000},
	}, b.ByPillar)
	assert.Equal(t, []YearAmount{
		{2022, 1_350_000_000}, {2023, 2_395_000_000}, {2024, 2_475_000_000}, {2025, 2_625_000_000}, {2026, 3_650_000_000},
		{2027, 1_125_000_000}, {2028, 1_550_000_000}, {2029, 1_300_000_000}, {2030, 500_000_000}, {2031, 650_000_000},
	}, b.ByYear)
	assert.Equal(t, []SourceAmount{
		{APBD, 10_745_000_000}, {APBN, 900_000_000}, {DAK, 2_700_000_000}, {DanaDesa, 1_300_000_000},
		{CSR, 525_000_000}, {KPBU, 1_300_000_000}, {BLUD, 150_000_000},
	}, b.BySource)

	// Cells are sorted, and each pillar's cells add up to its total.
	var sum int64
	perPillar := map[pillar.Pillar]int64{}
	for i, c := range b.Cells {
		if i > 0 {
			assert.Negative(t, compareCells(b.Cells[i-1], c), "cells sorted")
		}
		perPillar[c.Pillar] += c.Amount
		sum += c.Amount
	}
	assert.Equal(t, b.Total, sum)
	for _, pa := range b.ByPillar {
		assert.Equal(t, pa.Amount, perPillar[pa.Pillar])
	}
	assert.Equal(t, int64(1_120_000_000), b.Amount(pillar.Governance, 2023, APBD))
	assert.Equal(t, int64(1_500_000_000), b.Amount(pillar.Branding, 2026, DAK))
	assert.Equal(t, int64(50_000_000), b.Amount(pillar.Environment, 2023, CSR))
	assert.Zero(t, b.Amount(pillar.Environment, 2023, KPBU))

	require.Len(t, s.Coverage, 6)
	for _, pc := range s.Coverage {
		require.Len(t, pc.Elements, 3)
		assert.Equal(t, 1, pc.QuickWins, pc.Pillar)
		for _, ec := range pc.Elements {
			assert.Equal(t, pc.Pillar, ec.Element.Pillar())
		}
	}
	assert.Equal(t, PillarCoverage{Pillar: pillar.Governance, Programs: 4, QuickWins: 1, Elements: []ElementCoverage{
		{pillar.PublicService, 2, 1}, {pillar.Bureaucracy, 1, 0}, {pillar.PublicPolicy, 1, 0},
	}}, s.Coverage[0])
	assert.Equal(t, PillarCoverage{Pillar: pillar.Environment, Programs: 3, QuickWins: 1, Elements: []ElementCoverage{
		{pillar.EnvironmentalProtection, 1, 0}, {pillar.Waste, 1, 1}, {pillar.Energy, 1, 0},
	}}, s.Coverage[5])

	require.Len(t, s.Roadmap, 10)
	assert.Equal(t, RoadmapYear{Year: 2022,
		Running:  []string{"GOV-01", "ECO-01", "LIV-01", "SOC-01"},
		Starting: []string{"GOV-01", "ECO-01", "LIV-01", "SOC-01"},
		Ending:   []string{},
		Budget:   1_350_000_000,
	}, s.Roadmap[0])
	assert.Equal(t, RoadmapYear{Year: 2031,
		Running:  []string{"LIV-03", "SOC-02", "ENV-03"},
		Starting: []string{},
		Ending:   []string{"LIV-03", "SOC-02", "ENV-03"},
		Budget:   650_000_000,
	}, s.Roadmap[9])
	assert.Equal(t, []string{"GOV-02", "BRD-01", "LIV-01", "ENV-01"}, s.Roadmap[1].Ending)
	for i, ry := range s.Roadmap {
		assert.Equal(t, b.ByYear[i].Amount, ry.Budget, ry.Year)
	}

	var ids []string
	for _, q := range s.QuickWins {
		ids = append(ids, q.ID)
	}
	assert.Equal(t, []string{"GOV-01", "BRD-01", "ECO-01", "LIV-01", "SOC-01", "ENV-01"}, ids)
	assert.True(t, s.QuickWins[5].Illustrative, "ENV-01 is invented")
	assert.Equal(t, QuickWin{
		ID: "SOC-01", Name: "CCTV di Titik Strategis", Pillar: pillar.Society, Element: pillar.Security,
		ResponsibleOPD: "Dinas Komunikasi dan Informatika", StartYear: 2022, EndYear: 2025, Budget: 1_050_000_000,
	}, s.QuickWins[4])
}

func TestSummarizeOverflow(t *testing.T) {
	big := int64(math.MaxInt64/2 + 1)
	tests := []struct {
		name  string
		lines [2]BudgetLine
		what  string
	}{
		{"same cell", [2]BudgetLine{{2023, APBD, big}, {2023, APBD, big}}, "budget of pillar GOV in 2023 from APBD"},
		{"same pillar", [2]BudgetLine{{2023, APBD, big}, {2024, APBN, big}}, "budget of pillar GOV"},
		{"negative", [2]BudgetLine{{2023, APBD, math.MinInt64}, {2023, APBD, -1}}, "budget of pillar GOV in 2023 from APBD"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := &Plan{Period: Period{2022, 2031}, Programs: []Program{{
				ID: "GOV-01", Element: pillar.PublicService, StartYear: 2023, EndYear: 2024, QuickWin: true, Budget: tt.lines[:],
			}}}
			_, err := p.Summarize()
			var oe *overflowError
			require.ErrorAs(t, err, &oe)
			assert.Equal(t, tt.what, oe.what())
			assert.ErrorIs(t, err, ErrOverflow)
			_, err = p.Programs[0].budgetTotal()
			assert.ErrorIs(t, err, ErrOverflow)
		})
	}
	// Two pillars that fit alone but not together overflow the plan total.
	p := &Plan{Programs: []Program{
		{Element: pillar.PublicService, Budget: []BudgetLine{{2023, APBD, big}}},
		{Element: pillar.Health, Budget: []BudgetLine{{2024, APBN, big}}},
	}}
	_, err := p.budgetSummary()
	var oe *overflowError
	require.ErrorAs(t, err, &oe)
	assert.Equal(t, "total budget", oe.what())
}

// Extreme years neither overflow nor loop: the roadmap stays within the
// period.
func TestRoadmapExtremeYears(t *testing.T) {
	p := &Plan{Period: Period{9990, 9999}, Programs: []Program{
		{ID: "X", Element: pillar.Health, StartYear: math.MinInt, EndYear: math.MaxInt, Budget: []BudgetLine{{math.MaxInt, APBD, 1}}},
	}}
	r, err := p.roadmap()
	require.NoError(t, err)
	require.Len(t, r, 10)
	assert.Equal(t, []string{"X"}, r[9].Running)
	assert.Empty(t, r[9].Ending)
	p.Period = Period{math.MinInt, math.MaxInt}
	r, err = p.roadmap()
	require.NoError(t, err)
	assert.Nil(t, r)
	assert.NotEmpty(t, p.Validate(ValidateOptions{}))
}

// Summaries do their best on a plan that does not validate.
func TestSummarizeInvalidPlan(t *testing.T) {
	p := &Plan{Period: Period{2031, 2022}, Programs: []Program{
		{ID: "X", Element: 0, StartYear: 2023, EndYear: 2023, Budget: []BudgetLine{{2023, APBD, 5}}},
		{ID: "Y", Element: pillar.Health, StartYear: 2023, EndYear: 2023, QuickWin: true, Budget: []BudgetLine{{2023, CSR, 7}}},
	}}
	s, err := p.Summarize()
	require.NoError(t, err)
	assert.Nil(t, s.Roadmap, "no roadmap without a usable period")
	assert.Equal(t, int64(12), s.Budget.Total)
	require.Len(t, s.Budget.ByPillar, 7)
	assert.Equal(t, PillarAmount{Amount: 5}, s.Budget.ByPillar[6], "the zero Pillar comes last")
	assert.Equal(t, BudgetCell{Year: 2023, Source: APBD, Amount: 5}, s.Budget.Cells[1])
	assert.Equal(t, 1, s.Coverage[3].Programs)
	assert.Len(t, s.QuickWins, 1)
}

// A plan whose budget totals exactly math.MaxInt64 is valid and
// summarised; one rupiah more is refused by Validate at the line that
// overflows, so that a summary or a report never meets a total it cannot
// hold.
func TestValidateBudgetTotal(t *testing.T) {
	p := loadRembang(t)
	var total int64
	for _, pr := range p.Programs {
		for _, l := range pr.Budget {
			total += l.Amount
		}
	}
	last := len(p.Programs) - 1
	p.Programs[last].Budget = append(p.Programs[last].Budget, BudgetLine{Year: p.Programs[last].StartYear, Source: APBD, Amount: math.MaxInt64 - total})
	require.NoError(t, p.Validate(ValidateOptions{}).Err())
	s, err := p.Summarize()
	require.NoError(t, err)
	assert.Equal(t, int64(math.MaxInt64), s.Budget.Total)
	require.NoError(t, p.WriteReport(io.Discard, ReportOptions{}))
	require.NoError(t, p.WriteProgramsCSV(io.Discard, ExportOptions{}))

	p.Programs[last].Budget = append(p.Programs[last].Budget, BudgetLine{Year: p.Programs[last].StartYear, Source: APBN, Amount: 1})
	ps := p.Validate(ValidateOptions{}).Errors()
	require.Len(t, ps, 1)
	assert.Equal(t, fmt.Sprintf("programs[%d].budget[%d].amount", last, len(p.Programs[last].Budget)-1), ps[0].Path)
	assert.Equal(t, "budget_total", ps[0].Rule)
	_, err = p.Summarize()
	require.ErrorIs(t, err, ErrOverflow)
}

// The error of a total that overflows is said in Indonesian too, naming
// the total, and every total named has its Indonesian.
func TestOverflowMessage(t *testing.T) {
	err := overflow("budget of pillar %s in %d from %s", "GOV", 2025, APBD)
	assert.Equal(t, "masterplan: budget of pillar GOV in 2025 from APBD overflows int64", err.Error())
	assert.Equal(t, "masterplan: anggaran pilar GOV tahun 2025 dari APBD melampaui batas int64", smartcity.ErrorMessage(err, smartcity.Indonesian))
	src, err2 := filepath.Glob("*.go")
	require.NoError(t, err2)
	call := regexp.MustCompile(`overflow\("([^"]*)"|addTo\([^"]*"([^"]*)"\)`)
	n := 0
	for _, name := range src {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		b, err := os.ReadFile(name)
		require.NoError(t, err)
		for _, m := range call.FindAllStringSubmatch(string(b), -1) {
			format := m[1] + m[2]
			id, ok := errorWords[format]
			if assert.True(t, ok, "%s: %q has no Indonesian", name, format) {
				assert.Equal(t, i18n.Verbs(format), i18n.Verbs(id), format)
			}
			n++
		}
	}
	assert.Greater(t, n, 10)
}
