package chart

import (
	"math"
	"slices"
	"strconv"
	"strings"
)

// Limits of a roadmap: four-digit years on an axis of at most MaxYears
// years, and at most MaxBars bars, which keeps any chart printable.
const (
	MinYear  = 1000 // earliest year on the axis
	MaxYear  = 9999 // latest year on the axis
	MaxYears = 50   // most years on the axis
	MaxBars  = 500  // most bars
)

// Layout of a roadmap, in SVG user units (pixels).
const (
	roadLabelW  = 300 // the column of programme names, at its narrowest
	roadLabelMx = 520 // the widest the column of names grows; a longer name wraps
	roadColW    = 52  // one year
	roadMargin  = 16
	roadTop     = 96 // the first row
	roadRowH    = 24
	roadBarH    = 16
	roadLineH   = 14  // baseline to baseline of a wrapped programme name
	roadMinW    = 480 // room for the legend on a short axis
)

// Default legend entries, words used alike in Indonesian and English
// masterplans.
const (
	DefaultBarLegend       = "Program"   // names plain bars
	DefaultHighlightLegend = "Quick win" // names highlighted bars
)

// Bar is one programme on a roadmap.
type Bar struct {
	Label     string // the programme's name; required
	Group     string // the row group, such as a pillar's name; "" for none
	Start     int    // first year, inclusive
	End       int    // last year, inclusive; not before Start
	Highlight bool   // a quick win, drawn apart from the other bars
}

// Roadmap is a chart of programmes as bars over the years FromYear..ToYear,
// in rows grouped under headings.
type Roadmap struct {
	Title    string // the chart's accessible name and heading; required
	FromYear int    // the first year on the axis
	ToYear   int    // the last year on the axis, inclusive
	Bars     []Bar  // 1..MaxBars bars, each drawn in its group in the order given
	// Groups orders the groups. When empty, groups appear in the order of
	// their first bar, after the bars without a group; otherwise it must list every group the bars use, and a
	// group without bars is drawn as a heading alone.
	Groups []string
	// Legend names plain bars and highlighted bars; an empty entry takes
	// DefaultBarLegend or DefaultHighlightLegend.
	Legend [2]string
}

// groups returns the group order and the indices of each group's bars.
func (r Roadmap) groups() ([]string, [][]int) {
	order := r.Groups
	if len(order) == 0 {
		// Bars without a group come first, so that they never look as if
		// they belonged under the heading above them.
		if slices.ContainsFunc(r.Bars, func(b Bar) bool { return b.Group == "" }) {
			order = []string{""}
		}
		for _, b := range r.Bars {
			if !slices.Contains(order, b.Group) {
				order = append(order, b.Group)
			}
		}
	}
	rows := make([][]int, len(order))
	for i, b := range r.Bars {
		g := slices.Index(order, b.Group)
		rows[g] = append(rows[g], i)
	}
	return order, rows
}

// legend returns the legend entries with defaults applied.
func (r Roadmap) legend() [2]string {
	l := r.Legend
	if strings.TrimSpace(l[0]) == "" {
		l[0] = DefaultBarLegend
	}
	if strings.TrimSpace(l[1]) == "" {
		l[1] = DefaultHighlightLegend
	}
	return l
}

// check reports every problem with r.
func (r Roadmap) check() error {
	var p problems
	if strings.TrimSpace(r.Title) == "" {
		p.add(ErrInvalid, "title", "empty; a chart needs a name")
	}
	yearsOK := true
	for _, y := range []struct {
		field string
		v     int
	}{{"from_year", r.FromYear}, {"to_year", r.ToYear}} {
		if y.v < MinYear || y.v > MaxYear {
			p.add(ErrInvalid, y.field, strconv.Itoa(y.v)+", want a year in "+strconv.Itoa(MinYear)+".."+strconv.Itoa(MaxYear))
			yearsOK = false
		}
	}
	if yearsOK {
		switch span := r.ToYear - r.FromYear + 1; {
		case span < 1:
			p.add(ErrInvalid, "to_year", strconv.Itoa(r.ToYear)+" is before from_year "+strconv.Itoa(r.FromYear))
			yearsOK = false
		case span > MaxYears:
			p.add(ErrInvalid, "to_year", strconv.Itoa(span)+" years on the axis, want at most "+strconv.Itoa(MaxYears))
		}
	}
	for i, g := range r.Groups {
		field := "groups[" + strconv.Itoa(i) + "]"
		if strings.TrimSpace(g) == "" {
			p.add(ErrInvalid, field, "empty group name")
		} else if slices.Index(r.Groups, g) < i {
			p.add(ErrInvalid, field, strconv.Quote(g)+" listed twice")
		}
	}
	if n := len(r.Bars); n < 1 || n > MaxBars {
		p.add(ErrInvalid, "bars", strconv.Itoa(n)+" bars, want 1.."+strconv.Itoa(MaxBars))
	}
	for i, b := range r.Bars {
		field := "bars[" + strconv.Itoa(i) + "]"
		if strings.TrimSpace(b.Label) == "" {
			p.add(ErrInvalid, field+".label", "empty")
		}
		if len(r.Groups) > 0 && !slices.Contains(r.Groups, b.Group) {
			p.add(ErrInvalid, field+".group", strconv.Quote(b.Group)+" is not in groups")
		}
		switch {
		case b.End < b.Start:
			p.add(ErrInvalid, field+".end", strconv.Itoa(b.End)+" is before start "+strconv.Itoa(b.Start))
		case yearsOK && (b.End < r.FromYear || b.Start > r.ToYear):
			p.add(ErrInvalid, field, years(b.Start, b.End)+" lies outside the axis "+years(r.FromYear, r.ToYear))
		}
	}
	return p.err()
}

// years writes a span of years: "2024" or "2022–2026".
func years(from, to int) string {
	if from == to {
		return strconv.Itoa(from)
	}
	return strconv.Itoa(from) + "–" + strconv.Itoa(to)
}

// SVG draws the roadmap as a standalone SVG document. It fails, listing
// every problem, when the roadmap has no title, years outside
// MinYear..MaxYear or more than MaxYears of them, no bars or more than
// MaxBars, a bar without a label, ending before it starts, wholly outside
// the axis or in a group Groups does not list, or Groups with an empty or
// repeated name. A bar that runs past either end of the axis is cut at the
// edge; the years written on it are the bar's own.
func (r Roadmap) SVG() ([]byte, error) {
	if err := r.check(); err != nil {
		return nil, err
	}
	order, rows := r.groups()
	nYears := r.ToYear - r.FromYear + 1
	// The column of names is as wide as the widest name needs, from
	// roadLabelW up to roadLabelMx; a name wider still wraps onto two
	// lines.
	labelW := float64(roadLabelW)
	for _, name := range order {
		labelW = max(labelW, roadMargin+textWidth(name, 13*boldScale)+8)
	}
	for _, b := range r.Bars {
		labelW = max(labelW, roadMargin+12+textWidth(b.Label, 12)+8)
	}
	labelW = math.Ceil(min(labelW, roadLabelMx))
	lines := make([][]string, len(r.Bars))
	height := roadTop + roadMargin
	for g, name := range order {
		if name != "" {
			height += roadRowH
		}
		for _, i := range rows[g] {
			lines[i] = fitLines(r.Bars[i].Label, labelW-roadMargin-12-8, 12, 2)
			height += roadRowH + roadLineH*(len(lines[i])-1)
		}
	}
	lw := int(labelW)
	width := max(roadMinW, lw+nYears*roadColW+roadMargin)
	legend := r.legend()

	var c canvas
	c.begin(width, height, r.Title, r.describe(order, rows, legend))
	c.heading(width, r.Title)

	// Legend.
	c.WriteString(barRect(roadMargin, 42, 28, roadBarH, false) + "\n")
	c.text(roadMargin+36, 54, 12, "start", "", fit(legend[0], 172, 12))
	c.WriteString(barRect(roadMargin+216, 42, 28, roadBarH, true) + "\n")
	c.text(roadMargin+252, 54, 12, "start", "", fit(legend[1], float64(width-roadMargin-252-roadMargin), 12))

	// Year axis: a label per year and a line between years.
	bottom := float64(height - roadMargin)
	c.WriteString(`<g stroke="` + gridColour + `" stroke-width="1">` + "\n")
	for k := 0; k <= nYears; k++ {
		x := num(float64(lw + k*roadColW))
		c.WriteString(`<line x1="` + x + `" y1="70" x2="` + x + `" y2="` + num(bottom) + `"/>` + "\n")
	}
	c.WriteString("</g>\n")
	for k := range nYears {
		c.text(float64(lw+k*roadColW)+roadColW/2, 86, 12, "middle", "", strconv.Itoa(r.FromYear+k))
	}

	// Rows: a heading per named group, then its bars.
	y := roadTop
	for g, name := range order {
		if name != "" {
			c.WriteString(`<line x1="` + num(roadMargin) + `" y1="` + num(float64(y)) + `" x2="` + num(float64(width-roadMargin)) + `" y2="` + num(float64(y)) + `" stroke="` + gridColour + `"/>` + "\n")
			c.text(roadMargin, float64(y+17), 13, "start", ` font-weight="bold"`, fit(name, float64(width-2*roadMargin), 13*boldScale))
			y += roadRowH
		}
		for _, i := range rows[g] {
			r.bar(&c, r.Bars[i], lines[i], lw, y, legend)
			y += roadRowH + roadLineH*(len(lines[i])-1)
		}
	}
	c.end()
	return c.Bytes(), nil
}

// bar draws one programme's row at y: its name on its lines, and its bar
// with its years written on it, cut to the axis, which starts at lw.
func (r Roadmap) bar(c *canvas, b Bar, lines []string, lw, y int, legend [2]string) {
	tip := b.Label + ": " + years(b.Start, b.End)
	if b.Highlight {
		tip += " (" + legend[1] + ")"
	}
	c.WriteString("<g><title>" + esc(tip) + "</title>\n")
	extra := roadLineH * (len(lines) - 1)
	label(c, roadMargin+12, float64(y+16), 12, "start", "", lines, roadLineH)
	from, to := max(b.Start, r.FromYear), min(b.End, r.ToYear)
	x0 := lw + (from-r.FromYear)*roadColW + 2
	w := (to-from+1)*roadColW - 4
	c.WriteString(barRect(x0, y+(roadRowH+extra-roadBarH)/2, w, roadBarH, b.Highlight) + "\n")
	fill := ` fill="#FFFFFF"` // white on blue: contrast 5.1:1
	if b.Highlight {
		fill = ` fill="` + Black + `"` // black on orange: 9.7:1
	}
	// A bar cut to one column has room for one year: the year in view,
	// with a dash on the side of the years cut off ("2031–", "–2022").
	text := years(b.Start, b.End)
	if to == from && b.Start != b.End {
		if from == b.Start {
			text = strconv.Itoa(b.Start) + "–"
		} else {
			text = "–" + strconv.Itoa(b.End)
		}
	}
	c.text(float64(x0)+float64(w)/2, float64(y+16+extra/2), 11, "middle", fill, text)
	c.WriteString("</g>\n")
}

// barRect draws a bar: blue for a plain programme, orange with a black
// outline for a highlighted one, so that the outline tells them apart
// without colour.
func barRect(x, y, w, h int, highlight bool) string {
	style := `fill="` + Blue + `"`
	if highlight {
		style = `fill="` + Orange + `" stroke="` + Black + `" stroke-width="1.5"`
	}
	return `<rect x="` + strconv.Itoa(x) + `" y="` + strconv.Itoa(y) + `" width="` + strconv.Itoa(w) + `" height="` + strconv.Itoa(h) + `" rx="3" ` + style + `/>`
}

// describe writes the roadmap as text for readers who cannot see it: each
// group with its programmes and their years, quick wins marked with the
// legend's words.
func (r Roadmap) describe(order []string, rows [][]int, legend [2]string) string {
	var b strings.Builder
	b.WriteString(years(r.FromYear, r.ToYear) + ".")
	for g, name := range order {
		b.WriteString(" ")
		if name != "" {
			b.WriteString(name + ": ")
		}
		for k, i := range rows[g] {
			if k > 0 {
				b.WriteString("; ")
			}
			bar := r.Bars[i]
			b.WriteString(bar.Label + " " + years(bar.Start, bar.End))
			if bar.Highlight {
				b.WriteString(" (" + legend[1] + ")")
			}
		}
		b.WriteString(".")
	}
	return b.String()
}
