package masterplan

import (
	"errors"
	"fmt"

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

// PillarSharesSVG draws how the plan spreads over the six pillars as
// horizontal bars: each pillar's programmes and its budget, each bar with
// its count or rupiah and its share of the whole in percent, so that a
// pillar with many programmes and little money, or the reverse, stands
// out. Without any budget only the programmes are drawn. Pillar names and
// words follow opt.Lang, numbers its separators.
//
// A plan without programmes is an error (ErrNoPrograms); programmes whose
// element is not valid are left out, as in the coverage of a Summary.
// The error wraps ErrOverflow when the budget's total does not fit in an
// int64.
func (p *Plan) PillarSharesSVG(opt ReportOptions) ([]byte, error) {
	lang := opt.Lang.Or(smartcity.Indonesian)
	cov := p.coverage()
	budget, err := p.budgetSummary()
	if err != nil {
		return nil, err
	}
	programs := chart.Share{Values: make([]int64, 0, len(cov))}
	var count int64
	for _, pc := range cov {
		programs.Values = append(programs.Values, int64(pc.Programs))
		count += int64(pc.Programs)
	}
	if count == 0 {
		return nil, fmt.Errorf("masterplan: pillar shares chart: %w", ErrNoPrograms)
	}
	money := chart.Share{Rupiah: true}
	var budgetTotal int64
	for _, pa := range budget.ByPillar {
		if pa.Pillar.IsValid() {
			if budgetTotal, err = addAmount(budgetTotal, pa.Amount, func() *overflowError { return overflow("budget of the six pillars") }); err != nil {
				return nil, err
			}
			money.Values = append(money.Values, pa.Amount)
		}
	}
	s := chart.Shares{
		Title:      fmt.Sprintf(rwSharesTitle.in(lang), p.Region.FullName(lang)),
		ValueLabel: rwSharesAxis.in(lang),
		Lang:       lang,
	}
	for _, pc := range cov {
		s.Categories = append(s.Categories, pc.Pillar.Name(lang))
	}
	programs.Name = fmt.Sprintf(rwSharesPrograms.in(lang), count)
	s.Series = append(s.Series, programs)
	if budgetTotal > 0 {
		money.Name = fmt.Sprintf(rwSharesBudget.in(lang), lang.Rupiah(budgetTotal))
		s.Series = append(s.Series, money)
	}
	svg, err := s.SVG()
	if err != nil {
		return nil, fmt.Errorf("masterplan: pillar shares chart: %w", err)
	}
	return svg, nil
}
