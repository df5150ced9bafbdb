package chart

import (
	"math"
	"strconv"
	"strings"

	"github.com/kotacerdas/smartcity"
)

// Layout of a shares chart, in SVG user units (pixels).
const (
	sharesWidth  = 680 // the narrowest chart
	sharesBarH   = 16  // a bar's thickness
	sharesGap    = 12  // between two categories
	sharesLineH  = 14  // baseline to baseline of a wrapped category label
	sharesMaxCol = 240 // the widest the column of categories grows
	sharesMinBar = 240 // the shortest the bars' room may be
)

// Share is one whole split over the categories of a Shares chart, such as
// the programmes of a plan over its pillars, or its budget.
type Share struct {
	Name   string  // shown in the legend, such as "Program (19)"; required
	Values []int64 // one count or amount per category, 0 or above, not all 0
	Rupiah bool    // the values are rupiah, written as such ("Rp1.250.000.000")
}

// Shares is a chart of how one or two wholes split over categories: a
// horizontal bar per category and whole, as long as its share, with the
// value and the share in percent written at its end. It shows how a
// plan's programmes and budget spread over the six pillars.
type Shares struct {
	Title      string         // the chart's accessible name and heading; required
	Categories []string       // 1..MaxCategories labels, such as the pillars' names
	Series     []Share        // 1..MaxSeries wholes, each with one value per category
	ValueLabel string         // the axis's title, such as "Bagian (%)"; "" for none
	Lang       smartcity.Lang // separators of the numbers written
}

// check reports every problem with s.
func (s Shares) check() error {
	var p problems
	checkTitle(&p, s.Title)
	if n := len(s.Categories); n < 1 || n > MaxCategories {
		p.add(ErrInvalid, "categories", strconv.Itoa(n)+" categories, want 1.."+strconv.Itoa(MaxCategories))
	}
	checkLabels(&p, "categories", s.Categories)
	if k := len(s.Series); k < 1 || k > MaxSeries {
		p.add(ErrInvalid, "series", strconv.Itoa(k)+" series, want 1.."+strconv.Itoa(MaxSeries))
	}
	for i, sh := range s.Series {
		field := "series[" + strconv.Itoa(i) + "]"
		if strings.TrimSpace(sh.Name) == "" {
			p.add(ErrInvalid, field+".name", "empty; the legend needs it")
		}
		if len(sh.Values) != len(s.Categories) {
			p.add(ErrInvalid, field+".values", strconv.Itoa(len(sh.Values))+" values for "+strconv.Itoa(len(s.Categories))+" categories")
		}
		for j, v := range sh.Values {
			if v < 0 {
				p.add(ErrInvalid, field+".values["+strconv.Itoa(j)+"]", strconv.FormatInt(v, 10)+", want 0 or above")
			}
		}
		if total, ok := sh.total(); !ok {
			p.add(ErrInvalid, field+".values", "the total does not fit in an int64")
		} else if total == 0 && len(sh.Values) > 0 {
			p.add(ErrInvalid, field+".values", "all 0: no whole to share")
		}
	}
	return p.err()
}

// total returns the sum of the values, or false when it does not fit in an
// int64 (negative values, refused by check, count as 0).
func (sh Share) total() (int64, bool) {
	var t int64
	for _, v := range sh.Values {
		if v < 0 {
			continue
		}
		if t > math.MaxInt64-v {
			return 0, false
		}
		t += v
	}
	return t, true
}

// SVG draws the chart as a standalone SVG document. It fails, listing every
// problem, when the chart has no title, no categories or more than
// MaxCategories, an empty category label, no series or more than
// MaxSeries, a series without a name, with a value count other than the
// category count, a negative value, values that are all 0 or whose total
// does not fit in an int64. Shares are exact until they are drawn.
func (s Shares) SVG() ([]byte, error) {
	if err := s.check(); err != nil {
		return nil, err
	}
	k := len(s.Series)
	names := make([]string, k)
	percent := make([][]float64, k)
	texts := make([][]string, k)
	textW := 0.0
	for i, sh := range s.Series {
		names[i] = sh.Name
		total, _ := sh.total()
		percent[i] = make([]float64, len(sh.Values))
		texts[i] = make([]string, len(sh.Values))
		for j, v := range sh.Values {
			pct, _ := s.Lang.Percent(v, total, 1) // total is above 0
			amount := s.Lang.Thousands(v)
			if sh.Rupiah {
				amount = s.Lang.Rupiah(v)
			}
			texts[i][j] = amount + " (" + pct + ")"
			percent[i][j] = float64(v) / float64(total) * 100
			textW = max(textW, textWidth(texts[i][j], 12))
		}
	}
	sc := scaleFor(0, 0, func(yield func(float64) bool) {
		for _, ps := range percent {
			for _, p := range ps {
				if !yield(p) {
					return
				}
			}
		}
	})
	sc.top = min(sc.top, 100)
	colW := 80.0
	for _, cat := range s.Categories {
		colW = max(colW, min(textWidth(cat, 12)+4, sharesMaxCol))
	}
	left := margin + colW + 12
	width := max(sharesWidth, int(left+sharesMinBar+8+textW)+margin)
	right := float64(width-margin) - textW - 8

	top := legend(nil, margin, headY, float64(width-2*margin), names, barStyles[:k]) + 16
	type row struct {
		lines []string
		y     float64
	}
	rows := make([]row, len(s.Categories))
	y := top + sharesGap/2
	for j, cat := range s.Categories {
		lines := fitLines(cat, colW, 12, 2)
		h := max(float64(k)*(sharesBarH+2), sharesLineH*float64(len(lines))+4)
		rows[j] = row{lines, y}
		y += h + sharesGap
	}
	bottom := y - sharesGap/2
	height := int(bottom) + 20 + margin
	if s.ValueLabel != "" {
		height += 18
	}

	var c canvas
	c.begin(width, height, s.Title, s.describe(texts))
	c.WriteString(hatchDefs)
	c.heading(width, s.Title)
	legend(&c, margin, headY, float64(width-2*margin), names, barStyles[:k])
	countAxis(&c, s.Lang, sc, left, right, top, bottom, s.ValueLabel, "%")
	for j, cat := range s.Categories {
		r := rows[j]
		barsH := float64(k) * (sharesBarH + 2)
		textH := sharesLineH * float64(len(r.lines))
		label(&c, margin, r.y+max(barsH, textH)/2-textH/2+11, 12, "start", "", r.lines, sharesLineH)
		by := r.y + max(0, textH+4-barsH)/2
		for i, sh := range s.Series {
			w := sc.at(percent[i][j]) * (right - left)
			c.WriteString("<g><title>" + esc(sh.Name+" — "+cat+": "+texts[i][j]) + "</title>")
			rect(&c, left, by, w, sharesBarH, barStyles[i])
			c.WriteString("</g>\n")
			c.text(left+w+6, by+sharesBarH-4, 12, "start", "", texts[i][j])
			by += sharesBarH + 2
		}
	}
	c.end()
	return c.Bytes(), nil
}

// describe writes the data as text: "Program (19): Tata Kelola Cerdas 4
// (21,1%), …; Anggaran: …".
func (s Shares) describe(texts [][]string) string {
	var d strings.Builder
	for i, sh := range s.Series {
		if i > 0 {
			d.WriteString("; ")
		}
		d.WriteString(sh.Name + ": ")
		for j := range sh.Values {
			if j > 0 {
				d.WriteString(", ")
			}
			d.WriteString(s.Categories[j] + " " + texts[i][j])
		}
	}
	d.WriteString(".")
	return d.String()
}
