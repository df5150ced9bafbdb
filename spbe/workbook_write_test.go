package spbe_test

import (
	"archive/zip"
	"bytes"
	"io"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/csvio"
	"github.com/kotacerdas/smartcity/internal/workbook"
	"github.com/kotacerdas/smartcity/spbe"
)

// sheetRows reads the named sheet of a workbook: its header and rows.
func sheetRows(t *testing.T, data []byte, sheet string) ([]string, [][]string) {
	t.Helper()
	b, err := workbook.Open(data, workbook.Options{})
	require.NoError(t, err)
	defer b.Close()
	r, err := b.Table(sheet, csvio.Options{})
	require.NoError(t, err, "sheets %q", b.Sheets())
	var rows [][]string
	for {
		row, err := r.Next()
		if err == io.EOF {
			return r.Header(), rows
		}
		require.NoError(t, err)
		rows = append(rows, row.Cells)
	}
}

// parts counts the parts of a workbook whose names start with prefix.
func parts(t *testing.T, data []byte, prefix string) int {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	require.NoError(t, err)
	n := 0
	for _, f := range zr.File {
		if strings.HasPrefix(f.Name, prefix) {
			n++
		}
	}
	return n
}

func TestWriteReportWorkbook(t *testing.T) {
	rembang, sumedang := exampleScored("rembang-2024.json", spbe.Unrounded), exampleScored("sumedang-2024.json", spbe.Unrounded)
	var buf bytes.Buffer
	require.NoError(t, spbe.WriteReportWorkbook(&buf, rembang, spbe.ReportOptions{Target: spbe.Target{Predicate: spbe.Memuaskan}, Compare: &sumedang}))
	data := buf.Bytes()

	_, summary := sheetRows(t, data, "Ringkasan")
	assert.Equal(t, []string{"Instansi", "Pemerintah Kab. Rembang"}, summary[0])
	assert.Equal(t, "3.987", summary[3][1], "the index is a number")
	assert.Equal(t, "Sangat Baik", summary[5][1])

	header, domains := sheetRows(t, data, "Domain")
	assert.Equal(t, []string{"Kode", "Domain", "Bobot", "Pemerintah Kab. Rembang 2024", "Pemerintah Kab. Sumedang 2024", "Selisih", "Target"}, header)
	require.Len(t, domains, 4)
	assert.Equal(t, []string{"D1", "Kebijakan Internal SPBE", "0.13", "4.4"}, domains[0][:4])
	assert.Equal(t, "4.2", domains[0][6], "the target's index on every row")

	_, steps := sheetRows(t, data, "Rencana kenaikan")
	assert.NotEmpty(t, steps)
	assert.Equal(t, 3, parts(t, data, "xl/charts/chart"), "domains, aspects and the plan")

	// A report that cannot be made writes nothing.
	buf.Reset()
	assert.Error(t, spbe.WriteReportWorkbook(&buf, spbe.Scored{}, spbe.ReportOptions{}))
	assert.Zero(t, buf.Len())
}

func TestCohortsWriteWorkbook(t *testing.T) {
	rembang, sumedang := exampleScored("rembang-2024.json", spbe.Unrounded), exampleScored("sumedang-2024.json", spbe.Unrounded)
	c, err := spbe.NewCohort(spbe.Default(), []spbe.Member{
		spbe.MemberOf(rembang.Instansi, 2024, rembang.Result), spbe.MemberOf(sumedang.Instansi, 2024, sumedang.Result),
		spbe.MemberOf("=HYPERLINK(\"http://x\")", 2024, rembang.Result),
	})
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, spbe.Cohorts{c}.WriteWorkbook(&buf, smartcity.English))
	header, rows := sheetRows(t, buf.Bytes(), "Ranking")
	assert.Equal(t, []string{"Ranking", "Instansi", "Year", "SPBE index", "Predikat", "Percentile", "D1", "D2", "D3", "D4"}, header)
	require.Len(t, rows, 3)
	assert.Equal(t, "Pemerintah Kab. Sumedang", rows[0][1])
	assert.Equal(t, []string{"2", "2"}, []string{rows[1][0], rows[2][0]}, "equal indices share a rank")
	assert.Equal(t, 1, parts(t, buf.Bytes(), "xl/charts/chart"))
}

func TestPlanWriteWorkbook(t *testing.T) {
	rembang := exampleScored("rembang-2024.json", spbe.Unrounded)
	p, err := spbe.Default().Plan(rembang.Result.Levels, spbe.Target{Predicate: spbe.Memuaskan}, spbe.PlanOptions{})
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, p.WriteWorkbook(&buf, smartcity.Indonesian))
	header, rows := sheetRows(t, buf.Bytes(), "Rencana kenaikan")
	assert.Equal(t, []string{"Tahun", "Indikator", "Nama indikator", "Dari", "Ke", "Biaya", "Indeks sesudahnya", "wajib"}, header)
	require.Len(t, rows, len(p.Steps))
	last := rows[len(rows)-1]
	assert.Equal(t, p.Steps[len(p.Steps)-1].IndexAfter.Float64(), mustFloat(t, last[6]))
}

func TestWriteTemplate(t *testing.T) {
	for _, fw := range []string{"permenpanrb-59-2020", "permenpanrb-8-2026"} {
		f, err := spbe.Lookup(fw)
		require.NoError(t, err)
		var buf bytes.Buffer
		require.NoError(t, spbe.WriteTemplate(&buf, f, spbe.TemplateOptions{Instansi: "Kab. Rembang", Year: 2026}))
		b, err := workbook.Open(buf.Bytes(), workbook.Options{})
		require.NoError(t, err)
		assert.Equal(t, []string{"Petunjuk", "Penilaian", "Pilihan"}, b.Sheets())
		b.Close()
		buf.Reset()
		require.NoError(t, spbe.WriteTemplate(&buf, f, spbe.TemplateOptions{Cohort: true, Lang: smartcity.English}))
		header, rows := sheetRows(t, buf.Bytes(), "Cohort")
		assert.Len(t, header, 2+f.NumIndicators())
		assert.Empty(t, rows, "the rows to fill are empty")
		format, err := spbe.DetectFormat(buf.Bytes())
		require.NoError(t, err)
		assert.Equal(t, spbe.FormatWideCSV, format)
	}
}

func mustFloat(t *testing.T, s string) float64 {
	t.Helper()
	f, err := strconv.ParseFloat(s, 64)
	require.NoError(t, err)
	return f
}

// The indicator sheet of a report reads back as the levels reported.
func TestReportWorkbookReadsBack(t *testing.T) {
	rembang := exampleScored("rembang-2024.json", spbe.Unrounded)
	var buf bytes.Buffer
	require.NoError(t, spbe.WriteReportWorkbook(&buf, rembang, spbe.ReportOptions{Lang: smartcity.English}))
	as, err := spbe.ReadAssessments(bytes.NewReader(buf.Bytes()), spbe.ReadOptions{Framework: spbe.Default()})
	require.NoError(t, err)
	require.Len(t, as, 1)
	lv, err := spbe.Default().LevelsOf(&as[0], spbe.Options{})
	require.NoError(t, err)
	assert.Equal(t, rembang.Result.Levels, lv)
}
