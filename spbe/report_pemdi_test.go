package spbe_test

import (
	"bytes"
	"encoding/csv"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/golden"
	"github.com/kotacerdas/smartcity/spbe"
)

// reportPemdi scores a 2026 assessment that names no framework, so that
// its year picks PermenPANRB 8/2026, the Indeks Pemerintah Digital: every
// one of the 20 indicators at level base except those in levels, and the
// outside scores in external.
func reportPemdi(t testing.TB, instansi string, base spbe.Level, levels map[int]spbe.Level, external map[int]spbe.ExternalScore) spbe.Scored {
	t.Helper()
	a := &spbe.Assessment{Instansi: instansi, Year: 2026}
	for n := 1; n <= 20; n++ {
		ans := spbe.Answer{Indicator: n, Level: base}
		if l, ok := levels[n]; ok {
			ans.Level = l
		}
		if x, ok := external[n]; ok {
			ans.Level, ans.External = spbe.Unanswered, &x
		}
		a.Indicators = append(a.Indicators, ans)
	}
	fw, err := a.ResolveFramework(nil)
	require.NoError(t, err)
	require.Equal(t, spbe.PermenPANRB8of2026, fw.ID())
	res, err := fw.ScoreAssessment(a, spbe.Options{})
	require.NoError(t, err)
	return spbe.Scored{Instansi: a.Instansi, Year: a.Year, Result: res}
}

// The three Pemdi results of the tests, with levels chosen by hand.
type pemdiResults struct {
	// baik has every indicator at 3: index 3.00, Baik.
	baik spbe.Scored
	// teladan has every indicator at 5 but indicator 20 (15 %) at 4:
	// 4.85, Memuaskan.
	teladan spbe.Scored
	// mixed has indicator 5 from an SDI score of 70 (level 4), indicator
	// 6 awaiting its SJIG score (level 1 until then) and indicator 7 from
	// an EPSS score of 3.0 (level 3): Σ level × weight 25100, index 2.51,
	// Baik under the Pemdi bands (from 2.50) though Cukup under those of
	// SPBE (Baik from 2.6).
	mixed spbe.Scored
}

func reportPemdiResults(t testing.TB) pemdiResults {
	t.Helper()
	return pemdiResults{
		baik:    reportPemdi(t, "Pemerintah Kab. Contoh", 3, nil, nil),
		teladan: reportPemdi(t, "Pemerintah Kab. Teladan", 5, map[int]spbe.Level{20: 4}, nil),
		mixed: reportPemdi(t, "Pemerintah Kota Contoh", 2, map[int]spbe.Level{
			1: 3, 4: 3, 10: 3, 11: 1, 12: 3, 13: 3, 14: 3, 17: 3, 18: 1, 20: 3,
		}, map[int]spbe.ExternalScore{
			5: {Source: spbe.SourceSDI, Score: "70"},
			6: {Source: spbe.SourceSJIG},
			7: {Source: spbe.SourceEPSS, Score: "3.0"},
		}),
	}
}

func TestPemdiResultsAsChosen(t *testing.T) {
	p := reportPemdiResults(t)
	for _, tt := range []struct {
		s     spbe.Scored
		index string
		pred  spbe.Predicate
	}{
		{p.baik, "3.00", spbe.Baik},
		{p.teladan, "4.85", spbe.Memuaskan},
		{p.mixed, "2.51", spbe.Baik},
	} {
		assert.Equal(t, tt.index, tt.s.Result.Index.String(), tt.s.Instansi)
		assert.Equal(t, tt.pred, tt.s.Result.Predicate, tt.s.Instansi)
		assert.Empty(t, tt.s.Result.Domains)
	}
	assert.Equal(t, []spbe.ExternalLevel{
		{Indicator: 5, Source: "sdi", Score: "70", Level: 4},
		{Indicator: 6, Source: "sjig", Level: 1, Pending: true},
		{Indicator: 7, Source: "epss", Score: "3.0", Level: 3},
	}, p.mixed.Result.External)
}

func TestWriteReportPemdiGolden(t *testing.T) {
	p := reportPemdiResults(t)
	memuaskan := spbe.Target{Predicate: spbe.Memuaskan}
	tests := []struct {
		name string
		s    spbe.Scored
		opt  spbe.ReportOptions
	}{
		{"pemdi-kota-contoh-2026.id.md", p.mixed, spbe.ReportOptions{
			Target: memuaskan, Compare: &p.teladan, Plan: spbe.PlanOptions{MaxRaisePerYear: 1, StartYear: 2027},
		}},
		{"pemdi-kota-contoh-2026.en.md", p.mixed, spbe.ReportOptions{Lang: smartcity.English, Target: memuaskan}},
		{"pemdi-kab-contoh-2026.id.md", p.baik, spbe.ReportOptions{Target: memuaskan}},
		{"pemdi-kab-teladan-2026.en.md", p.teladan, spbe.ReportOptions{Lang: smartcity.English, Compare: &p.baik}},
	}
	for _, tt := range tests {
		checkReportGolden(t, tt.name, tt.s, tt.opt)
	}
}

// A report under a framework without domains has no domain table and no
// domain column, names the Indeks Pemerintah Digital, takes the predikat's
// bounds from the framework's bands and marks the converted levels.
func TestWriteReportPemdiShape(t *testing.T) {
	p := reportPemdiResults(t)
	for _, lang := range []smartcity.Lang{smartcity.Indonesian, smartcity.English} {
		var b bytes.Buffer
		require.NoError(t, spbe.WriteReport(&b, p.mixed, spbe.ReportOptions{
			Lang: lang, Target: spbe.Target{Predicate: spbe.Memuaskan}, Compare: &p.baik,
		}))
		out, figures := golden.Figures(b.String())
		require.Len(t, figures, 1, "the aspects beside the target and the comparison")
		golden.SVG(t, []byte(figures[0]))
		assert.NotContains(t, out, "Domain", lang)
		assert.NotContains(t, out, "SPBE", lang)
		assert.NotContains(t, out, "4,2", lang)
		assert.NotContains(t, out, "4.2", lang)
		if lang == smartcity.English {
			assert.True(t, strings.HasPrefix(out, "# Digital government evaluation result: Pemerintah Kota Contoh 2026\n"), out[:80])
			assert.Contains(t, out, "**Digital Government Index 2.51 — Baik (good)**")
			assert.Contains(t, out, "Target: Memuaskan (satisfactory), that is an index of at least 4.00:")
			assert.Contains(t, out, "| A1 | governance and management | 10.00% | 2.50 | 3.00 | -0.50 |\n")
			assert.Contains(t, out, "|  | **Digital Government Index** | 100.00% | **2.51** | 3.00 | -0.49 |\n")
			assert.Contains(t, out, "| 5 | data governance | A3 | 5.00% | 4 (SDI 70) | Embedded | 3 |\n")
			assert.Contains(t, out, "| 6 | geospatial information | A3 | 3.00% | 1 (awaiting SJIG score) | Initiate | 3 |\n")
			assert.Contains(t, out, "| Code | Aspect | Index | Distance to 4.00 | Headroom |\n")
		} else {
			assert.Contains(t, out, "**Indeks Pemerintah Digital 2,51 — Baik**")
			assert.Contains(t, out, "| 7 | Pembangunan Statistik | A3 | 3,00% | 3 (EPSS 3,0) | Berkembang | 3 |\n")
			assert.Contains(t, out, "1 (menunggu nilai SJIG)")
			assert.Contains(t, out, "Tingkat yang dikonversi dari nilai evaluasi lain: SDI — Skor Satu Data Indonesia (Bappenas); SJIG — ")
		}
	}
}

// The year of a result whose method was not the full evaluation is named:
// 2025 was a Pemantauan under PermenPANRB 59/2020.
func TestWriteReportMethod(t *testing.T) {
	s := reportScored(t, "rembang-2024.json")
	s.Year = 2025
	var b bytes.Buffer
	require.NoError(t, spbe.WriteReport(&b, s, spbe.ReportOptions{}))
	assert.Contains(t, b.String(), "\nKerangka evaluasi: Pemantauan dan Evaluasi SPBE (PermenPANRB 59/2020). Metode 2025: Pemantauan.\n")
	b.Reset()
	require.NoError(t, spbe.WriteReport(&b, s, spbe.ReportOptions{Lang: smartcity.English}))
	assert.Contains(t, b.String(), "(Ministerial Regulation 59/2020). Method in 2025: monitoring.\n")
	for _, year := range []int{0, 2024} {
		s.Year = year
		b.Reset()
		require.NoError(t, spbe.WriteReport(&b, s, spbe.ReportOptions{}))
		assert.NotContains(t, b.String(), "Metode", "year %d", year)
	}
}

func TestRadarSVGPemdiGolden(t *testing.T) {
	p := reportPemdiResults(t)
	tests := []struct {
		name    string
		lang    smartcity.Lang
		results []spbe.Scored
		want    []string
	}{
		{"radar-pemdi-kota-contoh-kab-teladan-2026.id.svg", smartcity.Indonesian, []spbe.Scored{p.mixed, p.teladan}, []string{
			"Indeks aspek Pemdi: Kota Contoh 2026 dan Kab. Teladan 2026",
			"Pemerintah Kota Contoh 2026 (indeks 2,51)", "Pemerintah Kab. Teladan 2026 (indeks 4,85)",
			"A1 Tata Kelola dan Manajemen 2,5", "A7 Kepuasan Pengguna Layanan Digital Pemerintah 2,6",
		}},
		{"radar-pemdi-kab-contoh-2026.en.svg", smartcity.English, []spbe.Scored{p.baik}, []string{
			"Pemdi aspect indices: Kab. Contoh 2026", ">A4 digital government security</text>", ">A7 user satisfaction with digital</text>",
		}},
	}
	for _, tt := range tests {
		out := checkRadarGolden(t, tt.name, tt.lang, tt.results, tt.want)
		assert.Equal(t, 7, strings.Count(out, `<line x1="340.00" y1="240.00"`), "%s: one spoke per aspect", tt.name)
		assert.NotContains(t, out, "D1", tt.name)
	}
	// Pemdi cannot be drawn with SPBE.
	_, err := spbe.RadarSVG(smartcity.English, p.baik, reportScored(t, "rembang-2024.json"))
	require.ErrorIs(t, err, spbe.ErrFrameworkMismatch)
}

func TestWriteResultsCSVPemdi(t *testing.T) {
	p := reportPemdiResults(t)
	results := []spbe.Scored{p.baik, p.teladan, p.mixed}
	var b bytes.Buffer
	require.NoError(t, spbe.WriteResultsCSV(&b, results, spbe.ExportOptions{Levels: true}))
	golden.Check(t, filepath.Join("testdata", "report", "results-pemdi-levels.csv"), b.Bytes())
	rows, err := csv.NewReader(&b).ReadAll()
	require.NoError(t, err)
	require.Len(t, rows, 4)
	assert.Equal(t, []string{"instansi", "tahun", "framework", "A1", "A2", "A3", "A4", "A5", "A6", "A7", "indeks", "predikat", "basis_predikat", "pembilang", "1"}, rows[0][:15])
	assert.Len(t, rows[0], 14+20)
	assert.Equal(t, []string{"Pemerintah Kota Contoh", "2026", "permenpanrb-8-2026"}, rows[3][:3])
	assert.Equal(t, []string{"2.51", "Baik", "unrounded", "25100"}, rows[3][10:14])
	assert.Equal(t, []string{"4", "1", "3"}, rows[3][18:21], "the converted levels, and 1 for the one awaiting its score")
	for _, row := range rows {
		for j, cell := range row[:14] {
			assert.NotEmpty(t, cell, "column %s", rows[0][j])
		}
	}

	var semi bytes.Buffer
	require.NoError(t, spbe.WriteResultsCSV(&semi, results[1:2], spbe.ExportOptions{CSVOptions: spbe.CSVOptions{Semicolon: true}}))
	assert.Equal(t, "instansi;tahun;framework;A1;A2;A3;A4;A5;A6;A7;indeks;predikat;basis_predikat;pembilang\n"+
		"Pemerintah Kab. Teladan;2026;permenpanrb-8-2026;5,00;5,00;5,00;5,00;5,00;5,00;4,40;4,85;Memuaskan;unrounded;48500\n", semi.String())
}
