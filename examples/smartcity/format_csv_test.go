package main

import (
	"testing"
)

// The cohort ranking and the plan steps as CSV, the headers a contract
// (README, "The command-line tool"), each checked against a golden file.
func TestCSVOfRankingAndSteps(t *testing.T) {
	goldenCases(t, "spbe", []string{"spbe", "cohort"}, []goldenCase{
		{"cohort-named.csv", []string{"--unanswered", "zero", "--predicate-basis", "rounded", "--format", "csv", spbeCLITestdata("named-2023-2024.csv")}},
		{"cohort-2025-2026.semicolon.csv", []string{"--format", "csv", "--semicolon", "--bom", spbeCLITestdata("cohort-2025-2026.json")}},
	})
	goldenCases(t, "spbe", []string{"spbe", "plan"}, []goldenCase{
		{"plan-rembang-memuaskan.en.csv", []string{"--target", "Memuaskan", "--max-raise-per-year", "1", "--format", "csv", "--lang", "en", spbeTestdata("rembang-2024.json")}},
		{"plan-pemdi-2026.semicolon.csv", []string{"--target", "Memuaskan", "--format", "csv", "--semicolon", pemdi2026}},
	})
}

// The flags of a format are refused with another, and --format takes
// only the formats of its command, in the language asked for.
func TestCSVFormatFlags(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"spbe", "cohort", "--format", "md", "x.csv"}, "--format harus text, csv, xlsx atau svg, bukan \"md\""},
		{[]string{"spbe", "cohort", "--lang", "en", "--format", "md", "x.csv"}, "--format must be text, csv, xlsx or svg, not \"md\""},
		{[]string{"spbe", "cohort", "--format", "csv", "--json", "x.csv"}, "--json tidak berlaku untuk --format csv"},
		{[]string{"spbe", "cohort", "--semicolon", "x.csv"}, "--semicolon tidak berlaku untuk --format text"},
		{[]string{"spbe", "cohort", "--bom", "--json", "x.csv"}, "--bom tidak berlaku untuk --format text"},
		{[]string{"spbe", "plan", "--target", "4", "--format", "svg", "x.json"}, "--format harus text, csv atau xlsx, bukan \"svg\""},
		{[]string{"spbe", "plan", "--target", "4", "--format", "csv", "--json", "x.json"}, "--json tidak berlaku untuk --format csv"},
		{[]string{"spbe", "plan", "--target", "4", "--lang", "en", "--bom", "x.json"}, "--bom does not apply to --format text"},
		{[]string{"spbe", "report", "--format", "text", "x.json"}, "--format harus md, svg, csv atau xlsx, bukan \"text\""},
	} {
		runFails(t, "", exitUsage, tt.args, tt.want)
	}
	// A plan that falls short is written all the same, and exits 1.
	code, out, _ := runCLI(t, "", "spbe", "plan", "--target", "4.2", "--frozen", "1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47",
		"--format", "csv", spbeTestdata("rembang-2024.json"))
	if code != exitFinding || out != "tahun,indikator,nama_indikator,dari,ke,biaya,indeks_setelah,menuju_minimum\n" {
		t.Errorf("a plan that cannot move: exit %d, %q", code, out)
	}
}
