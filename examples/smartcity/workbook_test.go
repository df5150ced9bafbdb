package main

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"
)

// openWorkbook opens the workbook file name, closed when the test ends.
func openWorkbook(t *testing.T, name string) *excelize.File {
	t.Helper()
	f, err := excelize.OpenFile(name)
	require.NoError(t, err)
	t.Cleanup(func() { _ = f.Close() })
	return f
}

// sheetOf returns the rows of the named sheet of f, header first.
func sheetOf(t *testing.T, f *excelize.File, sheet string) [][]string {
	t.Helper()
	rows, err := f.GetRows(sheet)
	require.NoError(t, err, "sheets %q", f.GetSheetList())
	return rows
}

// runTTY runs the tool as run does, but with standard output taken for a
// terminal, as a shell's is when nothing redirects it.
func runTTY(args ...string) (code int, stdout, stderr string) {
	var out, errOut bytes.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errOut, tty: true}
	code = e.dispatch("smartcity", args, commands())
	return code, out.String(), errOut.String()
}

// --format xlsx writes a workbook of each report command: to -o, to
// standard output when it is not a terminal, one per assessment with
// --out-dir; the workbook of a report is read back as its assessment.
func TestFormatXLSX(t *testing.T) {
	dir := t.TempDir()
	rembang, sumedang := spbeTestdata("rembang-2024.json"), spbeTestdata("sumedang-2024.json")
	named := spbeCLITestdata("named-2023-2024.csv")
	for _, tt := range []struct {
		name   string
		args   []string
		code   int
		sheets []string
	}{
		{"report", []string{"spbe", "report", "--format", "xlsx", rembang}, exitOK, []string{"Ringkasan", "Domain", "Aspek", "Indikator"}},
		{"report target", []string{"spbe", "report", "--format", "xlsx", "--target", "Memuaskan", "--max-raise-per-year", "1", "--compare", sumedang, "--lang", "en", rembang},
			exitOK, []string{"Summary", "Domains", "Aspects", "Indicators", "Improvement plan"}},
		{"cohort", []string{"spbe", "cohort", "--format", "xlsx", "--unanswered", "zero", named}, exitOK, []string{"Peringkat"}},
		{"plan", []string{"spbe", "plan", "--format", "xlsx", "--target", "Memuaskan", rembang}, exitOK, []string{"Rencana kenaikan"}},
		{"plan short", []string{"spbe", "plan", "--format", "xlsx", "--target", "5", "--max-raise-per-year", "1", "--years", "1", rembang}, exitFinding, []string{"Rencana kenaikan"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			name := filepath.Join(dir, strings.ReplaceAll(tt.name, " ", "-")+".xlsx")
			code, out, errOut := runCLI(t, "", append(tt.args, "-o", name)...)
			require.Equal(t, tt.code, code, errOut)
			assert.Empty(t, out)
			got := openWorkbook(t, name).GetSheetList()
			for _, s := range tt.sheets {
				assert.Contains(t, got, s)
			}
			// Standard output that is not a terminal takes the same
			// workbook.
			code, out, errOut = runCLI(t, "", tt.args...)
			require.Equal(t, tt.code, code, errOut)
			assert.True(t, strings.HasPrefix(out, "PK\x03\x04"), "a zip")
		})
	}

	t.Run("report summary", func(t *testing.T) {
		name := filepath.Join(dir, "summary.xlsx")
		runOK(t, "", "spbe", "report", "--format", "xlsx", "-o", name, rembang)
		summary := sheetOf(t, openWorkbook(t, name), "Ringkasan")
		assert.Equal(t, []string{"Instansi", "Pemerintah Kab. Rembang"}, summary[1])
		assert.Equal(t, []string{"Tahun", "2024"}, summary[2])
		// The indicators sheet is read back as the assessment: its
		// instansi, year and levels.
		assert.Equal(t, runOK(t, "", "spbe", "score", rembang), runOK(t, "", "spbe", "score", name))
	})

	t.Run("cohort ranking", func(t *testing.T) {
		name := filepath.Join(dir, "ranking.xlsx")
		runOK(t, "", "spbe", "cohort", "--format", "xlsx", "--unanswered", "zero", "--predicate-basis", "rounded", "-o", name, named)
		rows := sheetOf(t, openWorkbook(t, name), "Peringkat")
		require.Len(t, rows, 7, "the header and six members")
		assert.Equal(t, []string{"Peringkat", "Instansi", "Tahun", "Indeks SPBE"}, rows[0][:4])
		assert.Contains(t, strings.Join(rows[1], ","), "Pemerintah Kab. Sumedang,2023")
	})
}

// --out-dir with --format xlsx writes one workbook per assessment.
func TestFormatXLSXOutDir(t *testing.T) {
	named := spbeCLITestdata("named-2023-2024.csv")
	for _, command := range [][]string{{"spbe", "report"}, {"spbe", "cohort"}} {
		t.Run(command[1], func(t *testing.T) {
			dir := t.TempDir()
			args := slices.Concat(command, []string{"--format", "xlsx", "--unanswered", "zero", "--out-dir", dir, named})
			want := 6 // a report per member
			if command[1] == "cohort" {
				args = append(args, "-o", filepath.Join(dir, "peringkat.xlsx"))
				want++ // and the ranking
			}
			code, out, errOut := runCLI(t, "", args...)
			require.Equal(t, exitOK, code, errOut)
			assert.Empty(t, out)
			entries, err := os.ReadDir(dir)
			require.NoError(t, err)
			var names []string
			for _, e := range entries {
				names = append(names, e.Name())
			}
			assert.Contains(t, names, "pemerintah-kab-rembang-2023.xlsx")
			assert.Len(t, names, want)
			for _, n := range names {
				assert.True(t, strings.HasSuffix(n, ".xlsx"), n)
			}
			summary := sheetOf(t, openWorkbook(t, filepath.Join(dir, "pemerintah-kab-rembang-2023.xlsx")), "Ringkasan")
			assert.Equal(t, []string{"Indeks SPBE", "3.64"}, summary[4][:2], "Rembang's 2023 index, unanswered indicators at 0")
		})
	}
}

// A workbook is not written to a terminal; -o, even with a terminal, and
// --out-dir are; the flags of other formats stay refused, and a workbook
// holds one report.
func TestFormatXLSXRefused(t *testing.T) {
	rembang := spbeTestdata("rembang-2024.json")
	for _, args := range [][]string{
		{"spbe", "report", "--format", "xlsx", rembang},
		{"spbe", "report", "--format", "xlsx", "-o", "-", rembang},
		{"spbe", "cohort", "--format", "xlsx", rembang},
		{"spbe", "plan", "--format", "xlsx", "--target", "4", rembang},
		{"plan", "report", "--format", "xlsx", rembangPlan},
		{"plan", "progress", "--format", "xlsx", rembangProgress},
	} {
		code, out, errOut := runTTY(args...)
		assert.Equal(t, exitUsage, code, "%q", args)
		assert.Empty(t, out, "%q", args)
		assert.Contains(t, errOut, "buku kerja tidak ditulis ke terminal: berikan -o BERKAS.xlsx", "%q", args)
	}
	code, _, errOut := runTTY("spbe", "plan", "--lang", "en", "--format", "xlsx", "--target", "4", rembang)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errOut, "a workbook is not written to a terminal: give -o FILE.xlsx")

	dir := t.TempDir()
	code, out, errOut := runTTY("spbe", "report", "--format", "xlsx", "-o", filepath.Join(dir, "r.xlsx"), rembang)
	assert.Equal(t, exitOK, code, errOut)
	assert.Empty(t, out)
	code, _, errOut = runTTY("spbe", "report", "--format", "xlsx", "--out-dir", dir, rembang)
	assert.Equal(t, exitOK, code, errOut)
	assert.FileExists(t, filepath.Join(dir, "pemerintah-kab-rembang-2024.xlsx"))

	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"spbe", "report", "--format", "xlsx", "--levels", rembang}, "--levels tidak berlaku untuk --format xlsx"},
		{[]string{"spbe", "report", "--format", "xlsx", "--semicolon", rembang}, "--semicolon tidak berlaku untuk --format xlsx"},
		{[]string{"spbe", "cohort", "--format", "xlsx", "--json", rembang}, "--json tidak berlaku untuk --format xlsx"},
		{[]string{"spbe", "plan", "--format", "xlsx", "--target", "4", "--bom", rembang}, "--bom tidak berlaku untuk --format xlsx"},
		{[]string{"spbe", "report", "--format", "xlsx", "--unanswered", "zero", "--lang", "en", spbeCLITestdata("named-2023-2024.csv")},
			"a workbook holds the report of one assessment, not 6: give --out-dir DIR for one workbook each"},
	} {
		runFails(t, "", exitUsage, tt.args, tt.want)
	}
}

// Standard output is a terminal when it is a character device other than
// the null device.
func TestIsTerminal(t *testing.T) {
	assert.False(t, isTerminal(&bytes.Buffer{}))
	f, err := os.Create(filepath.Join(t.TempDir(), "out"))
	require.NoError(t, err)
	defer f.Close()
	assert.False(t, isTerminal(f), "a file")
	null, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	require.NoError(t, err)
	defer null.Close()
	assert.False(t, isTerminal(null), "the null device")
	if tty, err := os.OpenFile("/dev/tty", os.O_WRONLY, 0); err == nil {
		defer tty.Close()
		assert.True(t, isTerminal(tty), "the terminal")
	}
}
