package main

import (
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
