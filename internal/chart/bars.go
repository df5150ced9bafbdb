package chart

import (
	"strconv"
	"strings"

	"github.com/kotacerdas/smartcity"
)

// MaxCategories is the most categories a bar chart shows side by side.
const MaxCategories = 24

// Layout of a bar chart, in SVG user units (pixels).
const (
	barsWidth     = 680 // the narrowest chart; more categories widen it
	barsPlotH     = 240 // the height of the value axis
	barsGap       = 20  // between two categories
	barsMaxBarW   = 48  // the widest bar
	barsLabelGap  = 14  // baseline to baseline of a wrapped category label
	barsLabelRows = 3   // most lines of a category label
	barsMaxGroupW = 200 // the widest a group grows for its label
)

// Bars is a chart of grouped vertical bars: one group per category, one
// bar per series in each, with the value written above each bar. It sets
// domains or aspects of an assessment beside their target and a peer.
type Bars struct {
	Title      string   // the chart's accessible name and heading; required
	Categories []string // 1..MaxCategories labels, such as "D1 Kebijakan Internal SPBE"
	// Series are 1..MaxBarSeries sets of values, one per category: the
	// first drawn solid blue, the second orange and outlined, the third
	// hatched.
	Series     []Series
	Max        float64        // top of the value axis, such as 5; 0 fits the axis to the values
	Ticks      int            // grid lines above 0; 0 picks them
	ValueLabel string         // the value axis's title, such as "Indeks (0–5)"; "" for none
	Places     int            // decimals of the values written on the bars, 0..4
	Lang       smartcity.Lang // separators of the numbers written
}

// check reports every problem with b.
func (b Bars) check() error {
	var p problems
	checkTitle(&p, b.Title)
	if n := len(b.Categories); n < 1 || n > MaxCategories {
		p.add(ErrInvalid, "categories", strconv.Itoa(n)+" categories, want 1.."+strconv.Itoa(MaxCategories))
	}
	checkLabels(&p, "categories", b.Categories)
	checkSeries(&p, b.Series, MaxBarSeries, len(b.Categories), "categories")
	checkScale(&p, b.Max)
	checkPlaces(&p, b.Places)
	return p.err()
}

// checkSeries records the problems of a chart's series: their number,
// names, value counts and values.
func checkSeries(p *problems, series []Series, most, n int, of string) {
	if k := len(series); k < 1 || k > most {
		p.add(ErrInvalid, "series", strconv.Itoa(k)+" series, want 1.."+strconv.Itoa(most))
	}
	for i, s := range series {
		field := "series[" + strconv.Itoa(i) + "]"
		if strings.TrimSpace(s.Name) == "" {
			p.add(ErrInvalid, field+".name", "empty; the legend needs it")
		}
		if len(s.Values) != n {
			p.add(ErrInvalid, field+".values", strconv.Itoa(len(s.Values))+" values for "+strconv.Itoa(n)+" "+of)
		}
		checkValues(p, field+".values", s.Values)
	}
}

// checkPlaces records a problem for decimals outside 0..4.
func checkPlaces(p *problems, places int) {
	if places < 0 || places > 4 {
		p.add(ErrInvalid, "places", strconv.Itoa(places)+" decimals, want 0..4")
	}
}

// values yields every value of the series.
func seriesValues(series []Series) func(func(float64) bool) {
	return func(yield func(float64) bool) {
		for _, s := range series {
			for _, v := range s.Values {
				if !yield(v) {
					return
				}
			}
		}
	}
}

// SVG draws the chart as a standalone SVG document. It fails, listing every
// problem, when the chart has no title, no categories or more than
// MaxCategories, an empty category label, no series or more than
// MaxBarSeries, a series without a name or with a value count other than
// the category count, a NaN or infinite value or Max, a negative Max, or
// Places outside 0..4. A value below 0 is drawn as no bar and one above
// Max reaches the top of the axis; the number written is the value given.
func (b Bars) SVG() ([]byte, error) {
	if err := b.check(); err != nil {
		return nil, err
	}
	sc := scaleFor(b.Max, b.Ticks, seriesValues(b.Series))
	k := len(b.Series)
	names := make([]string, k)
	texts := make([][]string, k)
	barW := 22.0 // room for the widest value written above a bar
	for i, s := range b.Series {
		names[i] = s.Name
		texts[i] = make([]string, len(s.Values))
		for j, v := range s.Values {
			texts[i][j] = value(b.Lang, v, b.Places)
			barW = max(barW, textWidth(texts[i][j], 11)+4)
		}
	}
	tickW := 0.0
	for _, t := range sc.ticks() {
		tickW = max(tickW, textWidth(tick(b.Lang, t), 11))
	}
	left := float64(margin) + tickW + 8
	if b.ValueLabel != "" {
		left += 20
	}
	n := len(b.Categories)
	// A group is wide enough for its bars and, up to barsMaxGroupW, for
	// its label on barsLabelRows lines without an ellipsis.
	groupW := max(float64(k)*barW+barsGap, 96)
	for _, cat := range b.Categories {
		groupW = max(groupW, widthFor(cat, 12, barsLabelRows, groupW-6, barsMaxGroupW-6)+6)
	}
	width := max(barsWidth, int(left+float64(n)*groupW)+margin)
	groupW = (float64(width-margin) - left) / float64(n)
	barW = min((groupW-barsGap)/float64(k), barsMaxBarW)

	top := legend(nil, margin, headY, float64(width-2*margin), names, nil) + 28
	bottom := top + barsPlotH
	labels := make([][]string, n)
	rows := 1
	for j, cat := range b.Categories {
		labels[j] = fitLines(cat, groupW-6, 12, barsLabelRows)
		rows = max(rows, len(labels[j]))
	}
	height := int(bottom) + 20 + barsLabelGap*(rows-1) + margin

	var c canvas
	c.begin(width, height, b.Title, b.describe(texts))
	c.WriteString(hatchDefs)
	c.heading(width, b.Title)
	legend(&c, margin, headY, float64(width-2*margin), names, barStyles[:k])
	valueAxis(&c, b.Lang, sc, left, float64(width-margin), top, bottom, b.ValueLabel)
	for j := range b.Categories {
		x0 := left + groupW*float64(j) + (groupW-barW*float64(k))/2
		for i, s := range b.Series {
			v := s.Values[j]
			h := sc.at(v) * barsPlotH
			x := x0 + barW*float64(i)
			c.WriteString("<g><title>" + esc(s.Name+" — "+b.Categories[j]+": "+texts[i][j]) + "</title>")
			rect(&c, x+1, bottom-h, barW-2, h, barStyles[i])
			c.WriteString("</g>\n")
			c.text(x+barW/2, bottom-h-4, 11, "middle", "", texts[i][j])
		}
		label(&c, left+groupW*(float64(j)+0.5), bottom+18, 12, "middle", "", labels[j], barsLabelGap)
	}
	c.end()
	return c.Bytes(), nil
}

// describe writes the data as text for readers who cannot see the chart:
// "Kab. Rembang 2024: D1 4,40, D2 3,70; Target: …".
func (b Bars) describe(texts [][]string) string { return describeSeries(b.Series, b.Categories, texts) }

// describeSeries writes series of values, each said as texts says it, by
// the names of their categories or points: "Kab. Rembang: 2023 3,64, 2024
// 3,99; Target: …".
func describeSeries(series []Series, names []string, texts [][]string) string {
	var d strings.Builder
	for i, s := range series {
		if i > 0 {
			d.WriteString("; ")
		}
		d.WriteString(s.Name + ": ")
		for j := range s.Values {
			if j > 0 {
				d.WriteString(", ")
			}
			d.WriteString(names[j] + " " + texts[i][j])
		}
	}
	d.WriteString(".")
	return d.String()
}
