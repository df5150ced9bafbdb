package spbe_test

import (
	"fmt"
	"strings"

	"github.com/kotacerdas/smartcity/spbe"
)

// The long CSV holds one assessment, a row per indicator, as spreadsheets
// in the Indonesian locale write it: ";" between fields, a level as a
// number or by its name on the indicator's scale, evidence as
// "Title <address>" items.
func ExampleDecodeLongCSV() {
	doc := "indikator;level;tahap;bukti\n" +
		"1;Optimum;interviu;Perbup 12/2023 tentang SPBE <https://jdih.rembangkab.go.id/perbup-12-2023.pdf>\n" +
		"32;Kolaborasi;dokumen;\n" +
		"33;4;;\n"
	a, err := spbe.DecodeLongCSV(strings.NewReader(doc), spbe.ReadOptions{})
	if err != nil {
		panic(err)
	}
	for _, ans := range a.Indicators {
		fmt.Println(ans.Indicator, ans.Level, ans.Stage, len(ans.Evidence))
	}
	_, err = spbe.Default().ScoreAssessment(a, spbe.Options{})
	fmt.Println(err != nil, "— 44 indicators are unanswered")
	// Output:
	// 1 5 interviu 1
	// 32 4 dokumen 0
	// 33 4  0
	// true — 44 indicators are unanswered
}

// The prices of raises, from a spreadsheet: digits grouped in threes, "Rp"
// allowed, and a price per level where it differs.
func ExampleDecodeCosts() {
	doc := "indikator;level;biaya\n" +
		"34;;Rp150.000.000\n" +
		"29;3;75.000.000\n" +
		"29;4;200.000.000\n"
	costs, err := spbe.DecodeCosts(strings.NewReader(doc), spbe.ReadOptions{})
	if err != nil {
		panic(err)
	}
	for _, c := range costs {
		fmt.Println(c.Indicator, c.Level, c.Cost)
	}
	// Output:
	// 34 0 150000000
	// 29 3 75000000
	// 29 4 200000000
}

// An assessment written back as a long CSV: every indicator of the
// framework a row, the unanswered ones with an empty level.
func ExampleWriteLongCSV() {
	a := &spbe.Assessment{Instansi: "Pemerintah Kab. Rembang", Year: 2024, Indicators: []spbe.Answer{
		{Indicator: 1, Level: 5, Stage: spbe.Interviu, Evidence: []spbe.Evidence{{Title: "Perbup SPBE", File: "perbup.pdf"}}},
		{Indicator: 2, Level: 4},
	}}
	var b strings.Builder
	if err := spbe.WriteLongCSV(&b, spbe.Default(), a, spbe.CSVOptions{}); err != nil {
		panic(err)
	}
	lines := strings.Split(b.String(), "\n")
	fmt.Println(strings.Join(lines[:4], "\n"))
	fmt.Println(len(lines)-2, "rows")
	// Output:
	// indikator,level,tahap,penjelasan,bukti,tahun
	// 1,5,interviu,,Perbup SPBE <perbup.pdf>,2024
	// 2,4,,,,2024
	// 3,,,,,2024
	// 47 rows
}
