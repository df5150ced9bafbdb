package masterplan

import (
	"errors"
	"fmt"
	"slices"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/escape"
	"github.com/kotacerdas/smartcity/pillar"
)

// ProgressReport is how far a plan has come in one year: the achievement
// and budget absorption of each pillar and of the whole plan, and where
// each programme and KPI stands. Progress.Report computes it. It is
// written in JSON as `smartcity plan progress --json` prints it, and read
// back (MarshalJSON, UnmarshalJSON).
//
// # Definitions
//
// A programme counts as planned in year Y when Y lies in its years and it
// was not dropped before Y: its latest status reported before Y is not
// cancelled, or it is reported again for Y with another status (revived).
//
// Its status in Y is the one reported for Y. A programme not reported for
// Y keeps a final status reported earlier — completed or cancelled — and
// is otherwise not reported (the zero Status).
//
// A planned programme counts as realised in Y when it is done — completed
// in Y or before — or running (ongoing) with money spent on it in Y. A
// programme running in a year for which the plan gives it no money counts
// as realised too, since it cannot show any spending. Planned, postponed,
// cancelled and unreported programmes are not realised. Status counts
// (StatusCounts) let a reader apply a stricter reading, such as completed
// only.
//
// Achievement is realised ÷ planned; a pillar with nothing planned has no
// achievement (the zero Number), not 0 %.
//
// Budget absorption is money spent ÷ money planned, by funding source:
// planned is the plan's budget lines for Y of the programmes planned in Y;
// spent is what the realisation reports for Y, for every programme of the
// plan reported (money spent on a programme off its schedule is still
// spent). A source with nothing planned has no absorption rate.
type ProgressReport struct {
	// Region is the plan's region.
	Region Region `yaml:"region"`
	// Year is the year reported on.
	Year int `yaml:"year"`
	// Illustrative tells that the realisation document is marked
	// illustrative.
	Illustrative bool `yaml:"illustrative,omitempty"`
	// Pillars are the six pillars in official order.
	Pillars []PillarProgress `yaml:"pillars"`
	// Total is the whole plan: the sum of the pillars, with the zero
	// Pillar.
	Total PillarProgress `yaml:"total"`
	// Programs are the programmes planned in the year, and those reported
	// for it though not planned, in the plan's order.
	Programs []ProgramProgress `yaml:"programs"`
	// Warnings are the warnings of the realisation checked against the
	// plan (Progress.Validate), as the caller gives them to go with the
	// report; Report leaves them empty.
	Warnings smartcity.Problems `yaml:"warnings"`
}

// PillarProgress is one pillar's progress in the report's year, or the
// whole plan's.
type PillarProgress struct {
	// Pillar is the pillar; zero for the whole plan.
	Pillar pillar.Pillar `yaml:"pillar,omitempty"`
	// Achievement is programmes realised ÷ programmes planned.
	Achievement Achievement `yaml:"achievement"`
	// Statuses counts the planned programmes by their status in the year.
	Statuses StatusCounts `yaml:"statuses"`
	// Budget is the absorption per funding source with money planned or
	// spent, in code order.
	Budget []Absorption `yaml:"budget"`
	// BudgetTotal is the absorption over all sources, with the zero
	// Source.
	BudgetTotal Absorption `yaml:"budget_total"`
}

// Achievement counts programmes planned and realised.
type Achievement struct {
	// Planned is the number of programmes planned in the year.
	Planned int `json:"planned" yaml:"planned"`
	// Realised is how many of them are realised.
	Realised int `json:"realised" yaml:"realised"`
	// Rate is Realised ÷ Planned, exact; the zero Number ("no data") when
	// nothing is planned. lang.Percent(Rate.Num(), Rate.Den(), 1) writes
	// it as regions report it, "66,7%".
	Rate smartcity.Number `json:"rate,omitzero" yaml:"rate,omitempty"`
}

// StatusCounts counts programmes by status.
type StatusCounts struct {
	Planned     int `json:"planned" yaml:"planned"`           // not started
	Ongoing     int `json:"ongoing" yaml:"ongoing"`           // running
	Completed   int `json:"completed" yaml:"completed"`       // done, in the year or before
	Postponed   int `json:"postponed" yaml:"postponed"`       // put off
	Cancelled   int `json:"cancelled" yaml:"cancelled"`       // dropped during the year
	NotReported int `json:"not_reported" yaml:"not_reported"` // no status reported
}

func (sc *StatusCounts) add(s Status) {
	switch s {
	case Planned:
		sc.Planned++
	case Ongoing:
		sc.Ongoing++
	case Completed:
		sc.Completed++
	case Postponed:
		sc.Postponed++
	case Cancelled:
		sc.Cancelled++
	default:
		sc.NotReported++
	}
}

// Absorption is money planned and spent, whole rupiah.
type Absorption struct {
	// Source is the funding source; zero for a total over all sources.
	Source Source `yaml:"source,omitempty"`
	// Planned is the money the plan gives the year.
	Planned int64 `yaml:"planned"`
	// Realised is the money reported spent.
	Realised int64 `yaml:"realised"`
	// Rate is Realised ÷ Planned, exact; the zero Number when nothing is
	// planned.
	Rate smartcity.Number `yaml:"rate,omitempty"`
}

// ProgramProgress is where one programme stands in the report's year.
type ProgramProgress struct {
	ID           string         `yaml:"id"`                     // the programme's id
	Name         string         `yaml:"name"`                   // its name
	Pillar       pillar.Pillar  `yaml:"pillar"`                 // the pillar of its element
	Element      pillar.Element `yaml:"element"`                // its element
	QuickWin     bool           `yaml:"quick_win,omitempty"`    // a quick win
	Illustrative bool           `yaml:"illustrative,omitempty"` // invented for an example
	// Counted tells whether the programme counts as planned in the year
	// (see ProgressReport); a programme reported off its schedule does not.
	Counted bool `yaml:"counted"`
	// Status is its status in the year; zero when not reported.
	Status Status `yaml:"status,omitempty"`
	// StatusYear is the year Status was reported for: the report's year,
	// or an earlier one for a final status carried forward; 0 when not
	// reported.
	StatusYear int `yaml:"status_year,omitempty"`
	// Realised tells whether it counts as realised in the year.
	Realised bool `yaml:"realised"`
	// Budget is its money planned and spent in the year, all sources.
	Budget Absorption `yaml:"budget"`
	// KPIs are its KPIs, in the plan's order.
	KPIs []KPIProgress `yaml:"kpis,omitempty"`
	// Note is the note reported for the year.
	Note string `yaml:"note,omitempty"`
}

// realisationIndex finds, for a programme and a year, what a Progress
// reports for it.
type realisationIndex map[string][]reported

// reported is one programme's realisation in one year.
type reported struct {
	year int
	r    *Realisation
}

// index builds the realisation index of pr, years ascending. A programme
// reported twice for a year keeps its first entry; Validate reports the
// second.
func (pr *Progress) index() realisationIndex {
	idx := make(realisationIndex)
	for i := range pr.Years {
		ry := &pr.Years[i]
		for j := range ry.Programs {
			r := &ry.Programs[j]
			list := idx[r.ID]
			if slices.ContainsFunc(list, func(e reported) bool { return e.year == ry.Year }) {
				continue
			}
			idx[r.ID] = append(list, reported{ry.Year, r})
		}
	}
	for _, list := range idx {
		slices.SortStableFunc(list, func(a, b reported) int { return a.year - b.year })
	}
	return idx
}

// standing is what the realisation says of one programme in one year.
type standing struct {
	current       *Realisation // reported for the year; nil when not
	status        Status       // status in the year; zero when not reported
	statusYear    int          // year the status was reported for
	droppedBefore bool         // cancelled in an earlier year and not revived
}

// at returns the standing of programme id in year.
func (idx realisationIndex) at(id string, year int) standing {
	var st standing
	var prev *reported
	for i, e := range idx[id] {
		switch {
		case e.year < year:
			prev = &idx[id][i]
		case e.year == year:
			st.current = e.r
		}
	}
	switch {
	case st.current != nil:
		st.status, st.statusYear = st.current.Status, year
	case prev != nil && (prev.r.Status == Completed || prev.r.Status == Cancelled):
		st.status, st.statusYear = prev.r.Status, prev.year
	}
	st.droppedBefore = prev != nil && prev.r.Status == Cancelled && (st.current == nil || st.current.Status == Cancelled)
	return st
}

// ErrOutsidePeriod is returned (wrapped) by Progress.Report for a year
// outside the plan's period.
var ErrOutsidePeriod = errors.New("year outside the plan period")

// Report computes the plan's progress in year from the realisation (see
// ProgressReport for the definitions). It is meant for a realisation that
// Validate finds without errors against a plan that validates; on others it
// does its best: programmes not in the plan, and programmes whose element is
// not valid, are left out. The error wraps ErrOutsidePeriod for a year
// outside the plan's period, and is an error wrapping ErrOverflow when a sum
// of rupiah, or a KPI's progress, does not fit in an int64.
func (pr *Progress) Report(p *Plan, year int) (*ProgressReport, error) {
	if pr == nil || p == nil {
		return nil, errors.New("masterplan: a plan and a realisation are both required")
	}
	if !p.Period.contains(year) {
		return nil, fmt.Errorf("masterplan: %d lies outside the plan period %d–%d: %w", year, p.Period.StartYear, p.Period.EndYear, ErrOutsidePeriod)
	}
	idx := pr.index()
	rep := &ProgressReport{Region: p.Region, Year: year, Illustrative: pr.Illustrative, Programs: []ProgramProgress{}}
	var tallies [pillar.Environment + 1]tally
	for i := range p.Programs {
		prog := &p.Programs[i]
		pl := prog.pillar()
		if pl == 0 {
			continue
		}
		st := idx.at(prog.ID, year)
		counted := prog.StartYear <= year && year <= prog.EndYear && !st.droppedBefore
		if !counted && st.current == nil {
			continue
		}
		pp, err := programProgress(prog, year, st, counted)
		if err != nil {
			return nil, err
		}
		if err := tallies[pl].add(&pp, prog, st, year); err != nil {
			return nil, err
		}
		rep.Programs = append(rep.Programs, pp)
	}
	var total tally
	for pl := range pillar.All() {
		if err := total.merge(&tallies[pl]); err != nil {
			return nil, err
		}
		pp, err := tallies[pl].progress(pl)
		if err != nil {
			return nil, err
		}
		rep.Pillars = append(rep.Pillars, pp)
	}
	var err error
	if rep.Total, err = total.progress(0); err != nil {
		return nil, err
	}
	return rep, nil
}

// programProgress computes one programme's standing in year.
func programProgress(prog *Program, year int, st standing, counted bool) (ProgramProgress, error) {
	pp := ProgramProgress{
		ID: prog.ID, Name: prog.Name, Pillar: prog.pillar(), Element: prog.Element,
		QuickWin: prog.QuickWin, Illustrative: prog.Illustrative,
		Counted: counted, Status: st.status, StatusYear: st.statusYear,
	}
	if counted {
		for _, l := range prog.Budget {
			if l.Year != year {
				continue
			}
			var err error
			if pp.Budget.Planned, err = addAmount(pp.Budget.Planned, l.Amount, func() *overflowError {
				return overflow("budget of programme %s in %d", escape.Quote(prog.ID), year)
			}); err != nil {
				return ProgramProgress{}, err
			}
		}
	}
	actuals := map[string]KPIActual{}
	if st.current != nil {
		spent, err := st.current.Spent()
		if err != nil {
			return ProgramProgress{}, err
		}
		pp.Budget.Realised = spent
		pp.Note = st.current.Note
		for _, a := range st.current.KPIs {
			if _, dup := actuals[a.Name]; !dup {
				actuals[a.Name] = a
			}
		}
	}
	pp.Budget.Rate = smartcity.NewNumber(pp.Budget.Realised, pp.Budget.Planned)
	switch {
	case !counted:
	case st.status == Completed:
		pp.Realised = true
	case st.status == Ongoing:
		pp.Realised = pp.Budget.Realised > 0 || pp.Budget.Planned == 0
	}
	if counted {
		for k := range prog.KPIs {
			kp, ok := kpiProgress(&prog.KPIs[k], year, actuals[prog.KPIs[k].Name].Actual)
			if !ok {
				return ProgramProgress{}, overflow("progress of KPI %s of programme %s in %d", escape.Quote(prog.KPIs[k].Name), escape.Quote(prog.ID), year)
			}
			pp.KPIs = append(pp.KPIs, kp)
		}
	}
	return pp, nil
}

// tally accumulates a pillar's (or the plan's) progress.
type tally struct {
	ach      Achievement
	statuses StatusCounts
	planned  [OtherSource + 1]int64
	realised [OtherSource + 1]int64
	seen     [OtherSource + 1]bool
}

// add counts one programme's progress in year.
func (t *tally) add(pp *ProgramProgress, prog *Program, st standing, year int) error {
	if pp.Counted {
		t.ach.Planned++
		if pp.Realised {
			t.ach.Realised++
		}
		t.statuses.add(pp.Status)
		for _, l := range prog.Budget {
			if l.Year == year && l.Source.isValid() {
				if err := t.addTo(&t.planned, l.Source, l.Amount, "budget from %s"); err != nil {
					return err
				}
			}
		}
	}
	if st.current != nil {
		for _, a := range st.current.Budget {
			if a.Source.isValid() {
				if err := t.addTo(&t.realised, a.Source, a.Amount, "money spent from %s"); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// addTo adds amount to the total of source s in sums; what is the
// format of the total's name, with a verb for the source ("budget from
// %s").
func (t *tally) addTo(sums *[OtherSource + 1]int64, s Source, amount int64, what string) error {
	var err error
	if sums[s], err = addAmount(sums[s], amount, func() *overflowError { return overflow(what, s) }); err != nil {
		return err
	}
	t.seen[s] = true
	return nil
}

// merge adds the counts and sums of u to t.
func (t *tally) merge(u *tally) error {
	t.ach.Planned += u.ach.Planned
	t.ach.Realised += u.ach.Realised
	t.statuses.Planned += u.statuses.Planned
	t.statuses.Ongoing += u.statuses.Ongoing
	t.statuses.Completed += u.statuses.Completed
	t.statuses.Postponed += u.statuses.Postponed
	t.statuses.Cancelled += u.statuses.Cancelled
	t.statuses.NotReported += u.statuses.NotReported
	for s := APBD; s <= OtherSource; s++ {
		if !u.seen[s] {
			continue
		}
		if err := t.addTo(&t.planned, s, u.planned[s], "budget from %s"); err != nil {
			return err
		}
		if err := t.addTo(&t.realised, s, u.realised[s], "money spent from %s"); err != nil {
			return err
		}
	}
	return nil
}

// progress returns the tally as the progress of pillar pl (zero for the
// whole plan), or an error wrapping ErrOverflow when a total over the
// sources does not fit in an int64.
func (t *tally) progress(pl pillar.Pillar) (PillarProgress, error) {
	out := PillarProgress{Pillar: pl, Achievement: t.ach, Statuses: t.statuses, Budget: []Absorption{}}
	out.Achievement.Rate = smartcity.NewNumber(int64(t.ach.Realised), int64(t.ach.Planned))
	for s := APBD; s <= OtherSource; s++ {
		if !t.seen[s] {
			continue
		}
		out.Budget = append(out.Budget, Absorption{Source: s, Planned: t.planned[s], Realised: t.realised[s],
			Rate: smartcity.NewNumber(t.realised[s], t.planned[s])})
		var err error
		what := func() *overflowError { return overflow("budget of the year") }
		if pl != 0 {
			what = func() *overflowError { return overflow("budget of pillar %s in the year", pl) }
		}
		if out.BudgetTotal.Planned, err = addAmount(out.BudgetTotal.Planned, t.planned[s], what); err != nil {
			return PillarProgress{}, err
		}
		if out.BudgetTotal.Realised, err = addAmount(out.BudgetTotal.Realised, t.realised[s], what); err != nil {
			return PillarProgress{}, err
		}
	}
	out.BudgetTotal.Rate = smartcity.NewNumber(out.BudgetTotal.Realised, out.BudgetTotal.Planned)
	return out, nil
}
