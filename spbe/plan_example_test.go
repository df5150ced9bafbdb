package spbe_test

import (
	"fmt"
	"strings"

	"github.com/kotacerdas/smartcity/spbe"
)

// Kabupaten Rembang scored 3.99 in 2024 and wants Memuaskan (4.2) like
// Sumedang, with at most one level per indicator a year. The fewest raises
// are the heaviest indicators not yet at 5: eight e-government services.
func ExampleFramework_Plan() {
	rembang := exampleScored("rembang-2024.json", spbe.Unrounded)
	target, err := spbe.ParseTarget("Memuaskan")
	if err != nil {
		panic(err)
	}
	fw := rembang.Result.Framework
	plan, err := fw.Plan(rembang.Result.Levels, target, spbe.PlanOptions{MaxRaisePerYear: 1, StartYear: rembang.Year + 1})
	if err != nil {
		panic(err)
	}
	fmt.Println(plan.From, plan.FromPredicate, "→", plan.To, plan.ToPredicate, "reached:", plan.Reached)
	for _, s := range plan.Steps[:3] {
		fmt.Printf("%d: indicator %d from %d to %d, index %s\n", s.Year, s.Indicator, s.From, s.To, s.IndexAfter)
	}
	fmt.Println("…", plan.Raises(), "raises by", plan.LastYear())
	// Output:
	// 3.99 Sangat Baik → 4.21 Memuaskan reached: true
	// 2025: indicator 34 from 4 to 5, index 4.01
	// 2025: indicator 35 from 4 to 5, index 4.04
	// 2025: indicator 36 from 4 to 5, index 4.07
	// … 8 raises by 2025
}

// With prices per raise the plan is the cheapest, exactly. Here the
// services cost ten times more than the rest, so the plan turns to
// governance (2.50 % per indicator) and stays clear of them.
func ExampleFramework_Plan_costs() {
	fw := spbe.Default()
	levels := fw.NewLevels()
	for i, c := range "55554444444444444333333333322225544444444555555" { // Rembang 2024
		levels[i] = spbe.Level(c - '0')
	}
	var csv strings.Builder
	csv.WriteString("indikator;biaya\n")
	for n := 1; n <= 47; n++ {
		cost := "100.000.000"
		if n >= 32 {
			cost = "1.000.000.000"
		}
		fmt.Fprintf(&csv, "%d;%s\n", n, cost)
	}
	costs, err := spbe.DecodeCosts(strings.NewReader(csv.String()), spbe.ReadOptions{})
	if err != nil {
		panic(err)
	}
	plan, err := fw.Plan(levels, spbe.Target{Predicate: spbe.Memuaskan}, spbe.PlanOptions{Costs: costs})
	if err != nil {
		panic(err)
	}
	fmt.Println(plan.To, plan.ToPredicate, plan.Raises(), "raises, Rp", plan.TotalCost)
	// Output:
	// 4.20 Memuaskan 9 raises, Rp 900000000
}
