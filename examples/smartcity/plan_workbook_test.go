package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/masterplan"
)

// rembangWorkbooks writes the Rembang plan and its realisation as
// workbooks in a new folder, the realisation naming the plan beside it,
// and returns their paths.
func rembangWorkbooks(t *testing.T) (plan, progress string) {
	t.Helper()
	dir := t.TempDir()
	p, err := masterplan.Load(rembangPlan, masterplan.DecodeOptions{})
	require.NoError(t, err)
	pr, err := masterplan.LoadProgress(rembangProgress, masterplan.DecodeOptions{})
	require.NoError(t, err)
	pr.Plan = "masterplan.xlsx"
	var buf bytes.Buffer
	require.NoError(t, masterplan.WriteWorkbook(&buf, p, smartcity.Indonesian))
	plan = filepath.Join(dir, "masterplan.xlsx")
	require.NoError(t, os.WriteFile(plan, buf.Bytes(), 0o600))
	buf.Reset()
	require.NoError(t, masterplan.WriteProgressWorkbook(&buf, pr, smartcity.Indonesian))
	progress = filepath.Join(dir, "realisasi.xlsx")
	require.NoError(t, os.WriteFile(progress, buf.Bytes(), 0o600))
	return plan, progress
}

// editCell sets one cell of the workbook at path.
func editCell(t *testing.T, path, sheet, cell string, v any) {
	t.Helper()
	f, err := excelize.OpenFile(path)
	require.NoError(t, err)
	require.NoError(t, f.SetCellValue(sheet, cell, v))
	require.NoError(t, f.Save())
	require.NoError(t, f.Close())
}

// plan validate, summary, report and progress read a workbook as they
// read the JSON it was written from, and say the same.
func TestPlanCommandsReadWorkbooks(t *testing.T) {
	plan, progress := rembangWorkbooks(t)
	for _, args := range [][]string{
		{"plan", "validate", "--lang", "en"},
		{"plan", "summary"},
		{"plan", "report"},
		{"plan", "report", "--format", "csv"},
	} {
		code, want, _ := runCLI(t, "", append(args, rembangPlan)...)
		require.Equal(t, exitOK, code)
		code, got, stderr := runCLI(t, "", append(args, plan)...)
		assert.Equal(t, exitOK, code, stderr)
		assert.Equal(t, want, got, "%v", args)
	}
	code, want, _ := runCLI(t, "", "plan", "progress", rembangProgress)
	require.Equal(t, exitOK, code)
	code, got, stderr := runCLI(t, "", "plan", "progress", progress)
	assert.Equal(t, exitOK, code, stderr)
	assert.Equal(t, want, got)
	code, got, stderr = runCLI(t, "", "plan", "progress", "--plan", plan, rembangProgress)
	assert.Equal(t, exitOK, code, stderr)
	assert.Equal(t, want, got)
}

// A workbook edited in one cell is reported at that cell, in the
// language asked for; a command that needs a valid plan says how many
// errors it has, or lists the problems of reading.
func TestPlanWorkbookProblemsNameTheCell(t *testing.T) {
	plan, progress := rembangWorkbooks(t)
	editCell(t, plan, "Anggaran", "D3", -5)
	code, out, _ := runCLI(t, "", "plan", "validate", plan)
	assert.Equal(t, exitFinding, code)
	assert.Contains(t, out, "galat: lembar Anggaran, sel D3 (programs[0].budget[1].amount): ")
	code, out, _ = runCLI(t, "", "plan", "validate", "--lang", "en", "--json", plan)
	assert.Equal(t, exitFinding, code)
	assert.Contains(t, out, `"sheet": "Anggaran",
    "cell": "D3",`)
	code, _, stderr := runCLI(t, "", "plan", "report", plan)
	assert.Equal(t, exitFinding, code)
	assert.Contains(t, stderr, "masterplan.xlsx")

	editCell(t, plan, "Program", "E2", "GOV.XXX")
	code, _, stderr = runCLI(t, "", "plan", "report", "--lang", "en", plan)
	assert.Equal(t, exitFinding, code)
	assert.Contains(t, stderr, "sheet Program, cell E2 (programs[0].element): unknown element")

	editCell(t, progress, "Realisasi Anggaran", "D2", "banyak")
	code, _, stderr = runCLI(t, "", "plan", "progress", "--plan", rembangPlan, progress)
	assert.Equal(t, exitFinding, code)
	assert.Contains(t, stderr, `lembar Realisasi Anggaran, sel D2 (years[0].programs[0].budget[0].amount): "banyak" bukan jumlah rupiah bulat`)

	require.NoError(t, os.WriteFile(plan, []byte("PK\x03\x04 not a zip"), 0o600))
	code, out, _ = runCLI(t, "", "plan", "validate", plan)
	assert.Equal(t, exitFinding, code)
	assert.Contains(t, out, "bukan buku kerja Excel")
}

// plan report and plan progress write their tables as a workbook with
// --format xlsx, to -o's file or standard output.
func TestPlanReportsAsWorkbooks(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "laporan.xlsx")
	code, _, stderr := runCLI(t, "", "plan", "report", "--format", "xlsx", "-o", out, rembangPlan)
	require.Equal(t, exitOK, code, stderr)
	f, err := excelize.OpenFile(out)
	require.NoError(t, err)
	assert.Contains(t, f.GetSheetList(), "Anggaran Pilar")
	require.NoError(t, f.Close())

	code, stdout, stderr := runCLI(t, "", "plan", "progress", "--format", "xlsx", "--lang", "en", rembangProgress)
	require.Equal(t, exitOK, code, stderr)
	f, err = excelize.OpenReader(bytes.NewReader([]byte(stdout)))
	require.NoError(t, err)
	assert.Contains(t, f.GetSheetList(), "Achievement")
	require.NoError(t, f.Close())

	runFails(t, "", exitUsage, []string{"plan", "progress", "--format", "pdf", rembangProgress}, `--format harus text atau xlsx, bukan "pdf"`)
	runFails(t, "", exitUsage, []string{"plan", "progress", "--format", "xlsx", "--json", rembangProgress}, "--json")
}

// A workbook is never written to a terminal: the tool asks for -o.
func TestPlanWorkbookNotToATerminal(t *testing.T) {
	for _, args := range [][]string{
		{"plan", "report", "--format", "xlsx", rembangPlan},
		{"plan", "progress", "--format", "xlsx", rembangProgress},
	} {
		code, stdout, stderr := runTTY(args...)
		assert.Equal(t, exitUsage, code, "%v", args)
		assert.Empty(t, stdout)
		assert.Contains(t, stderr, "-o BERKAS.xlsx")
	}
}
