package spbe_test

import (
	"bytes"
	"fmt"
	"os"
	"strings"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/spbe"
)

// exampleScored reads and scores a testdata assessment.
func exampleScored(name string, basis spbe.PredicateBasis) spbe.Scored {
	f, err := os.Open("testdata/" + name)
	if err != nil {
		panic(err)
	}
	defer f.Close()
	a, err := spbe.DecodeAssessment(f, 0)
	if err != nil {
		panic(err)
	}
	res, err := spbe.Default().ScoreAssessment(a, spbe.Options{Basis: basis})
	if err != nil {
		panic(err)
	}
	return spbe.Scored{Instansi: a.Instansi, Year: a.Year, Note: a.Note, Result: res}
}

// A Markdown report of Rembang's 2024 result, with the gap to Memuaskan
// and the fewest raises that close it. Only the gap section is printed
// here; the report before it lists the domains, aspects and indicators.
func ExampleWriteReport() {
	rembang := exampleScored("rembang-2024.json", spbe.Unrounded)
	var b bytes.Buffer
	err := spbe.WriteReport(&b, rembang, spbe.ReportOptions{
		Lang:   smartcity.Indonesian,
		Target: spbe.Target{Predicate: spbe.Memuaskan},
	})
	if err != nil {
		panic(err)
	}
	_, gap, _ := strings.Cut(b.String(), "## Jarak ke target\n\n")
	gap, _, _ = strings.Cut(gap, "### Rencana kenaikan")
	fmt.Print(gap)
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	fmt.Println(lines[len(lines)-1])
	// Output:
	// Target: Memuaskan, yaitu indeks paling sedikit 4,2: Σ tingkat × bobot paling sedikit 42.000 poin basis.
	//
	// Indeks kini 3,987 (39.870 poin basis): kurang 0,213 poin indeks, yaitu 2.130 poin basis.
	//
	// Ruang naik per domain adalah tambahan indeks SPBE bila semua indikatornya mencapai tingkat 5.
	//
	// | Kode | Domain | Indeks | Jarak ke 4,2 | Ruang naik |
	// | --- | --- | ---: | ---: | ---: |
	// | D1 | Kebijakan Internal SPBE | 4,40 | sudah mencapai | 0,078 |
	// | D2 | Tata Kelola SPBE | 3,70 | 0,50 | 0,325 |
	// | D3 | Manajemen SPBE | 2,64 | 1,56 | 0,39 |
	// | D4 | Layanan SPBE | 4,52 | sudah mencapai | 0,22 |
	//
	// 8 kenaikan; indeks menjadi 4,21, Memuaskan.
}

// A radar chart of Rembang against Sumedang, the region it learns from.
func ExampleRadarSVG() {
	rembang := exampleScored("rembang-2024.json", spbe.Unrounded)
	sumedang := exampleScored("sumedang-2024.json", spbe.Unrounded)
	svg, err := spbe.RadarSVG(smartcity.Indonesian, rembang, sumedang)
	if err != nil {
		panic(err)
	}
	s := string(svg)
	title := s[strings.Index(s, "<title>")+len("<title>") : strings.Index(s, "</title>")]
	fmt.Println(title)
	fmt.Println(strings.Contains(s, `viewBox="0 0 `), strings.Contains(s, "Pemerintah Kab. Sumedang 2024 (indeks 4,51)"))
	// Output:
	// Indeks domain SPBE: Kab. Rembang 2024 dan Kab. Sumedang 2024
	// true true
}

// Results for a spreadsheet in the Indonesian locale: ";" between cells,
// decimal commas, and the exact numerator beside the rounded index.
func ExampleWriteResultsCSV() {
	results := []spbe.Scored{
		exampleScored("rembang-2023.json", spbe.Rounded),
		exampleScored("rembang-2024.json", spbe.Unrounded),
	}
	err := spbe.WriteResultsCSV(os.Stdout, results, spbe.ExportOptions{CSVOptions: spbe.CSVOptions{Semicolon: true}})
	if err != nil {
		panic(err)
	}
	// Output:
	// instansi;tahun;framework;D1;D2;D3;D4;indeks;predikat;basis_predikat;pembilang
	// Pemerintah Kab. Rembang;2023;permenpanrb-59-2020;4,50;3,10;2,36;4,14;3,64;Sangat Baik;rounded;36350
	// Pemerintah Kab. Rembang;2024;permenpanrb-59-2020;4,40;3,70;2,64;4,52;3,99;Sangat Baik;unrounded;39870
}
