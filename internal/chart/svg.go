package chart

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// num writes a coordinate with two decimals; "-0.00" becomes "0.00" so that
// output does not depend on the sign of a rounding error.
func num(x float64) string {
	s := strconv.FormatFloat(x, 'f', 2, 64)
	if s == "-0.00" {
		return "0.00"
	}
	return s
}

// short writes a value for people: at most two decimals, trailing zeros
// dropped ("1", "2.5", "0.33").
func short(x float64) string {
	s := num(x)
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}

// finite reports whether x is neither NaN nor infinite.
func finite(x float64) bool { return !math.IsNaN(x) && !math.IsInf(x, 0) }

// esc escapes s as XML character data or attribute text. Invalid UTF-8
// and characters XML forbids become U+FFFD.
func esc(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s)) // a strings.Builder never fails
	return b.String()
}

// margin is the white border of every chart but the radar, in pixels.
const margin = 16

// titleY is the baseline of a chart's heading; headY is the first baseline
// under it.
const (
	titleY = 28
	headY  = 54
)

// canvas accumulates one SVG document.
type canvas struct{ bytes.Buffer }

// begin writes the XML declaration, the root element and the title and
// description that name the chart for assistive technology.
func (c *canvas) begin(width, height int, title, desc string) {
	w, h := strconv.Itoa(width), strconv.Itoa(height)
	c.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	fmt.Fprintf(c, `<svg xmlns="http://www.w3.org/2000/svg" width="%s" height="%s" viewBox="0 0 %s %s" role="img" font-family="sans-serif">`+"\n", w, h, w, h)
	fmt.Fprintf(c, "<title>%s</title>\n<desc>%s</desc>\n", esc(title), esc(desc))
	fmt.Fprintf(c, `<rect width="%s" height="%s" fill="#FFFFFF"/>`+"\n", w, h)
}

// heading writes the chart's title as its heading, left-aligned and
// shortened to the width.
func (c *canvas) heading(width int, title string) {
	c.text(margin, titleY, 16, "start", ` font-weight="bold"`, fit(title, float64(width-2*margin), 16*boldScale))
}

// end closes the root element.
func (c *canvas) end() { c.WriteString("</svg>\n") }

// text writes a text element; attrs are extra attributes, already escaped.
func (c *canvas) text(x, y float64, size int, anchor, attrs, s string) {
	fmt.Fprintf(c, `<text x="%s" y="%s" font-size="%d" text-anchor="%s"%s>%s</text>`+"\n",
		num(x), num(y), size, anchor, attrs, esc(s))
}

// points writes a polygon's points attribute value.
func points(xs, ys []float64) string {
	var b strings.Builder
	for i := range xs {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(num(xs[i]) + "," + num(ys[i]))
	}
	return b.String()
}
