package main

import (
	"fmt"
	"strings"
)

// writeMasterplan prints the illustrative masterplan: its validation, its
// frame, the budget and programmes per pillar and the quick wins.
func writeMasterplan(p *printer, s *story) {
	pl, sum := s.plan, s.summary
	errs, warns := s.problems.Count()
	p.say("masterplan.json: valid, %d galat, %d peringatan (quick win wajib di tiap pilar)\n",
		"masterplan.json: valid, %d errors, %d warnings (a quick win required in every pillar)\n", errs, warns)
	for _, w := range s.problems.Warnings() {
		p.printf("  %s\n", w.Message(p.lang))
	}
	frame := fmt.Sprintf(p.t("Periode %d–%d, RPJMD %d–%d", "Period %d–%d, RPJMD %d–%d"),
		pl.Period.StartYear, pl.Period.EndYear, pl.RPJMD.StartYear, pl.RPJMD.EndYear)
	if lb := pl.LegalBasis; lb != nil {
		frame += ", " + lb.Cite()
		if lb.Illustrative {
			frame += p.t(" (ilustratif)", " (illustrative)")
		}
	}
	p.printf("%s\n", frame)
	p.say("Visi: %s\n", "Vision: %s\n", pl.Vision)
	p.say("%d program, %d quick win, anggaran %s\n", "%d programmes, %d quick wins, budget %s\n",
		len(pl.Programs), len(sum.QuickWins), p.rupiah(sum.Budget.Total))

	t := p.table()
	t.row(p.t("Pilar", "Pillar"), p.t("Program", "Programmes"), "Quick win", p.t("Anggaran", "Budget"))
	for _, c := range sum.Coverage {
		var amount int64
		for _, a := range sum.Budget.ByPillar {
			if a.Pillar == c.Pillar {
				amount = a.Amount
			}
		}
		t.row(c.Pillar.String()+" "+c.Pillar.Name(p.lang), fmt.Sprint(c.Programs), fmt.Sprint(c.QuickWins), p.rupiah(amount))
	}
	t.flush()

	var shares []string
	for _, src := range sum.Budget.BySource {
		pct, err := p.lang.Percent(src.Amount, sum.Budget.Total, 1)
		if err != nil {
			continue // a plan without budget has no sources to list
		}
		shares = append(shares, src.Source.String()+" "+pct)
	}
	p.say("Sumber dana: %s\n", "Funding: %s\n", strings.Join(shares, " · "))

	p.say("Quick win:\n", "Quick wins:\n")
	t = p.table()
	for _, q := range sum.QuickWins {
		years := fmt.Sprint(q.StartYear)
		if q.EndYear != q.StartYear {
			years += fmt.Sprintf("–%d", q.EndYear)
		}
		name := q.Name
		if q.Illustrative {
			name += p.t(" (ilustratif)", " (illustrative)")
		}
		t.row("  "+q.ID, name, q.Element.String(), years, p.rupiah(q.Budget))
	}
	t.flush()
}
