package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/masterplan/evaluation"
)

// evalWorkbook writes the evaluations of the JSON file name as a workbook
// in dir and returns its path.
func evalWorkbook(t *testing.T, dir, name string) string {
	t.Helper()
	f, err := os.Open(name)
	require.NoError(t, err)
	defer f.Close()
	c, err := evaluation.DecodeCohort(f, evaluation.DecodeOptions{})
	if err != nil {
		_, err = f.Seek(0, 0)
		require.NoError(t, err)
		e, err := evaluation.Decode(f, evaluation.DecodeOptions{})
		require.NoError(t, err)
		c = evaluation.Cohort{*e}
	}
	out, err := os.Create(filepath.Join(dir, filepath.Base(name)+".xlsx"))
	require.NoError(t, err)
	defer out.Close()
	require.NoError(t, evaluation.WriteCohortWorkbook(out, c, smartcity.Indonesian))
	return out.Name()
}

// eval score reads a workbook as it reads the JSON it was written from:
// a row is one evaluation, several a cohort, and it says the same of it.
func TestEvalScoreWorkbook(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{evalTestdata("single.json"), libraryEvalTestdata("cohort.json")} {
		json := runOK(t, "", "eval", "score", name)
		assert.Equal(t, json, runOK(t, "", "eval", "score", evalWorkbook(t, dir, name)), name)
		json = runOK(t, "", "eval", "score", "--json", name)
		assert.Equal(t, json, runOK(t, "", "eval", "score", "--json", evalWorkbook(t, dir, name)), name)
	}
}

// A filled template is scored without edits, and an empty one says what
// it lacks at its sheet.
func TestEvalTemplateReadsBack(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "evaluasi.xlsx")
	runOK(t, "", "template", "evaluasi", "-o", empty)
	code, _, errOut := runCLI(t, "", "eval", "score", empty)
	assert.Equal(t, exitOK, code, errOut) // an empty cohort: an empty ranking

	bad := filepath.Join(dir, "bad.xlsx")
	e := evaluation.Evaluation{Region: "Kota Contoh", Year: 2024, Stage: evaluation.StageII,
		Scores: evaluation.Scores{Baseline: "3", Output: "3", Outcome: "3", Impact: "7", QuickWin: "3"}}
	f, err := os.Create(bad)
	require.NoError(t, err)
	require.NoError(t, evaluation.WriteWorkbook(f, &e, smartcity.Indonesian))
	require.NoError(t, f.Close())
	code, out, errOut := runCLI(t, "", "eval", "score", bad)
	assert.Equal(t, exitFinding, code)
	assert.Empty(t, out)
	assert.Contains(t, errOut, "lembar Evaluasi, sel H2 (scores.impact)")
}

// --format xlsx writes the result or the ranking as a workbook, never to a
// terminal, and never with --json.
func TestEvalScoreFormatXLSX(t *testing.T) {
	dir := t.TempDir()
	one, many := filepath.Join(dir, "one.xlsx"), filepath.Join(dir, "many.xlsx")
	runOK(t, "", "eval", "score", "--format", "xlsx", "-o", one, evalTestdata("single.json"))
	assert.Contains(t, openWorkbook(t, one).GetSheetList(), "Hasil")
	runOK(t, "", "eval", "score", "--format", "xlsx", "--lang", "en", "-o", many, libraryEvalTestdata("cohort.json"))
	rows := sheetOf(t, openWorkbook(t, many), "Ranking")
	assert.Equal(t, "Ranking", rows[0][0])
	assert.Equal(t, "1", rows[1][0])

	code, _, errOut := runTTY("eval", "score", "--format", "xlsx", evalTestdata("single.json"))
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errOut, "-o BERKAS.xlsx")
	runFails(t, "", exitUsage, []string{"eval", "score", "--format", "xlsx", "--json", "-o", one, evalTestdata("single.json")}, "--json")
	runFails(t, "", exitUsage, []string{"eval", "score", "--format", "csv", evalTestdata("single.json")}, "--format")
}
