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
	// Target: Memuaskan, yaitu indeks paling sedikit 4,20: Σ tingkat × bobot paling sedikit 42.000 poin basis.
	//
	// Indeks kini 3,987 (39.870 poin basis): kurang 0,213 poin indeks, yaitu 2.130 poin basis.
	//
	// Ruang naik per domain adalah tambahan indeks SPBE bila semua indikatornya mencapai tingkat 5.
	//
	// | Kode | Domain | Indeks | Jarak ke 4,20 | Ruang naik |
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

// A report under PermenPANRB 8/2026, the Indeks Pemerintah Digital: an
// assessment of 2026 that names no framework is scored under it. Its seven
// aspects sit directly under the index, so the report has no domain table
// and its aspect table ends with the index; indicator 5 takes its level
// from the Satu Data Indonesia score.
func ExampleWriteReport_pemerintahDigital() {
	a := &spbe.Assessment{Instansi: "Pemerintah Kota Contoh", Year: 2026}
	for n := 1; n <= 20; n++ {
		a.Indicators = append(a.Indicators, spbe.Answer{Indicator: n, Level: 3})
	}
	a.Indicators[4] = spbe.Answer{Indicator: 5, External: &spbe.ExternalScore{Source: spbe.SourceSDI, Score: "70"}}
	fw, err := a.ResolveFramework(nil)
	if err != nil {
		panic(err)
	}
	res, err := fw.ScoreAssessment(a, spbe.Options{})
	if err != nil {
		panic(err)
	}
	var b bytes.Buffer
	if err := spbe.WriteReport(&b, spbe.Scored{Instansi: a.Instansi, Year: a.Year, Result: res}, spbe.ReportOptions{}); err != nil {
		panic(err)
	}
	report, _, _ := strings.Cut(b.String(), "<svg ") // the chart of the aspects follows
	fmt.Print(report)
	// Output:
	// # Hasil Evaluasi Pemerintah Digital: Pemerintah Kota Contoh 2026
	//
	// Kerangka evaluasi: Evaluasi Kinerja Pemerintah Digital — Indeks Pemerintah Digital (PermenPANRB 8/2026).
	//
	// **Indeks Pemerintah Digital 3,05 — Baik** (tepatnya 3,05; predikat dari indeks tanpa pembulatan).
	//
	// ## Aspek
	//
	// | Kode | Aspek | Bobot | Indeks |
	// | --- | --- | ---: | ---: |
	// | A1 | Tata Kelola dan Manajemen | 10,00% | 3,00 |
	// | A2 | Penyelenggara | 10,00% | 3,00 |
	// | A3 | Data | 15,00% | 3,33 |
	// | A4 | Keamanan Pemdi | 15,00% | 3,00 |
	// | A5 | Teknologi Pemdi | 10,00% | 3,00 |
	// | A6 | Keterpaduan Layanan Digital Pemerintah | 15,00% | 3,00 |
	// | A7 | Kepuasan Pengguna Layanan Digital Pemerintah | 25,00% | 3,00 |
	// |  | **Indeks Pemerintah Digital** | 100,00% | **3,05** |
}
