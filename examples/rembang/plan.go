package main

import (
	"fmt"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/spbe"
)

// writeSPBEPlan prints the fewest one-level raises that take Rembang from
// its 2024 levels to Memuaskan by planYear, and what matching Sumedang's
// levels would take.
func writeSPBEPlan(p *printer, s *story) {
	pl := s.toMemuaskan
	memuaskan, _ := pl.Framework.Threshold(spbe.Memuaskan)
	p.say("Dari level %d (rekonstruksi), paling banyak %d level per indikator per tahun, dalam %s\n(evaluasi terakhir menurut 59/2020), kenaikan paling sedikit menuju Memuaskan (indeks ≥ %s):\n",
		"From the %d levels (reconstructed), at most %d level per indicator per year, within %s\n(the last evaluation under 59/2020), the fewest raises to Memuaskan (index ≥ %s):\n",
		s.rembang2024.Year, maxRaise, yearSpan(pl.FirstYear, pl.FirstYear+pl.Years-1), p.dec(memuaskan.Format(2)))
	writePlanSteps(p, pl)
	fw := pl.Framework
	if len(pl.Steps) > 0 {
		heaviest, _ := fw.Indicator(pl.Steps[0].Indicator)
		p.say("Indikator terberat naik dulu: tiap level di sini menambah %s pada indeks.\n",
			"The heaviest indicators rise first: each level here adds %s to the index.\n",
			p.dec(smartcity.NewNumber(heaviest.WeightBP, spbe.WeightTotal).Format(4)))
	}
	if ps := s.toSumedang; ps != nil {
		p.say("Menyamai level Sumedang %d di tiap indikator: %d kenaikan, selesai %d, indeks %s.\n",
			"Matching Sumedang's %d level on every indicator: %d raises, done in %d, index %s.\n",
			s.sumedang2024.Year, ps.Raises(), ps.LastYear(), p.dec(ps.To.String()))
	}
}

// yearSpan writes the years from first to last: "2025", "2025–2026".
func yearSpan(first, last int) string {
	if first == last {
		return fmt.Sprint(first)
	}
	return fmt.Sprintf("%d–%d", first, last)
}

// writePlanSteps prints where a plan to a predikat starts and ends, and
// its raises year by year.
func writePlanSteps(p *printer, pl *spbe.Plan) {
	head := fmt.Sprintf("%s %s → %s %s", p.dec(pl.From.String()), pl.FromPredicate, p.dec(pl.To.String()), pl.ToPredicate)
	if pl.Reached {
		p.say("%s: tercapai pada %d dengan %d kenaikan level\n", "%s: reached in %d with %d level raises\n",
			head, pl.LastYear(), pl.Raises())
	} else {
		p.say("%s: tidak tercapai pada %d; paling tinggi %s\n", "%s: not reached by %d; at best %s\n",
			head, pl.FirstYear+pl.Years-1, p.dec(pl.To.String()))
	}
	fw := pl.Framework
	t := p.table()
	t.row("  "+p.t("Tahun", "Year"), p.t("Indikator", "Indicator"), "Level", p.t("Indeks", "Index"))
	for _, st := range pl.Steps {
		ind, _ := fw.Indicator(st.Indicator)
		t.row(fmt.Sprintf("  %d", st.Year), fmt.Sprintf("%d %s", st.Indicator, ind.Name.In(p.lang)),
			fmt.Sprintf("%d→%d", st.From, st.To), p.dec(st.IndexAfter.String()))
	}
	t.flush()
}
