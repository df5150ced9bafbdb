package workspace

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/spbe"
)

// twins returns the numbers of two indicators of fw with the same weight
// that evidence sets.
func twins(t *testing.T, fw *spbe.Framework) (a, b int, weight int64) {
	t.Helper()
	seen := map[int64]int{}
	for _, ind := range fw.Indicators() {
		if ind.Number == 5 || ind.Number == 6 || ind.Number == 7 || ind.Number == 18 {
			continue
		}
		if first, ok := seen[ind.WeightBP]; ok {
			return first, ind.Number, ind.WeightBP
		}
		seen[ind.WeightBP] = ind.Number
	}
	t.Fatal("no two indicators weigh the same")
	return 0, 0, 0
}

func TestWayTakesTheLeastEffort(t *testing.T) {
	fw := pemdi(t)
	a, b, weight := twins(t, fw)
	var w Workspace
	// a's level 1 waits for three documents, b's for one.
	for k := range 3 {
		w.Items = append(w.Items, Item{ID: fmt.Sprintf("a%d", k), Indicator: a, Level: 1, Unit: "Bappeda", Main: true, Status: Belum,
			Due: smartcity.MustParseDate("2026-07-0" + fmt.Sprint(k+1))})
	}
	w.Items = append(w.Items, Item{ID: "b", Indicator: b, Level: 1, Unit: "Diskominfo", Main: true, Status: Revisi, Reason: "salah"})
	s, err := w.Evaluate(fw, Options{})
	require.NoError(t, err)
	// One raise of that weight above the evidenced index.
	target := spbe.Target{Index: smartcity.NewNumber(s.Evidenced.Numerator()+weight, 10000)}

	way, err := s.Way(target, WayOptions{})
	require.NoError(t, err)
	require.True(t, way.Plan.Reached)
	assert.True(t, way.Effort)
	require.Len(t, way.Steps, 1)
	assert.Equal(t, b, way.Steps[0].Indicator)
	assert.Equal(t, int64(1), way.Plan.TotalCost)
	assert.Equal(t, 1, way.Items)
	require.Len(t, way.Units, 1)
	assert.Equal(t, "Diskominfo", way.Units[0].Unit)
	assert.Equal(t, "b", way.Units[0].Items[0].ID)
	assert.Equal(t, Revisi, way.Units[0].Items[0].Status)

	// The fewest raises do not look at the documents: either indicator
	// will do, with all of its items.
	way, err = s.Way(target, WayOptions{FewestRaises: true})
	require.NoError(t, err)
	require.Len(t, way.Steps, 1)
	assert.False(t, way.Effort)
	assert.Equal(t, int64(1), way.Plan.TotalCost, "one raise")
	if way.Steps[0].Indicator == a {
		assert.Equal(t, 3, way.Items)
		require.Len(t, way.Dates, 3)
		assert.Equal(t, "2026-07-01", way.Dates[0].Due.String())
		assert.Equal(t, "a0", way.Dates[0].Items[0].ID)
		assert.Equal(t, "2026-07-01", way.Units[0].Due.String(), "a unit's earliest date")
	} else {
		assert.Equal(t, b, way.Steps[0].Indicator)
	}
	// Dates group every outstanding item, those without a date last.
	w.Items = append(w.Items, Item{ID: "b2", Indicator: b, Level: 1, Unit: "Diskominfo", Main: true, Due: smartcity.MustParseDate("2026-07-02")})
	s, err = w.Evaluate(fw, Options{})
	require.NoError(t, err)
	way, err = s.Way(target, WayOptions{})
	require.NoError(t, err)
	require.Len(t, way.Dates, 2)
	assert.Equal(t, "2026-07-02", way.Dates[0].Due.String())
	assert.True(t, way.Dates[1].Due.IsZero())
}

func TestWayHoldsWhatEvidenceCannotReach(t *testing.T) {
	fw := pemdi(t)
	var w Workspace
	// Indicator 1 has main items at levels 1 and 2 only; every other
	// indicator has none. Outside indicators wait at level 1.
	w.Items = []Item{
		{ID: "1.1", Indicator: 1, Level: 1, Unit: "Diskominfo", Main: true, Status: Diterima},
		{ID: "1.2", Indicator: 1, Level: 2, Unit: "Diskominfo", Main: true, Status: Draf},
		{ID: "1.2.s", Indicator: 1, Level: 2, Unit: "Diskominfo", Status: Belum},
	}
	s, err := w.Evaluate(fw, Options{})
	require.NoError(t, err)
	way, err := s.Way(spbe.Target{Predicate: spbe.Memuaskan}, WayOptions{})
	require.NoError(t, err)
	assert.False(t, way.Plan.Reached)
	require.Len(t, way.Steps, 1, "only indicator 1's level 2 can be reached")
	assert.Equal(t, spbe.Step{Indicator: 1, From: 1, To: 2, Year: 1, Cost: 1, IndexAfter: way.Steps[0].IndexAfter}, way.Steps[0].Step)
	assert.Equal(t, []string{"1.2"}, []string{way.Steps[0].Items[0].ID}, "supporting items are not on the way")
	for _, st := range s.Indicators {
		if st.Outside {
			assert.Equal(t, spbe.Level(1), way.Plan.Levels[mustPosition(t, fw, st.Indicator)], "outside indicators are not raised")
		}
	}
	// Priced in rupiah: only priced levels are planned.
	way, err = s.Way(spbe.Target{Predicate: spbe.Memuaskan}, WayOptions{Plan: spbe.PlanOptions{Costs: []spbe.Cost{{Indicator: 1, Cost: 5_000_000}}}})
	require.NoError(t, err)
	assert.False(t, way.Effort)
	assert.Equal(t, int64(5_000_000), way.Plan.TotalCost)
}

func mustPosition(t *testing.T, fw *spbe.Framework, number int) int {
	t.Helper()
	p, ok := fw.Position(number)
	require.True(t, ok)
	return p
}

// With no main item anywhere, no raise can be planned: nothing is raised,
// rather than everything by a plan without prices.
func TestWayWithNothingToDo(t *testing.T) {
	fw := pemdi(t)
	w := Workspace{Items: []Item{{ID: "s", Indicator: 1, Level: 1, Unit: "Setda", Status: Belum}}}
	s, err := w.Evaluate(fw, Options{})
	require.NoError(t, err)
	for _, opt := range []WayOptions{{}, {FewestRaises: true}, {Plan: spbe.PlanOptions{Costs: []spbe.Cost{{Indicator: 2, Cost: 1}}}}} {
		way, err := s.Way(spbe.Target{Predicate: spbe.Baik}, opt)
		require.NoError(t, err)
		assert.False(t, way.Plan.Reached)
		assert.Empty(t, way.Steps)
		assert.Zero(t, way.Result.Index.Cmp(s.Evidenced.Index))
	}
}

// A standing is of the workspace as it was evaluated: changing the
// workspace afterwards does not change the way.
func TestStandingKeepsItsItems(t *testing.T) {
	fw := pemdi(t)
	w := Workspace{Items: ladder(1, "Diskominfo", map[spbe.Level]Status{1: Diterima})}
	s, err := w.Evaluate(fw, Options{})
	require.NoError(t, err)
	w.Items[1].Status, w.Items[1].Title = Diterima, "diubah"
	way, err := s.Way(spbe.Target{Predicate: spbe.Cukup}, WayOptions{})
	require.NoError(t, err)
	require.NotEmpty(t, way.Steps)
	assert.Equal(t, "1.2", way.Steps[0].Items[0].ID)
	assert.Equal(t, Belum, way.Steps[0].Items[0].Status)
	assert.Equal(t, "bukti", way.Steps[0].Items[0].Title)
}
