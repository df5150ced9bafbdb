package workspace

import (
	"cmp"
	"slices"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/spbe"
)

// WayOptions say how Standing.Way plans. The zero WayOptions plan the least
// effort: raising an indicator to a level costs the number of its main items
// there not yet accepted.
type WayOptions struct {
	// Plan are the rules the plan keeps (spbe.PlanOptions): yearly caps,
	// frozen indicators, minimums, and Costs to plan the least cost in
	// rupiah instead of the least effort. Outside indicators are always
	// frozen, levels without a main item are never priced, and
	// Unanswered is always spbe.UnansweredZero.
	Plan spbe.PlanOptions
	// FewestRaises plans the fewest raises instead of the least effort;
	// it is ignored when Plan.Costs are given.
	FewestRaises bool
}

// Way is the way from a Standing to a target: the plan of package spbe and
// the evidence items still outstanding on it.
type Way struct {
	// Plan is the plan from the evidenced levels. Its costs are the
	// number of items to finish (Effort), or as WayOptions priced them.
	// An indicator held below the top because a level has no main item
	// shows in its Bounds as spbe.LimitUnpriced: read
	// IndicatorStanding.Unreachable for why.
	Plan *spbe.Plan
	// Effort says that the plan's costs count outstanding main items.
	Effort bool
	// Result is the result once every item on the way is accepted: the
	// plan's levels, and higher where the levels above are accepted
	// already and follow for free, so that its index may pass the plan's.
	Result *spbe.Result
	// Steps are the plan's raises, in its order, each with its items.
	Steps []WayStep
	// Units group the outstanding items by unit, by name; Dates by due
	// date, the earliest first and the items without a date last.
	Units []Group
	Dates []Group
	// Items is the number of outstanding items on the way.
	Items int
}

// WayStep is one raise of a plan and the items it waits for.
type WayStep struct {
	spbe.Step
	// Items are the raise's level's main items not yet accepted, ordered
	// by due date.
	Items []Outstanding `json:"items"`
}

// Group is a set of outstanding items that share a unit or a due date.
type Group struct {
	// Unit is the group's unit, or "" in a group by date; Due the group's
	// date, or in a group by unit its earliest due date.
	Unit string         `json:"unit,omitempty"`
	Due  smartcity.Date `json:"due,omitzero"`
	// Items are ordered by due date, then indicator, level, number and id.
	Items []Outstanding `json:"items"`
}

// Outstanding is an item still to be accepted, as a to-do list shows it.
type Outstanding struct {
	ID          string         `json:"id"`
	Indicator   int            `json:"indicator"`
	Level       spbe.Level     `json:"level"`
	No          int            `json:"no,omitzero"`
	Title       string         `json:"title"`
	Unit        string         `json:"unit"`
	Responsible string         `json:"responsible,omitempty"`
	Due         smartcity.Date `json:"due,omitzero"`
	Status      Status         `json:"status"`
	// Overdue says that Due is past on the standing's day.
	Overdue bool `json:"overdue,omitzero"`
}

// outstanding describes an item on today.
func outstanding(it *Item, today smartcity.Date) Outstanding {
	st := it.Status
	if st == 0 {
		st = Belum
	}
	return Outstanding{
		ID: it.ID, Indicator: it.Indicator, Level: it.Level, No: it.No, Title: it.Title, Unit: it.Unit,
		Responsible: it.Responsible, Due: it.Due, Status: st, Overdue: it.overdue(today),
	}
}

// byDue orders outstanding items by due date (none last), indicator,
// level, number and id.
func byDue(a, b Outstanding) int {
	if az, bz := a.Due.IsZero(), b.Due.IsZero(); az != bz {
		if az {
			return 1
		}
		return -1
	}
	return cmp.Or(a.Due.Compare(b.Due), cmp.Compare(a.Indicator, b.Indicator), cmp.Compare(a.Level, b.Level),
		cmp.Compare(a.No, b.No), cmp.Compare(a.ID, b.ID))
}

// Way plans the raises from the evidenced levels to target and lists the
// items outstanding on them. The error is spbe.Framework.Plan's: a target
// or options that name what the framework does not hold. A target that
// cannot be met is not an error: the plan says Reached false and comes as
// close as the evidence can.
func (s *Standing) Way(target spbe.Target, opt WayOptions) (*Way, error) {
	fw := s.Framework
	popt := opt.Plan
	popt.Unanswered = spbe.UnansweredZero
	popt.Frozen = slices.Clone(popt.Frozen)
	for p, st := range s.Indicators {
		if s.outside[p] && !slices.Contains(popt.Frozen, st.Indicator) {
			popt.Frozen = append(popt.Frozen, st.Indicator)
		}
	}
	effort := len(opt.Plan.Costs) == 0 && !opt.FewestRaises
	popt.Costs = s.prices(opt.Plan.Costs, opt.FewestRaises)
	if len(popt.Costs) == 0 {
		// No raise evidence can make: a plan without prices would raise
		// anything, so every indicator is held where it stands.
		popt.Frozen = popt.Frozen[:0]
		for _, st := range s.Indicators {
			popt.Frozen = append(popt.Frozen, st.Indicator)
		}
	}
	plan, err := fw.Plan(s.Evidenced.Levels, target, popt)
	if err != nil {
		return nil, err
	}
	way := &Way{Plan: plan, Effort: effort}
	if way.Result, err = s.after(plan.Levels); err != nil {
		return nil, err
	}
	units := map[string]*Group{}
	dates := map[smartcity.Date]*Group{}
	for _, step := range plan.Steps {
		p, _ := fw.Position(step.Indicator)
		ws := WayStep{Step: step}
		for _, k := range s.main[p][step.To] {
			it := &s.items[k]
			if it.Status == Diterima {
				continue
			}
			o := outstanding(it, s.Today)
			ws.Items = append(ws.Items, o)
			group(units, o.Unit, o).Unit = o.Unit
			group(dates, o.Due, o).Due = o.Due
		}
		slices.SortFunc(ws.Items, byDue)
		way.Items += len(ws.Items)
		way.Steps = append(way.Steps, ws)
	}
	for _, g := range units {
		slices.SortFunc(g.Items, byDue)
		g.Due = g.Items[0].Due
		way.Units = append(way.Units, *g)
	}
	slices.SortFunc(way.Units, func(a, b Group) int { return cmp.Compare(a.Unit, b.Unit) })
	for _, g := range dates {
		slices.SortFunc(g.Items, byDue)
		way.Dates = append(way.Dates, *g)
	}
	slices.SortFunc(way.Dates, func(a, b Group) int { return byDue(a.Items[0], b.Items[0]) })
	return way, nil
}

// after scores the levels lv with every indicator that evidence sets
// climbing on through the levels above whose main items are all accepted.
func (s *Standing) after(lv spbe.Levels) (*spbe.Result, error) {
	lv = slices.Clone(lv)
	top := s.Framework.MaxLevel()
	for p := range lv {
		if s.outside[p] {
			continue
		}
		for lv[p] < top {
			ks := s.main[p][lv[p]+1]
			if len(ks) == 0 || len(s.missing(ks)) > 0 {
				break
			}
			lv[p]++
		}
	}
	return s.Framework.Score(lv, spbe.Options{Basis: s.Evidenced.Basis, Unanswered: spbe.UnansweredZero})
}

// group returns the group of key in m, made on first use, with o added.
func group[K comparable](m map[K]*Group, key K, o Outstanding) *Group {
	g := m[key]
	if g == nil {
		g = &Group{}
		m[key] = g
	}
	g.Items = append(g.Items, o)
	return g
}

// prices returns the costs of the raises evidence can make: per indicator
// that evidence sets and per level above its evidenced one that has a main
// item, the number of main items outstanding there (effort), 1 (fewest
// raises), or the price that costs give it. A level without a main item,
// and every level above it, gets no price, so the plan holds the indicator
// below it.
func (s *Standing) prices(costs []spbe.Cost, fewest bool) []spbe.Cost {
	var out []spbe.Cost
	top := s.Framework.MaxLevel()
	for p, st := range s.Indicators {
		if s.outside[p] {
			continue
		}
		for l := st.Evidenced + 1; l <= top; l++ {
			ks := s.main[p][l]
			if len(ks) == 0 {
				break
			}
			c := spbe.Cost{Indicator: st.Indicator, Level: l}
			switch {
			case len(costs) > 0:
				price, ok := priceOf(costs, st.Indicator, l)
				if !ok {
					continue
				}
				c.Cost = price
			case fewest:
				c.Cost = 1
			default:
				c.Cost = int64(len(s.missing(ks)))
			}
			out = append(out, c)
		}
	}
	return out
}

// priceOf returns the price costs give a raise of indicator number to l:
// the price of that level, else the indicator's price for every level.
func priceOf(costs []spbe.Cost, number int, l spbe.Level) (int64, bool) {
	var any int64
	found := false
	for _, c := range costs {
		if c.Indicator != number {
			continue
		}
		if c.Level == l {
			return c.Cost, true
		}
		if c.Level == 0 {
			any, found = c.Cost, true
		}
	}
	return any, found
}
