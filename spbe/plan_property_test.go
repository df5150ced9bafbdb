package spbe_test

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/spbe"
	"github.com/kotacerdas/smartcity/spbe/spbetest"
)

// fewestRaises is the fewest one-level raises of lv whose weights add up
// to at least need basis points, found independently of the planner: the
// heaviest indicators' raises first, each indicator as far as the top of
// the scale. It is -1 when even every raise is not enough.
func fewestRaises(fw *spbe.Framework, lv spbe.Levels, need int64) int {
	type room struct {
		weight int64
		levels int
	}
	var rooms []room
	for i, ind := range fw.Indicators() {
		rooms = append(rooms, room{ind.WeightBP, int(fw.MaxLevel() - lv[i])})
	}
	slices.SortFunc(rooms, func(a, b room) int { return cmp.Compare(b.weight, a.weight) })
	raises := 0
	for _, r := range rooms {
		for range r.levels {
			if need <= 0 {
				return raises
			}
			need -= r.weight
			raises++
		}
	}
	if need <= 0 {
		return raises
	}
	return -1
}

// TestPlanProperty checks plans from generated assessments to generated
// targets (an index anywhere in 0–5, or a predikat):
//   - a plan always reaches a target the scale allows, with Σ level ×
//     weight at least the target's numerator;
//   - it has the fewest raises, as counted independently;
//   - its steps are one level each, from the starting levels to the plan's
//     levels, with the index after each step rising to the plan's index,
//     which is the score of the plan's levels;
//   - with prices, its total is the sum of its steps' costs and no more
//     than the price of the fewest-raises plan.
func TestPlanProperty(t *testing.T) {
	rng := rand.New(rand.NewPCG(59, 6))
	fw := spbe.Default()
	predicates := []spbe.Predicate{spbe.Kurang, spbe.Cukup, spbe.Baik, spbe.SangatBaik, spbe.Memuaskan}
	for n := range 150 {
		a := spbetest.Random(rng, fw)
		from, err := fw.LevelsOf(a, spbe.Options{})
		require.NoError(t, err)
		var target spbe.Target
		var need int64
		if n%2 == 0 {
			target.Index = smartcity.NewNumber(rng.Int64N(5*spbe.WeightTotal+1), spbe.WeightTotal)
			need = target.Index.Num()
		} else {
			target.Predicate = predicates[rng.IntN(len(predicates))]
			need = target.Numerator(fw, spbe.Unrounded)
		}
		start, err := fw.Score(from, spbe.Options{})
		require.NoError(t, err)

		p, err := fw.Plan(from, target, spbe.PlanOptions{})
		require.NoError(t, err, "plan %d", n)
		require.True(t, p.Reached, "plan %d to %+v", n, target)
		got, err := fw.Score(p.Levels, spbe.Options{})
		require.NoError(t, err)
		require.Equal(t, 0, got.Index.Cmp(p.To), "plan %d", n)
		require.GreaterOrEqual(t, got.Numerator(), need, "plan %d", n)
		require.Equal(t, fewestRaises(fw, from, need-start.Numerator()), p.Raises(), "plan %d", n)

		lv := slices.Clone(from)
		prev := start.Index
		for _, s := range p.Steps {
			pos, ok := fw.Position(s.Indicator)
			require.True(t, ok)
			require.Equal(t, lv[pos], s.From, "plan %d step %+v", n, s)
			require.Equal(t, s.From+1, s.To)
			lv[pos] = s.To
			require.GreaterOrEqual(t, s.IndexAfter.Cmp(prev), 0)
			prev = s.IndexAfter
		}
		require.Equal(t, p.Levels, lv, "plan %d", n)
		require.Equal(t, 0, prev.Cmp(p.To), "plan %d", n)

		// Priced: every raise of every indicator has a price.
		costs := make([]spbe.Cost, 0, fw.NumIndicators())
		price := map[int]int64{}
		for _, ind := range fw.Indicators() {
			c := 1 + rng.Int64N(1_000_000)
			costs = append(costs, spbe.Cost{Indicator: ind.Number, Cost: c})
			price[ind.Number] = c
		}
		cheap, err := fw.Plan(from, target, spbe.PlanOptions{Costs: costs})
		require.NoError(t, err, "plan %d", n)
		require.True(t, cheap.Reached)
		var total, fewest int64
		for _, s := range cheap.Steps {
			require.Equal(t, price[s.Indicator], s.Cost)
			total += s.Cost
		}
		for _, s := range p.Steps {
			fewest += price[s.Indicator]
		}
		require.Equal(t, total, cheap.TotalCost, "plan %d", n)
		require.LessOrEqual(t, cheap.TotalCost, fewest, "plan %d: the cheapest plan costs more than the fewest raises", n)
		require.GreaterOrEqual(t, cheap.To.Num(), need, "plan %d", n)
	}
}
