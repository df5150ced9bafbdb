package smartcity_test

import (
	"fmt"
	"os"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/masterplan"
	"github.com/kotacerdas/smartcity/pillar"
	"github.com/kotacerdas/smartcity/spbe"
)

// The README's quick start, run from the module root: read the names people
// write, score an SPBE assessment and plan the way to Memuaskan, and check a
// masterplan.
func Example() {
	// The pillars and elements, from what a regional document writes.
	e, err := pillar.ParseElement("Layanan Publik")
	if err != nil {
		panic(err)
	}
	fmt.Println(e, e.Pillar(), e.Name(smartcity.English))

	// Score an SPBE assessment exactly, as the official results are.
	f, err := os.Open("spbe/testdata/rembang-2024.json")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	a, err := spbe.DecodeAssessment(f, 0)
	if err != nil {
		panic(err)
	}
	fw, err := a.ResolveFramework(nil) // the rule of its year: PermenPANRB 59/2020 for 2024
	if err != nil {
		panic(err)
	}
	res, err := fw.ScoreAssessment(a, spbe.Options{})
	if err != nil {
		panic(err)
	}
	fmt.Println(a.Instansi, a.Year, res.Index, res.Predicate)

	// The fewest one-level raises to Memuaskan, at most one per indicator a
	// year, starting the year after.
	plan, err := fw.Plan(res.Levels, spbe.Target{Predicate: spbe.Memuaskan},
		spbe.PlanOptions{MaxRaisePerYear: 1, StartYear: a.Year + 1})
	if err != nil {
		panic(err)
	}
	fmt.Println(plan.Reached, plan.Raises(), "raises, by", plan.LastYear(), "→", plan.To, plan.ToPredicate)

	// Check a masterplan: every problem at once, each said in either language.
	mp, err := masterplan.Load("examples/rembang/masterplan.json", masterplan.DecodeOptions{})
	if err != nil {
		panic(err)
	}
	problems := mp.Validate(masterplan.ValidateOptions{RequireQuickWinPerPillar: true})
	sum, err := mp.Summarize()
	if err != nil {
		panic(err)
	}
	fmt.Printf("%s: %d problems, %d quick wins, %d rupiah\n",
		mp.Region.FullName(smartcity.English), len(problems), len(sum.QuickWins), sum.Budget.Total)
	// Output:
	// GOV.SVC GOV Public Service
	// Pemerintah Kab. Rembang 2024 3.99 Sangat Baik
	// true 8 raises, by 2025 → 4.21 Memuaskan
	// Rembang Regency: 0 problems, 6 quick wins, 17620000000 rupiah
}
