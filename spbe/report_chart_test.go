package spbe_test

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/golden"
	"github.com/kotacerdas/smartcity/spbe"
)

func TestRadarSVGGolden(t *testing.T) {
	rembang23 := reportScored(t, "rembang-2023.json")
	rembang24 := reportScored(t, "rembang-2024.json")
	sumedang24 := reportScored(t, "sumedang-2024.json")
	tests := []struct {
		name    string
		lang    smartcity.Lang
		results []spbe.Scored
		want    []string
	}{
		{"radar-rembang-sumedang-2024.id.svg", smartcity.Indonesian, []spbe.Scored{rembang24, sumedang24}, []string{
			"Indeks domain SPBE: Kab. Rembang 2024 dan Kab. Sumedang 2024",
			"Pemerintah Kab. Rembang 2024 (indeks 3,99)", "Pemerintah Kab. Sumedang 2024 (indeks 4,51)",
		}},
		{"radar-rembang-2023-2024.en.svg", smartcity.English, []spbe.Scored{rembang23, rembang24}, []string{
			"SPBE domain indices: Kab. Rembang 2023 and Kab. Rembang 2024",
			"Pemerintah Kab. Rembang 2023 (index 3.64)", "D3 SPBE management",
		}},
		{"radar-rembang-2024.id.svg", 0, []spbe.Scored{rembang24}, []string{"D4 Layanan SPBE"}},
	}
	for _, tt := range tests {
		checkRadarGolden(t, tt.name, tt.lang, tt.results, tt.want)
	}
}

// checkRadarGolden draws the radar of results twice, in a subtest named
// after its golden file, testdata/report/name: both times must give the
// same chart, a sound one holding every string of want, whose bytes the
// file holds. It returns the chart.
func checkRadarGolden(t *testing.T, name string, lang smartcity.Lang, results []spbe.Scored, want []string) string {
	t.Helper()
	var out string
	t.Run(name, func(t *testing.T) {
		svg, err := spbe.RadarSVG(lang, results...)
		require.NoError(t, err)
		again, err := spbe.RadarSVG(lang, results...)
		require.NoError(t, err)
		require.Equal(t, svg, again, "the chart must not vary between runs")
		golden.SVG(t, svg, name)
		out = string(svg)
		for _, w := range want {
			assert.Contains(t, out, w)
		}
		golden.Check(t, filepath.Join("testdata", "report", name), svg)
	})
	return out
}

// Names are escaped: the chart stays well-formed XML whatever they hold.
func TestRadarSVGEscapes(t *testing.T) {
	s := reportScored(t, "rembang-2024.json")
	s.Instansi = `Kab. <Rembang> & "Sumedang" ]]>`
	svg, err := spbe.RadarSVG(smartcity.Indonesian, s)
	require.NoError(t, err)
	golden.SVG(t, svg)
	assert.NotContains(t, string(svg), "<Rembang>")
	assert.Contains(t, string(svg), "&lt;Rembang&gt; &amp;")
}

func TestRadarSVGErrors(t *testing.T) {
	s := reportScored(t, "rembang-2024.json")
	old, err := spbe.Lookup(spbe.PermenPANRB5of2018)
	require.NoError(t, err)
	lv := old.NewLevels()
	res, err := old.Score(lv, spbe.Options{})
	require.NoError(t, err)
	tests := []struct {
		name    string
		results []spbe.Scored
		is      error  // the sentinel the error wraps, if any
		says    string // what it says
	}{
		{"none", nil, nil, "spbe: a radar chart shows 1 to 2 results, not 0: no result to report"},
		{"three", []spbe.Scored{s, s, s}, nil, "not 3: no result to report"},
		{"missing result", []spbe.Scored{s, {Instansi: "x"}}, nil, `spbe: radar chart of "x": no result to report`},
		{"two frameworks", []spbe.Scored{s, {Instansi: "y", Result: res}}, spbe.ErrFrameworkMismatch, "framework mismatch"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			svg, err := spbe.RadarSVG(smartcity.English, tt.results...)
			require.ErrorContains(t, err, tt.says)
			if tt.is != nil {
				require.ErrorIs(t, err, tt.is)
			}
			assert.Nil(t, svg)
		})
	}
	// Three domains (PermenPANRB 5/2018) still make a radar.
	svg, err := spbe.RadarSVG(smartcity.English, spbe.Scored{Instansi: "Kab. Contoh", Year: 2019, Result: res})
	require.NoError(t, err)
	assert.Contains(t, string(svg), "D3 SPBE services")
	assert.NotContains(t, string(svg), "D4")
	assert.Contains(t, string(svg), "Kab. Contoh 2019 (index 0.00)")
}
