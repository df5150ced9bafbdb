package chart

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity/internal/golden"
)

func TestRoadmapErrors(t *testing.T) {
	tests := []struct {
		name   string
		edit   func(*Roadmap)
		fields []string
	}{
		{"no title", func(r *Roadmap) { r.Title = "" }, []string{"title"}},
		{"axis reversed", func(r *Roadmap) { r.FromYear, r.ToYear = 2031, 2022 }, []string{"to_year"}},
		{"axis too long", func(r *Roadmap) { r.FromYear = 1950 }, []string{"to_year"}},
		{"year out of range", func(r *Roadmap) { r.FromYear, r.ToYear = -1<<62, 1<<62 }, []string{"from_year", "to_year"}},
		{"no bars", func(r *Roadmap) { r.Bars = nil }, []string{"bars"}},
		{"too many bars", func(r *Roadmap) { r.Bars = make([]Bar, MaxBars+1) }, nil},
		{"bar unlabelled", func(r *Roadmap) { r.Bars[3].Label = "\t" }, []string{"bars[3].label"}},
		{"bar reversed", func(r *Roadmap) { r.Bars[0].Start, r.Bars[0].End = 2026, 2022 }, []string{"bars[0].end"}},
		{"bar outside axis", func(r *Roadmap) { r.Bars[1].Start, r.Bars[1].End = 2032, 2035 }, []string{"bars[1]"}},
		{"bar in unknown group", func(r *Roadmap) { r.Bars[2].Group = "Smart Mobility" }, []string{"bars[2].group"}},
		{"group listed twice", func(r *Roadmap) { r.Groups = append(r.Groups, "Smart Living") }, []string{"groups[6]"}},
		{"empty group name", func(r *Roadmap) { r.Groups[0] = "" }, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := rembangRoadmap()
			r.Bars = append([]Bar(nil), r.Bars...)
			r.Groups = append([]string(nil), r.Groups...)
			tt.edit(&r)
			svg, err := r.SVG()
			require.ErrorIs(t, err, ErrInvalid)
			assert.NotErrorIs(t, err, ErrNotFinite)
			assert.Nil(t, svg)
			if tt.fields != nil {
				assert.Equal(t, tt.fields, fieldsOf(err))
			}
		})
	}
}

func TestRoadmapErrorText(t *testing.T) {
	r := Roadmap{Title: "x", FromYear: 2022, ToYear: 2026, Groups: []string{"GOV"}, Bars: []Bar{
		{Label: "A", Group: "GOV", Start: 2019, End: 2021},
		{Label: "B", Group: "ECO", Start: 2024, End: 2023},
	}}
	_, err := r.SVG()
	require.Error(t, err)
	assert.Equal(t, "chart: bars[0]: 2019–2021 lies outside the axis 2022–2026\n"+
		`chart: bars[1].group: "ECO" is not in groups`+"\n"+
		"chart: bars[1].end: 2023 is before start 2024", err.Error())
}

func TestRoadmapGroupOrder(t *testing.T) {
	r := Roadmap{Title: "Urutan", FromYear: 2024, ToYear: 2026, Bars: []Bar{
		{Label: "Satu", Group: "ECO", Start: 2024, End: 2024},
		{Label: "Dua", Group: "GOV", Start: 2025, End: 2026},
		{Label: "Tiga", Start: 2024, End: 2026},
		{Label: "Empat", Group: "ECO", Start: 2026, End: 2026, Highlight: true},
	}}
	svg, err := r.SVG()
	require.NoError(t, err)
	doc := golden.SVG(t, svg)
	// Title, legend, years, then rows: the ungrouped bar first, then groups
	// in the order of their first bar, each bar with its years on it.
	assert.Equal(t, []string{"Urutan", "Program", "Quick win", "2024", "2025", "2026",
		"Tiga", "2024–2026", "ECO", "Satu", "2024", "Empat", "2026", "GOV", "Dua", "2025–2026"}, doc.Texts)
	assert.Equal(t, "2024–2026. Tiga 2024–2026. ECO: Satu 2024; Empat 2026 (Quick win). GOV: Dua 2025–2026.", doc.Desc)
	assert.Equal(t, 480.0, doc.Width, "a short axis still leaves room for the legend")

	// With Groups given, that order holds and a group without bars is a
	// heading alone.
	r.Bars = r.Bars[:2]
	r.Groups = []string{"GOV", "SOC", "ECO"}
	r.Legend = [2]string{"Kegiatan", ""}
	svg, err = r.SVG()
	require.NoError(t, err)
	doc = golden.SVG(t, svg)
	assert.Equal(t, []string{"Urutan", "Kegiatan", "Quick win", "2024", "2025", "2026",
		"GOV", "Dua", "2025–2026", "SOC", "ECO", "Satu", "2024"}, doc.Texts)
}

func TestRoadmapCutsBarsAtTheAxis(t *testing.T) {
	r := Roadmap{Title: "Potong", FromYear: 2024, ToYear: 2026, Bars: []Bar{
		{Label: "Sebelum", Start: 2020, End: 2024},
		{Label: "Sesudah", Start: 2026, End: 2030},
		{Label: "Melintas", Start: 2020, End: 2030},
	}}
	svg, err := r.SVG()
	require.NoError(t, err)
	s := string(svg)
	doc := golden.SVG(t, svg)
	assert.Equal(t, []string{"Sebelum", "–2024", "Sesudah", "2026–", "Melintas", "2020–2030"}, doc.Texts[6:])
	// Bars start at the axis (x 300) and end at its last year (x 456).
	assert.Contains(t, s, `<rect x="302" y="100" width="48" height="16"`)
	assert.Contains(t, s, `<rect x="406" y="124" width="48" height="16"`)
	assert.Contains(t, s, `<rect x="302" y="148" width="152" height="16"`)
	assert.Contains(t, s, "<title>Melintas: 2020–2030</title>")
}
