package chart

import (
	"math"
	"testing"

	"github.com/stretchr/testify/require"
)

// FuzzRadar checks that any labels and values give either an error or a
// well-formed SVG whose title is the one given, and never a panic.
func FuzzRadar(f *testing.F) {
	f.Add("Indeks SPBE 2024", "D1 Kebijakan", "Kab. Rembang 2024", "Kab. Sumedang 2024", 4.40, 3.70, 2.64, 4.52, 5.0, 0, true)
	f.Add(`<&>"'`, "\x00\xff", "]]>", "<!--", -1.0, 7.0, math.Inf(1), math.NaN(), 5.0, 3, false)
	f.Add("t", "a", "s", "s2", 1e308, -1e308, 5e-324, 0.0, 1e-300, 10, true)
	f.Fuzz(func(t *testing.T, title, axis, name1, name2 string, v0, v1, v2, v3, top float64, rings int, two bool) {
		r := Radar{
			Title:  title,
			Axes:   []string{axis, "D2", "D3", "D4"},
			Max:    top,
			Rings:  rings,
			Series: []Series{{Name: name1, Values: []float64{v0, v1, v2, v3}}},
		}
		if two {
			r.Series = append(r.Series, Series{Name: name2, Values: []float64{v3, v2, v1, v0}})
		}
		svg, err := r.SVG()
		for _, v := range []float64{v0, v1, v2, v3, top} {
			if !finite(v) {
				require.ErrorIs(t, err, ErrNotFinite)
			}
		}
		if err != nil {
			require.Nil(t, svg)
			return
		}
		doc := wellDrawn(t, svg)
		require.Equal(t, "0 0 680 510", doc.ViewBox)
		require.Equal(t, sanitised(title), doc.Title)
	})
}

// FuzzRoadmap checks the same for a roadmap's labels and years.
func FuzzRoadmap(f *testing.F) {
	f.Add("Peta jalan", "Rembang Gemilang Mobile", "Smart Governance", "Quick win", 2022, 2031, 2022, 2026, true, false)
	f.Add(`<&>"'`, "\x00\xff]]>", "", "", 2031, 2022, 2035, 2020, false, true)
	f.Add("t", "l", "g", "k", -1<<62, 1<<62, 1<<62, -1<<62, true, true)
	f.Fuzz(func(t *testing.T, title, label, group, key string, from, to, start, end int, highlight, listGroups bool) {
		r := Roadmap{
			Title: title, FromYear: from, ToYear: to,
			Bars: []Bar{
				{Label: label, Group: group, Start: start, End: end, Highlight: highlight},
				{Label: "Tetap", Group: group, Start: from, End: from},
			},
			Legend: [2]string{key, key},
		}
		if listGroups {
			r.Groups = []string{group}
		}
		svg, err := r.SVG()
		if err != nil {
			require.ErrorIs(t, err, ErrInvalid)
			require.Nil(t, svg)
			return
		}
		doc := wellDrawn(t, svg)
		require.Equal(t, sanitised(title), doc.Title)
	})
}

// sanitised is s as it reads back from the SVG: what XML cannot carry
// becomes U+FFFD; line breaks survive as character references.
func sanitised(s string) string {
	var out []rune
	for _, r := range s {
		switch {
		case r == '\r' || r == '\t' || r == '\n' || (r >= 0x20 && r <= 0xD7FF) || (r >= 0xE000 && r <= 0xFFFD) || (r >= 0x10000 && r <= 0x10FFFF):
			out = append(out, r)
		default:
			out = append(out, '\uFFFD')
		}
	}
	return string(out)
}
