package chart

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/kotacerdas/smartcity"
)

// MaxRanked is the most members a ranking draws; a larger cohort is shown
// as its head and the members it highlights, with their ranks.
const MaxRanked = 100

// Layout of a ranking, in SVG user units (pixels).
const (
	rankWidth  = 680 // the chart's width
	rankRowH   = 22  // a row of one line
	rankLineH  = 14  // baseline to baseline of a wrapped name
	rankBarH   = 14  // a bar's thickness
	rankMinBar = 200 // the shortest the bars' room may be
	rankMaxCol = 300 // the widest the column of names grows
)

// Ranked is one member of a ranking.
type Ranked struct {
	Label     string  // the member's name, such as "Kab. Rembang"; required
	Value     float64 // its value, such as its index
	Rank      int     // its rank in the whole cohort; 0 ranks it among the members given
	Highlight bool    // the member the chart is about, drawn apart
}

// Ranking is a chart of a cohort's members as horizontal bars, highest
// first, each with its rank, name and value, the members it is about
// highlighted. A gap in the ranks, where a long cohort is shown as its
// head and a member further down, is drawn as a row of dots.
type Ranking struct {
	Title      string         // the chart's accessible name and heading; required
	Members    []Ranked       // 1..MaxRanked members, in any order
	Max        float64        // top of the value axis, such as 5; 0 fits the axis to the values
	Ticks      int            // grid lines right of 0; 0 picks them
	ValueLabel string         // the value axis's title, such as "Indeks SPBE"; "" for none
	Places     int            // decimals of the values written, 0..4
	Lang       smartcity.Lang // separators of the numbers written
}

// check reports every problem with r.
func (r Ranking) check() error {
	var p problems
	checkTitle(&p, r.Title)
	if n := len(r.Members); n < 1 || n > MaxRanked {
		p.add(ErrInvalid, "members", strconv.Itoa(n)+" members, want 1.."+strconv.Itoa(MaxRanked))
	}
	for i, m := range r.Members {
		field := "members[" + strconv.Itoa(i) + "]"
		if strings.TrimSpace(m.Label) == "" {
			p.add(ErrInvalid, field+".label", "empty")
		}
		if !finite(m.Value) {
			p.add(ErrNotFinite, field+".value", strconv.FormatFloat(m.Value, 'g', -1, 64))
		}
		if m.Rank < 0 {
			p.add(ErrInvalid, field+".rank", strconv.Itoa(m.Rank)+", want 1 or above (0 to rank among the members)")
		}
	}
	checkScale(&p, r.Max)
	checkPlaces(&p, r.Places)
	return p.err()
}

// ranked returns the members highest first (in the order given among
// equals), each with its rank: the one given, or else its place among the
// members, equal values sharing the rank of the first (1, 2, 2, 4).
func (r Ranking) ranked() []Ranked {
	out := slices.Clone(r.Members)
	slices.SortStableFunc(out, func(a, b Ranked) int { return cmp.Compare(b.Value, a.Value) })
	for k := range out {
		if out[k].Rank != 0 {
			continue
		}
		out[k].Rank = k + 1
		if k > 0 && out[k].Value == out[k-1].Value {
			out[k].Rank = out[k-1].Rank
		}
	}
	return out
}

// SVG draws the ranking as a standalone SVG document. It fails, listing
// every problem, when the chart has no title, no members or more than
// MaxRanked, a member without a name, with a NaN or infinite value or a
// negative rank, a NaN, infinite or negative Max, or Places outside 0..4.
// A value below 0 is drawn as no bar and one above Max reaches the end of
// the axis; the number written is the value given.
func (r Ranking) SVG() ([]byte, error) {
	if err := r.check(); err != nil {
		return nil, err
	}
	members := r.ranked()
	sc := scaleFor(r.Max, r.Ticks, func(yield func(float64) bool) {
		for _, m := range members {
			if !yield(m.Value) {
				return
			}
		}
	})
	texts := make([]string, len(members))
	valueW, rankW, nameW := 0.0, 0.0, 80.0
	for k, m := range members {
		texts[k] = value(r.Lang, m.Value, r.Places)
		valueW = max(valueW, textWidth(texts[k], 12))
		rankW = max(rankW, textWidth(strconv.Itoa(m.Rank), 12))
		nameW = max(nameW, min(textWidth(m.Label, 12)+4, rankMaxCol))
	}
	left := margin + rankW + 8 + nameW + 8
	width := max(rankWidth, int(left+rankMinBar+6+valueW)+margin)
	right := float64(width-margin) - valueW - 6

	// Rows: one line each, or two for a long name; a row of dots where
	// ranks are skipped.
	type row struct {
		m     int // the member, or -1 for a gap
		lines []string
		y     float64 // the row's top
	}
	var rows []row
	y := float64(headY) + 12
	next := 0 // the rank that follows the members drawn so far, ties counted
	for k, m := range members {
		if k > 0 && m.Rank > next {
			rows = append(rows, row{m: -1, y: y})
			y += rankRowH
		}
		if k == 0 || m.Rank != members[k-1].Rank {
			next = m.Rank
		}
		next++
		lines := fitLines(m.Label, nameW, 12, 2)
		rows = append(rows, row{m: k, lines: lines, y: y})
		y += rankRowH + rankLineH*float64(len(lines)-1)
	}
	bottom := y + 4
	height := int(bottom) + 20 + margin
	if r.ValueLabel != "" {
		height += 18
	}

	var c canvas
	c.begin(width, height, r.Title, r.describe(members, texts))
	c.heading(width, r.Title)
	countAxis(&c, r.Lang, sc, left, right, float64(headY), bottom, r.ValueLabel, "")
	for _, rw := range rows {
		mid := rw.y + rankRowH/2
		if rw.m < 0 {
			c.text(margin+rankW, mid+4, 12, "end", ` fill="`+mutedColour+`"`, "⋮")
			continue
		}
		m := members[rw.m]
		mid += rankLineH * float64(len(rw.lines)-1) / 2
		style, weight := barStyles[0], ""
		if m.Highlight {
			style, weight = barStyles[1], ` font-weight="bold"`
		}
		c.WriteString("<g><title>" + esc(strconv.Itoa(m.Rank)+". "+m.Label+": "+texts[rw.m]) + "</title>\n")
		c.text(margin+rankW, rw.y+rankRowH/2+4, 12, "end", weight, strconv.Itoa(m.Rank))
		label(&c, margin+rankW+8, rw.y+rankRowH/2+4, 12, "start", weight, rw.lines, rankLineH)
		w := sc.at(m.Value) * (right - left)
		rect(&c, left, mid-rankBarH/2, w, rankBarH, style)
		c.WriteString("\n")
		c.text(left+w+6, mid+4, 12, "start", weight, texts[rw.m])
		c.WriteString("</g>\n")
	}
	c.end()
	return c.Bytes(), nil
}

// describe writes the ranking as text: "1. Kab. Sumedang 4,51; 2. …".
func (r Ranking) describe(members []Ranked, texts []string) string {
	var d strings.Builder
	for k, m := range members {
		if k > 0 {
			d.WriteString("; ")
		}
		d.WriteString(strconv.Itoa(m.Rank) + ". " + m.Label + " " + texts[k])
	}
	d.WriteString(".")
	return d.String()
}
