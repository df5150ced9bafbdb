package spbe_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/spbe"
)

// Score a level vector: one level per indicator, by position. These levels
// reproduce Kabupaten Rembang's official 2024 result.
func ExampleFramework_Score() {
	fw := spbe.Default()
	levels := fw.NewLevels()
	for i, c := range "55554444444444444333333333322225544444444555555" {
		levels[i] = spbe.Level(c - '0')
	}
	res, err := fw.Score(levels, spbe.Options{})
	if err != nil {
		panic(err)
	}
	for d, idx := range res.Domains {
		fmt.Printf("%s %-24s %s  (exactly %s)\n", fw.DomainAt(d).Code, fw.DomainAt(d).Name.ID, idx, idx.Exact())
	}
	fmt.Println("Indeks SPBE", res.Index, res.Predicate)
	fmt.Println("exactly", res.Index.Exact(), "=", res.Numerator(), "/", spbe.WeightTotal)
	// Output:
	// D1 Kebijakan Internal SPBE  4.40  (exactly 22/5)
	// D2 Tata Kelola SPBE         3.70  (exactly 37/10)
	// D3 Manajemen SPBE           2.64  (exactly 29/11)
	// D4 Layanan SPBE             4.52  (exactly 411/91)
	// Indeks SPBE 3.99 Sangat Baik
	// exactly 3987/1000 = 39870 / 10000
}

// The predikat of an index depends on the basis: the 2024 results take it
// from the exact index, the 2023 results from the index rounded to two
// decimals.
func ExampleFramework_PredicateOf() {
	fw := spbe.Default()
	pacitan := smartcity.NewNumber(34985, 10000) // Kab. Pacitan 2024, shown 3.50
	fmt.Println(pacitan, fw.PredicateOf(pacitan, spbe.Unrounded))
	fmt.Println(pacitan, fw.PredicateOf(pacitan, spbe.Rounded))
	from, _ := fw.Threshold(spbe.SangatBaik)
	fmt.Println(from, fw.PredicateName(spbe.SangatBaik, smartcity.English))
	// Output:
	// 3.50 Baik
	// 3.50 Sangat Baik
	// 3.50 very good
}

// The bands belong to the framework: 2.55 is Cukup under the SPBE rules and
// Baik under the Indeks Pemerintah Digital, 4.10 Sangat Baik and Memuaskan.
func ExampleFramework_Bands() {
	spbe59, _ := spbe.Lookup(spbe.PermenPANRB59of2020)
	pemdi, _ := spbe.Lookup(spbe.PermenPANRB8of2026)
	for _, s := range []string{"2.55", "4.10"} {
		x, _ := smartcity.ParseNumber(s)
		fmt.Printf("%s: SPBE %s, Pemdi %s\n", s, spbe59.PredicateOf(x, spbe.Unrounded), pemdi.PredicateOf(x, spbe.Unrounded))
	}
	for _, b := range pemdi.Bands() {
		fmt.Printf("%s from %s\n", b.Name.ID, b.From)
	}
	// Output:
	// 2.55: SPBE Cukup, Pemdi Baik
	// 4.10: SPBE Sangat Baik, Pemdi Memuaskan
	// Kurang from 1.00
	// Cukup from 1.50
	// Baik from 2.50
	// Sangat Baik from 3.50
	// Memuaskan from 4.00
}

// A framework is data: one loaded from JSON is checked, and every problem
// is reported at once. This one has no domains, like the Indeks Pemerintah
// Digital, and its bands fall.
func ExampleDecodeFramework() {
	doc := `{
  "id": "contoh", "name": {"id": "Contoh"}, "legal_basis": "contoh",
  "min_level": 1, "max_level": 5,
  "bands": [{"predicate": "Kurang", "name": {"id": "Kurang"}, "from": "1"},
    {"predicate": "Baik", "name": {"id": "Baik"}, "from": "3"},
    {"predicate": "Memuaskan", "name": {"id": "Memuaskan"}, "from": "2.5"}],
  "scales": [{"code": "s", "name": {"id": "Skala"}, "levels": [
    {"level": 1, "name": {"id": "Satu"}}, {"level": 2, "name": {"id": "Dua"}}, {"level": 3, "name": {"id": "Tiga"}},
    {"level": 4, "name": {"id": "Empat"}}, {"level": 5, "name": {"id": "Lima"}}]}],
  "aspects": [{"code": "A1", "name": {"id": "Aspek"}, "weight_bp": 10000}],
  "indicators": [
    {"number": 1, "name": {"id": "Satu"}, "aspect": "A1", "scale": "s", "weight_bp": 6000},
    {"number": 2, "name": {"id": "Dua"}, "aspect": "A1", "scale": "s", "weight_bp": 3500}]
}`
	_, err := spbe.DecodeFramework(strings.NewReader(doc), 0)
	fmt.Println(errors.Is(err, spbe.ErrWeights))
	var ve smartcity.Problems
	if errors.As(err, &ve) {
		for _, p := range ve {
			fmt.Println(p)
		}
	}
	// Output:
	// true
	// aspects[0].weight_bp: weights do not add up: aspect "A1" weighs 100.00% but its indicators add up to 95.00%
	// indicators: weights do not add up: the weights add up to 95.00%, not 100%
	// bands[2].from: invalid predikat bands: 2.5 is not above 3
}

// Read assessments in any of the three forms and score them; here a long
// CSV written by a spreadsheet in the Indonesian locale.
func ExampleReadAssessments() {
	var in strings.Builder
	in.WriteString("\ufeffindikator;level;penjelasan\n")
	for n := 1; n <= 47; n++ {
		fmt.Fprintf(&in, "%d;%d;\n", n, 3)
	}
	as, err := spbe.ReadAssessments(strings.NewReader(in.String()), spbe.ReadOptions{})
	if err != nil {
		panic(err)
	}
	res, err := spbe.Default().ScoreAssessment(&as[0], spbe.Options{})
	if err != nil {
		panic(err)
	}
	fmt.Println(res.Index, res.Predicate)
	// Output:
	// 3.00 Baik
}

// Errors from scoring name the indicator and the rule, and can be told
// apart with errors.Is.
func ExampleFramework_ScoreInto() {
	fw := spbe.Default()
	levels := fw.NewLevels()
	for i := range levels {
		levels[i] = 3
	}
	levels[11], levels[40] = spbe.Unanswered, 7
	var res spbe.Result
	err := fw.ScoreInto(&res, levels, spbe.Options{})
	fmt.Println(err)
	fmt.Println(errors.Is(err, spbe.ErrUnanswered), errors.Is(err, spbe.ErrLevelRange))
	// Output:
	// spbe: invalid levels for permenpanrb-59-2020: levels[11]: unanswered indicator: indicator 12 has no level; levels[40]: level out of range: level 7 of indicator 41 is above 5
	// true true
}
