package spbe

import (
	"testing"

	"github.com/kotacerdas/smartcity"
)

// BenchmarkPlan plans the fewest raises from Rembang's 2024 levels to
// Memuaskan with at most one level per indicator a year, the number of
// years left to the planner.
func BenchmarkPlan(b *testing.B) {
	_, from := testdataLevels(b, "rembang-2024.json")
	fw := Default()
	opt := PlanOptions{MaxRaisePerYear: 1, StartYear: 2025}
	target := Target{Predicate: Memuaskan}
	benchPlan(b, fw, from, target, opt)
}

// BenchmarkCostPlan plans the least-cost way to Memuaskan from a profile
// at the 2024 national level (about 2.9), every one of the 47 indicators
// priced in whole rupiah, some by level.
func BenchmarkCostPlan(b *testing.B) {
	fw := Default()
	from := lv(b, "33332222233332222333222221111332222222222333222")
	var costs []Cost
	for n := 1; n <= 47; n++ {
		costs = append(costs, Cost{Indicator: n, Cost: int64(50_000_000 + (n*7919)%97*1_000_000)})
		if n%5 == 0 {
			costs = append(costs, Cost{Indicator: n, Level: 5, Cost: 400_000_000})
		}
	}
	opt := PlanOptions{Costs: costs, MinDomains: map[string]smartcity.Number{"D3": smartcity.NewNumber(3, 1)}}
	target := Target{Predicate: Memuaskan}
	benchPlan(b, fw, from, target, opt)
}

// BenchmarkPlanPemdi plans the fewest raises from every indicator of
// PermenPANRB 8/2026 at level 1 (index 1.00, Kurang) to Memuaskan (4.00),
// the longest way the Indeks Pemerintah Digital has. Target: at most 1 ms
// per plan.
func BenchmarkPlanPemdi(b *testing.B) {
	fw, err := Lookup(PermenPANRB8of2026)
	if err != nil {
		b.Fatal(err)
	}
	from := uniform(fw.NumIndicators(), 1)
	target := Target{Predicate: Memuaskan}
	p, err := fw.Plan(from, target, PlanOptions{})
	if err != nil || !p.Reached || p.ToPredicate != Memuaskan {
		b.Fatalf("plan: %v", err)
	}
	benchPlan(b, fw, from, target, PlanOptions{})
}

// benchPlan measures planning from toward target under opt, which must
// reach it.
func benchPlan(b *testing.B, fw *Framework, from Levels, target Target, opt PlanOptions) {
	b.ReportAllocs()
	for b.Loop() {
		p, err := fw.Plan(from, target, opt)
		if err != nil || !p.Reached {
			b.Fatal(err)
		}
	}
}
