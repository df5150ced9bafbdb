package chart

import "github.com/kotacerdas/smartcity"

// valueAxis draws a vertical value axis of sc from bottom up to top: a
// grid line across left..right at each tick with its value on the left,
// the zero line darker, and title, when given, turned along the axis at
// the chart's left edge.
func valueAxis(c *canvas, lang smartcity.Lang, sc scale, left, right, top, bottom float64, title string) {
	c.WriteString(`<g stroke="` + gridColour + `" stroke-width="1">` + "\n")
	for _, t := range sc.ticks()[1:] {
		y := num(bottom - sc.at(t)*(bottom-top))
		c.WriteString(`<line x1="` + num(left) + `" y1="` + y + `" x2="` + num(right) + `" y2="` + y + `"/>` + "\n")
	}
	c.WriteString("</g>\n")
	c.WriteString(`<line x1="` + num(left) + `" y1="` + num(bottom) + `" x2="` + num(right) + `" y2="` + num(bottom) + `" stroke="` + mutedColour + `" stroke-width="1"/>` + "\n")
	c.WriteString(`<g fill="` + mutedColour + `">` + "\n")
	for _, t := range sc.ticks() {
		c.text(left-6, bottom-sc.at(t)*(bottom-top)+4, 11, "end", "", tick(lang, t))
	}
	c.WriteString("</g>\n")
	if title != "" {
		x, y := float64(margin+12), (top+bottom)/2
		c.text(x, y, 12, "middle", ` fill="`+mutedColour+`" transform="rotate(-90 `+num(x)+` `+num(y)+`)"`, fit(title, bottom-top+40, 12))
	}
}

// countAxis draws a horizontal value axis of sc from left to right: a grid
// line down top..bottom at each tick with its value under bottom, and
// title, when given, centred under the values. unit follows each value,
// such as "%".
func countAxis(c *canvas, lang smartcity.Lang, sc scale, left, right, top, bottom float64, title, unit string) {
	c.WriteString(`<g stroke="` + gridColour + `" stroke-width="1">` + "\n")
	for _, t := range sc.ticks()[1:] {
		x := num(left + sc.at(t)*(right-left))
		c.WriteString(`<line x1="` + x + `" y1="` + num(top) + `" x2="` + x + `" y2="` + num(bottom) + `"/>` + "\n")
	}
	c.WriteString("</g>\n")
	c.WriteString(`<line x1="` + num(left) + `" y1="` + num(top) + `" x2="` + num(left) + `" y2="` + num(bottom) + `" stroke="` + mutedColour + `" stroke-width="1"/>` + "\n")
	c.WriteString(`<g fill="` + mutedColour + `">` + "\n")
	for _, t := range sc.ticks() {
		c.text(left+sc.at(t)*(right-left), bottom+14, 11, "middle", "", tick(lang, t)+unit)
	}
	c.WriteString("</g>\n")
	if title != "" {
		c.text((left+right)/2, bottom+32, 12, "middle", ` fill="`+mutedColour+`"`, fit(title, right-left, 12))
	}
}
