package main

import (
	"fmt"
	"strings"

	"github.com/kotacerdas/smartcity/masterplan/evaluation"
	"github.com/kotacerdas/smartcity/pillar"
)

// writeEvaluation prints the illustrative 2024 evaluation: the five
// dimensions, the index under the default weights and under the
// alternative ones the sources also give, the improvement and the scores per
// pillar.
func writeEvaluation(p *printer, s *story) {
	ev, res, alt := s.evaluation, s.evalResult, s.evalAlt
	p.printf("%s, %s, %d, %s\n", ev.Region, ev.Province, ev.Year, ev.Stage.Name(p.lang))
	t := p.table()
	t.row(p.t("Dimensi", "Dimension"), p.t("Skor", "Score"), p.t("Bobot", "Weight"), p.t("Bobot lain", "Other weights"))
	for d := range evaluation.Dimensions() {
		t.row(d.Name(p.lang), p.dec(string(ev.Scores.Of(d))),
			fmt.Sprintf("%d%%", res.Weights.Of(d)), fmt.Sprintf("%d%%", alt.Weights.Of(d)))
	}
	t.row(p.t("Indeks Pencapaian", "Achievement index"), p.dec(res.Index.String()), "", p.dec(alt.Index.String()))
	t.flush()
	p.say("Tepatnya %s; ", "Exactly %s; ", p.dec(res.Index.Decimal(2)))
	if res.HasImprovement() {
		p.say("kenaikan %s dari %s tahun lalu.\n", "improvement %s over last year's %s.\n",
			p.signed(res.Improvement.String()), p.dec(res.Previous.String()))
	} else {
		p.say("tanpa indeks tahun lalu.\n", "no index for last year.\n")
	}
	p.say("Bobot bawaan 10/20/30/20/20 mereproduksi hasil terbit yang diperiksa; 10/20/30/30/10 muncul\ndi satu laman daerah. Bobot adalah parameter.\n",
		"The default weights 10/20/30/20/20 reproduce the published results checked; 10/20/30/30/10\nappears on one regional page. The weights are a parameter.\n")
	var scores []string
	for pl := range pillar.All() {
		if v, ok := ev.PillarScores[pl]; ok {
			scores = append(scores, pl.String()+" "+p.dec(string(v)))
		}
	}
	if len(scores) > 0 {
		p.say("Skor per pilar (di luar indeks): %s\n", "Scores per pillar (not in the index): %s\n", strings.Join(scores, " · "))
	}
}
