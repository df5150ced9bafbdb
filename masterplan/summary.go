package masterplan

import (
	"cmp"
	"slices"

	"github.com/kotacerdas/smartcity/internal/check"
	"github.com/kotacerdas/smartcity/pillar"
)

// Summary is an overview of a plan: its budget by pillar, year and source,
// which pillars and elements its programmes cover, its roadmap by year and
// its quick wins. Totals are exact int64 rupiah.
//
// A Summary is written in JSON as `smartcity plan summary --json` prints
// it: the region, the period and the number of programmes, then the
// budget, coverage, roadmap and quick wins; amounts are whole rupiah and
// codes are the library's (pillar "GOV", element "GOV.SVC", source "Dana
// Desa").
type Summary struct {
	Region    Region           `json:"region" yaml:"region"`         // the plan's region
	Period    Period           `json:"period" yaml:"period"`         // its period
	Programs  int              `json:"programs" yaml:"programs"`     // its number of programmes
	Budget    BudgetSummary    `json:"budget" yaml:"budget"`         // the budget lines totalled by pillar, year and source
	Coverage  []PillarCoverage `json:"coverage" yaml:"coverage"`     // the six pillars in official order, each with its three elements
	Roadmap   []RoadmapYear    `json:"roadmap" yaml:"roadmap"`       // year by year over the period; nil when the period is unusable
	QuickWins []QuickWin       `json:"quick_wins" yaml:"quick_wins"` // by pillar, then in document order
}

// Summarize computes the plan's Summary. It is meant for a plan that
// validates; on others it does its best: programmes with an element that is
// not valid are left out of the coverage and counted under the zero Pillar
// in the budget, and there is no roadmap when the plan's period is unusable.
// The error wraps ErrOverflow when a total does not fit in an int64.
func (p *Plan) Summarize() (*Summary, error) {
	budget, err := p.budgetSummary()
	if err != nil {
		return nil, err
	}
	roadmap, err := p.roadmap()
	if err != nil {
		return nil, err
	}
	quickWins, err := p.quickWinList()
	if err != nil {
		return nil, err
	}
	return &Summary{
		Region: p.Region, Period: p.Period, Programs: len(p.Programs),
		Budget: budget, Coverage: p.coverage(), Roadmap: roadmap, QuickWins: quickWins,
	}, nil
}

// BudgetSummary is a plan's budget cut three ways, with exact totals.
type BudgetSummary struct {
	// Cells are the non-zero totals per pillar, year and source, sorted in
	// that order (pillars in official order, sources in code order).
	Cells []BudgetCell `json:"cells" yaml:"cells"`
	// ByPillar has the six pillars in official order, zero totals included,
	// and a last entry for the zero Pillar only when some programme's
	// element is not valid.
	ByPillar []PillarAmount `json:"by_pillar" yaml:"by_pillar"`
	// ByYear has each year that has budget, ascending.
	ByYear []YearAmount `json:"by_year" yaml:"by_year"`
	// BySource has each source that has budget, in code order.
	BySource []SourceAmount `json:"by_source" yaml:"by_source"`
	// Total is the whole plan's budget.
	Total int64 `json:"total" yaml:"total"`
}

// BudgetCell is the budget of one pillar in one year from one source.
type BudgetCell struct {
	Pillar pillar.Pillar `json:"pillar" yaml:"pillar"` // zero for programmes whose element is not valid
	Year   int           `json:"year" yaml:"year"`     // the budget year
	Source Source        `json:"source" yaml:"source"` // the funding source
	Amount int64         `json:"amount" yaml:"amount"` // whole rupiah
}

// PillarAmount is a pillar's budget total.
type PillarAmount struct {
	Pillar pillar.Pillar `json:"pillar" yaml:"pillar"` // zero for programmes whose element is not valid
	Amount int64         `json:"amount" yaml:"amount"` // whole rupiah
}

// YearAmount is a year's budget total.
type YearAmount struct {
	Year   int   `json:"year" yaml:"year"`     // the budget year
	Amount int64 `json:"amount" yaml:"amount"` // whole rupiah
}

// SourceAmount is a funding source's budget total.
type SourceAmount struct {
	Source Source `json:"source" yaml:"source"` // the funding source
	Amount int64  `json:"amount" yaml:"amount"` // whole rupiah
}

// Amount returns the budget of pillar pl in year from source s, 0 when
// there is none.
func (b *BudgetSummary) Amount(pl pillar.Pillar, year int, s Source) int64 {
	i, ok := slices.BinarySearchFunc(b.Cells, BudgetCell{Pillar: pl, Year: year, Source: s}, compareCells)
	if !ok {
		return 0
	}
	return b.Cells[i].Amount
}

func compareCells(a, b BudgetCell) int {
	// The zero Pillar (an element that is not valid) sorts last.
	pa, pb := int(a.Pillar)-1, int(b.Pillar)-1
	if pa < 0 {
		pa = 1 << 8
	}
	if pb < 0 {
		pb = 1 << 8
	}
	if c := cmp.Compare(pa, pb); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Year, b.Year); c != 0 {
		return c
	}
	return cmp.Compare(a.Source, b.Source)
}

// budgetSummary totals the plan's budget lines by pillar, year and source.
// The error wraps ErrOverflow and names the total that does not fit in an
// int64.
func (p *Plan) budgetSummary() (BudgetSummary, error) {
	type key struct {
		pillar pillar.Pillar
		year   int
		source Source
	}
	cells := make(map[key]int64)
	var b BudgetSummary
	var byPillar [pillar.Environment + 1]int64
	byYear := make(map[int]int64)
	var bySource [OtherSource + 1]int64
	var sourceSeen [OtherSource + 1]bool
	invalid := false
	for i := range p.Programs {
		pr := &p.Programs[i]
		pl := pr.Element.Pillar()
		invalid = invalid || pl == 0
		for _, l := range pr.Budget {
			k := key{pl, l.Year, l.Source}
			var err error
			if cells[k], err = addAmount(cells[k], l.Amount, func() *overflowError {
				return overflow("budget of pillar %s in %d from %s", pillarCode(pl), l.Year, l.Source)
			}); err != nil {
				return BudgetSummary{}, err
			}
			if byPillar[pl], err = addAmount(byPillar[pl], l.Amount, func() *overflowError {
				return overflow("budget of pillar %s", pillarCode(pl))
			}); err != nil {
				return BudgetSummary{}, err
			}
			if byYear[l.Year], err = addAmount(byYear[l.Year], l.Amount, func() *overflowError {
				return overflow("budget of %d", l.Year)
			}); err != nil {
				return BudgetSummary{}, err
			}
			if int(l.Source) < len(bySource) {
				sourceSeen[l.Source] = true
				if bySource[l.Source], err = addAmount(bySource[l.Source], l.Amount, func() *overflowError {
					return overflow("budget from %s", l.Source)
				}); err != nil {
					return BudgetSummary{}, err
				}
			}
			if b.Total, err = addAmount(b.Total, l.Amount, func() *overflowError { return overflow("total budget") }); err != nil {
				return BudgetSummary{}, err
			}
		}
	}
	b.Cells = make([]BudgetCell, 0, len(cells))
	for k, v := range cells {
		if v != 0 {
			b.Cells = append(b.Cells, BudgetCell{Pillar: k.pillar, Year: k.year, Source: k.source, Amount: v})
		}
	}
	slices.SortFunc(b.Cells, compareCells)
	for pl := range pillar.All() {
		b.ByPillar = append(b.ByPillar, PillarAmount{Pillar: pl, Amount: byPillar[pl]})
	}
	if invalid {
		b.ByPillar = append(b.ByPillar, PillarAmount{Amount: byPillar[0]})
	}
	for y, v := range byYear {
		b.ByYear = append(b.ByYear, YearAmount{Year: y, Amount: v})
	}
	slices.SortFunc(b.ByYear, func(a, b YearAmount) int { return cmp.Compare(a.Year, b.Year) })
	for s, seen := range sourceSeen {
		if seen {
			b.BySource = append(b.BySource, SourceAmount{Source: Source(s), Amount: bySource[s]})
		}
	}
	return b, nil
}

// pillarCode is the pillar's code, or "(none)" for the zero Pillar.
func pillarCode(pl pillar.Pillar) string {
	if pl == 0 {
		return "(none)"
	}
	return pl.String()
}

// PillarCoverage counts the programmes and quick wins under a pillar and
// each of its elements.
type PillarCoverage struct {
	Pillar    pillar.Pillar     `json:"pillar" yaml:"pillar"`         // the pillar
	Programs  int               `json:"programs" yaml:"programs"`     // programmes under its elements
	QuickWins int               `json:"quick_wins" yaml:"quick_wins"` // quick wins among them
	Elements  []ElementCoverage `json:"elements" yaml:"elements"`     // its three elements in order
}

// ElementCoverage counts the programmes and quick wins under an element.
type ElementCoverage struct {
	Element   pillar.Element `json:"element" yaml:"element"`       // the element
	Programs  int            `json:"programs" yaml:"programs"`     // programmes under it
	QuickWins int            `json:"quick_wins" yaml:"quick_wins"` // quick wins among them
}

// coverage returns the coverage matrix: the six pillars in official order,
// each with its three elements, counting programmes and quick wins.
// Programmes whose element is not valid are not counted.
func (p *Plan) coverage() []PillarCoverage {
	var programs, quickWins [pillar.Energy + 1]int
	for i := range p.Programs {
		pr := &p.Programs[i]
		if pr.Element.IsValid() {
			programs[pr.Element]++
			if pr.QuickWin {
				quickWins[pr.Element]++
			}
		}
	}
	out := make([]PillarCoverage, 0, 6)
	for pl := range pillar.All() {
		pc := PillarCoverage{Pillar: pl, Elements: make([]ElementCoverage, 0, 3)}
		for e := range pl.Elements() {
			pc.Elements = append(pc.Elements, ElementCoverage{Element: e, Programs: programs[e], QuickWins: quickWins[e]})
			pc.Programs += programs[e]
			pc.QuickWins += quickWins[e]
		}
		out = append(out, pc)
	}
	return out
}

// RoadmapYear is one year of the roadmap: the programmes running, starting
// and ending that year (by id, in document order) and the year's budget.
type RoadmapYear struct {
	Year     int      `json:"year" yaml:"year"`         // the year
	Running  []string `json:"running" yaml:"running"`   // ids of the programmes under way that year
	Starting []string `json:"starting" yaml:"starting"` // ids of those whose first year it is
	Ending   []string `json:"ending" yaml:"ending"`     // ids of those whose last year it is
	Budget   int64    `json:"budget" yaml:"budget"`     // the year's budget, whole rupiah
}

// roadmap returns the plan year by year over its period: which programmes
// run, start and end, and the budget of each year. It returns nil when the
// plan's period is unusable (a year missing or not four digits, or the
// start after the end). The error wraps ErrOverflow when a year's budget
// does not fit in an int64.
func (p *Plan) roadmap() ([]RoadmapYear, error) {
	pp := p.Period
	if !check.ValidYear(pp.StartYear) || !check.ValidYear(pp.EndYear) || pp.StartYear > pp.EndYear {
		return nil, nil
	}
	out := make([]RoadmapYear, pp.years())
	for i := range out {
		out[i] = RoadmapYear{Year: pp.StartYear + i, Running: []string{}, Starting: []string{}, Ending: []string{}}
	}
	for i := range p.Programs {
		pr := &p.Programs[i]
		if pr.StartYear != 0 && pr.EndYear != 0 && pr.StartYear <= pr.EndYear {
			for y := max(pr.StartYear, pp.StartYear); y <= min(pr.EndYear, pp.EndYear); y++ {
				ry := &out[y-pp.StartYear]
				ry.Running = append(ry.Running, pr.ID)
			}
			if pp.contains(pr.StartYear) {
				ry := &out[pr.StartYear-pp.StartYear]
				ry.Starting = append(ry.Starting, pr.ID)
			}
			if pp.contains(pr.EndYear) {
				ry := &out[pr.EndYear-pp.StartYear]
				ry.Ending = append(ry.Ending, pr.ID)
			}
		}
		for _, l := range pr.Budget {
			if !pp.contains(l.Year) {
				continue
			}
			ry := &out[l.Year-pp.StartYear]
			var err error
			if ry.Budget, err = addAmount(ry.Budget, l.Amount, func() *overflowError {
				return overflow("budget of %d", l.Year)
			}); err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}

// QuickWin is a line of the quick-win list.
type QuickWin struct {
	ID             string         `json:"id" yaml:"id"`                                         // the programme's id
	Name           string         `json:"name" yaml:"name"`                                     // its name
	Pillar         pillar.Pillar  `json:"pillar" yaml:"pillar"`                                 // the pillar of its element
	Element        pillar.Element `json:"element" yaml:"element"`                               // its element
	ResponsibleOPD string         `json:"responsible_opd" yaml:"responsible_opd"`               // the OPD accountable
	StartYear      int            `json:"start_year" yaml:"start_year"`                         // its first year
	EndYear        int            `json:"end_year" yaml:"end_year"`                             // its last year
	Budget         int64          `json:"budget" yaml:"budget"`                                 // its total budget, whole rupiah
	Illustrative   bool           `json:"illustrative,omitempty" yaml:"illustrative,omitempty"` // invented for an example
}

// quickWinList lists the quick wins by pillar in official order, then in
// document order, with each one's total budget.
func (p *Plan) quickWinList() ([]QuickWin, error) {
	out := []QuickWin{}
	for i := range p.Programs {
		pr := &p.Programs[i]
		if !pr.QuickWin {
			continue
		}
		total, err := pr.budgetTotal()
		if err != nil {
			return nil, err
		}
		out = append(out, QuickWin{
			ID: pr.ID, Name: pr.Name, Pillar: pr.Element.Pillar(), Element: pr.Element,
			ResponsibleOPD: pr.ResponsibleOPD, StartYear: pr.StartYear, EndYear: pr.EndYear, Budget: total,
			Illustrative: pr.Illustrative,
		})
	}
	slices.SortStableFunc(out, func(a, b QuickWin) int {
		return compareCells(BudgetCell{Pillar: a.Pillar}, BudgetCell{Pillar: b.Pillar})
	})
	return out, nil
}
