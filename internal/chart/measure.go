package chart

import "strings"

// helvetica holds the advance widths of the printable ASCII characters in
// thousandths of an em, from the Helvetica metrics that Arial and
// Liberation Sans share. Other characters count as asciiOther.
var helvetica = [95]uint16{
	278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space … /
	556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 … ?
	1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ … O
	667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P … _
	333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` … o
	556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // p … ~
}

// Widths the table does not give, in thousandths of an em.
const (
	asciiOther = 600  // any other character, such as "–" or "é"
	wideRune   = 1000 // CJK and other full-width characters
)

// fontSlack widens every estimate: a viewer without Arial draws in a wider
// face (DejaVu Sans is about a tenth wider), and bold text is wider still.
const fontSlack = 1.12

// boldScale scales the size of bold text for measuring: bold letters are
// about a twelfth wider.
const boldScale = 1.08

// textWidth estimates the width in pixels of s drawn at size pixels in the
// sans-serif face, erring on the wide side, so that text measured to fit
// does fit.
func textWidth(s string, size float64) float64 {
	var units int
	for _, r := range s {
		switch {
		case r >= ' ' && r <= '~':
			units += int(helvetica[r-' '])
		case r >= 0x1100 && (r <= 0x115F || (r >= 0x2E80 && r <= 0xA4CF) || (r >= 0xAC00 && r <= 0xD7A3) || (r >= 0xF900 && r <= 0xFAFF) || (r >= 0xFF00 && r <= 0xFF60) || r >= 0x20000):
			units += wideRune
		default:
			units += asciiOther
		}
	}
	return float64(units) * size * fontSlack / 1000
}

// fit shortens s, with an ellipsis, to what fits in width pixels at size.
// Text that fits is returned whole; invalid UTF-8 becomes U+FFFD.
func fit(s string, width, size float64) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	if textWidth(s, size) <= width {
		return s
	}
	r := []rune(s)
	lo, hi := 0, len(r) // the longest prefix that fits with the ellipsis
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if textWidth(string(r[:mid])+"…", size) <= width {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return strings.TrimRight(string(r[:lo]), " ") + "…"
}

// fitLines breaks s at spaces into at most n lines, each fitting width
// pixels at size; the last line takes the rest, shortened with an ellipsis
// when it does not fit, as is a single word wider than width. Text that
// fits on one line gives that line alone.
func fitLines(s string, width, size float64, n int) []string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	if n < 2 || textWidth(s, size) <= width {
		return []string{fit(s, width, size)}
	}
	words := strings.Fields(s)
	var lines []string
	line := ""
	for i, w := range words {
		if line != "" && textWidth(line+" "+w, size) > width {
			lines = append(lines, fit(line, width, size))
			line = ""
			if len(lines) == n-1 {
				return append(lines, fit(strings.Join(words[i:], " "), width, size))
			}
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	if line != "" || len(lines) == 0 {
		lines = append(lines, fit(line, width, size))
	}
	return lines
}

// whole reports whether lines, from fitLines, give all of s: no word of it
// lost to an ellipsis.
func whole(s string, lines []string) bool {
	return strings.Join(lines, " ") == strings.Join(strings.Fields(strings.ToValidUTF8(s, "\uFFFD")), " ")
}

// widthFor returns the narrowest width, from least up to most in steps of
// 4 pixels, in which s wraps onto at most n lines at size without losing a
// word; most when no such width is found.
func widthFor(s string, size float64, n int, least, most float64) float64 {
	for w := least; w < most; w += 4 {
		if whole(s, fitLines(s, w, size, n)) {
			return w
		}
	}
	return most
}
