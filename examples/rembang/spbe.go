package main

import (
	"fmt"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/spbe"
)

// figure is an SPBE index known only as a published figure: the indicator
// levels behind it are not available, so it cannot be scored or compared
// indicator by indicator.
type figure struct {
	year  int
	index string // as published, "2.76"
}

// published2021 are the results of the 2021 evaluation, the last before the
// MoU: Rembang 2.76 and Sumedang, the example it learns from, 3.52.
func published2021() (rembang, sumedang figure) {
	return figure{2021, "2.76"}, figure{2021, "3.52"}
}

// nationalIndex is the national Indeks SPBE of the official reports: a
// figure of its own, not the plain mean of the published rows.
func nationalIndex() []figure {
	return []figure{{2023, "2.79"}, {2024, "3.12"}}
}

// writeSPBE prints Rembang's SPBE index over the years beside Sumedang's,
// and the domains of 2023 and 2024.
func writeSPBE(p *printer, s *story) {
	t := p.table()
	t.row(p.t("Tahun", "Year"), "Rembang", "", "Sumedang")
	r21, s21 := published2021()
	t.row(fmt.Sprint(r21.year), p.dec(r21.index), publishedPredicate(r21.year, r21.index),
		p.dec(s21.index), publishedPredicate(s21.year, s21.index),
		p.t("angka terbit, tanpa level indikator", "published figures, no indicator levels"))
	for _, pair := range [][2]spbe.Scored{{s.rembang2023, s.sumedang2023}, {s.rembang2024, s.sumedang2024}} {
		r, m := pair[0].Result, pair[1].Result
		t.row(fmt.Sprint(pair[0].Year), p.dec(r.Index.String()), r.Predicate.String(),
			p.dec(m.Index.String()), m.Predicate.String(), p.t("level direkonstruksi", "levels reconstructed"))
	}
	t.flush()
	p.say("Level per indikator 2023 dan 2024 direkonstruksi: satu susunan level yang menghasilkan\n"+
		"nilai domain, indeks dan predikat resmi persis; level resmi tidak dipublikasikan.\n",
		"The 2023 and 2024 indicator levels are reconstructed: one set of levels that reproduces the\n"+
			"official domain values, index and predikat exactly; the official levels are not published.\n")
	var nat []any
	for _, n := range nationalIndex() {
		nat = append(nat, p.dec(n.index), n.year)
	}
	p.say("Indeks nasional: %s (%d), %s (%d), angka terbit.\n", "National index: %s (%d), %s (%d), as published.\n", nat...)

	p.printf("\n")
	fw := s.rembang2024.Result.Framework
	t = p.table()
	t.row("Domain", "Rembang 2023", "2024", "Δ", "Sumedang 2024", p.t("Selisih", "Difference"))
	for d, dom := range fw.Domains() {
		g, c := s.growth.Domains[d], s.gap.Domains[d]
		t.row(dom.Code+" "+dom.Name.In(p.lang), p.dec(g.From.String()), p.dec(g.To.String()), p.signed(g.Delta.String()),
			p.dec(c.From.String()), p.signed(c.Delta.String()))
	}
	g, c := s.growth.Index, s.gap.Index
	t.row(p.t("Indeks SPBE", "SPBE index"), p.dec(g.From.String()), p.dec(g.To.String()), p.signed(g.Delta.String()),
		p.dec(c.From.String()), p.signed(c.Delta.String()))
	t.flush()
	if d, ok := widestGap(s.gap); ok {
		dom := fw.DomainAt(d)
		p.say("Kesenjangan terbesar dengan Sumedang: %s %s (%s).\n", "Widest gap to Sumedang: %s %s (%s).\n",
			dom.Code, dom.Name.In(p.lang), p.signed(s.gap.Domains[d].Delta.String()))
	}
}

// publishedPredicate is the predikat of an index published for year: the
// bands of the year's framework decide it from the figure alone.
func publishedPredicate(year int, index string) string {
	x, err := smartcity.ParseNumber(index)
	fw, ok := spbe.ForYear(year)
	if err != nil || !ok {
		return "?"
	}
	return fw.PredicateOf(x, spbe.Rounded).String()
}

// widestGap returns the position of the domain where the comparison's
// second result trails the first by the most: its most negative
// difference.
func widestGap(c *spbe.Comparison) (int, bool) {
	best := -1
	for d, ch := range c.Domains {
		if ch.Delta.Sign() < 0 && (best < 0 || ch.Delta.Cmp(c.Domains[best].Delta) < 0) {
			best = d
		}
	}
	return best, best >= 0
}
