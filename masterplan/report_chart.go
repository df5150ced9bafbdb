package masterplan

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/chart"
	"github.com/kotacerdas/smartcity/pillar"
)

// ErrNoPrograms: a chart of a plan without programmes, which has nothing
// to draw.
var ErrNoPrograms = errors.New("plan has no programmes")

// RoadmapSVG draws the plan's roadmap as a standalone SVG chart: one bar
// per programme over the years of the plan's period, labelled with its id
// and name, in rows grouped by pillar in official order, quick wins
// highlighted with an outline and their own legend entry. Pillar and
// legend words follow opt.Lang. The SVG has a viewBox, a title and a
// description, escapes every label and is byte-for-byte the same for the
// same plan.
//
// The plan's period must be usable and each programme's years must lie
// inside it and in order, as Validate requires; otherwise, and for a plan
// without programmes (ErrNoPrograms) or with more than 500, the error says
// what cannot be drawn.
func (p *Plan) RoadmapSVG(opt ReportOptions) ([]byte, error) {
	if len(p.Programs) == 0 {
		return nil, fmt.Errorf("masterplan: roadmap chart: %w", ErrNoPrograms)
	}
	lang := opt.Lang.Or(smartcity.Indonesian)
	rm := chart.Roadmap{
		Title:    fmt.Sprintf(rwRoadmapTitle.in(lang), p.Region.FullName(lang), p.Period.StartYear, p.Period.EndYear),
		FromYear: p.Period.StartYear,
		ToYear:   p.Period.EndYear,
		Legend:   [2]string{rwLegendProgram.in(lang), rwQuickWin.in(lang)},
	}
	for pl := range pillar.All() {
		rm.Groups = append(rm.Groups, pl.Name(lang))
	}
	other := false
	for i := range p.Programs {
		pr := &p.Programs[i]
		group := pr.pillar().Name(lang)
		if group == "" {
			group, other = rwNoPillar.in(lang), true
		}
		rm.Bars = append(rm.Bars, chart.Bar{
			Label: pr.ID + " " + pr.Name, Group: group, Start: pr.StartYear, End: pr.EndYear, Highlight: pr.QuickWin,
		})
	}
	if other {
		rm.Groups = append(rm.Groups, rwNoPillar.in(lang))
	}
	svg, err := rm.SVG()
	if err != nil {
		return nil, fmt.Errorf("masterplan: roadmap chart: %w", err)
	}
	return svg, nil
}

// PillarRadarSVG draws how the plan spreads over the six pillars as a
// radar chart with two series in percent: each pillar's share of the
// programmes and its share of the budget, so that a pillar with many
// programmes and little money, or the reverse, stands out. The plan has
// no pillar scores of its own, so shares are what can be compared on one
// scale. The scale runs from 0 to the largest share rounded up to a
// multiple of 10 %. Without any budget only the programme series is drawn.
//
// A plan without programmes is an error (ErrNoPrograms); programmes whose
// element is not valid are left out, as in the coverage of a Summary.
// The error wraps ErrOverflow when the budget's total does not fit in an
// int64.
func (p *Plan) PillarRadarSVG(opt ReportOptions) ([]byte, error) {
	lang := opt.Lang.Or(smartcity.Indonesian)
	cov := p.coverage()
	budget, err := p.budgetSummary()
	if err != nil {
		return nil, err
	}
	var programs int64
	for _, pc := range cov {
		programs += int64(pc.Programs)
	}
	if programs == 0 {
		return nil, fmt.Errorf("masterplan: pillar radar chart: %w", ErrNoPrograms)
	}
	var budgetTotal int64
	for _, pa := range budget.ByPillar {
		if pa.Pillar.IsValid() {
			if budgetTotal, err = addAmount(budgetTotal, pa.Amount, func() *overflowError { return overflow("budget of the six pillars") }); err != nil {
				return nil, err
			}
		}
	}
	r := chart.Radar{Title: fmt.Sprintf(rwRadarTitle.in(lang), p.Region.FullName(lang)), Lang: lang}
	progShare := make([]float64, 0, len(cov))
	budgetShare := make([]float64, 0, len(cov))
	rings := 1 // tens of percent on the scale
	for _, pc := range cov {
		r.Axes = append(r.Axes, pc.Pillar.Name(lang))
		progShare = append(progShare, sharePercent(int64(pc.Programs), programs))
		rings = max(rings, tensOfPercent(int64(pc.Programs), programs))
	}
	r.Series = append(r.Series, chart.Series{Name: fmt.Sprintf(rwRadarPrograms.in(lang), programs), Values: progShare})
	if budgetTotal > 0 {
		for _, pa := range budget.ByPillar {
			if pa.Pillar.IsValid() {
				budgetShare = append(budgetShare, sharePercent(pa.Amount, budgetTotal))
				rings = max(rings, tensOfPercent(pa.Amount, budgetTotal))
			}
		}
		r.Series = append(r.Series, chart.Series{Name: fmt.Sprintf(rwRadarBudget.in(lang), lang.Rupiah(budgetTotal)), Values: budgetShare})
	}
	rings = min(rings, chart.MaxRings)
	r.Max, r.Rings = float64(rings*10), rings
	svg, err := r.SVG()
	if err != nil {
		return nil, fmt.Errorf("masterplan: pillar radar chart: %w", err)
	}
	return svg, nil
}

// sharePercent returns part/whole in percent as a float64 for drawing; the
// ratio is exact until the one conversion.
func sharePercent(part, whole int64) float64 {
	f, _ := new(big.Rat).SetFrac(new(big.Int).Mul(big.NewInt(part), big.NewInt(100)), big.NewInt(whole)).Float64()
	return f
}

// tensOfPercent returns part/whole in percent rounded up to a multiple of
// ten, divided by ten: ⌈10 · part / whole⌉, exactly. whole is positive.
func tensOfPercent(part, whole int64) int {
	num := new(big.Int).Mul(big.NewInt(part), big.NewInt(10))
	q, m := new(big.Int).DivMod(num, big.NewInt(whole), new(big.Int))
	if m.Sign() != 0 {
		q.Add(q, big.NewInt(1))
	}
	if !q.IsInt64() || q.Int64() > 10 {
		return 10
	}
	return int(q.Int64())
}
