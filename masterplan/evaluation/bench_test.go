package evaluation

import (
	"encoding/json"
	"fmt"
	"testing"
)

// generatedCohort builds n valid evaluations with scores on a 0.05 grid,
// spread over 38 provinces, as many as the regions of a national
// ranking.
func generatedCohort(n int) Cohort {
	c := make(Cohort, n)
	score := func(i, k int) json.Number { return json.Number(fmt.Sprintf("%d.%02d", (i*7+k)%5, ((i*13+k*29)%20)*5)) }
	for i := range c {
		c[i] = Evaluation{
			Region: fmt.Sprintf("Daerah %d", i), Province: fmt.Sprintf("Provinsi %d", i%38), Year: 2024, Stage: StageII,
			Scores:        Scores{Baseline: score(i, 1), Output: score(i, 2), Outcome: score(i, 3), Impact: score(i, 4), QuickWin: score(i, 5)},
			PreviousIndex: score(i, 6),
		}
	}
	return c
}

// BenchmarkCohortScore scores and ranks all 514 kabupaten and kota.
func BenchmarkCohortScore(b *testing.B) {
	c := generatedCohort(514)
	for b.Loop() {
		if _, err := c.Score(Weights{}); err != nil {
			b.Fatal(err)
		}
	}
}
