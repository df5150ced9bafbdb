package spbe

import (
	"fmt"
	"strings"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/chart"
	"github.com/kotacerdas/smartcity/internal/escape"
)

// RadarSVG draws the indices of the parts right under the index of one or
// two results as a radar chart on the framework's scale (0–5): one axis
// per domain ("D1 Kebijakan Internal SPBE" …), or, under a framework
// without domains such as the Indeks Pemerintah Digital, one per aspect
// ("A1 Tata Kelola dan Manajemen" … "A7"), a long name wrapped onto
// lines rather than cut. Each series is named by its
// instansi, year and index — Rembang against Sumedang, or one instansi's
// two years. The SVG is standalone, with a viewBox, a title and a
// description, its labels escaped, and byte-for-byte the same for the
// same input.
//
// Both results must be of the same framework (ErrFrameworkMismatch), and
// there must be one or two ("no result to report" otherwise). A framework
// with fewer than three or more than twelve such parts cannot be drawn.
func RadarSVG(lang smartcity.Lang, results ...Scored) ([]byte, error) {
	if len(results) == 0 || len(results) > chart.MaxSeries {
		return nil, fmt.Errorf("spbe: a radar chart shows 1 to %d results, not %d: %w", chart.MaxSeries, len(results), errNoResult)
	}
	for _, s := range results {
		if err := s.check("radar chart of"); err != nil {
			return nil, err
		}
	}
	fw := results[0].Result.Framework
	if len(results) == 2 && results[1].Result.Framework.ID() != fw.ID() {
		return nil, fmt.Errorf("spbe: cannot chart %s (%s) with %s (%s): %w",
			escape.Quote(results[0].label()), fw.ID(), escape.Quote(results[1].label()), results[1].Result.Framework.ID(), ErrFrameworkMismatch)
	}
	r := chart.Radar{
		Max: float64(fw.MaxLevel()), Rings: int(fw.MaxLevel()), AxisLines: chart.MaxAxisLines,
		Lang: lang,
	}
	if r.Rings < 1 || r.Rings > chart.MaxRings {
		r.Rings = 0
	}
	for _, p := range topParts(fw) {
		r.Axes = append(r.Axes, p.code+" "+p.name.In(lang))
	}
	labels := make([]string, len(results))
	for i, s := range results {
		labels[i] = titleName(s)
		name := fmt.Sprintf(wRadarSeries.in(lang), s.label(), lang.Decimal(s.Result.Index.Format(2)))
		indices := topIndices(s.Result)
		values := make([]float64, len(indices))
		for k, x := range indices {
			values[k] = x.Float64()
		}
		r.Series = append(r.Series, chart.Series{Name: name, Values: values})
	}
	r.Title = fmt.Sprintf(wRadarTitle.framed(fw).in(lang), strings.Join(labels, wRadarAnd.in(lang)))
	svg, err := r.SVG()
	if err != nil {
		return nil, fmt.Errorf("spbe: radar chart of framework %s: %w", fw.ID(), err)
	}
	return svg, nil
}

// titleName is the result's label for a chart title, without the word
// "Pemerintah" that begins the name of every regional government, so that
// the title of two results fits the chart.
func titleName(s Scored) string {
	label := s.label()
	if len(label) > len("Pemerintah ") && strings.EqualFold(label[:len("Pemerintah ")], "Pemerintah ") {
		return label[len("Pemerintah "):]
	}
	return label
}
