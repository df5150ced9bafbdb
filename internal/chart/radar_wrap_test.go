package chart

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity/internal/golden"
)

// pemdiAxes are the seven aspects of the Indeks Pemerintah Digital.
var pemdiAxes = []string{
	"A1 Tata Kelola dan Manajemen Pemerintah Digital", "A2 Penyelenggara", "A3 Data", "A4 Keamanan Pemdi",
	"A5 Teknologi Pemdi", "A6 Keterpaduan Layanan Digital Pemerintah", "A7 Kepuasan Pengguna Layanan Digital Pemerintah",
}

// A label that fits the room beside its spoke is drawn whole: on one line
// where there is room, wrapped onto two (the default) before it is cut.
func TestRadarDrawsLabelsThatFitWhole(t *testing.T) {
	r := spbe2024()
	r.Axes = []string{"D1 Kebijakan Internal SPBE", "D2 Tata Kelola SPBE", "D3 Manajemen SPBE", "D4 Layanan SPBE"}
	svg, err := r.SVG()
	require.NoError(t, err)
	texts := golden.SVG(t, svg).Texts
	for _, axis := range r.Axes {
		assert.Contains(t, texts, axis, "one line each")
	}

	r = Radar{Title: "Indeks aspek Pemdi", Axes: pemdiAxes, Max: 5,
		Series: []Series{{Name: "Kota Contoh 2026", Values: []float64{2.5, 2.5, 2.67, 2.33, 3, 2.07, 2.6}}}}
	for _, lines := range []int{0, 2, MaxAxisLines} {
		r.AxisLines = lines
		svg, err = r.SVG()
		require.NoError(t, err)
		joined := strings.Join(golden.SVG(t, svg).Texts, " ")
		for _, axis := range r.Axes {
			assert.Contains(t, joined, axis, "%d lines", lines)
		}
		assert.NotContains(t, joined, "…")
	}

	// One line leaves no room for the longest, which is cut.
	r.AxisLines = 1
	svg, err = r.SVG()
	require.NoError(t, err)
	assert.Contains(t, strings.Join(golden.SVG(t, svg).Texts, " "), "…")
}

// The lines of a label grow away from the ring: upward above it, downward
// below it, both ways level with the centre; each as wide as the room on
// its side of the chart.
func TestRadarLaysLabelsOutInTheirRoom(t *testing.T) {
	r := Radar{Title: "Indeks aspek Pemdi", Axes: pemdiAxes, Max: 5, AxisLines: MaxAxisLines,
		Series: []Series{{Name: "Kota Contoh 2026", Values: []float64{2.5, 2.5, 2.67, 2.33, 3, 2.07, 2.6}}}}
	svg, err := r.SVG()
	require.NoError(t, err)
	s := string(svg)
	// The top label has room for two lines under the title, the second
	// just outside the outer ring.
	assert.Contains(t, s, `<text x="340.00" y="50.00" font-size="12" text-anchor="middle">A1 Tata Kelola dan Manajemen</text>`)
	assert.Contains(t, s, `<text x="340.00" y="64.00" font-size="12" text-anchor="middle">Pemerintah Digital</text>`)
	// Above the centre a label grows upward, below it downward.
	assert.Contains(t, s, `y="115.51" font-size="12" text-anchor="end">A7 Kepuasan Pengguna</text>`)
	assert.Contains(t, s, `y="129.51" font-size="12" text-anchor="end">Layanan Digital Pemerintah</text>`)
	assert.Contains(t, s, `y="290.72" font-size="12" text-anchor="end">A6 Keterpaduan Layanan</text>`)
	assert.Contains(t, s, `y="304.72" font-size="12" text-anchor="end">Digital Pemerintah</text>`)

	// Level with the centre, the lines straddle the spoke.
	level := spbe2024()
	level.Axes[1] = "D2 Tata Kelola Sistem Pemerintahan Berbasis Elektronik"
	svg, err = level.SVG()
	require.NoError(t, err)
	assert.Contains(t, string(svg), `<text x="514.00" y="237.00" font-size="12" text-anchor="start">D2 Tata Kelola Sistem</text>`)
	assert.Contains(t, string(svg), `<text x="514.00" y="251.00" font-size="12" text-anchor="start">Pemerintahan Berbasis…</text>`)

	r.AxisLines = MaxAxisLines + 1
	_, err = r.SVG()
	require.ErrorIs(t, err, ErrInvalid)
	assert.Equal(t, []string{"axis_lines"}, fieldsOf(err))
}

func TestFitLines(t *testing.T) {
	tests := []struct {
		s     string
		width float64
		n     int
		want  []string
	}{
		{"D1 Kebijakan Internal SPBE", 300, 1, []string{"D1 Kebijakan Internal SPBE"}},
		{"D1 Kebijakan Internal SPBE", 100, 1, []string{"D1 Kebijakan I…"}},
		{"D1 Kebijakan Internal SPBE", 100, 2, []string{"D1 Kebijakan", "Internal SPBE"}},
		{"A7 Kepuasan Pengguna Layanan Digital Pemerintah", 150, 3, []string{"A7 Kepuasan Pengguna", "Layanan Digital", "Pemerintah"}},
		{"Penyelenggaraanpemerintahandigital A1", 150, 2, []string{"Penyelenggaraanpeme…", "A1"}},
		{"  A2   Penyelenggara  dengan  spasi  ganda ", 150, 3, []string{"A2 Penyelenggara", "dengan spasi ganda"}},
		{"\xff<&>", 150, 2, []string{"\uFFFD<&>"}},
	}
	for _, tt := range tests {
		got := fitLines(tt.s, tt.width, 12, tt.n)
		assert.Equal(t, tt.want, got, "%q in %v×%d", tt.s, tt.width, tt.n)
		for _, line := range got {
			assert.LessOrEqual(t, textWidth(line, 12), tt.width, line)
		}
	}
}
