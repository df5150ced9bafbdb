package masterplan_test

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/masterplan"
	"github.com/kotacerdas/smartcity/masterplan/plantest"
)

// A Markdown report of Rembang's example plan; here only its opening
// lines and the budget by funding source are printed.
func ExamplePlan_WriteReport() {
	plan := plantest.Rembang()
	var b bytes.Buffer
	if err := plan.WriteReport(&b, masterplan.ReportOptions{Lang: smartcity.Indonesian}); err != nil {
		panic(err)
	}
	lines := strings.Split(b.String(), "\n")
	fmt.Println(strings.Join(lines[:9], "\n"))
	_, sources, _ := strings.Cut(b.String(), "### Anggaran menurut sumber dana\n\n")
	sources, _, _ = strings.Cut(sources, "\n\n")
	fmt.Println(sources)
	// Output:
	// # Rencana Induk Smart City Kabupaten Rembang 2022–2031
	//
	// - **Daerah:** Kabupaten Rembang, Jawa Tengah (kode Kemendagri 33.17)
	// - **Periode:** 2022–2031 (10 tahun)
	// - **RPJMD:** 2021–2026
	// - **Dasar hukum:** Perbup XX/2023: Masterplan Smart City Kabupaten Rembang Tahun 2022–2031 (ilustratif: nomor dan tahun tidak diketahui) _(ilustratif)_
	// - **Program:** 19, di antaranya 6 quick win
	// - **Anggaran:** Rp17.620.000.000
	// - **Indeks SPBE terakhir:** 2,76 (2021), Baik
	// | Sumber dana | Anggaran | Bagian |
	// | --- | ---: | ---: |
	// | APBD | Rp10.745.000.000 | 61,0% |
	// | APBN | Rp900.000.000 | 5,1% |
	// | DAK | Rp2.700.000.000 | 15,3% |
	// | Dana Desa | Rp1.300.000.000 | 7,4% |
	// | CSR | Rp525.000.000 | 3,0% |
	// | KPBU | Rp1.300.000.000 | 7,4% |
	// | BLUD | Rp150.000.000 | 0,9% |
	// | **Jumlah** | **Rp17.620.000.000** | 100,0% |
}

// The roadmap chart is a standalone SVG document.
func ExamplePlan_RoadmapSVG() {
	plan := plantest.Rembang()
	svg, err := plan.RoadmapSVG(masterplan.ReportOptions{Lang: smartcity.English})
	if err != nil {
		panic(err)
	}
	s := string(svg)
	fmt.Println(s[strings.Index(s, "<title>")+len("<title>") : strings.Index(s, "</title>")])
	fmt.Println(strings.Contains(s, "viewBox="), strings.Contains(s, "GOV-01 Rembang Gemilang Mobile"))
	// Output:
	// Smart-city roadmap of Rembang Regency 2022–2031
	// true true
}

// The programmes for a spreadsheet in the Indonesian locale: ";" between
// cells and a column per year. Only the first two rows are shown.
func ExamplePlan_WriteProgramsCSV() {
	plan := plantest.Rembang()
	var b bytes.Buffer
	if err := plan.WriteProgramsCSV(&b, masterplan.ExportOptions{Semicolon: true}); err != nil {
		panic(err)
	}
	lines := strings.SplitN(b.String(), "\n", 3)
	fmt.Println(lines[0])
	fmt.Println(lines[1])
	// Output:
	// id;name;pillar;element;responsible_opd;supporting_opds;horizon;start_year;end_year;quick_win;technology_based;status;illustrative;sources;2022;2023;2024;2025;2026;2027;2028;2029;2030;2031;total
	// GOV-01;Rembang Gemilang Mobile;GOV;GOV.SVC;Dinas Komunikasi dan Informatika;Dinas Kesehatan, Dinas Kebudayaan dan Pariwisata;medium;2022;2024;1;1;ongoing;0;APBD;450000000;600000000;350000000;;;;;;;;1400000000
}
