package chart

import (
	"math"
	"strconv"
	"strings"

	"github.com/kotacerdas/smartcity"
)

// Limits of a radar chart: fewer than three axes make no polygon, more than
// twelve make labels collide, more than two series hide each other.
const (
	MinAxes      = 3  // fewest axes
	MaxAxes      = 12 // most axes
	MaxSeries    = 2  // most series
	MaxRings     = 10 // most grid rings
	MaxAxisLines = 3  // most lines an axis label may wrap onto
	DefaultRings = 5  // grid rings when Radar.Rings is 0: 1..5 on the SPBE scale
)

// Layout of a radar chart, in SVG user units (pixels).
const (
	radarWidth   = 680
	radarHeight  = 510
	radarCX      = 340.0
	radarCY      = 240.0
	radarRadius  = 160.0
	radarLabelAt = radarRadius + 14 // axis labels sit outside the outer ring
	radarLegendY = 454
	radarAxisMax = 260               // the widest an axis label's line grows where there is room
	radarLineGap = 14                // baseline to baseline of a wrapped axis label
	radarAxisTop = 44                // highest baseline of an axis label, clear of the title
	radarAxisEnd = radarLegendY - 12 // lowest baseline of an axis label, clear of the legend
	radarValueAt = 7                 // a value's distance from its marker, across the spoke
)

// seriesColours holds the colour of each radar series, in order; it is
// never written to.
var seriesColours = [MaxSeries]string{Blue, Vermillion}

// Series is one set of values on a radar chart, one per axis, such as a
// region's four SPBE domain indices for a year.
type Series struct {
	Name   string    // shown in the legend, such as "Kab. Rembang 2024"
	Values []float64 // one per axis, in the order of Radar.Axes
}

// Radar is a radar (spider) chart of values on a common scale from 0 to
// Max, one axis per dimension, with the first axis pointing up and the
// rest following clockwise.
type Radar struct {
	Title string   // the chart's accessible name and heading; required
	Axes  []string // MinAxes..MaxAxes axis labels, such as "D1 Kebijakan"
	Max   float64  // the top of the scale, such as 5; finite and above 0
	Rings int      // grid rings, labelled Max/Rings apart; 0 means DefaultRings
	// Lang writes the values, the ring values and the description's
	// values in its separators: "4,40" in Indonesian (the zero Lang),
	// "4.40" in English.
	Lang smartcity.Lang
	// AxisLines is how many lines a long axis label may wrap onto, at
	// spaces, before the rest is shortened with an ellipsis — "A7
	// Kepuasan Pengguna Layanan Digital Pemerintah" needs three; 1..
	// MaxAxisLines, and 0 means 2. A label takes the width the chart
	// leaves it beside its spoke, and wraps onto fewer lines where the
	// title or the legend leaves no room.
	AxisLines int
	Series    []Series // 1..MaxSeries series, each named, each with one value per axis
}

// axisLines returns the lines an axis label may take, applying the default.
func (r Radar) axisLines() int {
	if r.AxisLines == 0 {
		return 2
	}
	return r.AxisLines
}

// rings returns the number of grid rings, applying the default.
func (r Radar) rings() int {
	if r.Rings == 0 {
		return DefaultRings
	}
	return r.Rings
}

// check reports every problem with r.
func (r Radar) check() error {
	var p problems
	if strings.TrimSpace(r.Title) == "" {
		p.add(ErrInvalid, "title", "empty; a chart needs a name")
	}
	if n := len(r.Axes); n < MinAxes || n > MaxAxes {
		p.add(ErrInvalid, "axes", strconv.Itoa(n)+" axes, want "+strconv.Itoa(MinAxes)+".."+strconv.Itoa(MaxAxes))
	}
	for i, a := range r.Axes {
		if strings.TrimSpace(a) == "" {
			p.add(ErrInvalid, "axes["+strconv.Itoa(i)+"]", "empty label")
		}
	}
	switch {
	case !finite(r.Max):
		p.add(ErrNotFinite, "max", "scale top "+strconv.FormatFloat(r.Max, 'g', -1, 64))
	case r.Max <= 0:
		p.add(ErrInvalid, "max", "scale top "+strconv.FormatFloat(r.Max, 'g', -1, 64)+", want above 0")
	}
	if r.AxisLines < 0 || r.AxisLines > MaxAxisLines {
		p.add(ErrInvalid, "axis_lines", strconv.Itoa(r.AxisLines)+" lines, want 1.."+strconv.Itoa(MaxAxisLines)+" (0 for 2)")
	}
	if r.Rings < 0 || r.Rings > MaxRings {
		p.add(ErrInvalid, "rings", strconv.Itoa(r.Rings)+" rings, want 1.."+strconv.Itoa(MaxRings)+" (0 for "+strconv.Itoa(DefaultRings)+")")
	}
	if n := len(r.Series); n < 1 || n > MaxSeries {
		p.add(ErrInvalid, "series", strconv.Itoa(n)+" series, want 1.."+strconv.Itoa(MaxSeries))
	}
	for i, s := range r.Series {
		field := "series[" + strconv.Itoa(i) + "]"
		if strings.TrimSpace(s.Name) == "" {
			p.add(ErrInvalid, field+".name", "empty; the legend needs it")
		}
		if len(s.Values) != len(r.Axes) {
			p.add(ErrInvalid, field+".values", strconv.Itoa(len(s.Values))+" values for "+strconv.Itoa(len(r.Axes))+" axes")
		}
		for j, v := range s.Values {
			if !finite(v) {
				p.add(ErrNotFinite, field+".values["+strconv.Itoa(j)+"]", strconv.FormatFloat(v, 'g', -1, 64))
			}
		}
	}
	return p.err()
}

// spoke returns the point at distance d from the centre along axis i of n.
// The explicit float64 conversions keep the compiler from fusing
// multiply-adds, which would change the last bits on some platforms and so
// the bytes of the output.
func spoke(i, n int, d float64) (x, y float64) {
	a := float64(2*math.Pi*float64(i)/float64(n)) - math.Pi/2
	return radarCX + float64(d*math.Cos(a)), radarCY + float64(d*math.Sin(a))
}

// clamp limits v to 0..top.
func clamp(v, top float64) float64 { return min(max(v, 0), top) }

// SVG draws the chart as a standalone SVG document. It fails, listing every
// problem, when the chart has no title, fewer than MinAxes or more than
// MaxAxes axes, AxisLines or Rings out of range, no series or more than
// MaxSeries, a series without a name or with a value count other than the
// axis count, or a NaN or infinite value or Max. Values below 0 are drawn at the centre and values above Max
// on the outer ring; the description and tooltips give them as given.
func (r Radar) SVG() ([]byte, error) {
	if err := r.check(); err != nil {
		return nil, err
	}
	n := len(r.Axes)
	var c canvas
	c.begin(radarWidth, radarHeight, r.Title, r.describe())
	c.text(radarWidth/2, titleY, 16, "middle", ` font-weight="bold"`, fit(r.Title, radarWidth-2*margin, 16*boldScale))

	// Grid: rings and spokes; the ring values come after the series.
	rings := r.rings()
	c.WriteString(`<g fill="none" stroke="` + gridColour + `" stroke-width="1">` + "\n")
	xs, ys := make([]float64, n), make([]float64, n)
	for k := 1; k <= rings; k++ {
		for i := range n {
			xs[i], ys[i] = spoke(i, n, radarRadius*float64(k)/float64(rings))
		}
		c.WriteString(`<polygon points="` + points(xs, ys) + `"/>` + "\n")
	}
	for i := range n {
		x, y := spoke(i, n, radarRadius)
		c.WriteString(`<line x1="` + num(radarCX) + `" y1="` + num(radarCY) + `" x2="` + num(x) + `" y2="` + num(y) + `"/>` + "\n")
	}
	c.WriteString("</g>\n")

	// Axis labels, outside the outer ring, anchored away from the centre,
	// each as wide as the chart leaves it on its side.
	for i, text := range r.Axes {
		x, y := spoke(i, n, radarLabelAt)
		dx, dy := x-radarCX, y-radarCY
		anchor, room := "middle", 2*min(x-margin, radarWidth-margin-x)
		switch {
		case dx > 1:
			anchor, room = "start", radarWidth-margin-x
		case dx < -1:
			anchor, room = "end", x-margin
		}
		room = min(room, radarAxisMax)
		// The lines of a label grow away from the ring: upward above it,
		// downward below it, both ways level with the centre.
		var lines []string
		switch {
		case dy < -1:
			y -= 2 // above the ring: the last baseline just outside it
			lines = fitLines(text, room, 12, min(r.axisLines(), 1+int((y-radarAxisTop)/radarLineGap)))
			y -= float64(radarLineGap * (len(lines) - 1))
		case dy > 1:
			y += 12 // below the ring: the text hangs under it
			lines = fitLines(text, room, 12, min(r.axisLines(), 1+int((radarAxisEnd-y)/radarLineGap)))
		default:
			y += 4 // level with the centre: centre the text on the spoke
			lines = fitLines(text, room, 12, r.axisLines())
			y -= float64(radarLineGap*(len(lines)-1)) / 2
		}
		label(&c, x, y, 12, anchor, "", lines, radarLineGap)
	}

	// Series, then the legend.
	texts := r.texts()
	for si, s := range r.Series {
		colour := seriesColours[si]
		for i, v := range s.Values {
			xs[i], ys[i] = spoke(i, n, radarRadius*clamp(v, r.Max)/r.Max)
		}
		c.WriteString(`<g fill="` + colour + `" stroke="` + colour + `">` + "\n")
		c.WriteString(`<polygon points="` + points(xs, ys) + `" fill-opacity="0.2" stroke-width="2"/>` + "\n")
		for i := range s.Values {
			c.WriteString(marker(si, xs[i], ys[i]) + "<title>" + esc(s.Name+" — "+r.Axes[i]+": "+texts[si][i]) + "</title>" + markerEnd(si) + "\n")
		}
		c.WriteString("</g>\n")

		y := float64(radarLegendY + 22*si)
		c.WriteString(`<line x1="24" y1="` + num(y) + `" x2="56" y2="` + num(y) + `" stroke="` + colour + `" stroke-width="2"/>` + "\n")
		c.WriteString(`<g fill="` + colour + `">` + marker(si, 40, y) + markerEnd(si) + "</g>\n")
		c.text(64, y+4, 12, "start", "", fit(s.Name, radarWidth-margin-64, 12))
	}
	// Ring values on the bisector of the last axis and the first, clear of
	// the values, and the values beside their markers: the first series on
	// the clockwise side of the spoke, the second on the other. Both have
	// a white halo so that no line or fill hides them.
	c.WriteString(`<g fill="` + mutedColour + `" stroke="#FFFFFF" stroke-width="3" paint-order="stroke">` + "\n")
	for k := 1; k <= rings; k++ {
		x, y := spoke(2*n-1, 2*n, radarRadius*math.Cos(math.Pi/float64(n))*float64(k)/float64(rings))
		c.text(x, y+4, 11, "middle", "", tick(r.Lang, r.Max*float64(k)/float64(rings)))
	}
	c.WriteString("</g>\n")
	c.WriteString(`<g stroke="#FFFFFF" stroke-width="3" paint-order="stroke" font-weight="bold">` + "\n")
	for si, s := range r.Series {
		side := 1.0
		if si == 1 {
			side = -1
		}
		for i, v := range s.Values {
			x, y := spoke(i, n, radarRadius*clamp(v, r.Max)/r.Max)
			a := float64(2*math.Pi*float64(i)/float64(n)) - math.Pi/2
			ux, uy := -side*math.Sin(a), side*math.Cos(a) // across the spoke
			anchor := "middle"
			switch {
			case ux > 0.3:
				anchor = "start"
			case ux < -0.3:
				anchor = "end"
			}
			c.text(x+float64(radarValueAt*ux), y+float64(radarValueAt*uy)+4+float64(6*uy), 11, anchor, ` fill="`+seriesColours[si]+`"`, texts[si][i])
		}
	}
	c.WriteString("</g>\n")
	c.end()
	return c.Bytes(), nil
}

// marker opens the point marker of series si at (x, y): a circle for the
// first series, a square for the second, so that shape tells them apart
// without colour. markerEnd closes it.
func marker(si int, x, y float64) string {
	if si == 0 {
		return `<circle cx="` + num(x) + `" cy="` + num(y) + `" r="4">`
	}
	return `<rect x="` + num(x-4) + `" y="` + num(y-4) + `" width="8" height="8">`
}

// markerEnd closes the element marker opened.
func markerEnd(si int) string {
	if si == 0 {
		return "</circle>"
	}
	return "</rect>"
}

// texts returns each series' values as written: two decimals in the
// chart's language.
func (r Radar) texts() [][]string {
	out := make([][]string, len(r.Series))
	for si, s := range r.Series {
		out[si] = make([]string, len(s.Values))
		for i, v := range s.Values {
			out[si][i] = value(r.Lang, v, 2)
		}
	}
	return out
}

// describe writes the data as text, for readers who cannot see the chart:
// "Kab. Rembang 2024: D1 4.40, D2 3.70, …; Kab. Sumedang 2024: …". It uses
// no words of its own, so it reads the same in any language.
func (r Radar) describe() string {
	var b strings.Builder
	texts := r.texts()
	for si, s := range r.Series {
		if si > 0 {
			b.WriteString("; ")
		}
		b.WriteString(s.Name + ": ")
		for i := range s.Values {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(r.Axes[i] + " " + texts[si][i])
		}
	}
	b.WriteString(".")
	return b.String()
}
