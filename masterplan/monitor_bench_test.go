package masterplan

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
			Region: fmt.Sprintf("Daerah %d", i), Province: fmt.Sprintf("Provinsi %d", i%38), Year: 2024, Stage: EvaluationStageII,
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

// generatedProgress reports on every programme of generatedPlan(n) in
// each of its years.
func generatedProgress(p *Plan) *Progress {
	pr := &Progress{Region: p.Region.Name}
	for year := p.Period.StartYear; year <= p.Period.EndYear; year++ {
		ry := RealisationYear{Year: year}
		for i := range p.Programs {
			prog := &p.Programs[i]
			if year < prog.StartYear || year > prog.EndYear {
				continue
			}
			r := Realisation{ID: prog.ID, Status: Status(1 + i%5)}
			for _, l := range prog.Budget {
				if l.Year == year {
					r.Budget = append(r.Budget, RealisedAmount{Source: l.Source, Amount: l.Amount * int64(i%4) / 3})
				}
			}
			for _, k := range prog.KPIs {
				r.KPIs = append(r.KPIs, KPIActual{Name: k.Name, Actual: json.Number(fmt.Sprintf("%d.25", 10+i%40))})
			}
			ry.Programs = append(ry.Programs, r)
		}
		pr.Years = append(pr.Years, ry)
	}
	return pr
}

func BenchmarkProgressValidate(b *testing.B) {
	p := generatedPlan(1000)
	pr := generatedProgress(p)
	if ps := pr.Validate(p, ValidateOptions{}); ps.HasErrors() {
		b.Fatalf("generated progress has errors: %v", ps)
	}
	for b.Loop() {
		pr.Validate(p, ValidateOptions{})
	}
}

func BenchmarkProgressReport(b *testing.B) {
	p := generatedPlan(1000)
	pr := generatedProgress(p)
	for b.Loop() {
		if _, err := pr.Report(p, 2025); err != nil {
			b.Fatal(err)
		}
	}
}
