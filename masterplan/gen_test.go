package masterplan

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/pillar"
)

// generatedPlan builds a valid plan with n programmes, the same for the
// same n, for benchmarks and tests. Programmes cycle through the 18
// elements; the first of each pillar is a quick win.
func generatedPlan(n int) *Plan {
	p := &Plan{
		Region:   Region{Name: "Contoh", Kind: Kabupaten, KemendagriCode: "33.17", Province: "Jawa Tengah"},
		Period:   Period{StartYear: 2022, EndYear: 2031},
		Vision:   "Kabupaten cerdas yang melayani",
		Missions: []string{"Layanan publik digital", "Ekonomi daerah tumbuh"},
		RPJMD:    RPJMD{StartYear: 2021, EndYear: 2026, StrategicIssues: []string{"tata kelola pemerintahan", "kemiskinan"}},
		Institutions: Institutions{
			Council: Body{Name: "Dewan Smart City"},
			Team:    Body{Name: "Tim Pelaksana"},
			Leader:  Official{Name: "Pemimpin", Role: "Wakil Bupati"},
		},
		Books: []Book{
			{Volume: BookAnalysis, Title: "Buku I"},
			{Volume: BookMasterplan, Title: "Buku II"},
			{Volume: BookSummary, Title: "Buku III"},
		},
		Lifecycle: Lifecycle{Stages: []Milestone{
			{Stage: MoU, Date: smartcity.MustParseDate("2022-04-21")},
			{Stage: BimtekI, Date: smartcity.MustParseDate("2022-06-23"), EndDate: smartcity.MustParseDate("2022-06-24")},
		}},
	}
	for s := range ReadinessSubItems() {
		p.Readiness.Items = append(p.Readiness.Items, ReadinessItem{
			SubItem: s, Current: 2, Target: 4,
			SWOT:     SWOT{Strengths: []string{"komitmen pimpinan"}, Weaknesses: []string{"anggaran terbatas"}},
			Evidence: []string{"dokumen"},
		})
	}
	elements := make([]pillar.Element, 0, 18)
	for e := range pillar.AllElements() {
		elements = append(elements, e)
	}
	sources := [...]Source{APBD, APBN, DAK, DanaDesa, CSR, KPBU, BLUD, OtherSource}
	for i := range n {
		start := 2022 + i%7
		years := 1 + i%4
		end := start + years - 1
		pr := Program{
			ID:              fmt.Sprintf("P-%05d", i),
			Name:            fmt.Sprintf("Program contoh nomor %d", i),
			Description:     "Program untuk mengukur kecepatan validasi dan penguraian dokumen.",
			Element:         elements[i%len(elements)],
			ResponsibleOPD:  "Dinas Komunikasi dan Informatika",
			SupportingOPDs:  []string{"Badan Perencanaan Pembangunan Daerah"},
			Horizon:         HorizonFor(years),
			StartYear:       start,
			EndYear:         end,
			QuickWin:        i < 18 && i%3 == 0,
			TechnologyBased: i%2 == 0,
			Status:          Planned,
		}
		for y := start; y <= end; y++ {
			pr.Budget = append(pr.Budget, BudgetLine{Year: y, Source: sources[(i+y)%len(sources)], Amount: int64(100_000_000 + i*1000 + y)})
		}
		kpi := KPI{Name: "cakupan layanan", Unit: "%", Baseline: "10", Direction: Up}
		for y := start; y <= end; y++ {
			kpi.Targets = append(kpi.Targets, KPITarget{Year: y, Value: json.Number(fmt.Sprintf("%d.5", 10+10*(y-start+1)))})
		}
		pr.KPIs = []KPI{kpi}
		pr.ActionPlan = []ActionStep{
			{Description: "Menyusun rencana kerja", Year: start, Output: "rencana kerja"},
			{Description: "Melaksanakan dan memantau", Year: end},
		}
		p.Programs = append(p.Programs, pr)
	}
	return p
}

// generatedDocument is generatedPlan(n) as an indented JSON document, the
// way plan files are written.
func generatedDocument(n int) []byte {
	data, err := json.MarshalIndent(generatedPlan(n), "", "  ")
	if err != nil {
		panic(err)
	}
	return data
}

// bytesReader returns a fresh reader over data that hides its size, as a
// file or network stream would.
func bytesReader(data []byte) *onlyReader { return &onlyReader{data: data} }

type onlyReader struct{ data []byte }

func (r *onlyReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, io.EOF
	}
	n := copy(p, r.data)
	r.data = r.data[n:]
	return n, nil
}
