package masterplan_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/masterplan"
	"github.com/kotacerdas/smartcity/masterplan/plantest"
	"github.com/kotacerdas/smartcity/pillar"
)

// The example plan of Kabupaten Rembang in the repository validates
// cleanly, with a quick win in every pillar.
func ExampleLoad() {
	plan, err := masterplan.Load("plantest/fixtures/rembang-masterplan.json", masterplan.DecodeOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(plan.Region.FullName(smartcity.Indonesian), plan.Region.KemendagriCode)
	fmt.Printf("%d–%d, %d programmes, %d quick wins\n",
		plan.Period.StartYear, plan.Period.EndYear, len(plan.Programs), len(plan.QuickWins()))
	problems := plan.Validate(masterplan.ValidateOptions{RequireQuickWinPerPillar: true})
	fmt.Println("problems:", len(problems))
	// Output:
	// Kabupaten Rembang 33.17
	// 2022–2031, 19 programmes, 6 quick wins
	// problems: 0
}

func ExamplePlan_Validate() {
	const doc = `{
  "region": {"name": "Rembang", "kind": "kabupaten", "kemendagri_code": "3317", "province": "Jawa Tengah"},
  "period": {"start_year": 2022, "end_year": 2031},
  "vision": "Rembang cerdas",
  "missions": ["layanan publik digital"],
  "rpjmd": {"start_year": 2021, "end_year": 2026, "strategic_issues": ["kemiskinan"]},
  "institutions": {
    "council": {"name": "Dewan Smart City"},
    "team": {"name": "Tim Pelaksana"},
    "leader": {"name": "Mochamad Hanies Cholil Barro'", "role": "Wakil Bupati"}
  },
  "readiness": {"items": []},
  "programs": [{
    "id": "GOV-01", "name": "Rembang Gemilang Mobile", "element": "GOV.SVC",
    "responsible_opd": "Dinas Komunikasi dan Informatika",
    "horizon": "short", "start_year": 2023, "end_year": 2026, "quick_win": true,
    "budget": [{"year": 2035, "source": "APBD", "amount": 150000000}],
    "status": "planned"
  }],
  "lifecycle": {}
}`
	plan, err := masterplan.Decode(strings.NewReader(doc), masterplan.DecodeOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	problems := plan.Validate(masterplan.ValidateOptions{RequireQuickWinPerPillar: true})
	for _, p := range problems {
		if p.Rule == "readiness_missing" || p.Rule == "book_missing" || p.Rule == "pillar_coverage" {
			continue // many of these in a sketch; shown for one pillar below
		}
		fmt.Printf("%-7s %s\n", p.Severity, p.Message(smartcity.Indonesian))
	}
	fmt.Println(problems.HasErrors(), problems.Err() != nil)
	// Output:
	// error   region.kemendagri_code: kode Kemendagri "3317" tidak sesuai format NN.NN
	// error   programs[0].horizon: jangka pendek tidak sesuai dengan lama program 4 tahun (2023–2026); seharusnya jangka menengah
	// error   programs[0].budget[0].year: tahun anggaran 2035 berada di luar periode program 2023–2026
	// error   programs: pilar Smart Branding belum memiliki quick win
	// error   programs: pilar Smart Economy belum memiliki quick win
	// error   programs: pilar Smart Living belum memiliki quick win
	// error   programs: pilar Smart Society belum memiliki quick win
	// error   programs: pilar Smart Environment belum memiliki quick win
	// true true
}

// The same problem in English: the language is chosen when the problem is
// said.
func ExamplePlan_Validate_english() {
	plan := plantest.Rembang()
	plan.Programs[0].Budget[1].Year = 2035
	problems := plan.Validate(masterplan.ValidateOptions{})
	for _, lang := range []smartcity.Lang{smartcity.English, smartcity.Indonesian} {
		for _, p := range problems {
			fmt.Printf("[%s] %s\n", p.Rule, p.Message(lang))
		}
	}
	// Output:
	// [budget_year] programs[0].budget[1].year: budget year 2035 lies outside the programme's years 2022–2024
	// [budget_year] programs[0].budget[1].year: tahun anggaran 2035 berada di luar periode program 2022–2024
}

func ExamplePlan_Summarize() {
	plan := plantest.Rembang()
	s, err := plan.Summarize()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("total:", s.Budget.Total)
	for _, pa := range s.Budget.ByPillar {
		fmt.Printf("%s %13d\n", pa.Pillar, pa.Amount)
	}
	fmt.Println("APBD 2023, Smart Governance:", s.Budget.Amount(pillar.Governance, 2023, masterplan.APBD))
	for _, c := range s.Coverage[:2] {
		fmt.Printf("%s: %d programmes, %d quick win\n", c.Pillar.Name(smartcity.English), c.Programs, c.QuickWins)
	}
	for _, q := range s.QuickWins[:2] {
		fmt.Printf("quick win %s %s (%d–%d)\n", q.ID, q.Name, q.StartYear, q.EndYear)
	}
	fmt.Println("running in 2022:", s.Roadmap[0].Running)
	// Output:
	// total: 17620000000
	// GOV    2970000000
	// BRD    3825000000
	// ECO    2150000000
	// LIV    2950000000
	// SOC    2075000000
	// ENV    3650000000
	// APBD 2023, Smart Governance: 1120000000
	// Smart Governance: 4 programmes, 1 quick win
	// Smart Branding: 3 programmes, 1 quick win
	// quick win GOV-01 Rembang Gemilang Mobile (2022–2024)
	// quick win BRD-01 Portal Wisata Enjoy Rembang (2023–2023)
	// running in 2022: [GOV-01 ECO-01 LIV-01 SOC-01]
}

// A lifecycle moves forward only.
func ExampleLifecycle_Advance() {
	var l masterplan.Lifecycle
	fmt.Println(l.Advance(masterplan.Milestone{Stage: masterplan.MoU, Date: smartcity.MustParseDate("2022-04-21")}))
	fmt.Println(l.Advance(masterplan.Milestone{Stage: masterplan.BimtekII, Date: smartcity.MustParseDate("2022-07-20")}))
	err := l.Advance(masterplan.Milestone{Stage: masterplan.BimtekI, Date: smartcity.MustParseDate("2022-06-23")})
	fmt.Println(err, errors.Is(err, masterplan.ErrStageOrder))
	current, _ := l.Current()
	fmt.Println(current.Stage.Number(), current.Stage.Name(smartcity.Indonesian))
	// Output:
	// <nil>
	// <nil>
	// masterplan: stages[2].stage: stage Bimtek I is recorded after stage Bimtek II; the lifecycle moves forward only true
	// 4 Bimtek II
}
