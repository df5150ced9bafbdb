package chart

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
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

// clip shortens s to at most n runes, ending in an ellipsis when cut.
func clip(s string, n int) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// wrap breaks s at spaces into at most n lines of at most width runes
// each; the last line takes the rest, shortened with an ellipsis when it
// does not fit, as is a single word longer than width. A text that fits,
// or n below 2, gives the one line clip gives.
func wrap(s string, width, n int) []string {
	if n < 2 || utf8.RuneCountInString(s) <= width {
		return []string{clip(s, width)}
	}
	words := strings.Fields(strings.ToValidUTF8(s, "\uFFFD"))
	var lines []string
	line := ""
	for i, w := range words {
		if line != "" && utf8.RuneCountInString(line)+1+utf8.RuneCountInString(w) > width {
			lines = append(lines, clip(line, width))
			line = ""
			if len(lines) == n-1 {
				return append(lines, clip(strings.Join(words[i:], " "), width))
			}
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	return append(lines, clip(line, width))
}

// titleRunes returns how many runes of a 16px bold heading fit across a
// chart width, at about 10px a rune (wide letters and capitals included).
func titleRunes(width int) int { return max(20, (width-32)/10) }

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
