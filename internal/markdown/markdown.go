// Package markdown writes the GitHub-flavoured Markdown of the library's
// reports: user text escaped so that it cannot break a table or start a
// block of its own, and tables with numbers aligned right.
package markdown

import (
	"bytes"
	"strings"
)

// Text makes user text (an instansi's name, a programme's name, a note) safe to place in
// Markdown: on one line, so that it cannot end a table row or start a
// block of its own, with every character that Markdown or the HTML it
// allows would read as markup escaped by a backslash, which CommonMark and
// GitHub render as the character itself. Text that starts with "-", "+"
// or "1. " would make a list item at the start of a line; that first
// marker is escaped too.
func Text(s string) string {
	s = strings.TrimSpace(s)
	var b strings.Builder
	b.Grow(len(s) + 8)
	lead := leadingListMarker(s)
	for i, r := range s {
		switch r {
		case '\r', '\n', '\t', '\v', '\f', '\u0085', '\u2028', '\u2029':
			b.WriteByte(' ')
			continue
		case 0:
			b.WriteRune('\uFFFD')
			continue
		case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '#', '~', '&', '!', '$':
			b.WriteByte('\\')
		default:
			if i == lead {
				b.WriteByte('\\')
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

// leadingListMarker returns the byte offset of the character that makes s
// start a list item, a thematic break or a heading underline ("-", "+",
// "=", or the "." or ")" after up to nine digits and before a space), or
// -1.
func leadingListMarker(s string) int {
	if s == "" {
		return -1
	}
	switch s[0] {
	case '-', '+', '=':
		return 0
	}
	i := 0
	for i < len(s) && i < 9 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')') && (i+1 == len(s) || s[i+1] == ' ' || s[i+1] == '\t') {
		return i
	}
	return -1
}

// Table writes a GitHub-flavoured Markdown table. Cells are written as
// given: the caller escapes user text with Text. right marks the
// columns to align right (numbers).
func Table(b *bytes.Buffer, header []string, right []bool, rows [][]string) {
	row(b, header)
	b.WriteByte('|')
	for i := range header {
		if i < len(right) && right[i] {
			b.WriteString(" ---: |")
		} else {
			b.WriteString(" --- |")
		}
	}
	b.WriteByte('\n')
	for _, r := range rows {
		row(b, r)
	}
	b.WriteByte('\n')
}

// row writes one table row.
func row(b *bytes.Buffer, cells []string) {
	b.WriteByte('|')
	for _, c := range cells {
		b.WriteByte(' ')
		b.WriteString(c)
		b.WriteString(" |")
	}
	b.WriteByte('\n')
}

// Figure writes a chart, a standalone SVG document, into the Markdown as
// an inline HTML block of its own: the <svg> element without the XML
// declaration, followed by a blank line. The library's charts escape every
// text they hold and never contain a blank line, so the block ends with
// the chart, and a renderer that allows inline SVG draws it where it
// stands.
func Figure(b *bytes.Buffer, svg []byte) {
	if _, rest, ok := bytes.Cut(svg, []byte("?>\n")); ok && bytes.HasPrefix(svg, []byte("<?xml")) {
		svg = rest
	}
	b.Write(bytes.TrimRight(svg, "\n"))
	b.WriteString("\n\n")
}
