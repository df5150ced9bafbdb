package spbe_test

import (
	"fmt"

	"github.com/kotacerdas/smartcity/spbe"
)

// A target is a predikat or an index. Its numerator — Σ level × weight in
// basis points — is what a plan must reach, and it depends on the basis:
// on the rounded basis 4.195 already shows as 4.20.
func ExampleParseTarget() {
	for _, s := range []string{"Memuaskan", "sangat baik", "4,2", "4.5"} {
		t, err := spbe.ParseTarget(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%-13q → %-11s unrounded %d, rounded %d\n", s, t, t.Numerator(spbe.Unrounded), t.Numerator(spbe.Rounded))
	}
	// Output:
	// "Memuaskan"   → Memuaskan   unrounded 42000, rounded 41950
	// "sangat baik" → Sangat Baik unrounded 35000, rounded 34950
	// "4,2"         → 4.2         unrounded 42000, rounded 41950
	// "4.5"         → 4.5         unrounded 45000, rounded 44950
}

// The framework of an evaluation year: 5/2018 until 2020, 59/2020 from 2021
// to 2024. The Indeks Pemerintah Digital that follows is not public yet and
// is loaded as data (LoadFramework) once it is.
func ExampleForYear() {
	for _, y := range []int{2019, 2021, 2024, 2025} {
		fw, ok := spbe.ForYear(y)
		if !ok {
			fmt.Println(y, "no built-in framework")
			continue
		}
		fmt.Printf("%d %s: %d domains, %d aspects, %d indicators, levels %d–%d\n", y, fw, fw.NumDomains(), fw.NumAspects(), fw.NumIndicators(), fw.MinLevel(), fw.MaxLevel())
	}
	// Output:
	// 2019 permenpanrb-5-2018: 3 domains, 7 aspects, 35 indicators, levels 0–5
	// 2021 permenpanrb-59-2020: 4 domains, 8 aspects, 47 indicators, levels 1–5
	// 2024 permenpanrb-59-2020: 4 domains, 8 aspects, 47 indicators, levels 1–5
	// 2025 no built-in framework
}
