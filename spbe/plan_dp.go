package spbe

import (
	"fmt"
	"math"
	"slices"
)

// noCost marks a state no choice reaches.
const noCost = math.MaxInt64

// domainTable is the least-cost search within one domain: for every gain
// (in units of the gcd of the domain's raisable weights, the top state
// standing for "enough") the least cost and, per indicator, the choice
// that reaches it.
type domainTable struct {
	items  []int     // raisable positions
	unit   int64     // gcd of their weights
	cost   []int64   // least cost by state
	raises []int32   // raises of that least cost
	prev   [][]int32 // by item: the state before the item's choice
	take   [][]uint8 // by item: the levels the item rises
	min    int       // the least state that meets the domain's minimum
}

// cheapest finds the least-cost levels from base within hi that give every
// domain d at least req[d] and the whole at least need, the fewest raises
// among equal costs. It is a multiple-choice knapsack — per indicator the
// choice of how many levels to rise, at the sum of their prices — solved
// exactly by dynamic programming: first per domain over the domain's gain,
// then across domains over the total gain, capped where more gain no
// longer helps. Gains are counted in units of the weights' gcd (5 bp in
// PermenPANRB 59/2020), which keeps the tables small.
func (pl *planner) cheapest(base, hi Levels, req []int64, need int64) (Levels, error) {
	stride := int(pl.fw.spec.MaxLevel) + 1
	deficit := max(0, need-pl.total(base))
	tables := make([]domainTable, len(pl.domains))
	var unit int64
	cells := 0
	for d, members := range pl.domains {
		t := &tables[d]
		short := max(0, req[d]-pl.domainNum(base, d))
		var most int64
		for _, i := range members {
			if hi[i] > base[i] {
				t.items = append(t.items, i)
				t.unit = gcd(pl.w[i], t.unit)
				most += int64(hi[i]-base[i]) * pl.w[i]
			}
		}
		if len(t.items) == 0 {
			t.cost, t.raises, t.unit = []int64{0}, []int32{0}, 1
			continue
		}
		unit = gcd(t.unit, unit)
		// Beyond max(deficit, short) more gain in this domain helps
		// nothing, so all such gains share the top state.
		top := int((min(max(deficit, short), most) + t.unit - 1) / t.unit)
		t.min = int((short + t.unit - 1) / t.unit)
		cells += len(t.items) * (top + 1)
		if cells > maxPlanCells {
			return nil, fmt.Errorf("spbe: %w: more than %d states", errPlanTooLarge, maxPlanCells)
		}
		t.fill(pl, base, hi, top, stride)
	}
	if unit == 0 {
		// Nothing can rise; the bounds already said the need is met.
		return slices.Clone(base), nil
	}

	// Across domains: the total gain in units of the gcd of all, capped at
	// the deficit. The domain with the most states goes first, when only
	// the state 0 is reachable, so that the costly products are small.
	order := make([]int, len(tables))
	for d := range order {
		order[d] = d
	}
	slices.SortStableFunc(order, func(a, b int) int { return len(tables[b].cost) - len(tables[a].cost) })
	goal := int((deficit + unit - 1) / unit)
	cost, raises := unreached(goal+1), make([]int32, goal+1)
	cost[0] = 0
	pick := make([][]int32, len(tables)) // by domain: the domain's state chosen
	from := make([][]int32, len(tables)) // by domain: the total before it
	for _, d := range order {
		tab := &tables[d]
		step := tab.unit / unit
		nc, nr := unreached(goal+1), make([]int32, goal+1)
		pk, fr := make([]int32, goal+1), make([]int32, goal+1)
		for t, c := range cost {
			if c == noCost {
				continue
			}
			for s := tab.min; s < len(tab.cost); s++ {
				if tab.cost[s] == noCost {
					continue
				}
				to := min(goal, t+s*int(step))
				c2, r2 := c+tab.cost[s], raises[t]+tab.raises[s]
				if better(c2, r2, nc[to], nr[to]) {
					nc[to], nr[to], pk[to], fr[to] = c2, r2, int32(s), int32(t)
				}
			}
		}
		cost, raises, pick[d], from[d] = nc, nr, pk, fr
	}
	if cost[goal] == noCost {
		// The bounds were checked before, so this is a defect.
		return nil, fmt.Errorf("spbe: no plan meets a need the bounds allow")
	}

	lv := slices.Clone(base)
	t := goal
	for k := len(order) - 1; k >= 0; k-- {
		d := order[k]
		s := int(pick[d][t])
		t = int(from[d][t])
		tab := &tables[d]
		for it := len(tab.items) - 1; it >= 0; it-- {
			i := tab.items[it]
			lv[i] += Level(tab.take[it][s])
			s = int(tab.prev[it][s])
		}
	}
	return lv, nil
}

// fill runs the search within one domain over the states 0…top.
func (t *domainTable) fill(pl *planner, base, hi Levels, top, stride int) {
	cost, raises := unreached(top+1), make([]int32, top+1)
	cost[0] = 0
	t.prev = make([][]int32, len(t.items))
	t.take = make([][]uint8, len(t.items))
	var prices [LevelLimit + 1]int64
	nc, nr := make([]int64, top+1), make([]int32, top+1)
	for it, i := range t.items {
		u := int(pl.w[i] / t.unit)
		kmax := int(hi[i] - base[i])
		for k := 1; k <= kmax; k++ {
			prices[k] = prices[k-1] + pl.cost[i*stride+int(base[i])+k]
		}
		prev, take := make([]int32, top+1), make([]uint8, top+1)
		for s := range nc {
			nc[s] = noCost
		}
		for s, c := range cost {
			if c == noCost {
				continue
			}
			for k := 0; k <= kmax; k++ {
				to := min(top, s+k*u)
				c2, r2 := c+prices[k], raises[s]+int32(k)
				if better(c2, r2, nc[to], nr[to]) {
					nc[to], nr[to], prev[to], take[to] = c2, r2, int32(s), uint8(k)
				}
			}
		}
		cost, nc = nc, cost
		raises, nr = nr, raises
		t.prev[it], t.take[it] = prev, take
	}
	t.cost, t.raises = cost, raises
}

// unreached returns n states that no choice reaches yet.
func unreached(n int) []int64 {
	c := make([]int64, n)
	for i := range c {
		c[i] = noCost
	}
	return c
}

// better reports whether a state reached at cost c with r raises is better
// than one at cost bc with br: cheaper, or as cheap with fewer raises.
func better(c int64, r int32, bc int64, br int32) bool {
	return c < bc || c == bc && r < br
}

// gcd returns the greatest common divisor of two weights, a > 0 and b ≥ 0.
func gcd(a, b int64) int64 {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}
