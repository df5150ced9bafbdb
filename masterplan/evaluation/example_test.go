package evaluation_test

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/masterplan/evaluation"
)

// The index is the weighted mean of the five scores: with the default
// weights 10/20/30/20/20, (40 + 70 + 90 + 50 + 90) / 100 = 3.40.
func ExampleEvaluation_Score() {
	const doc = `{"region": "Kabupaten Rembang", "province": "Jawa Tengah", "year": 2024, "stage": "II",
		"scores": {"baseline": 4, "output": 3.5, "outcome": 3, "impact": 2.5, "quick_win": 4.5},
		"previous_index": 3.45}`
	ev, err := evaluation.Decode(strings.NewReader(doc), evaluation.DecodeOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	res, err := ev.Score(evaluation.DefaultWeights())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("index:", res.Index, "exactly", res.Index.Exact())
	fmt.Println("improvement:", res.Improvement, "exactly", res.Improvement.Exact())

	// Another reading of the guidance weighs impact 30 and quick wins 10.
	w, err := evaluation.ParseWeights("baseline=10,output=20,outcome=30,impact=30,quick_win=10")
	if err != nil {
		fmt.Println(err)
		return
	}
	res, _ = ev.Score(w)
	fmt.Println("index with", w, "is", res.Index)
	// Output:
	// index: 3.40 exactly 17/5
	// improvement: -0.05 exactly -1/20
	// index with baseline=10,output=20,outcome=30,impact=30,quick_win=10 is 3.20
}

// Scores outside 0–5 and missing dimensions are reported together, in
// the language asked for.
func ExampleEvaluation_Validate() {
	const doc = `{"region": "Kabupaten Rembang", "year": 2024, "stage": "II",
		"scores": {"baseline": 4, "output": 5.01, "outcome": 3, "quick_win": 4.5}}`
	ev, err := evaluation.Unmarshal([]byte(doc))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range ev.Validate() {
		fmt.Println(p)
	}
	// Output:
	// scores.output: Output score 5.01 must lie between 0 and 5
	// scores.impact: Impact score is required
}

// A key in "scores" that is not one of the five dimensions is refused,
// with its place.
func ExampleUnmarshal_unknownDimension() {
	_, err := evaluation.Unmarshal([]byte(`{"region": "Kota Satu", "scores": {"innovation": 4}}`))
	fmt.Println(err)
	// Output:
	// evaluation: line 1, column 36 (scores.innovation): unknown field "innovation"
}

// Ties share a rank and the next one skips; ranks within a province count
// only the regions that name it.
func ExampleCohort_Score() {
	const doc = `[
  {"region": "Kabupaten Satu", "province": "Jawa Tengah", "year": 2024, "stage": "II",
   "scores": {"baseline": 4, "output": 3.5, "outcome": 3, "impact": 2.5, "quick_win": 4.5}},
  {"region": "Kota Dua", "province": "Jawa Barat", "year": 2024, "stage": "II",
   "scores": {"baseline": 4.5, "output": 4, "outcome": 3.5, "impact": 3.5, "quick_win": 4}},
  {"region": "Kabupaten Tiga", "province": "Jawa Tengah", "year": 2024, "stage": "II",
   "scores": {"baseline": 4, "output": 4, "outcome": 3, "impact": 2.5, "quick_win": 4}}
]`
	cohort, err := evaluation.UnmarshalCohort([]byte(doc))
	if err != nil {
		fmt.Println(err)
		return
	}
	standings, err := cohort.Score(evaluation.Weights{}) // the zero Weights are the default
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range standings {
		fmt.Printf("%d. %s %s (%s: %d of %d)\n", s.Rank, s.Region, s.Index, s.Province, s.ProvinceRank, s.ProvinceSize)
	}
	// Output:
	// 1. Kota Dua 3.80 (Jawa Barat: 1 of 1)
	// 2. Kabupaten Satu 3.40 (Jawa Tengah: 1 of 2)
	// 2. Kabupaten Tiga 3.40 (Jawa Tengah: 1 of 2)
}

func ExampleParseWeights() {
	_, err := evaluation.ParseWeights("baseline=10,output=20,outcome=30,impact=20,quick_win=10")
	fmt.Println(err)
	_, err = evaluation.ParseWeights("baseline=10,output=20,outcome=thirty,impact=20,quick_win=20")
	fmt.Println(err)
	// Output:
	// evaluation: weights: the weights sum to 90, not 100
	// evaluation: weights: "outcome=thirty": a weight must be a whole percent from 0 to 100
}

// A yearly evaluation as a Markdown report; the opening lines.
func ExampleWriteReport() {
	e, err := evaluation.Unmarshal([]byte(`{
  "region": "Kabupaten Contoh", "province": "Jawa Tengah", "year": 2024, "stage": "II",
  "scores": {"baseline": 4, "output": 3.5, "outcome": 3, "impact": 2.5, "quick_win": 4.5},
  "previous_index": 3.45, "illustrative": true}`))
	if err != nil {
		panic(err)
	}
	var b bytes.Buffer
	if err := evaluation.WriteReport(&b, e, evaluation.ReportOptions{Lang: smartcity.English}); err != nil {
		panic(err)
	}
	fmt.Println(strings.Join(strings.Split(b.String(), "\n")[:6], "\n"))
	// Output:
	// # Smart-city implementation evaluation: Kabupaten Contoh 2024, stage II
	//
	// - **Province:** Jawa Tengah
	// - **Achievement index:** **3.40** (exactly 3.40)
	// - **Last year's index:** 3.45; **improvement:** -0.05
	// - _An illustrative evaluation, not a published result._
}
