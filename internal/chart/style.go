package chart

import (
	"strconv"
	"strings"
)

// MaxBarSeries is the most series a bar chart compares: an assessment, its
// target and a peer.
const MaxBarSeries = 3

// barStyles are the looks of the series of a bar chart, in order: solid
// blue; orange with a black outline; vermillion hatched. Outline and hatch
// tell them apart where colour does not.
var barStyles = [MaxBarSeries]string{
	`fill="` + Blue + `"`,
	`fill="` + Orange + `" stroke="` + Black + `" stroke-width="1"`,
	`fill="url(#hatch)" stroke="` + Vermillion + `" stroke-width="1.5"`,
}

// hatchDefs defines the hatch of the third bar style; a chart that may use
// it writes it once, after begin.
const hatchDefs = `<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
	`<rect width="6" height="6" fill="#FFFFFF"/><rect width="3" height="6" fill="` + Vermillion + `"/></pattern></defs>` + "\n"

// rect writes a rectangle with the given style attributes.
func rect(c *canvas, x, y, w, h float64, style string) {
	c.WriteString(`<rect x="` + num(x) + `" y="` + num(y) + `" width="` + num(max(w, 0)) + `" height="` + num(max(h, 0)) + `" ` + style + `/>`)
}

// legend writes a swatch and a name per series in one row from x at
// baseline y, each entry as wide as its name, within width pixels, onto
// more rows when one is not enough; it returns the baseline of the last
// row. A nil canvas measures without drawing.
func legend(c *canvas, x, y, width float64, names []string, styles []string) float64 {
	left := x
	for i, name := range names {
		name = fit(name, width-22, 12)
		w := 22 + textWidth(name, 12) + 18
		if x > left && x+w > left+width {
			x, y = left, y+20
		}
		if c != nil {
			rect(c, x, y-10, 14, 12, styles[i])
			c.WriteString("\n")
			c.text(x+20, y, 12, "start", "", name)
		}
		x += w
	}
	return y
}

// label writes the lines of a wrapped label, the first at baseline y, one
// gap apart.
func label(c *canvas, x, y float64, size int, anchor, attrs string, lines []string, gap float64) {
	for k, line := range lines {
		c.text(x, y+gap*float64(k), size, anchor, attrs, line)
	}
}

// checkLabels records a problem for each empty label of a list.
func checkLabels(p *problems, field string, labels []string) {
	for i, l := range labels {
		if strings.TrimSpace(l) == "" {
			p.add(ErrInvalid, field+"["+strconv.Itoa(i)+"]", "empty label")
		}
	}
}

// checkValues records a problem for each NaN or infinite value of a list.
func checkValues(p *problems, field string, values []float64) {
	for j, v := range values {
		if !finite(v) {
			p.add(ErrNotFinite, field+"["+strconv.Itoa(j)+"]", strconv.FormatFloat(v, 'g', -1, 64))
		}
	}
}

// checkTitle records a problem for an empty title.
func checkTitle(p *problems, title string) {
	if strings.TrimSpace(title) == "" {
		p.add(ErrInvalid, "title", "empty; a chart needs a name")
	}
}

// checkScale records a problem for an axis top that is NaN, infinite or
// negative; 0 asks for a scale fitted to the values.
func checkScale(p *problems, top float64) {
	switch {
	case !finite(top):
		p.add(ErrNotFinite, "max", "scale top "+strconv.FormatFloat(top, 'g', -1, 64))
	case top < 0:
		p.add(ErrInvalid, "max", "scale top "+strconv.FormatFloat(top, 'g', -1, 64)+", want 0 (fitted) or above")
	}
}
