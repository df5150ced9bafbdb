package chart

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity/internal/golden"
)

func TestWrap(t *testing.T) {
	tests := []struct {
		s    string
		n    int
		want []string
	}{
		{"D1 Kebijakan Internal SPBE", 1, []string{"D1 Kebijakan Internal S…"}},
		{"A3 Data", 3, []string{"A3 Data"}},
		{"A1 Tata Kelola dan Manajemen", 3, []string{"A1 Tata Kelola dan", "Manajemen"}},
		{"A7 Kepuasan Pengguna Layanan Digital Pemerintah", 3, []string{"A7 Kepuasan Pengguna", "Layanan Digital", "Pemerintah"}},
		{"A7 Kepuasan Pengguna Layanan Digital Pemerintah", 2, []string{"A7 Kepuasan Pengguna", "Layanan Digital Pemerin…"}},
		{"Penyelenggaraanpemerintahandigital A1", 2, []string{"Penyelenggaraanpemerint…", "A1"}},
		{"  A2   Penyelenggara  dengan  spasi  ganda ", 3, []string{"A2 Penyelenggara dengan", "spasi ganda"}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, wrap(tt.s, radarAxisLen, tt.n), "%q in %d", tt.s, tt.n)
	}
}

// With AxisLines a long label wraps instead of losing its end, onto fewer
// lines where the title leaves no room above the top axis; without it the
// chart is what it was.
func TestRadarWrapsAxisLabels(t *testing.T) {
	r := Radar{
		Title: "Indeks aspek Pemdi",
		Axes: []string{
			"A1 Tata Kelola dan Manajemen Pemerintah Digital", "A2 Penyelenggara", "A3 Data", "A4 Keamanan Pemdi",
			"A5 Teknologi Pemdi", "A6 Keterpaduan Layanan Digital Pemerintah", "A7 Kepuasan Pengguna Layanan Digital Pemerintah",
		},
		Max:    5,
		Series: []Series{{Name: "Kota Contoh 2026", Values: []float64{2.5, 2.5, 2.67, 2.33, 3, 2.07, 2.6}}},
	}
	clipped, err := r.SVG()
	require.NoError(t, err)
	assert.Contains(t, golden.SVG(t, clipped).Texts, "A7 Kepuasan Pengguna La…")

	r.AxisLines = MaxAxisLines
	svg, err := r.SVG()
	require.NoError(t, err)
	s := string(svg)
	texts := golden.SVG(t, svg).Texts
	for _, line := range []string{"A7 Kepuasan Pengguna", "Layanan Digital", "Pemerintah", "A6 Keterpaduan Layanan", "Digital Pemerintah"} {
		assert.Contains(t, texts, line)
	}
	// The top label has room for two lines under the title, the second
	// just outside the outer ring.
	assert.Contains(t, s, `<text x="340.00" y="50.00" font-size="12" text-anchor="middle">A1 Tata Kelola dan</text>`)
	assert.Contains(t, s, `<text x="340.00" y="64.00" font-size="12" text-anchor="middle">Manajemen Pemerintah Di…</text>`)
	// Above the centre a label grows upward, below it downward.
	assert.Contains(t, s, `y="101.51" font-size="12" text-anchor="end">A7 Kepuasan Pengguna</text>`)
	assert.Contains(t, s, `y="129.51" font-size="12" text-anchor="end">Pemerintah</text>`)
	assert.Contains(t, s, `y="290.72" font-size="12" text-anchor="end">A6 Keterpaduan Layanan</text>`)
	assert.Contains(t, s, `y="304.72" font-size="12" text-anchor="end">Digital Pemerintah</text>`)

	// Level with the centre, the lines straddle the spoke.
	level := spbeLevel()
	level.AxisLines = 2
	svg, err = level.SVG()
	require.NoError(t, err)
	assert.Contains(t, string(svg), `<text x="514.00" y="237.00" font-size="12" text-anchor="start">D2 Tata Kelola Sistem</text>`)
	assert.Contains(t, string(svg), `<text x="514.00" y="251.00" font-size="12" text-anchor="start">Pemerintahan Berbasis E…</text>`)

	r.AxisLines = MaxAxisLines + 1
	_, err = r.SVG()
	require.ErrorIs(t, err, ErrInvalid)
	assert.Equal(t, []string{"axis_lines"}, fieldsOf(err))
}

// spbeLevel is spbe2024 with a long label on the axis level with the
// centre.
func spbeLevel() Radar {
	r := spbe2024()
	r.Axes[1] = "D2 Tata Kelola Sistem Pemerintahan Berbasis Elektronik"
	return r
}
