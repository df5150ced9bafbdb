package evaltest_test

import (
	"fmt"

	"github.com/kotacerdas/smartcity/masterplan/evaluation"
	"github.com/kotacerdas/smartcity/masterplan/evaluation/evaltest"
)

func ExampleEvaluation() {
	e := evaltest.Evaluation().Score(evaluation.DimensionOutcome, "4").PreviousIndex("3.21").Build()
	res, err := e.Score(evaluation.Weights{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(res.Index, res.Improvement)
	// Output: 3.30 0.09
}

func ExampleRembang2024() {
	res, err := evaltest.Rembang2024().Score(evaluation.Weights{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(res.Region, res.Year, res.Index, res.Improvement)
	// Output: Kabupaten Rembang 2024 3.38 0.17
}
