package masterplan_test

import (
	"archive/zip"
	"bytes"
	"io"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/csvio"
	"github.com/kotacerdas/smartcity/internal/workbook"
	"github.com/kotacerdas/smartcity/masterplan"
	"github.com/kotacerdas/smartcity/masterplan/plantest"
)

// sheetRows returns the header and rows of a sheet of the workbook.
func sheetRows(t *testing.T, data []byte, sheet string) [][]string {
	t.Helper()
	b, err := workbook.Open(data, workbook.Options{})
	require.NoError(t, err)
	defer b.Close()
	cr, err := b.Table(sheet, csvio.Options{})
	require.NoError(t, err)
	out := [][]string{cr.Header()}
	for {
		row, err := cr.Next()
		if err == io.EOF {
			return out
		}
		require.NoError(t, err)
		out = append(out, row.Cells)
	}
}

// hasChart reports whether the workbook holds a native chart.
func hasChart(t *testing.T, data []byte) bool {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	require.NoError(t, err)
	for _, f := range zr.File {
		if f.Name == "xl/charts/chart1.xml" {
			return true
		}
	}
	return false
}

// The plan's report workbook holds its programmes, its budget by pillar
// with a chart, totals that agree with the summary, and its KPIs; it is
// never read back as a plan.
func TestPlanReportWorkbook(t *testing.T) {
	p := plantest.Rembang()
	s, err := p.Summarize()
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, p.WriteReportWorkbook(&buf, masterplan.ReportOptions{}))
	data := buf.Bytes()
	assert.True(t, hasChart(t, data))
	progs := sheetRows(t, data, "Daftar Program")
	assert.Len(t, progs, len(p.Programs)+1)
	assert.Equal(t, "Anggaran", progs[0][10])
	byPillar := sheetRows(t, data, "Anggaran Pilar")
	last := byPillar[len(byPillar)-1]
	assert.Equal(t, []string{"Jumlah", strconv.FormatInt(s.Budget.Total, 10), "1"}, last)
	assert.Len(t, sheetRows(t, data, "Anggaran Rinci"), len(s.Budget.Cells)+1)
	assert.Greater(t, len(sheetRows(t, data, "Daftar KPI")), 1)
	got, ps, err := masterplan.ReadWorkbook(data, masterplan.ValidateOptions{})
	require.NoError(t, err)
	assert.Nil(t, got)
	assert.Equal(t, "sheet", ps[0].Rule)

	buf.Reset()
	require.NoError(t, p.WriteReportWorkbook(&buf, masterplan.ReportOptions{Lang: smartcity.English}))
	assert.Equal(t, "Budget", sheetRows(t, buf.Bytes(), "Programme list")[0][10])
}

// The progress report's workbook holds the achievement by pillar with a
// chart, the absorption, the programmes and their KPIs.
func TestProgressReportWorkbook(t *testing.T) {
	p, pr := plantest.Rembang(), plantest.RembangProgress2024()
	rep, err := pr.Report(p, 2024)
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, rep.WriteWorkbook(&buf, smartcity.Indonesian))
	data := buf.Bytes()
	assert.True(t, hasChart(t, data))
	ach := sheetRows(t, data, "Capaian Pilar")
	assert.Len(t, ach, len(rep.Pillars)+2)
	assert.Equal(t, "Semua pilar", ach[len(ach)-1][0])
	assert.Equal(t, strconv.Itoa(rep.Total.Achievement.Planned), ach[len(ach)-1][1])
	assert.Len(t, sheetRows(t, data, "Kemajuan Program"), len(rep.Programs)+1)
	assert.NotEmpty(t, sheetRows(t, data, "Penyerapan Anggaran"))
	assert.NotEmpty(t, sheetRows(t, data, "Kemajuan KPI"))
}
