package masterplan_test

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/masterplan"
	"github.com/kotacerdas/smartcity/masterplan/plantest"
	"github.com/kotacerdas/smartcity/pillar"
)

// The budget of the illustrative Rembang plan cut by source and by year,
// exact in whole rupiah.
func ExampleBudgetSummary() {
	plan := plantest.Rembang()
	s, err := plan.Summarize()
	if err != nil {
		panic(err)
	}
	b := s.Budget
	for _, s := range b.BySource {
		fmt.Printf("%-9s %14d\n", s.Source, s.Amount)
	}
	fmt.Println("DAK for Smart Branding in 2026:", b.Amount(pillar.Branding, 2026, masterplan.DAK))
	fmt.Println("total:", b.Total)
	// Output:
	// APBD         10745000000
	// APBN           900000000
	// DAK           2700000000
	// Dana Desa     1300000000
	// CSR            525000000
	// KPBU          1300000000
	// BLUD           150000000
	// DAK for Smart Branding in 2026: 1500000000
	// total: 17620000000
}

// The roadmap year by year: what runs, starts and ends, and the year's
// budget.
func ExampleRoadmapYear() {
	plan := plantest.Rembang()
	s, err := plan.Summarize()
	if err != nil {
		panic(err)
	}
	for _, y := range s.Roadmap[:3] {
		fmt.Printf("%d: %d running, starting %v, ending %v, Rp%d\n", y.Year, len(y.Running), y.Starting, y.Ending, y.Budget)
	}
	// Output:
	// 2022: 4 running, starting [GOV-01 ECO-01 LIV-01 SOC-01], ending [], Rp1350000000
	// 2023: 11 running, starting [GOV-02 GOV-03 GOV-04 BRD-01 ECO-02 SOC-02 ENV-01], ending [GOV-02 BRD-01 LIV-01 ENV-01], Rp2395000000
	// 2024: 12 running, starting [BRD-02 BRD-03 ECO-03 SOC-03 ENV-03], ending [GOV-01 ECO-01], Rp2475000000
}

// The budget lines in the long layout that pivot tables take, one row per
// line, with ";" for spreadsheets in the Indonesian locale.
func ExamplePlan_WriteBudgetCSV() {
	plan := plantest.Rembang()
	var b bytes.Buffer
	if err := plan.WriteBudgetCSV(&b, masterplan.ExportOptions{Semicolon: true}); err != nil {
		panic(err)
	}
	lines := strings.Split(b.String(), "\n")
	fmt.Println(strings.Join(lines[:4], "\n"))
	fmt.Println(len(lines)-2, "budget lines")
	// Output:
	// program_id;program_name;pillar;element;quick_win;year;source;amount
	// GOV-01;Rembang Gemilang Mobile;GOV;GOV.SVC;1;2022;APBD;450000000
	// GOV-01;Rembang Gemilang Mobile;GOV;GOV.SVC;1;2023;APBD;600000000
	// GOV-01;Rembang Gemilang Mobile;GOV;GOV.SVC;1;2024;APBD;350000000
	// 62 budget lines
}

// How the plan spreads over the six pillars, as bars of each pillar's
// programmes and budget with their shares.
func ExamplePlan_PillarSharesSVG() {
	plan := plantest.Rembang()
	svg, err := plan.PillarSharesSVG(masterplan.ReportOptions{Lang: smartcity.English})
	if err != nil {
		panic(err)
	}
	s := string(svg)
	fmt.Println(strings.HasPrefix(s, "<?xml"), strings.Contains(s, "viewBox"))
	title, _, _ := strings.Cut(s[strings.Index(s, "<title>")+len("<title>"):], "</title>")
	fmt.Println(title)
	// Output:
	// true true
	// Programmes and budget by pillar: Rembang Regency
}

// A programme's horizon follows from its length: one year is short, up to
// five medium, beyond that long.
func ExampleHorizonFor() {
	for _, years := range []int{1, 3, 5, 6} {
		h := masterplan.HorizonFor(years)
		fmt.Printf("%d: %s (%s, %s)\n", years, h, h.Name(smartcity.Indonesian), h.Name(smartcity.English))
	}
	// Output:
	// 1: short (jangka pendek, short term)
	// 3: medium (jangka menengah, medium term)
	// 5: medium (jangka menengah, medium term)
	// 6: long (jangka panjang, long term)
}
