package chart

import (
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/golden"
)

func TestRadarErrors(t *testing.T) {
	tests := []struct {
		name   string
		edit   func(*Radar)
		fields []string // every FieldError, in order
		kind   error
	}{
		{"no title", func(r *Radar) { r.Title = " " }, []string{"title"}, ErrInvalid},
		{"two axes", func(r *Radar) { r.Axes = r.Axes[:2] }, []string{"axes", "series[0].values", "series[1].values"}, ErrInvalid},
		{"thirteen axes", func(r *Radar) { r.Axes = make([]string, 13) }, nil, ErrInvalid},
		{"empty axis label", func(r *Radar) { r.Axes[2] = "" }, []string{"axes[2]"}, ErrInvalid},
		{"zero max", func(r *Radar) { r.Max = 0 }, []string{"max"}, ErrInvalid},
		{"NaN max", func(r *Radar) { r.Max = math.NaN() }, []string{"max"}, ErrNotFinite},
		{"infinite max", func(r *Radar) { r.Max = math.Inf(1) }, []string{"max"}, ErrNotFinite},
		{"negative rings", func(r *Radar) { r.Rings = -1 }, []string{"rings"}, ErrInvalid},
		{"too many rings", func(r *Radar) { r.Rings = MaxRings + 1 }, []string{"rings"}, ErrInvalid},
		{"no series", func(r *Radar) { r.Series = nil }, []string{"series"}, ErrInvalid},
		{"three series", func(r *Radar) { r.Series = append(r.Series, r.Series[0]) }, []string{"series"}, ErrInvalid},
		{"unnamed series", func(r *Radar) { r.Series[1].Name = "" }, []string{"series[1].name"}, ErrInvalid},
		{"short series", func(r *Radar) { r.Series[0].Values = r.Series[0].Values[:3] }, []string{"series[0].values"}, ErrInvalid},
		{"NaN value", func(r *Radar) { r.Series[1].Values[2] = math.NaN() }, []string{"series[1].values[2]"}, ErrNotFinite},
		{"-Inf value", func(r *Radar) { r.Series[0].Values[0] = math.Inf(-1) }, []string{"series[0].values[0]"}, ErrNotFinite},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := spbe2024()
			tt.edit(&r)
			svg, err := r.SVG()
			require.Error(t, err)
			assert.Nil(t, svg)
			require.ErrorIs(t, err, tt.kind)
			var fe *FieldError
			require.ErrorAs(t, err, &fe)
			if tt.fields != nil {
				assert.Equal(t, tt.fields, fieldsOf(err))
			}
		})
	}
}

func TestRadarReportsEveryProblem(t *testing.T) {
	r := Radar{Axes: []string{"D1", "", "D3"}, Max: -5, Series: []Series{{Values: []float64{1, math.NaN()}}}}
	_, err := r.SVG()
	require.Error(t, err)
	assert.Equal(t, []string{"title", "axes[1]", "max", "series[0].name", "series[0].values", "series[0].values[1]"}, fieldsOf(err))
	assert.Contains(t, err.Error(), "chart: max: scale top -5, want above 0")
	assert.Contains(t, err.Error(), "chart: series[0].values: 2 values for 3 axes")
	assert.Contains(t, err.Error(), "chart: series[0].values[1]: NaN")
}

func TestRadarClampsToTheScale(t *testing.T) {
	in := spbe2024()
	in.Series = in.Series[:1]
	out := in
	out.Series = []Series{{Name: in.Series[0].Name, Values: []float64{7, 3.70, -2, 4.52}}}
	atScale := in
	atScale.Series = []Series{{Name: in.Series[0].Name, Values: []float64{5, 3.70, 0, 4.52}}}

	gotOut, err := out.SVG()
	require.NoError(t, err)
	gotScale, err := atScale.SVG()
	require.NoError(t, err)
	// The polygons agree; only the text that reports the values differs.
	assert.Equal(t, polygons(string(gotScale)), polygons(string(gotOut)))
	assert.Contains(t, string(gotOut), "D1 Kebijakan: 7,00")
	assert.Contains(t, string(gotOut), "D3 Manajemen: -2,00")
	assert.Contains(t, polygons(string(gotOut))[len(polygons(string(gotOut)))-1], "340.00,80.00 ") // D1 on the outer ring
}

func TestRadarRingLabels(t *testing.T) {
	r := spbe2024()
	r.Max, r.Rings = 100, 4
	r.Series = r.Series[:1]
	svg, err := r.SVG()
	require.NoError(t, err)
	// The ring values come before the values of the series, over the series.
	texts := golden.SVG(t, svg).Texts
	assert.Equal(t, []string{"25", "50", "75", "100"}, texts[len(texts)-8:len(texts)-4])

	r.Max, r.Rings = 1, 3
	svg, err = r.SVG()
	require.NoError(t, err)
	texts = golden.SVG(t, svg).Texts
	assert.Equal(t, []string{"0,33", "0,67", "1"}, texts[len(texts)-7:len(texts)-4])
}

func TestRadarEscapesAndWrapsLabels(t *testing.T) {
	r := spbe2024()
	r.Title = `Wakil Bupati Mochamad Hanies Cholil Barro' & <tim> "percepatan"`
	r.Axes[1] = "D2 Tata Kelola SPBE yang sangat panjang sekali"
	r.Series[0].Name = "Kab. Rembang \x01 \xff"
	svg, err := r.SVG()
	require.NoError(t, err)
	s := string(svg)
	assert.Contains(t, s, "<title>Wakil Bupati Mochamad Hanies Cholil Barro&#39; &amp; &lt;tim&gt; &#34;percepatan&#34;</title>")
	// Wrapped in the room on its side, onto the two lines it may take.
	assert.Contains(t, s, ">D2 Tata Kelola SPBE</text>")
	assert.Contains(t, s, ">yang sangat panjang s…</text>")
	doc := golden.SVG(t, svg)
	assert.Equal(t, r.Title, doc.Title)
	assert.Contains(t, doc.Texts, "Kab. Rembang \uFFFD \uFFFD")
}

// fieldsOf lists the fields of every FieldError joined in err.
func fieldsOf(err error) []string {
	var fields []string
	var joined interface{ Unwrap() []error }
	if !errors.As(err, &joined) {
		return nil
	}
	for _, e := range joined.Unwrap() {
		var fe *FieldError
		if errors.As(e, &fe) {
			fields = append(fields, fe.Field)
		}
	}
	return fields
}

// polygons returns the points of every polygon in svg, in order.
func polygons(svg string) []string {
	var out []string
	for _, part := range strings.Split(svg, `<polygon points="`)[1:] {
		out = append(out, part[:strings.IndexByte(part, '"')])
	}
	return out
}

func TestRadarLang(t *testing.T) {
	r := spbe2024()
	r.Max, r.Rings = 1, 4
	svg, err := r.SVG()
	require.NoError(t, err)
	doc := golden.SVG(t, svg)
	texts := doc.Texts
	// The ring values, then the values of the two series.
	assert.Equal(t, []string{"0,25", "0,5", "0,75", "1", "4,40", "3,70", "2,64", "4,52"}, texts[len(texts)-12:len(texts)-4])
	assert.Contains(t, doc.Desc, "D1 Kebijakan 4,40")

	r.Lang = smartcity.English
	svg, err = r.SVG()
	require.NoError(t, err)
	doc = golden.SVG(t, svg)
	assert.Equal(t, []string{"0.25", "0.5", "0.75", "1", "4.40"}, doc.Texts[len(doc.Texts)-12:len(doc.Texts)-7])
	assert.Contains(t, doc.Desc, "D1 Kebijakan 4.40")
}
