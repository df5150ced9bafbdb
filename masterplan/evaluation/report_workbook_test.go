package evaluation_test

import (
	"archive/zip"
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/masterplan/evaluation"
	"github.com/kotacerdas/smartcity/masterplan/evaluation/evaltest"
)

// The result of one evaluation is a workbook of numbers: the index as
// published above the dimensions' weights, scores and contributions, and
// the pillar scores on a sheet of their own.
func TestWriteReportWorkbook(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, evaluation.WriteReportWorkbook(&buf, evaltest.Rembang2024(), evaluation.ReportOptions{}))
	assert.Equal(t, 1, charts(t, buf.Bytes()), "the dimensions' scores")
	f, err := excelize.OpenReader(&buf)
	require.NoError(t, err)
	defer f.Close()
	assert.Contains(t, f.GetSheetList(), "Hasil")
	assert.Contains(t, f.GetSheetList(), "Pilar")
	rows, err := f.GetRows("Hasil", excelize.Options{RawCellValue: true})
	require.NoError(t, err)
	var index, outcome []string
	for _, r := range rows {
		if len(r) > 0 && r[0] == "Indeks Pencapaian" {
			index = r
		}
		if len(r) > 0 && r[0] == "Outcome" {
			outcome = r
		}
	}
	require.Len(t, index, 3)
	assert.Equal(t, []string{"Indeks Pencapaian", "3.38", "27/8"}, index)
	assert.Equal(t, []string{"Outcome", "0.3", "3.25", "0.975"}, outcome)

	bad := evaltest.Evaluation().Build()
	bad.Scores.Impact = "9"
	assert.Error(t, evaluation.WriteReportWorkbook(new(bytes.Buffer), bad, evaluation.ReportOptions{}))
}

// A ranking is a sheet of a row per standing, the index stored as the
// number published, and a bar chart of it.
func TestWriteStandingsWorkbook(t *testing.T) {
	c := evaltest.RandomCohort(rand.New(rand.NewPCG(3, 3)), 12)
	standings, err := c.Score(evaluation.Weights{})
	require.NoError(t, err)
	for _, lang := range []smartcity.Lang{smartcity.Indonesian, smartcity.English} {
		var buf bytes.Buffer
		require.NoError(t, evaluation.WriteStandingsWorkbook(&buf, standings, lang))
		assert.Equal(t, 1, charts(t, buf.Bytes()), "the ranking's bars")
		f, err := excelize.OpenReader(&buf)
		require.NoError(t, err)
		sheet := map[bool]string{false: "Peringkat", true: "Ranking"}[lang == smartcity.English]
		rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
		require.NoError(t, err)
		require.Len(t, rows, 13)
		assert.Equal(t, "1", rows[1][0])
		assert.Equal(t, standings[0].Region, rows[1][1])
		assert.Equal(t, standings[0].Index.String(), rows[1][6])
		f.Close()
	}
	var empty bytes.Buffer
	require.NoError(t, evaluation.WriteStandingsWorkbook(&empty, []evaluation.Standing{}, smartcity.Indonesian))
}

// charts counts the charts of the workbook data.
func charts(t *testing.T, data []byte) int {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	require.NoError(t, err)
	n := 0
	for _, f := range z.File {
		if strings.HasPrefix(f.Name, "xl/charts/chart") {
			n++
		}
	}
	return n
}
