package main

import (
	"bytes"
	"encoding/csv"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Assessments of the spbe package's tests: Rembang and Sumedang in 2023
// and 2024, with levels that reproduce the published results.
const (
	reportRembang2023  = "../../spbe/testdata/rembang-2023.json"
	reportRembang2024  = "../../spbe/testdata/rembang-2024.json"
	reportSumedang2024 = "../../spbe/testdata/sumedang-2024.json"
)

func TestSPBEReportGolden(t *testing.T) {
	tests := []struct {
		golden string
		args   []string
	}{
		{"spbe-rembang-2024.id.md", []string{"--target", "Memuaskan", "--max-raise-per-year", "1", "--compare", reportSumedang2024, reportRembang2024}},
		{"spbe-rembang-2024.en.md", []string{reportRembang2024, "--lang", "en", "--target", "4.2"}},
		{"spbe-rembang-2023-2024.id.svg", []string{"--format", "svg", reportRembang2023, "--compare", reportRembang2024, "--predicate-basis", "rounded"}},
		{"spbe-named.semicolon.csv", []string{"--format=csv", "--semicolon", "--bom", "--unanswered", "zero", "testdata/spbe/named-2023-2024.csv"}},
		{"spbe-rembang-2024.levels.csv", []string{"--format", "csv", "--levels", reportRembang2024}},
	}
	for _, tt := range tests {
		goldenRun(t, "report", tt.golden, "", exitOK, append([]string{"spbe", "report"}, tt.args...)...)
	}
}

// Several assessments give one report each, separated by a rule.
func TestSPBEReportMany(t *testing.T) {
	code, out, errOut := runPlanCLI("", "spbe", "report", "--unanswered", "zero", "testdata/spbe/named-2023-2024.csv")
	require.Equal(t, exitOK, code, errOut)
	assert.Equal(t, strings.Count(out, "# Hasil Evaluasi SPBE: "), strings.Count(out, "\n---\n")+1)
	assert.Greater(t, strings.Count(out, "\n---\n"), 1)
}

// The CSV reads back with ";" and decimal commas.
func TestSPBEReportCSVReadsBack(t *testing.T) {
	code, out, errOut := runPlanCLI("", "spbe", "report", "--format", "csv", "--semicolon", reportRembang2024)
	require.Equal(t, exitOK, code, errOut)
	r := csv.NewReader(strings.NewReader(out))
	r.Comma = ';'
	rows, err := r.ReadAll()
	require.NoError(t, err)
	require.Len(t, rows, 2)
	assert.Equal(t, []string{"Pemerintah Kab. Rembang", "2024", "permenpanrb-59-2020", "4,40", "3,70", "2,64", "4,52", "3,99", "Sangat Baik", "unrounded", "39870"}, rows[1])
}

func TestSPBEReportErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no file", nil, exitUsage, "FILE yang akan dilaporkan wajib diberikan"},
		{"two files", []string{reportRembang2023, reportRembang2024}, exitUsage, `tidak diharapkan`},
		{"bad format", []string{"--format", "pdf", reportRembang2024}, exitUsage, "--format must be md, svg or csv"},
		{"bad target", []string{"--target", "luar biasa", reportRembang2024}, exitUsage, "--target:"},
		{"target with csv", []string{"--format", "csv", "--target", "Memuaskan", reportRembang2024}, exitUsage, "--target tidak berlaku untuk --format csv"},
		{"semicolon with md", []string{"--semicolon", reportRembang2024}, exitUsage, "--semicolon tidak berlaku untuk --format md"},
		{"compare with csv", []string{"--format", "csv", "--compare", reportRembang2023, reportRembang2024}, exitUsage, "--compare tidak berlaku"},
		{"missing file", []string{"testdata/report/no-such-file.json"}, exitUsage, "no-such-file.json"},
		{"compare with many", []string{"--compare", "testdata/spbe/named-2023-2024.csv", "--unanswered", "zero", reportRembang2024}, exitUsage, "memuat 6 penilaian, padahal yang diperlukan satu"},
		{"compare with many, in English", []string{"--lang", "en", "--compare", "testdata/spbe/named-2023-2024.csv", "--unanswered", "zero", reportRembang2024}, exitUsage, "holds 6 assessments; one is needed"},
		{"three series", []string{"--format", "svg", "--unanswered", "zero", "testdata/spbe/named-2023-2024.csv"}, exitUsage, "paling banyak dua penilaian"},
		{"invalid assessment", []string{"testdata/spbe/named-2023-2024.csv"}, exitFinding, "indikator belum dijawab"},
		{"malformed", []string{"testdata/plan/malformed.json"}, exitUsage, "malformed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runPlanCLI("", append([]string{"spbe", "report"}, tt.args...)...)
			assert.Equal(t, tt.code, code)
			assert.Empty(t, out)
			assert.Contains(t, errOut, tt.want)
		})
	}
}

// A name written to be run as a formula is text in the CSV, and markup in
// the Markdown report.
func TestSPBEReportUserText(t *testing.T) {
	data, err := os.ReadFile(reportRembang2024)
	require.NoError(t, err)
	doc := bytes.Replace(data, []byte(`"Pemerintah Kab. Rembang"`), []byte(`"=HYPERLINK(\"http://evil.example\",\"klik\") | # x"`), 1)
	code, out, errOut := runPlanCLI(string(doc), "spbe", "report", "--format", "csv", "-")
	require.Equal(t, exitOK, code, errOut)
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	require.NoError(t, err)
	assert.Equal(t, `'=HYPERLINK("http://evil.example","klik") | # x`, rows[1][0])

	code, out, errOut = runPlanCLI(string(doc), "spbe", "report", "-")
	require.Equal(t, exitOK, code, errOut)
	assert.True(t, strings.HasPrefix(out, `# Hasil Evaluasi SPBE: \=HYPERLINK("http://evil.example","klik") \| \# x 2024`+"\n"), out[:120])
}
