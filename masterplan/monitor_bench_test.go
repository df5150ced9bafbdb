package masterplan

import (
	"encoding/json"
	"fmt"
	"testing"
)

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
