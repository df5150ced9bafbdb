package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/golden"
	"github.com/kotacerdas/smartcity/masterplan"
)

// tell runs the program into a fresh folder and returns its output without
// the last line, which names the folder, and the folder.
func tell(t *testing.T, args ...string) (string, string) {
	t.Helper()
	dir := t.TempDir()
	var out bytes.Buffer
	require.NoError(t, run(&out, append([]string{"-out", dir}, args...)))
	body, last := splitLast(t, out.String())
	assert.Equal(t, "Folder: "+dir, last)
	return body, dir
}

// splitLast splits the output before its last line and returns both parts.
func splitLast(t *testing.T, s string) (string, string) {
	t.Helper()
	require.True(t, strings.HasSuffix(s, "\n"), "the output ends with a line break")
	i := strings.LastIndex(s[:len(s)-1], "\n")
	require.Positive(t, i)
	return s[:i+1], s[i+1 : len(s)-1]
}

func TestRunGolden(t *testing.T) {
	for _, lang := range []string{"id", "en"} {
		t.Run(lang, func(t *testing.T) {
			got, _ := tell(t, "-lang", lang)
			golden.Check(t, filepath.Join("testdata", "rembang."+lang+".txt"), []byte(got))
			lines := strings.Count(got, "\n")
			assert.True(t, lines >= 100 && lines <= 180, "a readable story of 100–180 lines, not %d", lines)
			for i, l := range strings.Split(got, "\n") {
				assert.Equal(t, strings.TrimRight(l, " "), l, "line %d has trailing spaces", i+1)
			}
		})
	}
}

func TestRunTellsTheRealFigures(t *testing.T) {
	out, _ := tell(t)
	for _, want := range []string{
		// The profile and the masterplan's validation.
		"Kabupaten Rembang, Jawa Tengah (Kemendagri 33.17)",
		"Gerakan Menuju Smart City angkatan 2022 (50 daerah)",
		"  23–24 Juni 2022    Bimtek I",
		"masterplan.json: valid, 0 galat, 0 peringatan (quick win wajib di tiap pilar)",
		"19 program, 6 quick win, anggaran Rp17.620.000.000",
		// SPBE: the published 2021 figures, then the scored 2023 and 2024.
		"2021   2,76     Baik         3,52  Sangat Baik  angka terbit, tanpa level indikator",
		"2023   3,64     Sangat Baik  4,14  Sangat Baik  level direkonstruksi",
		"2024   3,99     Sangat Baik  4,51  Memuaskan    level direkonstruksi",
		"D3 Manajemen SPBE           2,36          2,64  +0,27  3,91           -1,27",
		"Indeks SPBE                 3,64          3,99  +0,35  4,51           -0,52",
		// The plan: Memuaskan in 2025, the last evaluation under 59/2020, 8 raises.
		"3,99 Sangat Baik → 4,21 Memuaskan: tercapai pada 2025 dengan 8 kenaikan level",
		"  2025   41 Layanan Kinerja Pegawai                         4→5    4,21",
		"Menyamai level Sumedang 2024 di tiap indikator: 30 kenaikan, selesai 2026, indeks 4,54.",
		// The 2026 rules, and the illustrative Pemdi assessment and plan.
		"- 20 indikator dalam 7 aspek, tanpa domain (dulu 47 indikator, 8 aspek, 4 domain);",
		"- predikat Memuaskan mulai 4,00 (dulu 4,20), Sangat Baik tetap mulai 3,50, Baik mulai 2,50 (dulu",
		"Penilaian Pemdi 2026 Rembang (ilustratif: level Pemdi Rembang belum dipublikasikan):",
		"A4 Keamanan Pemdi                                15%    3,00",
		"Indeks Pemerintah Digital                               3,65  Sangat Baik",
		"Indikator 5 dinilai dari skor SDI 70: level 4. Aspek terlemah: A4 Keamanan Pemdi (3,00).",
		"3,65 Sangat Baik → 4,00 Memuaskan: tercapai pada 2027 dengan 4 kenaikan level",
		// The evaluation under both weights and the progress.
		"Indeks Pencapaian  3,38         3,33",
		"Tepatnya 3,375; kenaikan +0,17 dari 3,21 tahun lalu.",
		"2024   9 / 12       75,0%    Rp1.630.000.000 / Rp2.475.000.000 (65,9%)",
		"Belum terealisasi 2024: GOV-04, BRD-02, BRD-03",
	} {
		assert.Contains(t, out, want+"\n")
	}
}

func TestRunWritesWellFormedFiles(t *testing.T) {
	for _, lang := range []smartcity.Lang{smartcity.Indonesian, smartcity.English} {
		t.Run(lang.String(), func(t *testing.T) {
			out, dir := tell(t, "-lang", lang.String())
			entries, err := os.ReadDir(dir)
			require.NoError(t, err)
			var names []string
			for _, e := range entries {
				names = append(names, e.Name())
				assert.Contains(t, out, "\n"+e.Name()+" ", "the output lists %s", e.Name())
			}
			assert.ElementsMatch(t, []string{
				"laporan-spbe-rembang-2024.md", "radar-spbe-rembang-sumedang-2024.svg", "radar-spbe-rembang-2023-2024.svg",
				"hasil-spbe.csv", "laporan-pemdi-rembang-2026.md", "masterplan-rembang.md", "roadmap-rembang.svg", "pilar-rembang.svg",
				"program-rembang.csv", "evaluasi-2024.md", "kemajuan-2024.json",
			}, names)
			for _, name := range names {
				b, err := os.ReadFile(filepath.Join(dir, name))
				require.NoError(t, err)
				switch filepath.Ext(name) {
				case ".svg":
					golden.SVG(t, b, name)
				case ".md":
					assert.True(t, bytes.HasPrefix(b, []byte("# ")), "%s opens with a title", name)
				case ".csv":
					r := csv.NewReader(bytes.NewReader(b))
					if lang == smartcity.Indonesian {
						r.Comma = ';'
					}
					rows, err := r.ReadAll()
					require.NoError(t, err, name)
					assert.Greater(t, len(rows), 1, "%s has a header and rows", name)
				case ".json":
					var rep masterplan.ProgressReport
					require.NoError(t, json.Unmarshal(b, &rep), name)
					assert.Equal(t, 2024, rep.Year)
					assert.Equal(t, 9, rep.Total.Achievement.Realised)
				}
			}
		})
	}
}

func TestRunReportsHoldTheFigures(t *testing.T) {
	_, dir := tell(t)
	read := func(name string) string {
		b, err := os.ReadFile(filepath.Join(dir, name))
		require.NoError(t, err)
		return string(b)
	}
	spbeReport := read("laporan-spbe-rembang-2024.md")
	assert.Contains(t, spbeReport, "**Indeks SPBE 3,99 — Sangat Baik**")
	assert.Contains(t, spbeReport, "Pembanding: Pemerintah Kab. Sumedang 2024, Indeks SPBE 4,51 — Memuaskan.")
	pemdiReport := read("laporan-pemdi-rembang-2026.md")
	assert.Contains(t, pemdiReport, "**Indeks Pemerintah Digital 3,65 — Sangat Baik**")
	assert.Contains(t, pemdiReport, "Ilustratif: level Indeks Pemerintah Digital Rembang belum dipublikasikan.")
	assert.Contains(t, pemdiReport, "4 kenaikan; indeks menjadi 4,00, Memuaskan.")
	assert.Contains(t, read("evaluasi-2024.md"), "**3,38** (tepatnya 3,375)")
	assert.Contains(t, read("masterplan-rembang.md"), "Rp17.620.000.000")
	assert.Contains(t, read("hasil-spbe.csv"), "Pemerintah Kab. Rembang;2023;permenpanrb-59-2020;4,50;3,10;2,36;4,14;3,64;Sangat Baik;rounded;36350;")
	assert.Contains(t, read("radar-spbe-rembang-sumedang-2024.svg"), "Sumedang")
}

func TestRunDefaultsToATemporaryFolder(t *testing.T) {
	t.Setenv("TMPDIR", t.TempDir())
	var out bytes.Buffer
	require.NoError(t, run(&out, nil))
	_, last := splitLast(t, out.String())
	dir, ok := strings.CutPrefix(last, "Folder: ")
	require.True(t, ok, last)
	assert.Equal(t, os.TempDir(), filepath.Dir(dir))
	assert.True(t, strings.HasPrefix(filepath.Base(dir), "rembang-"), dir)
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	assert.Len(t, entries, 11)
}

func TestRunCreatesTheFolder(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "laporan", "2024")
	var out bytes.Buffer
	require.NoError(t, run(&out, []string{"-out", dir}))
	assert.FileExists(t, filepath.Join(dir, "roadmap-rembang.svg"))
}

func TestRunRefusesAFileAsFolder(t *testing.T) {
	f := filepath.Join(t.TempDir(), "berkas")
	require.NoError(t, os.WriteFile(f, []byte("x"), 0o644))
	var out bytes.Buffer
	err := run(&out, []string{"-out", f})
	require.Error(t, err)
	assert.NotErrorIs(t, err, errUsage)
}

func TestRunUsage(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"laporan"}, `usage error: unexpected argument "laporan"`},
		{[]string{"-lang", "fr"}, `usage error: invalid value "fr" for flag -lang: smartcity: unknown language "fr" (want id or en)`},
		{[]string{"-format", "pdf"}, "usage error: flag provided but not defined: -format"},
		{[]string{"-out"}, "usage error: flag needs an argument: -out"},
	}
	for _, tt := range tests {
		var out bytes.Buffer
		err := run(&out, tt.args)
		require.ErrorIs(t, err, errUsage, tt.args)
		assert.EqualError(t, err, tt.want)
		assert.Empty(t, out.String(), "nothing is told after a usage error")
	}
}

func TestRunHelp(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run(&out, []string{"-h"}))
	assert.True(t, strings.HasPrefix(out.String(), usage+"\n"), out.String())
	assert.Contains(t, out.String(), "-lang id|en")
	assert.Contains(t, out.String(), "-out DIR")
}

// failingWriter fails from its nth write on.
type failingWriter struct{ writes, n int }

func (w *failingWriter) Write(p []byte) (int, error) {
	w.writes++
	if w.writes >= w.n {
		return 0, errors.New("disk full")
	}
	return len(p), nil
}

func TestRunReportsWriteErrors(t *testing.T) {
	for _, n := range []int{1, 5, 40} {
		w := &failingWriter{n: n}
		require.EqualError(t, run(w, []string{"-out", t.TempDir()}), "disk full")
		assert.Equal(t, n, w.writes, "printing stops at the first failed write")
	}
}
