package evaluation

import (
	"bytes"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/kotacerdas/smartcity"
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

// BenchmarkReadCohortWorkbook reads and checks a national ranking of 514
// evaluations kept as a workbook, against BenchmarkValidateCohortJSON,
// the same cohort as JSON.
func BenchmarkReadCohortWorkbook(b *testing.B) {
	var buf bytes.Buffer
	if err := WriteCohortWorkbook(&buf, generatedCohort(514), smartcity.Indonesian); err != nil {
		b.Fatal(err)
	}
	data := buf.Bytes()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, ps, err := ReadCohortWorkbook(data, DecodeOptions{}); err != nil || len(ps) > 0 {
			b.Fatal(err, ps)
		}
	}
}

// BenchmarkValidateCohortJSON reads and checks the cohort of
// BenchmarkReadCohortWorkbook as JSON.
func BenchmarkValidateCohortJSON(b *testing.B) {
	data, err := json.Marshal(generatedCohort(514))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, ps, err := ValidateCohort(bytes.NewReader(data), DecodeOptions{}); err != nil || len(ps) > 0 {
			b.Fatal(err, ps)
		}
	}
}
