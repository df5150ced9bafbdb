package main

import (
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// An analyst's Excel export scores as the clean CSV of the same levels,
// without a word on standard error.
func TestSPBEScoreExcelStyleCSV(t *testing.T) {
	for _, form := range []string{"wide-8-2026", "long-59-2020"} {
		code, clean, errOut := runCLI(t, "", "spbe", "score", spbeTestdata("excel/"+form+"-clean.csv"))
		require.Equal(t, exitOK, code, errOut)
		code, excel, errOut := runCLI(t, "", "spbe", "score", spbeTestdata("excel/"+form+"-excel.csv"))
		require.Equal(t, exitOK, code, errOut)
		assert.Empty(t, errOut)
		assert.Equal(t, clean, excel, form)
	}
}

// wideStated is a wide CSV of PermenPANRB 8/2026, every level 3 (index
// 3.00, Baik), whose Indeks and Predikat columns say otherwise.
func wideStated() string {
	var h, r strings.Builder
	h.WriteString("Nama Instansi;Tahun")
	r.WriteString("Kab. Contoh;2026")
	for i := 1; i <= 20; i++ {
		h.WriteString(";Indikator " + string(rune('0'+i/10)) + string(rune('0'+i%10)))
		r.WriteString(";3")
	}
	return h.String() + ";Indeks;Predikat\n" + r.String() + ";3,98;Sangat Baik\n"
}

// A value the sheet computed that differs from the exact result is a
// warning on standard error, one line each, in the language asked for;
// the command still succeeds.
func TestSPBEWarningsOnStderr(t *testing.T) {
	for _, args := range [][]string{
		{"spbe", "score", "-"},
		{"spbe", "cohort", "-"},
		{"spbe", "report", "-"},
		{"spbe", "plan", "--target", "3.5", "-"},
	} {
		t.Run(args[1], func(t *testing.T) {
			code, out, errOut := runCLI(t, wideStated(), args...)
			require.Equal(t, exitOK, code, errOut)
			assert.NotEmpty(t, out)
			lines := strings.Split(strings.TrimSuffix(errOut, "\n"), "\n")
			require.Len(t, lines, 2, errOut)
			prog := "smartcity " + strings.Join(args[:2], " ")
			assert.Equal(t, prog+": peringatan: baris 2, kolom 23 (Indeks): sel berisi 3,98; nilai eksak indeks adalah 3,00, 3,00", lines[0])
			assert.Equal(t, prog+`: peringatan: baris 2, kolom 24 (Predikat): sel berisi "Sangat Baik"; indeks eksak 3,00 berpredikat Baik`, lines[1])

			code, _, errOut = runCLI(t, wideStated(), append(args[:2:2], append([]string{"--lang", "en"}, args[2:]...)...)...)
			require.Equal(t, exitOK, code, errOut)
			assert.Contains(t, errOut, prog+": warning: line 2, column 23 (Indeks): the cell says 3.98; the exact index is 3.00, 3.00\n")
		})
	}
}

// long26 is a long CSV of PermenPANRB 8/2026, every level 3, below the
// lines given.
func long26(above string) string {
	var b strings.Builder
	b.WriteString(above)
	b.WriteString("No;Indikator;Level\n")
	for i := 1; i <= 20; i++ {
		b.WriteString(strconv.Itoa(i) + ";" + strconv.Itoa(i) + ";3\n")
	}
	return b.String()
}

// A long CSV takes its instansi and year from a header block or from
// --instansi and --tahun, so that its results are named; a flag and a
// block that differ are a problem of the file.
func TestSPBEInstansiAndTahun(t *testing.T) {
	block := long26("Instansi;Kab. Rembang\nTahun;2026\n")
	for _, args := range [][]string{
		{"spbe", "score", "--lang", "en", "--json", "-"},
		{"spbe", "score", "--lang", "en", "--json", "--instansi", "Kab. Rembang", "--tahun", "2026", "-"},
	} {
		for _, in := range []string{block, long26("")} {
			if in != block && len(args) == 6 {
				continue
			}
			code, out, errOut := runCLI(t, in, args...)
			require.Equal(t, exitOK, code, errOut)
			assert.Contains(t, out, `"instansi":"Kab. Rembang","tahun":2026`)
		}
	}
	code, out, errOut := runCLI(t, long26(""), "spbe", "report", "--instansi", "Kab. Rembang", "--tahun", "2026", "-")
	require.Equal(t, exitOK, code, errOut)
	assert.Contains(t, out, "Kab. Rembang 2026")
	assert.NotContains(t, out, "?")

	code, _, errOut = runCLI(t, block, "spbe", "plan", "--lang", "en", "--target", "3.5", "--instansi", "Kab. Blora", "-")
	assert.Equal(t, exitFinding, code)
	assert.Contains(t, errOut, `line 1, column 2 (Instansi): the file names the instansi "Kab. Rembang", but "Kab. Blora" was asked for`)
	code, _, errOut = runCLI(t, block, "spbe", "score", "--tahun", "2025", "-")
	assert.Equal(t, exitFinding, code)
	assert.Contains(t, errOut, `baris 2, kolom 2 (Tahun): berkas menyebut tahun 2026, padahal yang diminta 2025`)
	code, _, errOut = runCLI(t, block, "spbe", "score", "--tahun", "1999", "-")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errOut, "--tahun: 1999 bukan tahun evaluasi")
}
