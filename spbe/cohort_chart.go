package spbe

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/chart"
)

// RankingSVG draws the cohort's ranking as horizontal bars on the
// framework's scale, highest first, each member with its rank, name and
// year and its index written at the end of its bar: the first head
// members, and every member whose instansi is one of highlight (case and
// spacing aside), drawn apart wherever it ranks, a gap in the ranks shown
// as a row of dots. It is the chart an analyst makes of a national year
// to show where the region stands among its peers. head is at least 1, and
// the chart holds at most chart.MaxRanked members (100): the head is
// shortened to leave room for the highlighted ones. Words follow lang and
// numbers its separators; the SVG is standalone and its names escaped.
func (c *Cohort) RankingSVG(lang smartcity.Lang, head int, highlight ...string) ([]byte, error) {
	if c == nil || c.Len() == 0 || c.Framework == nil {
		return nil, fmt.Errorf("spbe: ranking chart of an empty cohort: %w", errNoResult)
	}
	wanted := func(name string) bool {
		for _, h := range highlight {
			if strings.EqualFold(strings.Join(strings.Fields(h), " "), strings.Join(strings.Fields(name), " ")) {
				return true
			}
		}
		return false
	}
	var marked []Ranked
	for _, m := range c.Members() {
		if wanted(m.Instansi) && len(marked) < chart.MaxRanked-1 {
			marked = append(marked, m)
		}
	}
	head = min(max(head, 1), chart.MaxRanked-len(marked))
	fw := c.Framework
	r := chart.Ranking{
		Title:      fmt.Sprintf(wRankingTitle.in(lang), fw.IndexName().In(lang), c.Len()),
		Max:        float64(fw.MaxLevel()),
		Ticks:      int(fw.MaxLevel()),
		ValueLabel: fmt.Sprintf(wBarsAxis.in(lang), fw.IndexName().In(lang), fw.MaxLevel()),
		Places:     2,
		Lang:       lang,
	}
	add := func(m Ranked, mark bool) {
		label := m.Instansi
		if m.Year != 0 {
			label += " " + strconv.Itoa(m.Year)
		}
		r.Members = append(r.Members, chart.Ranked{Label: label, Value: m.Index.Float64(), Rank: m.Rank, Highlight: mark})
	}
	shown := 0
	for _, m := range c.Members() {
		if shown == head {
			break
		}
		if !wanted(m.Instansi) {
			add(m, false)
		}
		shown++
	}
	for _, m := range marked {
		add(m, true)
	}
	svg, err := r.SVG()
	if err != nil {
		return nil, fmt.Errorf("spbe: ranking chart of framework %s: %w", fw.ID(), err)
	}
	return svg, nil
}
