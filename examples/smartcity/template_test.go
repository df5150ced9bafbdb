package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"

	"github.com/kotacerdas/smartcity/spbe"
)

// TestTemplateKinds: every kind, by its Indonesian or English name, is a
// workbook of the sheets of its kind, in the language asked for.
func TestTemplateKinds(t *testing.T) {
	dir := t.TempDir()
	for _, tt := range []struct {
		args   []string
		sheets []string
	}{
		{[]string{"penilaian"}, []string{"Petunjuk", "Penilaian"}},
		{[]string{"assessment", "--lang", "en"}, []string{"Notes", "Assessment"}},
		{[]string{"kohort"}, []string{"Petunjuk", "Kohort"}},
		{[]string{"COHORT", "--lang", "en"}, []string{"Notes", "Cohort"}},
		{[]string{"masterplan"}, []string{"Rencana", "Program"}},
		{[]string{"plan"}, []string{"Rencana", "Program"}},
		{[]string{"realisasi"}, []string{"Laporan", "Realisasi"}},
		{[]string{"realisation"}, []string{"Laporan", "Realisasi"}},
		{[]string{"progress"}, []string{"Laporan", "Realisasi"}},
		{[]string{"evaluasi"}, []string{"Evaluasi"}},
		{[]string{"evaluation", "--lang", "en"}, []string{"Evaluation"}},
		{[]string{"bukti"}, []string{"Bukti Dukung"}},
		{[]string{"evidence", "--lang", "en"}, []string{"Bukti Dukung"}},
	} {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			name := filepath.Join(dir, strings.Join(tt.args, "-")+".xlsx")
			code, out, errOut := runCLI(t, "", append([]string{"template", "-o", name}, tt.args...)...)
			require.Equal(t, exitOK, code, errOut)
			assert.Empty(t, out)
			assert.Empty(t, errOut)
			sheets := openWorkbook(t, name).GetSheetList()
			for _, s := range tt.sheets {
				assert.Contains(t, sheets, s)
			}
		})
	}
	// Standard output that is not a terminal takes the workbook.
	out := runOK(t, "", "template", "kohort")
	assert.True(t, strings.HasPrefix(out, "PK\x03\x04"))
}

// templateRows returns the indicator rows of the assessment template
// name: the number in column A of each row below the header, by row.
func templateRows(t *testing.T, f *excelize.File, sheet string) map[int]int {
	t.Helper()
	rows := sheetOf(t, f, sheet)
	byRow := map[int]int{}
	header := false
	for r, row := range rows {
		if len(row) > 0 && (row[0] == "Indikator" || row[0] == "Indicator") {
			header = true
			continue
		}
		if header && len(row) > 0 {
			n, err := strconv.Atoi(row[0])
			require.NoError(t, err, "row %d", r+1)
			byRow[r+1] = n
		}
	}
	return byRow
}

// The framework is --framework's, else the rule of --tahun, else of the
// current year; --instansi and --tahun are filled in above the table.
func TestTemplateFramework(t *testing.T) {
	dir := t.TempDir()
	now, ok := spbe.ForYear(time.Now().Year())
	require.True(t, ok)
	for _, tt := range []struct {
		args       []string
		indicators int
	}{
		{nil, now.NumIndicators()},
		{[]string{"--framework", spbe.PermenPANRB59of2020}, 47},
		{[]string{"--framework", spbe.PermenPANRB8of2026, "--tahun", "2024"}, 20},
		{[]string{"--tahun", "2024"}, 47},
		{[]string{"--tahun", "2019"}, 35},
		{[]string{"--tahun", "2026", "--instansi", "Pemerintah Kab. Rembang"}, 20},
	} {
		name := filepath.Join(dir, "t.xlsx")
		runOK(t, "", append([]string{"template", "penilaian", "-o", name}, tt.args...)...)
		f := openWorkbook(t, name)
		assert.Len(t, templateRows(t, f, "Penilaian"), tt.indicators, "%q", tt.args)
		rows := sheetOf(t, f, "Penilaian")
		for i, flag := range tt.args {
			switch flag {
			case "--instansi":
				assert.Equal(t, []string{"Instansi", tt.args[i+1]}, rows[0])
			case "--tahun":
				assert.Equal(t, []string{"Tahun", tt.args[i+1]}, rows[1])
			}
		}
	}
	// The cohort's columns are the framework's indicators, and its first
	// row the instansi and year given.
	name := filepath.Join(dir, "k.xlsx")
	runOK(t, "", "template", "kohort", "--tahun", "2025", "--instansi", "Kab. Rembang", "-o", name)
	rows := sheetOf(t, openWorkbook(t, name), "Kohort")
	assert.Len(t, rows[0], 2+47)
	assert.Equal(t, []string{"Kab. Rembang", "2025"}, rows[1])
}

// What template cannot do is a usage error, exit 2, and writes nothing.
func TestTemplateRefused(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "t.xlsx")
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"template"}, "JENIS wajib diberikan: penilaian, kohort, masterplan, realisasi, evaluasi atau bukti"},
		{[]string{"template", "--lang", "en"}, "KIND is required: penilaian, kohort, masterplan, realisasi, evaluasi or bukti"},
		{[]string{"template", "laporan", "-o", name}, `JENIS "laporan" tidak dikenal`},
		{[]string{"template", "penilaian", "kohort", "-o", name}, `argumen "kohort" tidak diharapkan`},
		{[]string{"template", "masterplan", "--framework", spbe.PermenPANRB59of2020, "-o", name}, "--framework berlaku untuk templat penilaian, kohort dan bukti, bukan masterplan"},
		{[]string{"template", "progress", "--tahun", "2024", "--lang", "en", "-o", name}, "--tahun applies to the templates penilaian, kohort and bukti, not realisasi"},
		{[]string{"template", "penilaian", "--tahun", "-1", "-o", name}, "--tahun tidak boleh negatif"},
		{[]string{"template", "penilaian", "--tahun", "1999", "-o", name}, "tidak ada kerangka evaluasi bawaan yang berlaku untuk 1999: sebutkan satu dengan --framework"},
		{[]string{"template", "penilaian", "--framework", "no-such-framework", "-o", name}, "--framework"},
		{[]string{"template", "penilaian", "--lang", "xx", "-o", name}, "--lang harus id atau en"},
	} {
		runFails(t, "", exitUsage, tt.args, tt.want)
	}
	assert.NoFileExists(t, name)

	code, out, errOut := runTTY("template", "penilaian")
	assert.Equal(t, exitUsage, code)
	assert.Empty(t, out)
	assert.Contains(t, errOut, "buku kerja tidak ditulis ke terminal: berikan -o BERKAS.xlsx")
	code, _, errOut = runTTY("template", "penilaian", "-o", name)
	assert.Equal(t, exitOK, code, errOut)
	assert.FileExists(t, name)
}

// assessmentLevels returns the levels of the assessment of spbe's
// testdata name: Rembang's 2024 scores 3.987, Sangat Baik, Sumedang's
// 4.51, Memuaskan.
func assessmentLevels(t *testing.T, name string) spbe.Levels {
	t.Helper()
	f, err := os.Open(spbeTestdata(name))
	require.NoError(t, err)
	defer f.Close()
	a, err := spbe.DecodeAssessment(f, 0)
	require.NoError(t, err)
	res, err := spbe.Default().ScoreAssessment(a, spbe.Options{})
	require.NoError(t, err)
	return res.Levels
}

// indicatorIndex returns the position of each indicator of fw by its
// number.
func indicatorIndex(fw *spbe.Framework) map[int]int {
	index := map[int]int{}
	for i, ind := range fw.Indicators() {
		index[ind.Number] = i
	}
	return index
}

// fillAssessment fills in the assessment template name of fw as an
// analyst does: the instansi and, unless 0, the year above the table
// (the template's own, given to it, are kept when these are empty), and
// each level picked by name from the drop-down, or typed as a number.
func fillAssessment(t *testing.T, name string, fw *spbe.Framework, instansi string, year int, levels spbe.Levels) {
	t.Helper()
	f := openWorkbook(t, name)
	sheet := f.GetSheetList()[1]
	if instansi != "" {
		require.NoError(t, f.SetCellValue(sheet, "B1", instansi))
	}
	if year != 0 {
		require.NoError(t, f.SetCellValue(sheet, "B2", year))
	}
	rows := templateRows(t, f, sheet)
	require.Len(t, rows, fw.NumIndicators())
	index := indicatorIndex(fw)
	for r, n := range rows {
		l := levels[index[n]]
		var v any = int(l)
		if n%5 == 0 {
			v = fw.LevelName(n, l).ID // picked from the drop-down
		}
		require.NoError(t, f.SetCellValue(sheet, "D"+strconv.Itoa(r), v))
	}
	require.NoError(t, f.Save())
}

// member is a row of a cohort: an instansi's levels in a year.
type member struct {
	instansi string
	year     int
	levels   spbe.Levels
}

// fillCohort fills in the cohort template name of fw, a row per member.
func fillCohort(t *testing.T, name string, fw *spbe.Framework, members ...member) {
	t.Helper()
	f := openWorkbook(t, name)
	sheet := f.GetSheetList()[1]
	header := sheetOf(t, f, sheet)[0]
	index := indicatorIndex(fw)
	for r, m := range members {
		row := strconv.Itoa(r + 2)
		require.NoError(t, f.SetCellValue(sheet, "A"+row, m.instansi))
		require.NoError(t, f.SetCellValue(sheet, "B"+row, m.year))
		for c, h := range header[2:] {
			n, err := strconv.Atoi(h)
			require.NoError(t, err)
			cell, err := excelize.CoordinatesToCellName(c+3, r+2)
			require.NoError(t, err)
			require.NoError(t, f.SetCellValue(sheet, cell, int(m.levels[index[n]])))
		}
	}
	require.NoError(t, f.Save())
}

// A template written by the tool, filled in as an analyst fills it, is
// read back by spbe score, spbe report and spbe cohort as it is.
func TestTemplateFilledReadsBack(t *testing.T) {
	dir := t.TempDir()
	fw := spbe.Default()
	rembang, sumedang := assessmentLevels(t, "rembang-2024.json"), assessmentLevels(t, "sumedang-2024.json")

	t.Run("penilaian", func(t *testing.T) {
		name := filepath.Join(dir, "penilaian.xlsx")
		runOK(t, "", "template", "penilaian", "--framework", fw.ID(), "--instansi", "Pemerintah Kab. Rembang", "--tahun", "2024", "-o", name)
		fillAssessment(t, name, fw, "", 0, rembang)
		score := runOK(t, "", "spbe", "score", name)
		assert.Contains(t, score, "Pemerintah Kab. Rembang")
		assert.Contains(t, score, "3,99")
		assert.Contains(t, score, "Sangat Baik")
		report := runOK(t, "", "spbe", "report", name)
		assert.Contains(t, report, "# Hasil Evaluasi SPBE: Pemerintah Kab. Rembang 2024")
		assert.Contains(t, report, "**Indeks SPBE 3,99 — Sangat Baik** (tepatnya 3,987")
		out := filepath.Join(dir, "laporan.xlsx")
		runOK(t, "", "spbe", "report", name, "--format", "xlsx", "-o", out)
		summary := sheetOf(t, openWorkbook(t, out), "Ringkasan")
		assert.Equal(t, []string{"Indeks SPBE", "3.99"}, summary[4][:2], "shown with two decimals")
	})

	t.Run("assessment en", func(t *testing.T) {
		name := filepath.Join(dir, "assessment.xlsx")
		runOK(t, "", "template", "assessment", "--lang", "en", "--framework", fw.ID(), "-o", name)
		fillAssessment(t, name, fw, "Pemerintah Kab. Sumedang", 2024, sumedang)
		assert.Contains(t, runOK(t, "", "spbe", "score", "--lang", "en", name), "Pemerintah Kab. Sumedang, 2024")
		assert.Contains(t, runOK(t, "", "spbe", "score", "--lang", "en", name), "4.51")
	})

	t.Run("kohort", func(t *testing.T) {
		name := filepath.Join(dir, "kohort.xlsx")
		runOK(t, "", "template", "kohort", "--framework", fw.ID(), "-o", name)
		fillCohort(t, name, fw, member{"Pemerintah Kab. Rembang", 2024, rembang}, member{"Pemerintah Kab. Sumedang", 2024, sumedang})
		out := runOK(t, "", "spbe", "cohort", name)
		assert.Regexp(t, `1 +Pemerintah Kab. Sumedang +2024 +4.51 +Memuaskan`, out)
		assert.Regexp(t, `2 +Pemerintah Kab. Rembang +2024 +3.99 +Sangat Baik`, out)
	})
}

// The masterplan and realisation templates are read by the plan commands
// as workbooks: empty, every problem names its sheet and cell.
func TestTemplatePlanReadsBack(t *testing.T) {
	dir := t.TempDir()
	plan, progress := filepath.Join(dir, "masterplan.xlsx"), filepath.Join(dir, "realisasi.xlsx")
	runOK(t, "", "template", "masterplan", "-o", plan)
	runOK(t, "", "template", "realisasi", "-o", progress)
	code, out, errOut := runCLI(t, "", "plan", "validate", plan)
	assert.Equal(t, exitFinding, code, errOut)
	assert.Contains(t, out, "lembar Rencana, sel B2 (region.name): nama daerah wajib diisi")
	code, _, errOut = runCLI(t, "", "plan", "progress", "--plan", rembangPlan, progress)
	assert.Equal(t, exitFinding, code)
	assert.Contains(t, errOut, "lembar Laporan, sel B2 (region)")
}
