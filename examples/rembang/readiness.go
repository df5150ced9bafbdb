package main

import (
	"fmt"
	"strings"

	"github.com/kotacerdas/smartcity/masterplan"
	"github.com/kotacerdas/smartcity/pillar"
)

// writePillars prints the six pillars, each with its three elements, in the
// official order.
func writePillars(p *printer, _ *story) {
	for pl := range pillar.All() {
		p.printf("%-4s %s\n", pl, pl.Name(p.lang))
		var els []string
		for e := range pl.Elements() {
			els = append(els, e.String()+" "+e.Name(p.lang))
		}
		p.printf("     %s\n", strings.Join(els, " · "))
	}
}

// writeReadiness prints the readiness assessment of Bimtek I: each sub-item's
// score now and its target, the widest gaps, and the SPBE result that fed it.
func writeReadiness(p *printer, s *story) {
	r := s.plan.Readiness
	p.say("Skor 1–5, kini → target (ilustratif; panduan tidak menetapkan skala resmi)\n",
		"Scores 1–5, now → target (illustrative; the guidance sets no official scale)\n")
	t := p.table()
	widest, gaps := 0, []string(nil)
	for rp := range masterplan.ReadinessPillars() {
		var cells []string
		for sub := range rp.SubItems() {
			it, ok := r.Item(sub)
			if !ok {
				cells = append(cells, sub.Name(p.lang)+" –")
				continue
			}
			cells = append(cells, fmt.Sprintf("%s %d→%d", sub.Name(p.lang), it.Current, it.Target))
			switch g := it.Gap(); {
			case g > widest:
				widest, gaps = g, []string{sub.Name(p.lang)}
			case g == widest:
				gaps = append(gaps, sub.Name(p.lang))
			}
		}
		t.row(rp.Name(p.lang), strings.Join(cells, " · "))
	}
	t.flush()
	if widest > 0 {
		p.wrapf(p.t("Kesenjangan terbesar (%d tingkat): %s", "Widest gaps (%d steps): %s"), widest, strings.Join(gaps, ", "))
	}
	if r.SPBE != nil {
		p.say("Masukan SPBE: indeks %d %s (%s), angka terbit\n", "SPBE input: index %d %s (%s), as published\n",
			r.SPBE.Year, p.dec(r.SPBE.Index), r.SPBE.Predikat)
	}
}
