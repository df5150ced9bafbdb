package spbe

import (
	"fmt"
	"strings"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/chart"
	"github.com/kotacerdas/smartcity/internal/escape"
)

// BarsSVG draws the indices of the parts right under the index of s — its
// domains, or its aspects under a framework without domains such as the
// Indeks Pemerintah Digital — as grouped bars on the framework's scale
// (0–5), with the value written on each bar, beside opt.Target's index
// (the least index that meets it, the same for every part) and
// opt.Compare's indices when they are set: what an analyst sets before a
// Bupati to show where the region stands, where it must get to and where
// its peer already is. Words follow opt.Lang and numbers its separators;
// the SVG is standalone, its labels escaped, and byte-for-byte the same
// for the same input.
//
// The comparison must be of the same framework (ErrFrameworkMismatch), and
// s must hold a result ("no result to report" otherwise). A target that
// no index on the scale meets, or that sets no index (a level profile
// alone), draws no target bars.
func BarsSVG(s Scored, opt ReportOptions) ([]byte, error) {
	if err := s.check("bar chart of"); err != nil {
		return nil, err
	}
	fw, lang := s.Result.Framework, opt.Lang
	labels := []string{titleName(s)}
	if c := opt.Compare; c != nil {
		if err := c.check("comparison with"); err != nil {
			return nil, err
		}
		if c.Result.Framework.ID() != fw.ID() {
			return nil, fmt.Errorf("spbe: cannot chart %s (%s) with %s (%s): %w",
				escape.Quote(s.label()), fw.ID(), escape.Quote(c.label()), c.Result.Framework.ID(), ErrFrameworkMismatch)
		}
		labels = append(labels, titleName(*c))
	}
	b := chart.Bars{
		Title:      fmt.Sprintf(wRadarTitle.framed(fw).in(lang), strings.Join(labels, wRadarAnd.in(lang))),
		Max:        float64(fw.MaxLevel()),
		Ticks:      int(fw.MaxLevel()),
		ValueLabel: fmt.Sprintf(wBarsAxis.in(lang), fw.IndexName().In(lang), fw.MaxLevel()),
		Places:     2,
		Lang:       lang,
	}
	for _, p := range topParts(fw) {
		b.Categories = append(b.Categories, p.code+" "+p.name.In(lang))
	}
	b.Series = append(b.Series, barSeries(lang, s))
	if goal, ok := targetIndex(fw, opt.Target, opt.Plan.Basis.or(s.Result.Basis)); ok {
		values := make([]float64, len(b.Categories))
		for k := range values {
			values[k] = goal.Float64()
		}
		b.Series = append(b.Series, chart.Series{Name: targetName(fw, opt.Target, lang, goal), Values: values})
	}
	if c := opt.Compare; c != nil {
		b.Series = append(b.Series, barSeries(lang, *c))
	}
	svg, err := b.SVG()
	if err != nil {
		return nil, fmt.Errorf("spbe: bar chart of framework %s: %w", fw.ID(), err)
	}
	return svg, nil
}

// barSeries is the series of one result: its parts' indices, named by its
// instansi, year and index, as on the radar.
func barSeries(lang smartcity.Lang, s Scored) chart.Series {
	indices := topIndices(s.Result)
	values := make([]float64, len(indices))
	for k, x := range indices {
		values[k] = x.Float64()
	}
	return chart.Series{Name: fmt.Sprintf(wRadarSeries.in(lang), s.label(), lang.Decimal(s.Result.Index.Format(2))), Values: values}
}

// targetIndex returns the least index that meets t in fw on basis, and
// whether there is one on the framework's scale.
func targetIndex(fw *Framework, t Target, basis PredicateBasis) (smartcity.Number, bool) {
	if t.isZero() {
		return smartcity.Number{}, false
	}
	need := t.Numerator(fw, basis)
	if need <= 0 || need > int64(fw.MaxLevel())*WeightTotal {
		return smartcity.Number{}, false
	}
	return smartcity.NewNumber(need, WeightTotal), true
}

// targetName names the target series: "Target Memuaskan: 4,20", or
// "Target: 4,20" for an index alone, the predikat glossed in English.
func targetName(fw *Framework, t Target, lang smartcity.Lang, goal smartcity.Number) string {
	var words []string
	if predicates.IsValid(t.Predicate) {
		word := fw.PredicateName(t.Predicate, smartcity.Indonesian)
		if lang == smartcity.English {
			word += " (" + fw.PredicateName(t.Predicate, smartcity.English) + ")"
		}
		words = append(words, word)
	}
	if t.Profile != nil {
		words = append(words, wProfile.in(lang))
	}
	name := wBarsTarget.in(lang)
	if len(words) > 0 {
		name += " " + strings.Join(words, " + ")
	}
	return name + ": " + lang.Decimal(goal.Format(2))
}
