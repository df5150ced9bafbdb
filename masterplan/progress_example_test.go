package masterplan_test

import (
	"fmt"
	"strings"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/masterplan"
	"github.com/kotacerdas/smartcity/masterplan/plantest"
)

// The illustrative realisation of the Rembang example plan, reported on
// for 2024: achievement per pillar and the whole plan's budget absorption.
func ExampleProgress_Report() {
	plan := plantest.Rembang()
	progress := plantest.RembangProgress2024()
	if err := progress.Validate(plan, masterplan.ValidateOptions{}).Err(); err != nil {
		fmt.Println(err)
		return
	}
	rep, err := progress.Report(plan, 2024)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, pp := range rep.Pillars {
		a := pp.Achievement
		rate, err := smartcity.Indonesian.Percent(a.Rate.Num(), a.Rate.Den(), 1)
		if err != nil { // nothing planned
			rate = "tidak ada data"
		}
		fmt.Printf("%s %d/%d %s\n", pp.Pillar, a.Realised, a.Planned, rate)
	}
	t := rep.Total
	achieved, _ := smartcity.Indonesian.Percent(t.Achievement.Rate.Num(), t.Achievement.Rate.Den(), 1)
	absorbed, _ := smartcity.Indonesian.Percent(t.BudgetTotal.Rate.Num(), t.BudgetTotal.Rate.Den(), 1)
	fmt.Printf("total %d/%d %s, budget absorbed %s\n", t.Achievement.Realised, t.Achievement.Planned, achieved, absorbed)
	// Output:
	// GOV 2/3 66,7%
	// BRD 0/2 0,0%
	// ECO 3/3 100,0%
	// LIV 0/0 tidak ada data
	// SOC 3/3 100,0%
	// ENV 1/1 100,0%
	// total 9/12 75,0%, budget absorbed 65,9%
}

// A realisation is checked against its plan: every problem at once, with
// its path.
func ExampleProgress_Validate() {
	plan := plantest.Rembang()
	doc := `{"region": "Rembang", "years": [{"year": 2035, "programs": []}, {"year": 2024, "programs": [
		{"id": "GOV-09", "status": "running"},
		{"id": "GOV-01", "status": "done", "budget": [{"source": "APBD", "amount": -1}],
		 "kpis": [{"name": "pengguna aktif", "actual": 100}]}]}]}`
	progress, err := masterplan.UnmarshalProgress([]byte(doc))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range progress.Validate(plan, masterplan.ValidateOptions{}).Errors() {
		fmt.Println(p)
	}
	// Output:
	// years[0].year: year 2035 lies outside the plan period 2022–2031
	// years[1].programs[0].id: programme "GOV-09" is not in the masterplan
	// years[1].programs[1].budget[0].amount: amount realised -1 must not be negative
	// years[1].programs[1].kpis[0].name: programme "GOV-01" has no KPI "pengguna aktif"
}

// A server checks an uploaded realisation against the plan it chose
// itself: the plan the upload names is never opened, and a name that
// leaves the upload's folder is a problem of the upload.
func ExampleValidateProgress() {
	plan := plantest.Rembang() // the region's plan, as the server keeps it
	upload := `{"region": "Rembang", "plan": "../../etc/passwd",
		"years": [{"year": 2024, "programs": [{"id": "GOV-01", "status": "completed"}]}]}`
	progress, problems, err := masterplan.ValidateProgress(strings.NewReader(upload), plan, masterplan.ValidateOptions{})
	if err != nil { // unreadable, or over the size limit
		fmt.Println(err)
		return
	}
	for _, p := range problems.Errors() {
		fmt.Printf("%s [%s]\n", p.Message(smartcity.English), p.Rule)
	}
	if problems.Err() == nil {
		rep, _ := progress.Report(plan, 2024)
		fmt.Println(rep.Total.Achievement.Realised)
	}
	// Output:
	// plan: "../../etc/passwd" leaves its folder with ".."; write a name inside it [reference]
}
