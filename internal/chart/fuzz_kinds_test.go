package chart

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"math"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/golden"
)

// drawn lists the elements and attributes the charts write; anything else
// in a chart came from its input unescaped.
var (
	drawnElements = map[string]bool{"svg": true, "title": true, "desc": true, "rect": true, "text": true, "g": true,
		"line": true, "polygon": true, "polyline": true, "circle": true, "defs": true, "pattern": true}
	drawnAttrs = map[string]bool{"xmlns": true, "width": true, "height": true, "viewBox": true, "role": true, "font-family": true,
		"x": true, "y": true, "x1": true, "y1": true, "x2": true, "y2": true, "cx": true, "cy": true, "r": true, "rx": true,
		"points": true, "fill": true, "fill-opacity": true, "stroke": true, "stroke-width": true, "stroke-dasharray": true,
		"font-size": true, "font-weight": true, "text-anchor": true, "paint-order": true, "transform": true,
		"id": true, "patternUnits": true, "patternTransform": true}
)

// wellDrawn checks that svg is a sound chart (golden.SVG) whose every
// element and attribute is one the charts write, with no comment,
// directive or processing instruction but the XML declaration: input that
// got through unescaped would show as one of those.
func wellDrawn(t *testing.T, svg []byte) golden.SVGDoc {
	t.Helper()
	doc := golden.SVG(t, svg)
	d := xml.NewDecoder(bytes.NewReader(svg))
	for first := true; ; first = false {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		require.NoError(t, err)
		switch tok := tok.(type) {
		case xml.StartElement:
			require.True(t, drawnElements[tok.Name.Local], "element %q", tok.Name.Local)
			for _, a := range tok.Attr {
				require.True(t, drawnAttrs[a.Name.Local], "attribute %q", a.Name.Local)
			}
		case xml.ProcInst:
			require.True(t, first, "processing instruction %q", tok.Target)
		case xml.Comment, xml.Directive:
			t.Fatalf("unexpected %T", tok)
		}
	}
	return doc
}

// langOf picks a language from a fuzzed byte.
func langOf(b uint8) smartcity.Lang { return smartcity.Lang(b % 3) }

func FuzzBars(f *testing.F) {
	f.Add("Indeks domain", "D1 Kebijakan Internal SPBE", "Kab. Rembang 2024", "Target", 4.40, 3.70, 4.2, 5.0, 0, 2, uint8(0), true)
	f.Add(`<script>&</script>`, "\x00\xff]]>", `"'<!--`, "", -1.0, 7.0, math.Inf(1), math.NaN(), 3, 9, uint8(2), false)
	f.Add("t", "c", "s", "s2", 1e308, -1e308, 5e-324, 0.0, -1, 4, uint8(1), true)
	f.Fuzz(func(t *testing.T, title, category, name1, name2 string, v0, v1, v2, top float64, ticks, places int, lang uint8, two bool) {
		b := Bars{Title: title, Categories: []string{category, "D2"}, Max: top, Ticks: ticks, Places: places,
			ValueLabel: category, Lang: langOf(lang), Series: []Series{{Name: name1, Values: []float64{v0, v1}}}}
		if two {
			b.Series = append(b.Series, Series{Name: name2, Values: []float64{v2, v0}})
		}
		svg, err := b.SVG()
		if !finite(v0) || !finite(v1) || !finite(top) || (two && !finite(v2)) {
			require.ErrorIs(t, err, ErrNotFinite)
		}
		if err != nil {
			require.Nil(t, svg)
			return
		}
		require.Equal(t, sanitised(title), wellDrawn(t, svg).Title)
	})
}

func FuzzRanking(f *testing.F) {
	f.Add("Peringkat", "Kab. Rembang", "Kab. Blora", 3.99, 3.28, 5.0, 0, 0, 2, uint8(0), true)
	f.Add(`<a href="x">`, "\xff\x00", "&amp;", math.NaN(), math.Inf(-1), -5.0, -1, 214, 7, uint8(2), false)
	f.Add("t", "a", "b", 1e308, -1e308, 0.0, 1<<62, 2, 0, uint8(1), true)
	f.Fuzz(func(t *testing.T, title, label1, label2 string, v1, v2, top float64, rank1, rank2, places int, lang uint8, highlight bool) {
		r := Ranking{Title: title, Max: top, Places: places, ValueLabel: label2, Lang: langOf(lang), Members: []Ranked{
			{Label: label1, Value: v1, Rank: rank1, Highlight: highlight},
			{Label: label2, Value: v2, Rank: rank2},
			{Label: "Tetap", Value: 1},
		}}
		svg, err := r.SVG()
		if !finite(v1) || !finite(v2) || !finite(top) {
			require.ErrorIs(t, err, ErrNotFinite)
		}
		if err != nil {
			require.Nil(t, svg)
			return
		}
		require.Equal(t, sanitised(title), wellDrawn(t, svg).Title)
	})
}

func FuzzLine(f *testing.F) {
	f.Add("Indeks SPBE", "2023", "Kab. Rembang", "Kab. Sumedang", 3.64, 3.99, 4.14, 5.0, 2, uint8(0), true)
	f.Add(`]]><x>`, "\x00", "\xff<", "&", math.NaN(), -1.0, 9.0, 0.0, 5, uint8(2), false)
	f.Add("t", "p", "s", "s2", 1e308, -1e308, 5e-324, 1e-300, 0, uint8(1), true)
	f.Fuzz(func(t *testing.T, title, point, name1, name2 string, v0, v1, v2, top float64, places int, lang uint8, two bool) {
		l := Line{Title: title, Points: []string{point, "2024"}, Max: top, Places: places, ValueLabel: name2, Lang: langOf(lang),
			Series: []Series{{Name: name1, Values: []float64{v0, v1}}}}
		if two {
			l.Series = append(l.Series, Series{Name: name2, Values: []float64{v2, v1}})
		}
		svg, err := l.SVG()
		if !finite(v0) || !finite(v1) || !finite(top) || (two && !finite(v2)) {
			require.ErrorIs(t, err, ErrNotFinite)
		}
		if err != nil {
			require.Nil(t, svg)
			return
		}
		require.Equal(t, sanitised(title), wellDrawn(t, svg).Title)
	})
}

func FuzzShares(f *testing.F) {
	f.Add("Sebaran per pilar", "Tata Kelola Cerdas", "Program (19)", "Anggaran", int64(4), int64(3), int64(2970000000), uint8(0), true)
	f.Add(`<&>"'`, "\x00\xff", "]]>", "", int64(-1), int64(0), int64(math.MaxInt64), uint8(2), false)
	f.Add("t", "c", "s", "s2", int64(math.MaxInt64), int64(1), int64(math.MinInt64), uint8(1), true)
	f.Fuzz(func(t *testing.T, title, category, name1, name2 string, v0, v1, v2 int64, lang uint8, rupiah bool) {
		s := Shares{Title: title, Categories: []string{category, "Lain"}, ValueLabel: category, Lang: langOf(lang), Series: []Share{
			{Name: name1, Values: []int64{v0, v1}},
			{Name: name2, Values: []int64{v2, v1}, Rupiah: rupiah},
		}}
		svg, err := s.SVG()
		if err != nil {
			require.ErrorIs(t, err, ErrInvalid)
			require.Nil(t, svg)
			return
		}
		require.Equal(t, sanitised(title), wellDrawn(t, svg).Title)
	})
}
