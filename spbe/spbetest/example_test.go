package spbetest_test

import (
	"fmt"
	"math/rand/v2"

	"github.com/kotacerdas/smartcity/spbe"
	"github.com/kotacerdas/smartcity/spbe/spbetest"
)

func ExampleAssessment() {
	a := spbetest.Assessment().Instansi("Pemerintah Kab. Rembang").Year(2024).Level(12, 5).Build()
	res, err := spbe.Default().ScoreAssessment(a, spbe.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Instansi, a.Year, res.Index, res.Predicate)
	// Output: Pemerintah Kab. Rembang 2024 3.05 Baik
}

func ExampleRandom() {
	fw := spbe.Default()
	a := spbetest.Random(rand.New(rand.NewPCG(1, 2)), fw)
	fmt.Println(a.Validate(fw).Err(), len(a.Indicators))
	// Output: <nil> 47
}

func ExampleRembang2024() {
	res, err := spbe.Default().ScoreAssessment(spbetest.Rembang2024(), spbe.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(res.Index, res.Index.Format(4), res.Predicate)
	// Output: 3.99 3.9870 Sangat Baik
}

func ExampleAssessmentBuilder_External() {
	pemdi, err := spbe.Lookup(spbe.PermenPANRB8of2026)
	if err != nil {
		fmt.Println(err)
		return
	}
	// A Satu Data Indonesia score of 70 is level 4 of indicator 5.
	a := spbetest.Assessment().Framework(pemdi).External(5, spbe.SourceSDI, "70").Build()
	res, err := pemdi.ScoreAssessment(a, spbe.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Year, res.Index, res.Predicate, res.External[0].Level)
	// Output: 2026 3.05 Baik 4
}

func ExamplePemdi2026() {
	a := spbetest.Pemdi2026()
	fw, err := a.ResolveFramework(nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	res, err := fw.ScoreAssessment(a, spbe.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(fw.ID(), res.Index, res.Predicate)
	// Output: permenpanrb-8-2026 3.23 Baik
}

func ExampleRandomFramework() {
	spec := spbetest.RandomFramework(rand.New(rand.NewPCG(1, 2)), "acak")
	fw, err := spbe.NewFramework(spec)
	fmt.Println(err, fw.ID())
	// Output: <nil> acak
}
