package spbe

import (
	"cmp"
	"slices"

	"github.com/kotacerdas/smartcity"
)

// plan chooses the number of years, then solves within them.
func (pl *planner) plan() (*Plan, error) {
	years := 1
	if pl.cap > 0 {
		years = pl.years
		if years == 0 {
			// The fewest years in which the target can be met; past ymax
			// the cap no longer holds any indicator back.
			lowest := pl.fw.spec.MaxLevel
			for _, l := range pl.cur {
				lowest = min(lowest, l)
			}
			ymax := max(1, (int(pl.fw.spec.MaxLevel-lowest)+pl.cap-1)/pl.cap)
			years = ymax
			for y := 1; y < ymax; y++ {
				if hi, _ := pl.bounds(y); pl.feasible(hi) {
					years = y
					break
				}
			}
		}
	}
	hi, why := pl.bounds(years)
	return pl.solve(hi, why, years)
}

// bounds returns how high each indicator can rise in years years, and the
// limit that holds it below the top of the scale (0 when none does).
func (pl *planner) bounds(years int) (Levels, []Limit) {
	top := pl.fw.spec.MaxLevel
	stride := int(top) + 1
	hi, why := make(Levels, len(pl.cur)), make([]Limit, len(pl.cur))
	// Levels stop at LevelLimit, so a cap or a span above it never binds;
	// clamping first keeps the product from overflowing.
	span := min(pl.cap, int(LevelLimit)+1) * min(years, int(LevelLimit)+1)
	for i, c := range pl.cur {
		h, lim := top, Limit(0)
		switch {
		case pl.frozen[i]:
			h, lim = c, LimitFrozen
		case pl.cap > 0 && int(top)-int(c) > span:
			h, lim = c+Level(span), LimitRaiseCap
		}
		if pl.priced {
			for l := c + 1; l <= h; l++ {
				if pl.cost[i*stride+int(l)] < 0 {
					h, lim = l-1, LimitUnpriced
					break
				}
			}
		}
		if h == top {
			lim = 0
		}
		hi[i], why[i] = h, lim
	}
	return hi, why
}

// feasible reports whether every minimum and the index target can be met
// with the levels no higher than hi.
func (pl *planner) feasible(hi Levels) bool {
	for i, m := range pl.minL {
		if m > hi[i] && m > pl.cur[i] {
			return false
		}
	}
	for d, m := range pl.domMin {
		if m > 0 && pl.domainNum(hi, d) < m {
			return false
		}
	}
	return pl.total(hi) >= pl.need
}

// total returns Σ level × weight.
func (pl *planner) total(lv Levels) int64 {
	var n int64
	for i, l := range lv {
		n += int64(l) * pl.w[i]
	}
	return n
}

// domainNum returns Σ level × weight over domain d.
func (pl *planner) domainNum(lv Levels, d int) int64 {
	var n int64
	for _, i := range pl.domains[d] {
		n += int64(lv[i]) * pl.w[i]
	}
	return n
}

// solve plans within the bounds hi: it lifts the minimums, then finds the
// fewest or cheapest raises, and lays them out.
func (pl *planner) solve(hi Levels, why []Limit, years int) (*Plan, error) {
	fw, top := pl.fw, pl.fw.spec.MaxLevel
	p := &Plan{
		Framework: fw, Target: pl.target, Basis: pl.basis, Need: pl.need,
		Priced: pl.priced, Years: years, FirstYear: pl.yearOf(0),
	}
	base := slices.Clone(pl.cur)
	for i, m := range pl.minL {
		if m <= base[i] {
			continue
		}
		if m > hi[i] {
			p.Shortfalls = append(p.Shortfalls, Shortfall{
				Indicator: fw.numbers[i], Want: smartcity.NewNumber(int64(m), 1), Got: smartcity.NewNumber(int64(hi[i]), 1), Limit: why[i],
			})
		}
		base[i] = max(base[i], min(m, hi[i]))
	}
	req := make([]int64, len(pl.domMin))
	for d, m := range pl.domMin {
		if m == 0 {
			continue
		}
		best := pl.domainNum(hi, d)
		if m > best {
			p.Shortfalls = append(p.Shortfalls, Shortfall{
				Domain: fw.spec.Domains[d].Code, Want: pl.domWant[d], Got: smartcity.NewNumber(best, fw.domainW[d]),
				Limit: domainLimit(pl.domains[d], hi, why, top),
			})
			m = best
		}
		req[d] = m
	}
	need, most := pl.need, pl.total(hi)
	reachedIndex := need <= most
	if !reachedIndex {
		need = most
	}

	var final Levels
	if pl.priced {
		var err error
		if final, err = pl.cheapest(base, hi, req, need); err != nil {
			return nil, err
		}
	} else {
		final = pl.fewest(base, hi, req, need)
	}

	p.Reached = reachedIndex && len(p.Shortfalls) == 0
	if !reachedIndex {
		p.Bounds = boundsOf(fw, hi, why, top)
	}
	p.Levels = final
	p.From = smartcity.NewNumber(pl.total(pl.cur), WeightTotal)
	p.To = smartcity.NewNumber(pl.total(final), WeightTotal)
	p.FromPredicate = fw.predicateFor(p.From.Num(), WeightTotal, pl.basis)
	p.ToPredicate = fw.predicateFor(p.To.Num(), WeightTotal, pl.basis)
	p.Steps = pl.schedule(base, final)
	for _, s := range p.Steps {
		p.TotalCost += s.Cost
	}
	return p, nil
}

// domainLimit names what holds a domain below its minimum: the limit that
// holds most of its indicators, or LimitMaxLevel when none is held.
func domainLimit(members []int, hi Levels, why []Limit, top Level) Limit {
	var count [LimitMaxLevel + 1]int
	best := LimitMaxLevel
	for _, i := range members {
		if hi[i] < top && limits.IsValid(why[i]) {
			count[why[i]]++
		}
	}
	for lim := LimitFrozen; lim < LimitMaxLevel; lim++ {
		if count[lim] > count[best] {
			best = lim
		}
	}
	return best
}

// boundsOf groups the indicators held below the top by their limit.
func boundsOf(fw *Framework, hi Levels, why []Limit, top Level) []Bound {
	var out []Bound
	for lim := LimitFrozen; lim <= LimitMaxLevel; lim++ {
		var nums []int
		for i, l := range why {
			if l == lim && hi[i] < top {
				nums = append(nums, fw.numbers[i])
			}
		}
		if len(nums) > 0 {
			out = append(out, Bound{Limit: lim, Indicators: nums})
		}
	}
	return out
}

// fewest raises, from base, first each domain to its minimum numerator and
// then the whole to need, always the heaviest indicator first. Every raise
// of indicator i adds w_i, so the k heaviest available raises give the most
// any k raises can: taking them in order reaches a deficit with the fewest.
// With domain minimums the domains' own heaviest raises come first — each
// domain needs at least that many — and the rest are again the heaviest
// left anywhere; as each domain's gains fall raise by raise, this choice is
// optimal too.
func (pl *planner) fewest(base, hi Levels, req []int64, need int64) Levels {
	lv := slices.Clone(base)
	for d, r := range req {
		if deficit := r - pl.domainNum(lv, d); deficit > 0 {
			pl.fill(lv, hi, pl.domains[d], deficit)
		}
	}
	if deficit := need - pl.total(lv); deficit > 0 {
		pl.fill(lv, hi, pl.order, deficit)
	}
	return lv
}

// fill raises indicators of cands (heaviest first) one level at a time
// until deficit basis points are added or none can rise. Among indicators
// of equal weight the lowest level rises first, then the first in order.
func (pl *planner) fill(lv, hi Levels, cands []int, deficit int64) {
	for start := 0; start < len(cands) && deficit > 0; {
		w := pl.w[cands[start]]
		end := start
		for end < len(cands) && pl.w[cands[end]] == w {
			end++
		}
		class := cands[start:end]
		for deficit > 0 {
			best := -1
			for _, i := range class {
				if lv[i] < hi[i] && (best < 0 || lv[i] < lv[best]) {
					best = i
				}
			}
			if best < 0 {
				break
			}
			lv[best]++
			deficit -= w
		}
		start = end
	}
}

// yearOf returns the year of the plan's year k (0-based).
func (pl *planner) yearOf(k int) int {
	if pl.start != 0 {
		return pl.start + k
	}
	return k + 1
}

// schedule lays out the raises from the starting levels to final. Each
// indicator rises as early as the yearly cap allows; within a year the
// raises toward a minimum (up to base) come first, then the heaviest, then
// by indicator number and level. IndexAfter accumulates.
func (pl *planner) schedule(base, final Levels) []Step {
	type item struct {
		pos int
		s   Step
	}
	stride := int(pl.fw.spec.MaxLevel) + 1
	var items []item
	for i, c := range pl.cur {
		for l := c + 1; l <= final[i]; l++ {
			k := 0
			if pl.cap > 0 {
				k = int(l-c-1) / pl.cap
			}
			var cost int64
			if pl.priced {
				cost = pl.cost[i*stride+int(l)]
			}
			items = append(items, item{pos: i, s: Step{
				Indicator: pl.fw.numbers[i], From: l - 1, To: l, Year: pl.yearOf(k), Cost: cost, Required: l <= base[i],
			}})
		}
	}
	slices.SortFunc(items, func(a, b item) int {
		if c := cmp.Compare(a.s.Year, b.s.Year); c != 0 {
			return c
		}
		if a.s.Required != b.s.Required {
			if a.s.Required {
				return -1
			}
			return 1
		}
		if c := cmp.Compare(pl.w[b.pos], pl.w[a.pos]); c != 0 {
			return c
		}
		if c := cmp.Compare(a.pos, b.pos); c != 0 {
			return c
		}
		return cmp.Compare(a.s.To, b.s.To)
	})
	steps := make([]Step, len(items))
	n := pl.total(pl.cur)
	for k, it := range items {
		n += pl.w[it.pos]
		it.s.IndexAfter = smartcity.NewNumber(n, WeightTotal)
		steps[k] = it.s
	}
	return steps
}
