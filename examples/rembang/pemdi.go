package main

import (
	"fmt"
	"strings"

	"github.com/kotacerdas/smartcity/spbe"
)

// writePemdi prints what PermenPANRB 8/2026 changes from the evaluation of
// 2026 on — read from the two frameworks, not restated — and then the
// illustrative Pemdi assessment of Rembang and the fewest raises from it to
// Memuaskan.
func writePemdi(p *printer, s *story) {
	old, fw := s.rembang2024.Result.Framework, s.pemdi2026.Result.Framework
	p.wrapf(p.t("Mulai evaluasi %d berlaku PermenPANRB 8/2026 (Indeks Pemerintah Digital), pengganti 59/2020:",
		"From the %d evaluation on, PermenPANRB 8/2026 (Digital Government Index) replaces 59/2020:"),
		s.pemdi2026.Year)
	p.wrapf(p.t("- %d indikator dalam %d aspek, tanpa domain (dulu %d indikator, %d aspek, %d domain);",
		"- %d indicators in %d aspects, no domains (formerly %d indicators, %d aspects, %d domains);"),
		fw.NumIndicators(), fw.NumAspects(), old.NumIndicators(), old.NumAspects(), old.NumDomains())
	p.wrapf("- %s;", bandChanges(p, old, fw))
	years := old.Years()
	last := years[len(years)-1]
	p.wrapf(p.t("- %d masih memakai 59/2020 (%s, tanpa interviu); rencana di atas berlaku sampai %d;",
		"- %d was still under 59/2020 (%s, no interviews); the plan above holds up to %d only;"),
		last, strings.ToLower(old.Method(last).Name(p.lang)), last)
	var conv []string
	for _, c := range fw.Conversions() {
		ind, _ := fw.Indicator(c.Indicator)
		conv = append(conv, fmt.Sprintf("%d %s (%s)", c.Indicator, ind.Name.In(p.lang), strings.ToUpper(c.Source)))
	}
	p.wrapf(p.t("- sebagian indikator dinilai dari evaluasi nasional lain: %s.", "- some indicators are valued from other national evaluations: %s."),
		strings.Join(conv, ", "))

	p.printf("\n")
	sc := s.pemdi2026
	r := sc.Result
	p.wrapf(p.t("Penilaian Pemdi %d Rembang (ilustratif: level Pemdi Rembang belum dipublikasikan):",
		"Rembang's %d Pemdi assessment (illustrative: no Pemdi levels of Rembang are published):"),
		sc.Year)
	t := p.table()
	t.row(p.t("Aspek", "Aspect"), p.t("Bobot", "Weight"), p.t("Indeks", "Index"))
	weakest := 0
	for a, asp := range fw.Aspects() {
		pct, _ := p.lang.Percent(asp.WeightBP, spbe.WeightTotal, 0) // the weights are whole percents
		t.row(asp.Code+" "+asp.Name.In(p.lang), pct, p.dec(r.Aspects[a].String()))
		if r.Aspects[a].Cmp(r.Aspects[weakest]) < 0 {
			weakest = a
		}
	}
	t.row(p.t("Indeks Pemerintah Digital", "Digital Government Index"), "", p.dec(r.Index.String()), r.Predicate.String())
	t.flush()
	for _, e := range r.External {
		p.say("Indikator %d dinilai dari skor %s %s: level %d. ", "Indicator %d takes the %s score %s: level %d. ",
			e.Indicator, strings.ToUpper(e.Source), p.dec(e.Score), e.Level)
	}
	asp := fw.AspectAt(weakest)
	p.say("Aspek terlemah: %s %s (%s).\n", "Weakest aspect: %s %s (%s).\n", asp.Code, asp.Name.In(p.lang), p.dec(r.Aspects[weakest].String()))

	pl := s.toPemdiMemuaskan
	memuaskan, _ := fw.Threshold(spbe.Memuaskan)
	p.wrapf(p.t("Kenaikan paling sedikit menuju Memuaskan (≥ %s), paling banyak %d level per indikator per tahun; indikator dari evaluasi lain tidak diubah:",
		"The fewest raises to Memuaskan (≥ %s), at most %d level per indicator per year; indicators valued by other evaluations left as they are:"),
		p.dec(memuaskan.Format(2)), maxRaise)
	writePlanSteps(p, pl)
}

// bandChanges writes where each predikat of fw above the lowest begins,
// beside where it began under old: "Memuaskan mulai 4,00 (dulu 4,20)".
func bandChanges(p *printer, old, fw *spbe.Framework) string {
	bands := fw.Bands()
	var parts []string
	for i := len(bands) - 1; i > 0; i-- {
		b := bands[i]
		from, _ := fw.Threshold(b.Predicate)
		was, ok := old.Threshold(b.Predicate)
		switch {
		case !ok:
			parts = append(parts, p.t(fmt.Sprintf("%s mulai %s (baru)", b.Predicate, p.dec(from.Format(2))),
				fmt.Sprintf("%s from %s (new)", b.Predicate, p.dec(from.Format(2)))))
		case was.Cmp(from) == 0:
			parts = append(parts, p.t(fmt.Sprintf("%s tetap mulai %s", b.Predicate, p.dec(from.Format(2))),
				fmt.Sprintf("%s still from %s", b.Predicate, p.dec(from.Format(2)))))
		default:
			parts = append(parts, p.t(fmt.Sprintf("%s mulai %s (dulu %s)", b.Predicate, p.dec(from.Format(2)), p.dec(was.Format(2))),
				fmt.Sprintf("%s from %s (formerly %s)", b.Predicate, p.dec(from.Format(2)), p.dec(was.Format(2)))))
		}
	}
	return p.t("predikat ", "predikat ") + strings.Join(parts, ", ")
}
