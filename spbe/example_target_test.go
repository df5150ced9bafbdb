package spbe_test

import (
	"fmt"

	"github.com/kotacerdas/smartcity/spbe"
)

// A target is a predikat or an index. Its numerator — Σ level × weight in
// basis points — is what a plan must reach, and it depends on the basis:
// on the rounded basis 4.195 already shows as 4.20.
func ExampleParseTarget() {
	pemdi, _ := spbe.Lookup(spbe.PermenPANRB8of2026)
	for _, s := range []string{"Memuaskan", "sangat baik", "4,2", "4.5"} {
		t, err := spbe.ParseTarget(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%-13q → %-11s unrounded %d, rounded %d, under 8/2026 %d\n", s, t,
			t.Numerator(spbe.Default(), spbe.Unrounded), t.Numerator(spbe.Default(), spbe.Rounded), t.Numerator(pemdi, spbe.Unrounded))
	}
	// Output:
	// "Memuaskan"   → Memuaskan   unrounded 42000, rounded 41950, under 8/2026 40000
	// "sangat baik" → Sangat Baik unrounded 35000, rounded 34950, under 8/2026 35000
	// "4,2"         → 4.2         unrounded 42000, rounded 41950, under 8/2026 42000
	// "4.5"         → 4.5         unrounded 45000, rounded 44950, under 8/2026 45000
}

// The rule of an evaluation year: 5/2018 until 2020, 59/2020 from 2021 to
// 2025 (2025 as a lighter pemantauan), the Indeks Pemerintah Digital of
// 8/2026 from 2026 on.
func ExampleForYear() {
	for _, y := range []int{2017, 2019, 2021, 2025, 2026, 2030} {
		fw, ok := spbe.ForYear(y)
		if !ok {
			fmt.Println(y, "no evaluation")
			continue
		}
		fmt.Printf("%d %s (%s): %d domains, %d aspects, %d indicators\n", y, fw, fw.Method(y), fw.NumDomains(), fw.NumAspects(), fw.NumIndicators())
	}
	// Output:
	// 2017 no evaluation
	// 2019 permenpanrb-5-2018 (evaluasi): 3 domains, 7 aspects, 35 indicators
	// 2021 permenpanrb-59-2020 (evaluasi): 4 domains, 8 aspects, 47 indicators
	// 2025 permenpanrb-59-2020 (pemantauan): 4 domains, 8 aspects, 47 indicators
	// 2026 permenpanrb-8-2026 (evaluasi): 0 domains, 7 aspects, 20 indicators
	// 2030 permenpanrb-8-2026 (evaluasi): 0 domains, 7 aspects, 20 indicators
}
