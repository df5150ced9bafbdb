package spbe

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
)

// testdataLevels reads a testdata assessment and returns its final levels.
func testdataLevels(t testing.TB, name string) (*Assessment, Levels) {
	t.Helper()
	f, err := os.Open("testdata/" + name)
	require.NoError(t, err)
	defer f.Close()
	a, err := DecodeAssessment(f, 0)
	require.NoError(t, err)
	levels, err := Default().LevelsOf(a, Options{})
	require.NoError(t, err)
	return a, levels
}

func TestParseTarget(t *testing.T) {
	tests := []struct {
		in   string
		want Target
		str  string
	}{
		{"4.2", Target{Index: smartcity.NewNumber(42, 10)}, "4.2"},
		{" 4,2 ", Target{Index: smartcity.NewNumber(42, 10)}, "4.2"},
		{"3.5", Target{Index: smartcity.NewNumber(35, 10)}, "3.5"},
		{"4", Target{Index: smartcity.NewNumber(4, 1)}, "4"},
		{"13/3", Target{Index: smartcity.NewNumber(13, 3)}, "13/3"},
		{"21/5", Target{Index: smartcity.NewNumber(21, 5)}, "4.2"},
		{"Memuaskan", Target{Predicate: Memuaskan}, "Memuaskan"},
		{"sangat baik", Target{Predicate: SangatBaik}, "Sangat Baik"},
		{"SANGAT_BAIK", Target{Predicate: SangatBaik}, "Sangat Baik"},
		{"satisfactory", Target{Predicate: Memuaskan}, "Memuaskan"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseTarget(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want.Predicate, got.Predicate)
			assert.Equal(t, 0, tt.want.Index.Cmp(got.Index), "%s", got.Index.Exact())
			assert.Equal(t, tt.str, got.String())
		})
	}
	for _, bad := range []string{"", "  ", "lumayan", "-1", "4.2.1", "1e3", "4/0", "∞"} {
		_, err := ParseTarget(bad)
		var pe *smartcity.ParseError
		require.True(t, errors.As(err, &pe), "%q", bad)
		assert.Equal(t, "target", pe.Kind)
		assert.ErrorAs(t, err, new(*smartcity.ParseError))
	}
	assert.True(t, Target{}.isZero())
	assert.Empty(t, Target{}.String())
	assert.Equal(t, "4.2 + Memuaskan + profile", Target{Index: smartcity.NewNumber(42, 10), Predicate: Memuaskan, Profile: Levels{}}.String())
}

func TestTargetNumerator(t *testing.T) {
	fw := Default()
	tests := []struct {
		target    string
		unrounded int64
		rounded   int64
	}{
		{"4.2", 42000, 41950},
		{"Memuaskan", 42000, 41950},
		{"Sangat Baik", 35000, 34950},
		{"Cukup", 18000, 17950},
		{"Kurang", 0, 0},
		{"3.5", 35000, 34950},
		{"4.213", 42130, 42150}, // rounded: ≥ 4.22 shown, as 4.21 < 4.213
		{"4.2001", 42001, 42050},
		{"0", 0, 0},
		{"1/3", 3334, 3350}, // 0.333…: shown ≥ 0.34
		{"99999999999999999/1", math.MaxInt64, math.MaxInt64},
	}
	for _, tt := range tests {
		target, err := ParseTarget(tt.target)
		require.NoError(t, err, tt.target)
		assert.Equal(t, tt.unrounded, target.Numerator(fw, Unrounded), "%s unrounded", tt.target)
		assert.Equal(t, tt.unrounded, target.Numerator(fw, 0), "%s zero basis", tt.target)
		assert.Equal(t, tt.rounded, target.Numerator(fw, Rounded), "%s rounded", tt.target)
	}
	// The least numerator is exactly where the predicate starts to hold.
	for _, basis := range []PredicateBasis{Unrounded, Rounded} {
		for _, s := range []string{"4.2", "3.5", "2.6", "1.8", "4.213", "1/3"} {
			target, _ := ParseTarget(s)
			n := target.Numerator(fw, basis)
			reaches := func(n int64) bool {
				if basis == Rounded {
					return smartcity.NewNumber(n, WeightTotal).Round(2)*100 >= ceilHundredths(target.Index)*100
				}
				return smartcity.NewNumber(n, WeightTotal).Cmp(target.Index) >= 0
			}
			assert.True(t, reaches(n), "%s %s: %d", s, basis, n)
			assert.False(t, reaches(n-1), "%s %s: %d", s, basis, n-1)
		}
	}
}

// ceilHundredths is ⌈100x⌉, computed another way than the package does.
func ceilHundredths(x smartcity.Number) int64 {
	v := x.Num() * 100
	q := v / x.Den()
	if v%x.Den() != 0 {
		q++
	}
	return q
}

// The example the issue names: Kabupaten Rembang's 2024 result, 3.99,
// reaches Memuaskan by 2026 with at most one level per indicator a year.
// The fewest raises are the eight e-government services at level 4 (weight
// 2.75 % each, the heaviest not yet at 5): 39870 + 8 × 275 = 42070 bp.
func TestPlanRembang2024ToMemuaskan(t *testing.T) {
	a, from := testdataLevels(t, "rembang-2024.json")
	fw := Default()
	for _, years := range []int{0, 2} {
		t.Run("years="+strconv.Itoa(years), func(t *testing.T) {
			p, err := fw.Plan(from, Target{Predicate: Memuaskan}, PlanOptions{MaxRaisePerYear: 1, Years: years, StartYear: a.Year + 1})
			require.NoError(t, err)
			assert.True(t, p.Reached)
			assert.Equal(t, "3.99", p.From.String())
			assert.Equal(t, int64(39870), p.From.Num())
			assert.Equal(t, int64(42070), p.To.Num())
			assert.Equal(t, "4.21", p.To.String())
			assert.Equal(t, SangatBaik, p.FromPredicate)
			assert.Equal(t, Memuaskan, p.ToPredicate)
			assert.Equal(t, int64(42000), p.Need)
			require.Equal(t, 8, p.Raises())
			assert.LessOrEqual(t, p.LastYear(), 2026)
			assert.Equal(t, 2025, p.FirstYear)
			var nums []int
			for _, s := range p.Steps {
				nums = append(nums, s.Indicator)
				assert.Equal(t, Level(4), s.From)
				assert.Equal(t, Level(5), s.To)
				assert.Equal(t, 2025, s.Year)
				assert.Zero(t, s.Cost)
			}
			assert.Equal(t, []int{34, 35, 36, 37, 38, 39, 40, 41}, nums)
			assert.Equal(t, "4.01", p.Steps[0].IndexAfter.String())
			assert.Equal(t, 0, p.Steps[7].IndexAfter.Cmp(p.To))
			if years == 0 {
				assert.Equal(t, 1, p.Years, "one year is the fewest")
			} else {
				assert.Equal(t, 2, p.Years)
			}
			assert.Zero(t, p.TotalCost)
			assert.False(t, p.Priced)
			res, err := fw.Score(p.Levels, Options{})
			require.NoError(t, err)
			assert.Equal(t, Memuaskan, res.Predicate)
		})
	}
}

// With the services (32–47) frozen the plan turns to governance: indicators
// 11–20 weigh 2.50 % each, the heaviest left, and 11–17 (at 4) and 18–20
// (at 3) can each rise a level in 2025: ⌈2130/250⌉ = 9 raises.
func TestPlanWithFrozenServices(t *testing.T) {
	a, from := testdataLevels(t, "rembang-2024.json")
	var frozen []int
	for n := 32; n <= 47; n++ {
		frozen = append(frozen, n)
	}
	p, err := Default().Plan(from, Target{Predicate: Memuaskan}, PlanOptions{MaxRaisePerYear: 1, StartYear: a.Year + 1, Frozen: frozen})
	require.NoError(t, err)
	require.True(t, p.Reached)
	perYear := map[int]int{}
	seen := map[int]Level{}
	for _, s := range p.Steps {
		perYear[s.Year]++
		assert.NotContains(t, frozen, s.Indicator)
		if l, ok := seen[s.Indicator]; ok {
			assert.Equal(t, l, s.From, "indicator %d rises in order", s.Indicator)
		}
		seen[s.Indicator] = s.To
	}
	assert.Equal(t, 9, p.Raises())
	for _, s := range p.Steps {
		assert.True(t, s.Indicator >= 11 && s.Indicator <= 20, "indicator %d", s.Indicator)
	}
	checkPlan(t, Default(), from, Target{Predicate: Memuaskan}, PlanOptions{MaxRaisePerYear: 1, Frozen: frozen}, p)
	assert.Equal(t, map[int]int{2025: 9}, perYear)
	assert.Equal(t, int64(39870+9*250), p.To.Num())
}

func TestPlanUnreachable(t *testing.T) {
	a, from := testdataLevels(t, "rembang-2024.json")
	fw := Default()

	// One year at one level a year cannot reach 5.00: the cap holds the
	// indicators that are two or more below 5.
	p, err := fw.Plan(from, Target{Index: smartcity.NewNumber(5, 1)}, PlanOptions{MaxRaisePerYear: 1, Years: 1, StartYear: a.Year + 1})
	require.NoError(t, err)
	assert.False(t, p.Reached)
	require.Len(t, p.Bounds, 1)
	assert.Equal(t, LimitRaiseCap, p.Bounds[0].Limit)
	assert.Equal(t, []int{18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31}, p.Bounds[0].Indicators)
	// The best reachable: every indicator one level up, at most 5.
	best := slices.Clone(from)
	for i := range best {
		best[i] = min(best[i]+1, 5)
	}
	res, err := fw.Score(best, Options{})
	require.NoError(t, err)
	assert.Equal(t, 0, p.To.Cmp(res.Index), "best %s, got %s", res.Index, p.To)
	assert.Equal(t, "4.70", p.To.String())
	assert.Equal(t, best, p.Levels)

	// Without a cap, years take 5.00 in one go, but not 5.01: the scale
	// itself binds, so no bound is named.
	p, err = fw.Plan(from, Target{Index: smartcity.NewNumber(501, 100)}, PlanOptions{})
	require.NoError(t, err)
	assert.False(t, p.Reached)
	assert.Empty(t, p.Bounds)
	assert.Equal(t, "5.00", p.To.String())

	// Frozen indicators.
	p, err = fw.Plan(from, Target{Index: smartcity.NewNumber(5, 1)}, PlanOptions{Frozen: []int{28, 1}})
	require.NoError(t, err)
	assert.False(t, p.Reached)
	assert.Equal(t, []Bound{{Limit: LimitFrozen, Indicators: []int{28}}}, p.Bounds, "indicator 1 is at 5 and held by nothing")

	// No cap but a year count: ignored, one year.
	p, err = fw.Plan(from, Target{Predicate: Memuaskan}, PlanOptions{Years: 3})
	require.NoError(t, err)
	assert.Equal(t, 1, p.Years)
	assert.Equal(t, 1, p.FirstYear)
}

func TestPlanAlreadyThere(t *testing.T) {
	_, from := testdataLevels(t, "sumedang-2024.json")
	p, err := Default().Plan(from, Target{Predicate: Memuaskan}, PlanOptions{MaxRaisePerYear: 1})
	require.NoError(t, err)
	assert.True(t, p.Reached)
	assert.Empty(t, p.Steps)
	assert.Equal(t, "4.51", p.To.String())
	assert.Equal(t, 1, p.LastYear())
}

// A peer's profile as the target: the steps are the gap per indicator.
func TestPlanToPeerProfile(t *testing.T) {
	_, rembang := testdataLevels(t, "rembang-2024.json")
	_, sumedang := testdataLevels(t, "sumedang-2024.json")
	fw := Default()
	p, err := fw.Plan(rembang, Target{Profile: sumedang}, PlanOptions{StartYear: 2025})
	require.NoError(t, err)
	assert.True(t, p.Reached)
	gap := map[int]Level{}
	for i := range rembang {
		if sumedang[i] > rembang[i] {
			gap[fw.numbers[i]] = sumedang[i] - rembang[i]
		}
	}
	got := map[int]Level{}
	for _, s := range p.Steps {
		got[s.Indicator]++
		assert.True(t, s.Required)
	}
	assert.Equal(t, gap, got)
	for i := range p.Levels {
		assert.Equal(t, max(rembang[i], sumedang[i]), p.Levels[i])
	}

	// One year at one level a year leaves the indicators two or more
	// behind short.
	p, err = fw.Plan(rembang, Target{Profile: sumedang}, PlanOptions{MaxRaisePerYear: 1, Years: 1})
	require.NoError(t, err)
	assert.False(t, p.Reached)
	require.NotEmpty(t, p.Shortfalls)
	for _, sf := range p.Shortfalls {
		assert.Equal(t, LimitRaiseCap, sf.Limit)
		pos, _ := fw.Position(sf.Indicator)
		assert.GreaterOrEqual(t, sumedang[pos]-rembang[pos], Level(2))
	}

	// Without a year count the cap takes as many years as the widest gap.
	p, err = fw.Plan(rembang, Target{Profile: sumedang}, PlanOptions{MaxRaisePerYear: 1, StartYear: 2025})
	require.NoError(t, err)
	assert.True(t, p.Reached)
	assert.Equal(t, 2, p.Years)
	assert.Equal(t, 2026, p.LastYear())
}

func TestPlanMinimums(t *testing.T) {
	_, from := testdataLevels(t, "rembang-2024.json")
	fw := Default()
	// Raise the audit indicators (29–31, at 2) to 3 and D3 to 3.00; then
	// reach Memuaskan.
	opt := PlanOptions{
		MinLevels:  map[int]Level{29: 3, 30: 3, 31: 3},
		MinDomains: map[string]smartcity.Number{"D3": smartcity.NewNumber(3, 1)},
	}
	p, err := fw.Plan(from, Target{Predicate: Memuaskan}, opt)
	require.NoError(t, err)
	require.True(t, p.Reached)
	res, err := fw.Score(p.Levels, Options{})
	require.NoError(t, err)
	assert.GreaterOrEqual(t, res.Domains[2].Cmp(smartcity.NewNumber(3, 1)), 0, "D3 %s", res.Domains[2])
	assert.Equal(t, Memuaskan, res.Predicate)
	for _, n := range []int{29, 30, 31} {
		pos, _ := fw.Position(n)
		assert.GreaterOrEqual(t, p.Levels[pos], Level(3))
	}
	// The required raises come first.
	assert.True(t, p.Steps[0].Required)
	// D3 is ΣL(21..31)/11 = 29/11 now; 3.00 needs ΣL = 33: four raises of
	// weight 150, three of them the audit minimums. The rest of the gap
	// to 42000 — 2130 − 4 × 150 = 1530 bp — takes six raises of 275.
	assert.Equal(t, 10, p.Raises())

	// A minimum that a frozen indicator cannot meet, and a domain minimum
	// beyond what the cap allows.
	p, err = fw.Plan(from, Target{Predicate: SangatBaik}, PlanOptions{
		Frozen: []int{29}, MinLevels: map[int]Level{29: 4},
		MaxRaisePerYear: 1, Years: 1, MinDomains: map[string]smartcity.Number{"D3": smartcity.NewNumber(4, 1)},
	})
	require.NoError(t, err)
	assert.False(t, p.Reached)
	require.Len(t, p.Shortfalls, 2)
	assert.Equal(t, Shortfall{Indicator: 29, Want: smartcity.NewNumber(4, 1), Got: smartcity.NewNumber(2, 1), Limit: LimitFrozen}, p.Shortfalls[0])
	assert.Equal(t, "D3", p.Shortfalls[1].Domain)
	assert.Equal(t, LimitRaiseCap, p.Shortfalls[1].Limit)
	assert.Equal(t, "3.55", p.Shortfalls[1].Got.String(), "(29 + 11 − 1) / 11")
	assert.Empty(t, p.Bounds, "the index target itself is met")

	// A minimum no level reaches is reported as asked, not as the most a
	// domain can hold: 5.5, not 5.00.
	p, err = fw.Plan(from, Target{Index: smartcity.NewNumber(55, 10)}, PlanOptions{
		MinDomains: map[string]smartcity.Number{"D1": smartcity.NewNumber(55, 10), "D2": smartcity.NewNumber(50001, 10000)},
	})
	require.NoError(t, err)
	require.Len(t, p.Shortfalls, 2)
	assert.Equal(t, 0, p.Shortfalls[0].Want.Cmp(smartcity.NewNumber(11, 2)), p.Shortfalls[0].Want.Exact())
	out, err := json.Marshal(p)
	require.NoError(t, err)
	assert.Contains(t, string(out), `"shortfalls":[{"domain":"D1","want":"5.50","got":"5.00","limit":"max-level"},{"domain":"D2","want":"5.0001","got":"5.00","limit":"max-level"}]`)
	assert.Contains(t, string(out), "domain D1 mencapai 5.00, bukan minimum 5.50")
}

func TestPlanRejectsBadOptions(t *testing.T) {
	_, from := testdataLevels(t, "rembang-2024.json")
	fw := Default()
	_, err := fw.Plan(from, Target{}, PlanOptions{
		MaxRaisePerYear: -1, Years: -2, StartYear: 12,
		Frozen:     []int{48},
		MinLevels:  map[int]Level{0: 3, 2: 7},
		MinDomains: map[string]smartcity.Number{"D9": smartcity.NewNumber(3, 1), "D1": smartcity.NewNumber(-1, 1)},
		Costs:      []Cost{{Indicator: 99, Cost: 1}, {Indicator: 1, Cost: -5}, {Indicator: 2, Level: 6, Cost: 1}, {Indicator: 3, Cost: 1}, {Indicator: 3, Cost: 2}},
	})
	var ve smartcity.Problems
	require.True(t, errors.As(err, &ve))
	var fields []string
	for _, p := range ve {
		fields = append(fields, at(p))
	}
	assert.Equal(t, []string{
		"target", "max_raise_per_year", "years", "start_year", "frozen[0]", "min_levels[0]", "min_levels[2]",
		"min_domains[D1]", "min_domains[D9]", "costs[0].indicator", "costs[1].cost", "costs[2].level", "costs[4]",
	}, fields)
	assert.ErrorIs(t, err, ErrUnknownIndicator)
	assert.ErrorIs(t, err, ErrLevelRange)
	assert.ErrorIs(t, err, ErrDuplicate)

	_, err = fw.Plan(from[:3], Target{Predicate: Memuaskan}, PlanOptions{})
	assert.ErrorIs(t, err, errLevelCount)
	_, err = fw.Plan(from, Target{Profile: Levels{1}}, PlanOptions{})
	assert.ErrorIs(t, err, errLevelCount)
	bad := slices.Clone(from)
	bad[0] = Unanswered
	_, err = fw.Plan(bad, Target{Predicate: Memuaskan}, PlanOptions{})
	assert.ErrorIs(t, err, ErrUnanswered)
	// With unanswered scored as 0, as a report of such a result plans, the
	// first raise answers it.
	profile := fw.NewLevels()
	profile[0] = 1
	p, err := fw.Plan(bad, Target{Profile: profile}, PlanOptions{Unanswered: UnansweredZero})
	require.NoError(t, err)
	require.Equal(t, 1, p.Raises())
	assert.Equal(t, Step{Indicator: 1, From: 0, To: 1, Year: 1, IndexAfter: smartcity.NewNumber(39870-4*130, WeightTotal), Required: true}, p.Steps[0])
	// Its first raise can be priced then, and only then.
	priced := PlanOptions{Unanswered: UnansweredZero, Costs: []Cost{{Indicator: 1, Level: 1, Cost: 7}}}
	p, err = fw.Plan(bad, Target{Profile: profile}, priced)
	require.NoError(t, err)
	assert.Equal(t, int64(7), p.TotalCost)
	priced.Unanswered = 0
	_, err = fw.Plan(from, Target{Profile: profile}, priced)
	assert.ErrorIs(t, err, ErrLevelRange)
}

func TestPlanWithCosts(t *testing.T) {
	a, from := testdataLevels(t, "rembang-2024.json")
	fw := Default()
	// Every raise costs 100, except that the services 34–41 cost 1000
	// and indicator 19 to level 4 costs 10: the least-cost plan avoids the
	// services.
	costs := []Cost{{Indicator: 19, Level: 4, Cost: 10}}
	for n := 1; n <= 47; n++ {
		c := int64(100)
		if n >= 34 && n <= 41 {
			c = 1000
		}
		costs = append(costs, Cost{Indicator: n, Cost: c})
	}
	p, err := fw.Plan(from, Target{Predicate: Memuaskan}, PlanOptions{Costs: costs, MaxRaisePerYear: 1, StartYear: a.Year + 1})
	require.NoError(t, err)
	require.True(t, p.Reached)
	assert.True(t, p.Priced)
	// 2130 bp from raises at 100: weight 250 gives the most per rupiah,
	// and 19→4 at 10 is a bargain, so nine raises of weight 250 (2250 bp),
	// one of them 19→4.
	var total int64
	for _, s := range p.Steps {
		total += s.Cost
		assert.False(t, s.Indicator >= 34 && s.Indicator <= 41, "no expensive service: %d", s.Indicator)
	}
	assert.Equal(t, total, p.TotalCost)
	assert.Equal(t, int64(10+8*100), p.TotalCost)
	assert.Equal(t, 9, p.Raises())
	checkPlan(t, fw, from, Target{Predicate: Memuaskan}, PlanOptions{Costs: costs, MaxRaisePerYear: 1}, p)

	// Unpriced indicators are held.
	p, err = fw.Plan(from, Target{Predicate: Memuaskan}, PlanOptions{Costs: []Cost{{Indicator: 11, Cost: 5}}})
	require.NoError(t, err)
	assert.False(t, p.Reached)
	assert.Equal(t, int64(39870+250), p.To.Num())
	assert.Equal(t, int64(5), p.TotalCost)
	require.NotEmpty(t, p.Bounds)
	assert.Equal(t, LimitUnpriced, p.Bounds[0].Limit)
	assert.NotContains(t, p.Bounds[0].Indicators, 11)
	assert.NotContains(t, p.Bounds[0].Indicators, 1, "indicator 1 is at 5")
}

// With every raise at the same price, the least-cost search and the greedy
// fewest-raises rule agree on the count, from many starting profiles of the
// real framework, with and without caps and minimums.
func TestPlanCostSearchAgreesWithGreedy(t *testing.T) {
	fw := Default()
	rng := rand.New(rand.NewPCG(1, 2))
	unit := make([]Cost, 47)
	for i := range unit {
		unit[i] = Cost{Indicator: i + 1, Cost: 7}
	}
	for k := range 60 {
		from := make(Levels, 47)
		for i := range from {
			from[i] = Level(1 + rng.IntN(5))
		}
		opt := PlanOptions{}
		if k%2 == 1 {
			opt.MaxRaisePerYear, opt.Years = 1, 1+rng.IntN(2)
		}
		if k%3 == 2 {
			opt.MinDomains = map[string]smartcity.Number{"D3": smartcity.NewNumber(int64(20+rng.IntN(25)), 10)}
			opt.MinLevels = map[int]Level{1 + rng.IntN(47): Level(1 + rng.IntN(5))}
		}
		target := Target{Index: smartcity.NewNumber(int64(25+rng.IntN(25)), 10)}
		greedy, err := fw.Plan(from, target, opt)
		require.NoError(t, err)
		opt.Costs = unit
		priced, err := fw.Plan(from, target, opt)
		require.NoError(t, err)
		assert.Equal(t, greedy.Reached, priced.Reached, "case %d", k)
		assert.Equal(t, greedy.Raises(), priced.Raises(), "case %d: %s", k, target)
		assert.Equal(t, int64(7*priced.Raises()), priced.TotalCost)
		checkPlan(t, fw, from, target, opt, priced)
		opt.Costs = nil
		checkPlan(t, fw, from, target, opt, greedy)
	}
}

// checkPlan checks that p keeps every rule of opt and that its steps add
// up: each indicator rises one level at a time from its starting level,
// at most the cap a year, IndexAfter accumulates, and the final levels
// meet what p says they meet.
func checkPlan(t *testing.T, fw *Framework, from Levels, target Target, opt PlanOptions, p *Plan) {
	t.Helper()
	lv := slices.Clone(from)
	perYear := map[[2]int]int{}
	n := p.From.Num()
	years := map[int]bool{}
	for k, s := range p.Steps {
		pos, ok := fw.Position(s.Indicator)
		require.True(t, ok)
		require.Equal(t, lv[pos], s.From, "step %d", k)
		require.Equal(t, s.From+1, s.To)
		lv[pos] = s.To
		n += fw.weight[pos]
		require.Equal(t, 0, s.IndexAfter.Cmp(smartcity.NewNumber(n, WeightTotal)), "step %d", k)
		perYear[[2]int{s.Indicator, s.Year}]++
		if opt.MaxRaisePerYear > 0 {
			require.LessOrEqual(t, perYear[[2]int{s.Indicator, s.Year}], opt.MaxRaisePerYear)
		}
		years[s.Year] = true
		if k > 0 {
			require.LessOrEqual(t, p.Steps[k-1].Year, s.Year)
		}
		require.NotContains(t, opt.Frozen, s.Indicator)
	}
	require.Equal(t, p.Levels, lv)
	require.LessOrEqual(t, len(years), max(1, p.Years))
	require.Equal(t, 0, p.To.Cmp(smartcity.NewNumber(n, WeightTotal)))
	if !p.Reached {
		return
	}
	require.GreaterOrEqual(t, n, target.Numerator(fw, opt.Basis))
	for num, m := range opt.MinLevels {
		pos, _ := fw.Position(num)
		require.GreaterOrEqual(t, lv[pos], m)
	}
	res, err := fw.Score(lv, Options{Unanswered: UnansweredZero})
	require.NoError(t, err)
	for code, m := range opt.MinDomains {
		x, _ := res.Domain(code)
		require.GreaterOrEqual(t, x.Cmp(m), 0)
	}
}

// synthFramework builds a small framework: indicator i of the given
// weight in domain domainOf[i] (one aspect per domain), levels 1…top.
func synthFramework(t testing.TB, top Level, weights []int64, domainOf []int) *Framework {
	t.Helper()
	scale := Scale{Code: "s", Name: Text{ID: "Skala"}}
	for l := Level(1); l <= top; l++ {
		scale.Levels = append(scale.Levels, ScaleLevel{Level: l, Name: Text{ID: "L" + l.String()}})
	}
	spec := FrameworkSpec{ID: "uji", Name: Text{ID: "Uji"}, LegalBasis: "uji", MinLevel: 1, MaxLevel: top, Scales: []Scale{scale}, Bands: spbeBands()}
	nd := 0
	for _, d := range domainOf {
		nd = max(nd, d+1)
	}
	dw := make([]int64, nd)
	for i, w := range weights {
		dw[domainOf[i]] += w
	}
	for d := range nd {
		code := "D" + strconv.Itoa(d+1)
		spec.Domains = append(spec.Domains, Domain{Code: code, Name: Text{ID: code}, WeightBP: dw[d]})
		spec.Aspects = append(spec.Aspects, Aspect{Code: "A" + strconv.Itoa(d+1), Name: Text{ID: code}, Domain: code, WeightBP: dw[d]})
	}
	for i, w := range weights {
		spec.Indicators = append(spec.Indicators, Indicator{
			Number: i + 1, Name: Text{ID: "I" + strconv.Itoa(i+1)}, Aspect: "A" + strconv.Itoa(domainOf[i]+1), Scale: "s", WeightBP: w,
		})
	}
	fw, err := NewFramework(spec)
	require.NoError(t, err)
	return fw
}

// randomWeights returns n positive weights adding up to WeightTotal, drawn
// from a few values so that ties are common, or freely.
func randomWeights(rng *rand.Rand, n int) []int64 {
	w := make([]int64, n)
	left := WeightTotal
	pool := []int64{500, 1000, 1500, 2000, 1300, 2500}
	for i := range n - 1 {
		var v int64
		if rng.IntN(2) == 0 {
			v = pool[rng.IntN(len(pool))]
		} else {
			v = 1 + rng.Int64N(3000)
		}
		v = min(v, left-int64(n-1-i))
		w[i], left = v, left-v
	}
	w[n-1] = left
	return w
}

// bruteForce enumerates every level vector from `from` up and returns the
// least (cost, raises) of those that keep the constraints and meet the
// target, or false when none does.
func bruteForce(fw *Framework, from Levels, target Target, opt PlanOptions) (cost int64, raises int, ok bool) {
	n, top := len(from), fw.MaxLevel()
	span := LevelLimit
	if opt.MaxRaisePerYear > 0 {
		span = Level(opt.MaxRaisePerYear * max(opt.Years, 1))
	}
	price := func(i int, to Level) (int64, bool) {
		if len(opt.Costs) == 0 {
			return 0, true
		}
		var general, own int64 = -1, -1
		for _, c := range opt.Costs {
			if c.Indicator == fw.numbers[i] {
				if c.Level == to {
					own = c.Cost
				} else if c.Level == 0 {
					general = c.Cost
				}
			}
		}
		if own >= 0 {
			return own, true
		}
		return general, general >= 0
	}
	frozen := map[int]bool{}
	for _, num := range opt.Frozen {
		frozen[num] = true
	}
	need := target.Numerator(fw, opt.Basis)
	cost, raises = math.MaxInt64, math.MaxInt
	lv := slices.Clone(from)
	var walk func(i int, c int64, r int)
	walk = func(i int, c int64, r int) {
		if i == n {
			var total int64
			for k, l := range lv {
				total += int64(l) * fw.weight[k]
			}
			if total < need {
				return
			}
			for num, m := range opt.MinLevels {
				pos, _ := fw.Position(num)
				if lv[pos] < m {
					return
				}
			}
			if target.Profile != nil {
				for k, m := range target.Profile {
					if lv[k] < m {
						return
					}
				}
			}
			res, _ := fw.Score(lv, Options{})
			for code, m := range opt.MinDomains {
				x, _ := res.Domain(code)
				if x.Cmp(m) < 0 {
					return
				}
			}
			if c < cost || c == cost && r < raises {
				cost, raises, ok = c, r, true
			}
			return
		}
		walk(i+1, c, r)
		if frozen[fw.numbers[i]] {
			return
		}
		start := lv[i]
		for l := start + 1; l <= top && l-from[i] <= span; l++ {
			p, priced := price(i, l)
			if !priced {
				break
			}
			c += p
			lv[i] = l
			walk(i+1, c, r+int(l-start))
		}
		lv[i] = start
	}
	walk(0, 0, 0)
	return cost, raises, ok
}

// The greedy rule — heaviest indicator first — gives the fewest raises,
// and the search gives the least cost: both checked against every level
// vector of small random frameworks, with caps, years, frozen indicators,
// minimum levels and domain minimums.
func TestPlanOptimalAgainstBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(59, 2020))
	cases := 400
	if testing.Short() {
		cases = 80
	}
	for k := range cases {
		n := 2 + rng.IntN(4)
		top := Level(3 + rng.IntN(3))
		weights := randomWeights(rng, n)
		domainOf := make([]int, n)
		for i := range domainOf {
			domainOf[i] = rng.IntN(2)
		}
		domainOf[0], domainOf[n-1] = 0, 1
		fw := synthFramework(t, top, weights, domainOf)
		from := make(Levels, n)
		for i := range from {
			from[i] = Level(1 + rng.IntN(int(top)))
		}
		opt := PlanOptions{Basis: PredicateBasis(1 + rng.IntN(2))}
		if rng.IntN(2) == 0 {
			opt.MaxRaisePerYear, opt.Years = 1+rng.IntN(2), 1+rng.IntN(2)
		}
		if rng.IntN(4) == 0 {
			opt.Frozen = []int{1 + rng.IntN(n)}
		}
		if rng.IntN(3) == 0 {
			opt.MinLevels = map[int]Level{1 + rng.IntN(n): Level(1 + rng.IntN(int(top)))}
		}
		if rng.IntN(3) == 0 {
			opt.MinDomains = map[string]smartcity.Number{"D" + strconv.Itoa(1+rng.IntN(2)): smartcity.NewNumber(int64(10+rng.IntN(10*int(top)-9)), 10)}
		}
		var target Target
		switch rng.IntN(4) {
		case 0:
			target.Predicate = Predicate(1 + rng.IntN(5))
		case 1:
			target.Profile = make(Levels, n)
			for i := range target.Profile {
				target.Profile[i] = Level(rng.IntN(int(top) + 1))
			}
			fallthrough
		default:
			target.Index = smartcity.NewNumber(int64(rng.IntN(int(top)*100+1)), 100)
		}
		name := fmt.Sprintf("case %d: weights %v from %v top %d target %s opt %+v", k, weights, from, top, target, opt)

		fewest, err := fw.Plan(from, target, opt)
		require.NoError(t, err, name)
		_, raises, ok := bruteForce(fw, from, target, opt)
		require.Equal(t, ok, fewest.Reached, name)
		if ok {
			require.Equal(t, raises, fewest.Raises(), name)
		}
		checkPlan(t, fw, from, target, opt, fewest)

		for i := range n {
			if rng.IntN(5) > 0 {
				opt.Costs = append(opt.Costs, Cost{Indicator: i + 1, Cost: rng.Int64N(50)})
			}
			if rng.IntN(3) == 0 {
				opt.Costs = append(opt.Costs, Cost{Indicator: i + 1, Level: Level(2 + rng.IntN(int(top)-1)), Cost: rng.Int64N(80)})
			}
		}
		if len(opt.Costs) == 0 {
			continue
		}
		cheapest, err := fw.Plan(from, target, opt)
		require.NoError(t, err, name)
		cost, raises, ok := bruteForce(fw, from, target, opt)
		require.Equal(t, ok, cheapest.Reached, "%s costs %v", name, opt.Costs)
		if ok {
			require.Equal(t, cost, cheapest.TotalCost, "%s costs %v", name, opt.Costs)
			require.Equal(t, raises, cheapest.Raises(), "%s costs %v: fewest raises among the cheapest", name, opt.Costs)
		}
		checkPlan(t, fw, from, target, opt, cheapest)
	}
}

// When the target cannot be met the plan is the best reachable: every
// indicator as high as the constraints allow.
func TestPlanBestReachableAgainstBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 2))
	for range 100 {
		n := 2 + rng.IntN(4)
		fw := synthFramework(t, 5, randomWeights(rng, n), make([]int, n))
		from := make(Levels, n)
		for i := range from {
			from[i] = Level(1 + rng.IntN(5))
		}
		opt := PlanOptions{MaxRaisePerYear: 1, Years: 1 + rng.IntN(2)}
		p, err := fw.Plan(from, Target{Index: smartcity.NewNumber(5, 1)}, opt)
		require.NoError(t, err)
		var best int64
		for i, l := range from {
			best += int64(min(l+Level(opt.Years), 5)) * fw.weight[i]
		}
		assert.Equal(t, best, p.To.Num())
		assert.Equal(t, best == 5*WeightTotal, p.Reached)
	}
}

func TestPlanTooLarge(t *testing.T) {
	// 1000 indicators of coprime weights: the exact search would need
	// 1000 × 40001 states.
	weights := make([]int64, 1000)
	for i := range weights {
		weights[i] = 10
	}
	weights[0], weights[1] = 11, 9
	fw := synthFramework(t, 5, weights, make([]int, 1000))
	from := fw.NewLevels()
	costs := make([]Cost, 1000)
	for i := range from {
		from[i] = 1
		costs[i] = Cost{Indicator: i + 1, Cost: 1}
	}
	_, err := fw.Plan(from, Target{Index: smartcity.NewNumber(5, 1)}, PlanOptions{Costs: costs})
	assert.ErrorIs(t, err, errPlanTooLarge)
	// Without costs the greedy rule needs no table.
	p, err := fw.Plan(from, Target{Index: smartcity.NewNumber(5, 1)}, PlanOptions{})
	require.NoError(t, err)
	assert.Equal(t, 4000, p.Raises())
}

func TestLimitText(t *testing.T) {
	for l := LimitFrozen; l <= LimitMaxLevel; l++ {
		text, err := l.MarshalText()
		require.NoError(t, err)
		var back Limit
		require.NoError(t, back.UnmarshalText(text))
		assert.Equal(t, l, back)
		assert.True(t, limits.IsValid(l))
	}
	assert.Equal(t, []string{"frozen", "raise-cap", "unpriced", "max-level"},
		[]string{LimitFrozen.String(), LimitRaiseCap.String(), LimitUnpriced.String(), LimitMaxLevel.String()})
	assert.Equal(t, "", Limit(0).String())
	assert.Equal(t, "Limit(9)", Limit(9).String())
	_, err := Limit(9).MarshalText()
	assert.Error(t, err)
	var l Limit
	require.NoError(t, l.UnmarshalText(nil))
	assert.Equal(t, Limit(0), l)
	_, err = limits.Parse("capped")
	assert.ErrorAs(t, err, new(*smartcity.ParseError))
	got, err := limits.Parse(" RAISE-CAP ")
	require.NoError(t, err)
	assert.Equal(t, LimitRaiseCap, got)
}
