package chart

import (
	"strconv"

	"github.com/kotacerdas/smartcity"
)

// MaxPoints is the most points along a line chart's axis.
const MaxPoints = 40

// Layout of a line chart, in SVG user units (pixels).
const (
	lineWidth = 680 // the narrowest chart; more points widen it
	linePlotH = 220 // the height of the value axis
	lineMinX  = 56  // the least room between two points
)

// Line is a chart of values over an axis of labelled points, such as an
// index over the years: one line per series, a marker at each point with
// its value written beside it.
type Line struct {
	Title  string   // the chart's accessible name and heading; required
	Points []string // 1..MaxPoints labels along the axis, such as "2022", "2023", "2024"
	// Series are 1..MaxSeries sets of values, one per point: the first
	// drawn blue with round markers, the second vermillion with square
	// ones and a dashed line.
	Series     []Series
	Max        float64        // top of the value axis, such as 5; 0 fits the axis to the values
	Ticks      int            // grid lines above 0; 0 picks them
	ValueLabel string         // the value axis's title, such as "Indeks SPBE"; "" for none
	Places     int            // decimals of the values written, 0..4
	Lang       smartcity.Lang // separators of the numbers written
}

// check reports every problem with l.
func (l Line) check() error {
	var p problems
	checkTitle(&p, l.Title)
	if n := len(l.Points); n < 1 || n > MaxPoints {
		p.add(ErrInvalid, "points", strconv.Itoa(n)+" points, want 1.."+strconv.Itoa(MaxPoints))
	}
	checkLabels(&p, "points", l.Points)
	checkSeries(&p, l.Series, MaxSeries, len(l.Points), "points")
	checkScale(&p, l.Max)
	checkPlaces(&p, l.Places)
	return p.err()
}

// SVG draws the chart as a standalone SVG document. It fails, listing every
// problem, when the chart has no title, no points or more than MaxPoints,
// an empty point label, no series or more than MaxSeries, a series without
// a name or with a value count other than the point count, a NaN or
// infinite value or Max, a negative Max, or Places outside 0..4. A value
// below 0 is drawn on the zero line and one above Max on the top line; the
// number written is the value given.
func (l Line) SVG() ([]byte, error) {
	if err := l.check(); err != nil {
		return nil, err
	}
	sc := scaleFor(l.Max, l.Ticks, seriesValues(l.Series))
	names := make([]string, len(l.Series))
	texts := make([][]string, len(l.Series))
	step := float64(lineMinX)
	for i, s := range l.Series {
		names[i] = s.Name
		texts[i] = make([]string, len(s.Values))
		for j, v := range s.Values {
			texts[i][j] = value(l.Lang, v, l.Places)
			step = max(step, textWidth(texts[i][j], 11)+12)
		}
	}
	for _, p := range l.Points {
		step = max(step, min(textWidth(p, 12)+12, 160))
	}
	tickW := 0.0
	for _, t := range sc.ticks() {
		tickW = max(tickW, textWidth(tick(l.Lang, t), 11))
	}
	left := float64(margin) + tickW + 8
	if l.ValueLabel != "" {
		left += 20
	}
	n := len(l.Points)
	width := max(lineWidth, int(left+step*float64(n))+margin)
	step = (float64(width-margin) - left) / float64(n)
	styles := []string{`fill="` + Blue + `"`, `fill="` + Vermillion + `"`}
	top := legend(nil, margin, headY, float64(width-2*margin), names, styles) + 34
	bottom := top + linePlotH
	height := int(bottom) + 24 + margin

	var c canvas
	c.begin(width, height, l.Title, l.describe(texts))
	c.heading(width, l.Title)
	legend(&c, margin, headY, float64(width-2*margin), names, styles)
	valueAxis(&c, l.Lang, sc, left, float64(width-margin), top, bottom, l.ValueLabel)
	xAt := func(j int) float64 { return left + step*(float64(j)+0.5) }
	yAt := func(v float64) float64 { return bottom - sc.at(v)*linePlotH }
	for j, p := range l.Points {
		c.text(xAt(j), bottom+18, 12, "middle", "", fit(p, step-4, 12))
	}
	for i, s := range l.Series {
		colour := seriesColours[i]
		xs, ys := make([]float64, n), make([]float64, n)
		for j, v := range s.Values {
			xs[j], ys[j] = xAt(j), yAt(v)
		}
		dash := ""
		if i == 1 {
			dash = ` stroke-dasharray="6 4"`
		}
		c.WriteString(`<polyline points="` + points(xs, ys) + `" fill="none" stroke="` + colour + `" stroke-width="2"` + dash + "/>\n")
		c.WriteString(`<g fill="` + colour + `">` + "\n")
		for j := range s.Values {
			c.WriteString(marker(i, xs[j], ys[j]) + "<title>" + esc(s.Name+" — "+l.Points[j]+": "+texts[i][j]) + "</title>" + markerEnd(i) + "\n")
		}
		c.WriteString("</g>\n")
	}
	// Values over the lines, with a white halo: above the point, or below
	// it for the lower of two series.
	c.WriteString(`<g stroke="#FFFFFF" stroke-width="3" paint-order="stroke">` + "\n")
	for i, s := range l.Series {
		for j, v := range s.Values {
			y := yAt(v) - 9
			if len(l.Series) == 2 && v < l.Series[1-i].Values[j] {
				y = yAt(v) + 19
			}
			c.text(xAt(j), y, 11, "middle", ` fill="`+Black+`"`, texts[i][j])
		}
	}
	c.WriteString("</g>\n")
	c.end()
	return c.Bytes(), nil
}

// describe writes the data as text: "Kab. Rembang: 2023 3,64, 2024 3,99."
func (l Line) describe(texts [][]string) string { return describeSeries(l.Series, l.Points, texts) }
