package chart

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/golden"
)

// Every problem of a chart is reported at once, each naming its field.
func TestKindsReportEveryProblem(t *testing.T) {
	tests := []struct {
		name   string
		svg    func() ([]byte, error)
		fields []string
	}{
		{"bars", Bars{Categories: []string{"D1", " "}, Max: -1, Places: 5,
			Series: []Series{{Values: []float64{1}}, {Name: "b", Values: []float64{math.NaN(), 1}}}}.SVG,
			[]string{"title", "categories[1]", "series[0].name", "series[0].values", "series[1].values[0]", "max", "places"}},
		{"bars without series", Bars{Title: "t", Categories: make([]string, MaxCategories+1), Series: make([]Series, MaxBarSeries+1)}.SVG, nil},
		{"ranking", Ranking{Title: "t", Max: math.Inf(1), Members: []Ranked{{Label: "", Value: math.NaN(), Rank: -1}}}.SVG,
			[]string{"members[0].label", "members[0].value", "members[0].rank", "max"}},
		{"ranking empty", Ranking{Title: "t"}.SVG, []string{"members"}},
		{"line", Line{Title: "t", Points: []string{"2023", ""}, Series: []Series{{Name: "s", Values: []float64{1}}}}.SVG,
			[]string{"points[1]", "series[0].values"}},
		{"shares", Shares{Title: "t", Categories: []string{"a", "b"}, Series: []Share{
			{Name: "n", Values: []int64{0, 0}}, {Name: "m", Values: []int64{-1, math.MaxInt64}},
			{Name: "o", Values: []int64{1, 1}},
		}}.SVG, []string{"series", "series[0].values", "series[1].values[0]"}},
		{"shares overflow", Shares{Title: "t", Categories: []string{"a", "b"},
			Series: []Share{{Name: "n", Values: []int64{math.MaxInt64, 1}}}}.SVG, []string{"series[0].values"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			svg, err := tt.svg()
			require.ErrorIs(t, err, ErrInvalid)
			assert.Nil(t, svg)
			if tt.fields != nil {
				assert.Equal(t, tt.fields, fieldsOf(err))
			}
		})
	}
}

// Values are written on the marks in the chart's language, and a value
// beyond the axis is drawn at its end but written as given.
func TestKindsWriteValues(t *testing.T) {
	b := rembangDomains()
	b.Series[0].Values[0] = 7
	svg, err := b.SVG()
	require.NoError(t, err)
	doc := golden.SVG(t, svg)
	assert.Contains(t, doc.Texts, "7,00")
	assert.Contains(t, doc.Texts, "Indeks (0–5)", "the axis is labelled")
	assert.Contains(t, string(svg), `height="240.00" fill="#0072B2"`, "7 reaches the top of the axis of 5")

	r := cohortHead()
	svg, err = r.SVG()
	require.NoError(t, err)
	doc = golden.SVG(t, svg)
	assert.Contains(t, doc.Texts, "4.81")
	assert.Contains(t, doc.Texts, "⋮", "ranks 6 to 213 are not shown")
	assert.Equal(t, 1, countOf(doc.Texts, "⋮"), "a tie (2, 2, 4) is no gap")

	l := illustrativeYears()
	l.Lang = smartcity.Indonesian
	svg, err = l.SVG()
	require.NoError(t, err)
	doc = golden.SVG(t, svg)
	assert.Contains(t, doc.Texts, "1,92")
	assert.Contains(t, doc.Texts, "4", "the axis fitted to the values ends at 4")
	assert.NotContains(t, doc.Texts, "5")

	s := rembangPillars()
	svg, err = s.SVG()
	require.NoError(t, err)
	doc = golden.SVG(t, svg)
	assert.Contains(t, doc.Texts, "4 (21,1%)")
	assert.Contains(t, doc.Texts, "Rp3.825.000.000 (21,7%)")
	s.Lang = smartcity.English
	svg, err = s.SVG()
	require.NoError(t, err)
	assert.Contains(t, golden.SVG(t, svg).Texts, "IDR 3,825,000,000 (21.7%)")
}

// A ranking sorts its members, highest first, ranking equal values alike.
func TestRankingSorts(t *testing.T) {
	r := rembangNeighbours()
	svg, err := r.SVG()
	require.NoError(t, err)
	doc := golden.SVG(t, svg)
	assert.Contains(t, doc.Desc, "1. Kab. Sumedang (Jawa Barat) 4,51; 2. Kab. Tuban (Jawa Timur) 4,24")
	assert.Contains(t, doc.Desc, "8. Kab. Jepara 3,51; 8. Kab. Contoh")
	assert.Contains(t, doc.Desc, "10. Kab. Blora 3,28.")
	assert.Zero(t, countOf(doc.Texts, "⋮"))
}

// countOf counts s in list.
func countOf(list []string, s string) int {
	n := 0
	for _, x := range list {
		if x == s {
			n++
		}
	}
	return n
}
