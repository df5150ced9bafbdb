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

func TestSPBEReportGolden(t *testing.T) {
	goldenCases(t, "report", []string{"spbe", "report"}, []goldenCase{
		{"spbe-rembang-2024.id.md", []string{"--target", "Memuaskan", "--max-raise-per-year", "1", "--compare", spbeTestdata("sumedang-2024.json"), spbeTestdata("rembang-2024.json")}},
		{"spbe-rembang-2024.en.md", []string{spbeTestdata("rembang-2024.json"), "--lang", "en", "--target", "4.2"}},
		{"spbe-rembang-2023-2024.id.svg", []string{"--format", "svg", spbeTestdata("rembang-2023.json"), "--compare", spbeTestdata("rembang-2024.json"), "--predicate-basis", "rounded"}},
		{"spbe-rembang-2024-bars.id.svg", []string{"--format", "svg", "--chart", "bars", "--target", "Memuaskan", "--compare", spbeTestdata("sumedang-2024.json"), spbeTestdata("rembang-2024.json")}},
		{"spbe-rembang-2024-bars.en.svg", []string{"--format", "svg", "--chart", "bars", "--lang", "en", "--target", "4.2", spbeTestdata("rembang-2024.json")}},
		{"spbe-named.semicolon.csv", []string{"--format=csv", "--semicolon", "--bom", "--unanswered", "zero", "testdata/spbe/named-2023-2024.csv"}},
		{"spbe-rembang-2024.levels.csv", []string{"--format", "csv", "--levels", spbeTestdata("rembang-2024.json")}},
	})
}

// Several assessments give one report each, separated by a rule.
func TestSPBEReportMany(t *testing.T) {
	out := runOK(t, "", "spbe", "report", "--unanswered", "zero", "testdata/spbe/named-2023-2024.csv")
	assert.Equal(t, strings.Count(out, "# Hasil Evaluasi SPBE: "), strings.Count(out, "\n---\n")+1)
	assert.Greater(t, strings.Count(out, "\n---\n"), 1)
}

// The CSV reads back with ";" and decimal commas.
func TestSPBEReportCSVReadsBack(t *testing.T) {
	out := runOK(t, "", "spbe", "report", "--format", "csv", "--semicolon", spbeTestdata("rembang-2024.json"))
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
		{"two files", []string{spbeTestdata("rembang-2023.json"), spbeTestdata("rembang-2024.json")}, exitUsage, `tidak diharapkan`},
		{"bad format", []string{"--format", "pdf", spbeTestdata("rembang-2024.json")}, exitUsage, `--format harus md, svg, csv atau xlsx, bukan "pdf"`},
		{"bad target", []string{"--target", "luar biasa", spbeTestdata("rembang-2024.json")}, exitUsage, "--target:"},
		{"target with csv", []string{"--format", "csv", "--target", "Memuaskan", spbeTestdata("rembang-2024.json")}, exitUsage, "--target tidak berlaku untuk --format csv"},
		{"semicolon with md", []string{"--semicolon", spbeTestdata("rembang-2024.json")}, exitUsage, "--semicolon tidak berlaku untuk --format md"},
		{"compare with csv", []string{"--format", "csv", "--compare", spbeTestdata("rembang-2023.json"), spbeTestdata("rembang-2024.json")}, exitUsage, "--compare tidak berlaku"},
		{"missing file", []string{"testdata/report/no-such-file.json"}, exitUsage, "no-such-file.json"},
		{"compare with many", []string{"--compare", "testdata/spbe/named-2023-2024.csv", "--unanswered", "zero", spbeTestdata("rembang-2024.json")}, exitUsage, "memuat 6 penilaian, padahal yang diperlukan satu"},
		{"compare with many, in English", []string{"--lang", "en", "--compare", "testdata/spbe/named-2023-2024.csv", "--unanswered", "zero", spbeTestdata("rembang-2024.json")}, exitUsage, "holds 6 assessments; one is needed"},
		{"three series", []string{"--format", "svg", "--unanswered", "zero", "testdata/spbe/named-2023-2024.csv"}, exitUsage, "paling banyak dua penilaian"},
		{"bars of many", []string{"--format", "svg", "--chart", "bars", "--unanswered", "zero", "testdata/spbe/named-2023-2024.csv"}, exitUsage, "grafik batang menampilkan satu penilaian, bukan 6"},
		{"bad chart", []string{"--format", "svg", "--chart", "pie", spbeTestdata("rembang-2024.json")}, exitUsage, `--chart harus radar atau bars, bukan "pie"`},
		{"chart with md", []string{"--chart", "bars", spbeTestdata("rembang-2024.json")}, exitUsage, "--chart tidak berlaku untuk --format md"},
		{"target on the radar", []string{"--format", "svg", "--target", "Memuaskan", spbeTestdata("rembang-2024.json")}, exitUsage, "--target digambar oleh --chart bars"},
		{"invalid assessment", []string{"testdata/spbe/named-2023-2024.csv"}, exitFinding, "indikator belum dijawab"},
		{"malformed", []string{"testdata/plan/malformed.json"}, exitFinding, "malformed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			runFails(t, "", tt.code, append([]string{"spbe", "report"}, tt.args...), tt.want)
		})
	}
}

// A name written to be run as a formula is text in the CSV, and markup in
// the Markdown report.
func TestSPBEReportUserText(t *testing.T) {
	data, err := os.ReadFile(spbeTestdata("rembang-2024.json"))
	require.NoError(t, err)
	doc := bytes.Replace(data, []byte(`"Pemerintah Kab. Rembang"`), []byte(`"=HYPERLINK(\"http://evil.example\",\"klik\") | # x"`), 1)
	out := runOK(t, string(doc), "spbe", "report", "--format", "csv", "-")
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	require.NoError(t, err)
	assert.Equal(t, `'=HYPERLINK("http://evil.example","klik") | # x`, rows[1][0])

	out = runOK(t, string(doc), "spbe", "report", "-")
	assert.True(t, strings.HasPrefix(out, `# Hasil Evaluasi SPBE: \=HYPERLINK("http://evil.example","klik") \| \# x 2024`+"\n"), out[:120])
}
