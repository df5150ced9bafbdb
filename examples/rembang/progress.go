package main

import (
	"fmt"
	"strings"

	"github.com/kotacerdas/smartcity/masterplan"
)

// writeProgress prints the illustrative realisation of the masterplan: each
// year's achievement and budget absorption, and for the latest year the
// achievement per pillar, the KPIs and the programmes not realised.
func writeProgress(p *printer, s *story) {
	errs, warns := s.progressChecks.Count()
	p.say("progress-2024.json diperiksa terhadap rencana: %d galat, %d peringatan\n",
		"progress-2024.json checked against the plan: %d errors, %d warnings\n", errs, warns)
	for _, w := range s.progressChecks.Warnings() {
		p.printf("  %s\n", w.Message(p.lang))
	}
	t := p.table()
	t.row(p.t("Tahun", "Year"), p.t("Terealisasi", "Realised"), p.t("Capaian", "Achievement"), p.t("Penyerapan anggaran", "Budget absorption"))
	for _, r := range s.progressYears {
		a, b := r.Total.Achievement, r.Total.BudgetTotal
		t.row(fmt.Sprint(r.Year), fmt.Sprintf("%d / %d", a.Realised, a.Planned), p.percent(a.Rate),
			fmt.Sprintf("%s / %s (%s)", p.rupiah(b.Realised), p.rupiah(b.Planned), p.percent(b.Rate)))
	}
	t.flush()
	if len(s.progressYears) == 0 {
		return
	}
	last := s.progressYears[len(s.progressYears)-1]

	var pillars []string
	for _, pp := range last.Pillars {
		pillars = append(pillars, pp.Pillar.String()+" "+p.percent(pp.Achievement.Rate))
	}
	p.say("Capaian %d per pilar: %s\n", "Achievement %d by pillar: %s\n", last.Year, strings.Join(pillars, " · "))

	counts := map[masterplan.KPIState]int{}
	var missed []string
	for _, pr := range last.Programs {
		for _, k := range pr.KPIs {
			counts[k.State]++
		}
		if pr.Counted && !pr.Realised {
			missed = append(missed, pr.ID)
		}
	}
	var kpis []string
	for _, st := range []masterplan.KPIState{masterplan.KPIExceeded, masterplan.KPIAchieved, masterplan.KPIBelowTarget,
		masterplan.KPIRegressed, masterplan.KPINoData, masterplan.KPINotReported} {
		if n := counts[st]; n > 0 {
			kpis = append(kpis, fmt.Sprintf("%d %s", n, st.Name(p.lang)))
		}
	}
	p.printf("KPI %d: %s\n", last.Year, strings.Join(kpis, ", "))
	if len(missed) > 0 {
		p.say("Belum terealisasi %d: %s\n", "Not realised in %d: %s\n", last.Year, strings.Join(missed, ", "))
	}
}
