package spbe_test

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/csvio"
	"github.com/kotacerdas/smartcity/spbe"
)

// fill opens a workbook, lets set change it as a person would in Excel,
// and returns it saved.
func fill(t *testing.T, data []byte, set func(f *excelize.File)) []byte {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	require.NoError(t, err)
	set(f)
	var buf bytes.Buffer
	_, err = f.WriteTo(&buf)
	require.NoError(t, err)
	return buf.Bytes()
}

// A filled template reads back without edits: the assessment template
// with its instansi and year above the table and a level name picked on
// every row, and the cohort template with a row typed in.
func TestTemplateReadsBack(t *testing.T) {
	for _, id := range []string{"permenpanrb-59-2020", "permenpanrb-8-2026"} {
		fw, err := spbe.Lookup(id)
		require.NoError(t, err)
		for _, lang := range []smartcity.Lang{smartcity.Indonesian, smartcity.English} {
			var buf bytes.Buffer
			require.NoError(t, spbe.WriteTemplate(&buf, fw, spbe.TemplateOptions{Lang: lang, Instansi: "Kab. Rembang", Year: fw.Years()[0]}))
			sheet := map[smartcity.Lang]string{smartcity.Indonesian: "Penilaian", smartcity.English: "Assessment"}[lang]
			data := fill(t, buf.Bytes(), func(f *excelize.File) {
				for i, ind := range fw.Indicators() {
					// The header is on row 4, under the instansi, the year
					// and a blank row; the level is column D.
					require.NoError(t, f.SetCellStr(sheet, csvio.CellName(4, 5+i), fw.LevelName(ind.Number, 3).In(lang)))
				}
			})
			as, err := spbe.ReadAssessments(bytes.NewReader(data), spbe.ReadOptions{})
			require.NoError(t, err, "%s %s", id, lang)
			require.Len(t, as, 1)
			assert.Equal(t, "Kab. Rembang", as[0].Instansi)
			assert.Equal(t, fw.Years()[0], as[0].Year)
			res, err := fw.ScoreAssessment(&as[0], spbe.Options{})
			require.NoError(t, err)
			assert.Equal(t, "3.00", res.Index.Format(2), "%s %s", id, lang)

			buf.Reset()
			require.NoError(t, spbe.WriteTemplate(&buf, fw, spbe.TemplateOptions{Lang: lang, Cohort: true}))
			sheet = map[smartcity.Lang]string{smartcity.Indonesian: "Kohort", smartcity.English: "Cohort"}[lang]
			data = fill(t, buf.Bytes(), func(f *excelize.File) {
				require.NoError(t, f.SetCellStr(sheet, "A2", "Kab. Rembang"))
				require.NoError(t, f.SetCellInt(sheet, "B2", int64(fw.Years()[0])))
				for i := range fw.NumIndicators() {
					require.NoError(t, f.SetCellInt(sheet, csvio.CellName(3+i, 2), 4))
				}
			})
			as, err = spbe.ReadAssessments(bytes.NewReader(data), spbe.ReadOptions{})
			require.NoError(t, err)
			require.Len(t, as, 1)
			res, err = fw.ScoreAssessment(&as[0], spbe.Options{})
			require.NoError(t, err)
			assert.Equal(t, "4.00", res.Index.Format(2))
		}
	}
}

// A template whose instansi and year are left empty reads back, without
// them.
func TestTemplateEmptyBlockReadsBack(t *testing.T) {
	fw := spbe.Default()
	var buf bytes.Buffer
	require.NoError(t, spbe.WriteTemplate(&buf, fw, spbe.TemplateOptions{}))
	data := fill(t, buf.Bytes(), func(f *excelize.File) {
		for i, ind := range fw.Indicators() {
			require.NoError(t, f.SetCellStr("Penilaian", csvio.CellName(4, 5+i), fw.LevelName(ind.Number, 2).ID))
		}
	})
	as, err := spbe.ReadAssessments(bytes.NewReader(data), spbe.ReadOptions{})
	require.NoError(t, err)
	require.Len(t, as, 1)
	assert.Empty(t, as[0].Instansi)
	assert.Zero(t, as[0].Year)
	as, err = spbe.ReadAssessments(bytes.NewReader(data), spbe.ReadOptions{Instansi: "Kab. Rembang", Year: 2024})
	require.NoError(t, err)
	assert.Equal(t, "Kab. Rembang", as[0].Instansi)
	assert.Equal(t, 2024, as[0].Year)
}
