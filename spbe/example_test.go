package spbe_test

import (
	"errors"
	"fmt"
	"io"
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
		fmt.Printf("%s %-24s %s  (exactly %s)\n", fw.Domain(d).Code, fw.Domain(d).Name.ID, idx, idx.Exact())
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
func ExamplePredicateFor() {
	pacitan := spbe.NewIndex(34985, 10000) // Kab. Pacitan 2024, shown 3.50
	fmt.Println(pacitan, spbe.PredicateFor(pacitan.Num(), pacitan.Den(), spbe.Unrounded))
	fmt.Println(pacitan, spbe.PredicateFor(pacitan.Num(), pacitan.Den(), spbe.Rounded))
	fmt.Println(spbe.SangatBaik.Threshold(), spbe.SangatBaik.Name(smartcity.English))
	// Output:
	// 3.50 Baik
	// 3.50 Sangat Baik
	// 3.50 very good
}

// A framework is data: one loaded from JSON is checked, and every problem
// is reported at once.
func ExampleLoadFramework() {
	doc := `{
  "id": "contoh", "name": {"id": "Contoh"}, "legal_basis": "contoh",
  "min_level": 1, "max_level": 5,
  "scales": [{"code": "s", "name": {"id": "Skala"}, "levels": [
    {"level": 1, "name": {"id": "Satu"}}, {"level": 2, "name": {"id": "Dua"}}, {"level": 3, "name": {"id": "Tiga"}},
    {"level": 4, "name": {"id": "Empat"}}, {"level": 5, "name": {"id": "Lima"}}]}],
  "domains": [{"code": "D1", "name": {"id": "Domain"}, "weight_bp": 10000}],
  "aspects": [{"code": "A1", "name": {"id": "Aspek"}, "domain": "D1", "weight_bp": 10000}],
  "indicators": [
    {"number": 1, "name": {"id": "Satu"}, "aspect": "A1", "scale": "s", "weight_bp": 6000},
    {"number": 2, "name": {"id": "Dua"}, "aspect": "A1", "scale": "s", "weight_bp": 3500}]
}`
	_, err := spbe.LoadFramework(strings.NewReader(doc), 0)
	fmt.Println(errors.Is(err, spbe.ErrWeights))
	var ve *spbe.ValidationError
	if errors.As(err, &ve) {
		for _, p := range ve.Problems {
			fmt.Println(p)
		}
	}
	// Output:
	// true
	// aspects[0].weight_bp: weights do not add up: aspect "A1" weighs 100.00% but its indicators add up to 95.00%
	// indicators: weights do not add up: the weights add up to 95.00%, not 100%
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

// Score many rows of a wide CSV without building an Assessment for each.
func ExampleWideReader() {
	var in strings.Builder
	in.WriteString("instansi;tahun")
	for n := 1; n <= 47; n++ {
		fmt.Fprintf(&in, ";%d", n)
	}
	rows := map[string]string{
		"Pemerintah Kab. Wonogiri": "55555555555554444444333333332225544444444555554",
		"Pemerintah Kab. Pacitan":  "55555554443333333333322222222224444444443444444",
	}
	for _, name := range []string{"Pemerintah Kab. Wonogiri", "Pemerintah Kab. Pacitan"} {
		in.WriteString("\n" + name + ";2024")
		for _, c := range rows[name] {
			in.WriteString(";" + string(c))
		}
	}
	w, err := spbe.NewWideReader(strings.NewReader(in.String()), spbe.ReadOptions{})
	if err != nil {
		panic(err)
	}
	var rec spbe.WideRecord
	var res spbe.Result
	for {
		if err := w.Next(&rec); err == io.EOF {
			break
		} else if err != nil {
			panic(err)
		}
		if err := rec.ScoreInto(&res, spbe.Options{}); err != nil {
			panic(err)
		}
		fmt.Println(rec.Instansi, rec.Year, res.Index, res.Index.Format(4), res.Predicate)
	}
	// Output:
	// Pemerintah Kab. Wonogiri 2024 4.20 4.2000 Memuaskan
	// Pemerintah Kab. Pacitan 2024 3.50 3.4985 Baik
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
	// spbe: invalid levels for permenpanrb-59-2020: indicator 12: unanswered indicator: no level given; indicator 41: level out of range: level 7 is above 5
	// true true
}
