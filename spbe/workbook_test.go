package spbe_test

import (
	"bytes"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/workbook/workbooktest"
	"github.com/kotacerdas/smartcity/spbe"
)

// sheetOf returns a workbook whose sheet holds the table of the CSV text,
// a notes sheet before it.
func sheetOf(t testing.TB, sheet, text string) []byte {
	t.Helper()
	data, err := workbooktest.FromCSV(sheet, text)
	require.NoError(t, err)
	return data
}

// A wide and a long table read from a workbook are the assessments the
// same CSV holds.
func TestReadWorkbook(t *testing.T) {
	wide := "instansi,tahun," + numbersTo(20) + "\nKab. Rembang,2026," + strings.Repeat("3,", 19) + "4\nKota Semarang,2026," + strings.Repeat("4,", 19) + "5\n"
	long := "indikator,level,tahun\n" + longRows(20, "2", 2026)
	for name, text := range map[string]string{"wide": wide, "long": long} {
		t.Run(name, func(t *testing.T) {
			fromCSV, err := spbe.ReadAssessments(strings.NewReader(text), spbe.ReadOptions{})
			require.NoError(t, err)
			data := sheetOf(t, "Penilaian", text)
			fromBook, err := spbe.ReadAssessments(bytes.NewReader(data), spbe.ReadOptions{})
			require.NoError(t, err)
			assert.Equal(t, fromCSV, fromBook)
			want, _ := spbe.DetectFormat([]byte(text))
			got, err := spbe.DetectFormat(data)
			require.NoError(t, err)
			assert.Equal(t, want, got)
			var scored []spbe.Scored
			for s, err := range spbe.ScoreAll(bytes.NewReader(data), spbe.ScoreAllOptions{}) {
				require.NoError(t, err)
				scored = append(scored, s)
			}
			assert.Len(t, scored, len(fromCSV))
		})
	}
}

// A problem in a sheet names the sheet and the cell.
func TestReadWorkbookPlaces(t *testing.T) {
	text := "indikator,level,tahun\n" + longRows(20, "2", 2026) + "99,9,2026\n"
	_, err := spbe.ReadAssessments(bytes.NewReader(sheetOf(t, "Penilaian", text)), spbe.ReadOptions{})
	var ps smartcity.Problems
	require.ErrorAs(t, err, &ps)
	require.NotEmpty(t, ps)
	assert.Equal(t, "Penilaian", ps[0].Sheet)
	assert.Equal(t, "A22", ps[0].Cell)
	assert.Contains(t, ps[0].Message(smartcity.Indonesian), "lembar Penilaian, sel A22 (indikator): ")

	_, err = spbe.ReadAssessments(bytes.NewReader(sheetOf(t, "Lain", "nama,nilai\na,1\n")), spbe.ReadOptions{})
	assert.ErrorIs(t, err, spbe.ErrMalformed)
	assert.Contains(t, smartcity.ErrorMessage(err, smartcity.Indonesian), "tidak ada lembar yang memuat penilaian")
}

func numbersTo(n int) string {
	var b strings.Builder
	for i := 1; i <= n; i++ {
		if i > 1 {
			b.WriteByte(',')
		}
		b.WriteString(strconv.Itoa(i))
	}
	return b.String()
}

func longRows(n int, level string, year int) string {
	var b strings.Builder
	for i := 1; i <= n; i++ {
		b.WriteString(strconv.Itoa(i) + "," + level + "," + strconv.Itoa(year) + "\n")
	}
	return b.String()
}

// A costs list is read from a workbook as from its CSV.
func TestDecodeCostsWorkbook(t *testing.T) {
	text := "indikator,biaya,level\n1,1500000,4\n2,2000000,\n"
	fromCSV, err := spbe.DecodeCosts(strings.NewReader(text), spbe.ReadOptions{})
	require.NoError(t, err)
	fromBook, err := spbe.DecodeCosts(bytes.NewReader(sheetOf(t, "Biaya", text)), spbe.ReadOptions{})
	require.NoError(t, err)
	assert.Equal(t, fromCSV, fromBook)

	_, err = spbe.DecodeCosts(bytes.NewReader(sheetOf(t, "Biaya", "indikator,biaya\n99,5\n")), spbe.ReadOptions{})
	var ps smartcity.Problems
	require.ErrorAs(t, err, &ps)
	assert.Equal(t, "Biaya", ps[0].Sheet)
	assert.Equal(t, "A2", ps[0].Cell)
	_, err = spbe.DecodeCosts(bytes.NewReader(sheetOf(t, "Lain", "a,b\n1,2\n")), spbe.ReadOptions{})
	assert.ErrorContains(t, err, "no sheet holds a costs list")
}
