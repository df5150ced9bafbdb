package masterplan

import (
	"encoding/json"
	"math"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/pillar"
)

func progressTestdata(name string) string { return filepath.Join("testdata", "progress", name) }

// monitoredPlan is a valid plan whose programmes exercise each rule of the
// progress report; testdata/progress/monitored.json reports on it.
func monitoredPlan() *Plan {
	p := generatedPlan(0)
	p.Region.Name = "Contoh"
	program := func(id string, el pillar.Element, start, end int, budget ...BudgetLine) Program {
		return Program{
			ID: id, Name: "Program " + id, Element: el, ResponsibleOPD: "Diskominfo",
			Horizon: HorizonFor(end - start + 1), StartYear: start, EndYear: end, Status: Ongoing, Budget: budget,
		}
	}
	kpi := func(name string, dir Direction, baseline string, targets ...KPITarget) KPI {
		return KPI{Name: name, Unit: "unit", Baseline: json.Number(baseline), Direction: dir, Targets: targets}
	}
	line := func(year int, s Source, amount int64) BudgetLine {
		return BudgetLine{Year: year, Source: s, Amount: amount}
	}
	target := func(year int, v string) KPITarget { return KPITarget{Year: year, Value: json.Number(v)} }

	govA := program("GOV-A", pillar.PublicService, 2023, 2025, line(2024, APBD, 100), line(2024, CSR, 50))
	govA.KPIs = []KPI{kpi("layanan daring", Up, "10", target(2024, "20"), target(2025, "30"))}
	govB := program("GOV-B", pillar.PublicPolicy, 2024, 2024, line(2024, APBD, 200))
	govB.KPIs = []KPI{kpi("waktu tunggu", Down, "60", target(2024, "40"))}
	govC := program("GOV-C", pillar.Bureaucracy, 2022, 2026, line(2024, APBD, 100))
	govC.KPIs = []KPI{kpi("tingkat tetap", Up, "5", target(2024, "5")), kpi("belum diukur", Up, "0", target(2026, "8"))}
	p.Programs = []Program{
		govA, govB, govC,
		program("ECO-A", pillar.Industry, 2023, 2026, line(2024, APBD, 1000)),
		program("ECO-B", pillar.FinancialTransactions, 2022, 2023),
		program("ECO-C", pillar.Welfare, 2022, 2025),
		program("LIV-A", pillar.Health, 2025, 2026, line(2025, APBD, 60)),
		program("SOC-A", pillar.Security, 2024, 2025, line(2024, APBD, 80)),
		program("SOC-B", pillar.Learning, 2024, 2025, line(2025, APBD, 40)),
		program("ENV-A", pillar.Waste, 2024, 2025, line(2024, APBD, 70)),
		program("BRD-A", pillar.TourismBranding, 2023, 2025, line(2024, APBD, 20)),
	}
	return p
}

func loadMonitored(t *testing.T) (*Plan, *Progress) {
	t.Helper()
	p := monitoredPlan()
	require.Empty(t, p.Validate(ValidateOptions{}).Errors())
	pr, err := LoadProgress(progressTestdata("monitored.json"), DecodeOptions{})
	require.NoError(t, err)
	return p, pr
}

// The report of 2024, counted by hand:
//
//	GOV  GOV-A running, money spent        realised
//	     GOV-B done                        realised
//	     GOV-C postponed                   not realised       2 of 3
//	BRD  BRD-A cancelled in 2023, revived  realised           1 of 1
//	ECO  ECO-A dropped in 2023             not planned
//	     ECO-B ended in 2023               not planned
//	     ECO-C done in 2023                realised           1 of 1
//	LIV  LIV-A reported before its years   not planned        no data
//	SOC  SOC-A running, money planned but none spent  not realised
//	     SOC-B running, no money planned   realised           1 of 2
//	ENV  ENV-A not reported                not realised       0 of 1
//	                                                          5 of 8
func TestProgressReportAchievement(t *testing.T) {
	p, pr := loadMonitored(t)
	rep, err := pr.Report(p, 2024)
	require.NoError(t, err)
	require.Len(t, rep.Pillars, 6)
	type ach struct {
		pillar            pillar.Pillar
		planned, realised int
		exact, percent    string
	}
	var got []ach
	for _, pp := range append(rep.Pillars, rep.Total) {
		got = append(got, ach{pp.Pillar, pp.Achievement.Planned, pp.Achievement.Realised,
			pp.Achievement.Rate.Exact(), percent(pp.Achievement.Rate, smartcity.Indonesian)})
	}
	assert.Equal(t, []ach{
		{pillar.Governance, 3, 2, "2/3", "66,7%"},
		{pillar.Branding, 1, 1, "1/1", "100,0%"},
		{pillar.Economy, 1, 1, "1/1", "100,0%"},
		{pillar.Living, 0, 0, "", ""}, // no data, not 0 %
		{pillar.Society, 2, 1, "1/2", "50,0%"},
		{pillar.Environment, 1, 0, "0/1", "0,0%"},
		{0, 8, 5, "5/8", "62,5%"},
	}, got)
	assert.Equal(t, StatusCounts{Ongoing: 1, Completed: 1, Postponed: 1}, rep.Pillars[0].Statuses)
	assert.Equal(t, StatusCounts{Completed: 1}, rep.Pillars[2].Statuses)
	assert.Equal(t, StatusCounts{NotReported: 1}, rep.Pillars[5].Statuses)
	assert.Equal(t, StatusCounts{Ongoing: 4, Completed: 2, Postponed: 1, NotReported: 1}, rep.Total.Statuses)

	type prog struct {
		id               string
		counted          bool
		status           Status
		statusYear       int
		realised         bool
		planned, realise int64
	}
	var programs []prog
	for _, pp := range rep.Programs {
		programs = append(programs, prog{pp.ID, pp.Counted, pp.Status, pp.StatusYear, pp.Realised, pp.Budget.Planned, pp.Budget.Realised})
	}
	assert.Equal(t, []prog{
		{"GOV-A", true, Ongoing, 2024, true, 150, 130},
		{"GOV-B", true, Completed, 2024, true, 200, 200},
		{"GOV-C", true, Postponed, 2024, false, 100, 0},
		{"ECO-C", true, Completed, 2023, true, 0, 0},
		{"LIV-A", false, Ongoing, 2024, false, 0, 30},
		{"SOC-A", true, Ongoing, 2024, false, 80, 0},
		{"SOC-B", true, Ongoing, 2024, true, 0, 0},
		{"ENV-A", true, 0, 0, false, 70, 0},
		{"BRD-A", true, Ongoing, 2024, true, 20, 10},
	}, programs)
}

// Budget absorption per pillar and source: money spent ÷ money planned.
func TestProgressReportAbsorption(t *testing.T) {
	p, pr := loadMonitored(t)
	rep, err := pr.Report(p, 2024)
	require.NoError(t, err)
	type abs struct {
		source            Source
		planned, realised int64
		rate              string
	}
	flatten := func(pp PillarProgress) []abs {
		var out []abs
		for _, a := range append(pp.Budget, pp.BudgetTotal) {
			out = append(out, abs{a.Source, a.Planned, a.Realised, a.Rate.Exact()})
		}
		return out
	}
	// GOV: APBD 100 + 200 + 100 planned, 80 + 200 spent; CSR 50 and 50.
	assert.Equal(t, []abs{{APBD, 400, 280, "7/10"}, {CSR, 50, 50, "1/1"}, {0, 450, 330, "11/15"}}, flatten(rep.Pillars[0]))
	assert.Equal(t, "73,3%", percent(rep.Pillars[0].BudgetTotal.Rate, smartcity.Indonesian))
	// ECO: ECO-A's 1000 is not planned any more: it was dropped in 2023.
	assert.Equal(t, []abs{{0, 0, 0, ""}}, flatten(rep.Pillars[2]))
	assert.Empty(t, rep.Pillars[2].Budget)
	// LIV: money spent ahead of the programme's years, nothing planned.
	assert.Equal(t, []abs{{APBD, 0, 30, ""}, {0, 0, 30, ""}}, flatten(rep.Pillars[3]))
	// The plan: APBD 400 + 20 + 80 + 70 planned; 280 + 10 + 30 + 0 spent.
	assert.Equal(t, []abs{{APBD, 570, 320, "32/57"}, {CSR, 50, 50, "1/1"}, {0, 620, 370, "37/62"}}, flatten(rep.Total))
	assert.Equal(t, "59.7%", percent(rep.Total.BudgetTotal.Rate, smartcity.English))
}

func TestProgressReportKPIs(t *testing.T) {
	p, pr := loadMonitored(t)
	rep, err := pr.Report(p, 2024)
	require.NoError(t, err)
	type kpi struct {
		program, name    string
		target           string
		targetYear       int
		actual, progress string
		percent          string
		state            KPIState
	}
	var got []kpi
	for _, pp := range rep.Programs {
		for _, k := range pp.KPIs {
			got = append(got, kpi{pp.ID, k.Name, string(k.Target), k.TargetYear, string(k.Actual), k.Progress.Exact(),
				percent(k.Progress, smartcity.English), k.State})
		}
	}
	assert.Equal(t, []kpi{
		// (25 − 10) / (20 − 10): half again beyond the target, not clamped.
		{"GOV-A", "layanan daring", "20", 2024, "25", "3/2", "150.0%", KPIExceeded},
		// Lower is better: (45 − 60) / (40 − 60) = 3/4.
		{"GOV-B", "waktu tunggu", "40", 2024, "45", "3/4", "75.0%", KPIBelowTarget},
		// Target equals baseline: no ratio, and 4 is below the 5 held.
		{"GOV-C", "tingkat tetap", "5", 2024, "4", "", "", KPIRegressed},
		// No target for 2024: the next one, 2026's, and nothing reported.
		{"GOV-C", "belum diukur", "8", 2026, "", "", "", KPINotReported},
	}, got)
}

func TestKPIProgress(t *testing.T) {
	targets := []KPITarget{{Year: 2023, Value: "20"}, {Year: 2025, Value: "40"}, {Year: 2027, Value: "60"}}
	tests := []struct {
		name     string
		dir      Direction
		baseline string
		targets  []KPITarget
		year     int
		actual   string
		progress string
		target   string
		state    KPIState
	}{
		{"on target", Up, "0", targets, 2025, "40", "1/1", "40", KPIAchieved},
		{"the year's own target", Up, "0", targets, 2023, "10", "1/2", "20", KPIBelowTarget},
		{"the next target when the year has none", Up, "0", targets, 2024, "10", "1/4", "40", KPIBelowTarget},
		{"the last target after the final year", Up, "0", targets, 2029, "66", "11/10", "60", KPIExceeded},
		{"worse than the baseline", Up, "10", targets, 2025, "5", "-1/6", "40", KPIRegressed},
		{"at the baseline", Up, "10", targets, 2025, "10", "0/1", "40", KPIBelowTarget},
		{"down, beyond", Down, "100", []KPITarget{{Year: 2025, Value: "50"}}, 2025, "25", "3/2", "50", KPIExceeded},
		{"down, worse", Down, "100", []KPITarget{{Year: 2025, Value: "50"}}, 2025, "110", "-1/5", "50", KPIRegressed},
		{"down, target equals baseline, held", Down, "7", []KPITarget{{Year: 2025, Value: "7"}}, 2025, "7", "", "7", KPIAchieved},
		{"down, target equals baseline, better", Down, "7", []KPITarget{{Year: 2025, Value: "7"}}, 2025, "6.5", "", "7", KPIExceeded},
		{"exact decimals", Up, "0.1", []KPITarget{{Year: 2025, Value: "0.4"}}, 2025, "0.2", "1/3", "0.4", KPIBelowTarget},
		{"no baseline: no ratio, but a state", Up, "", []KPITarget{{Year: 2025, Value: "4"}}, 2025, "3", "", "4", KPIBelowTarget},
		{"no target", Up, "0", nil, 2025, "3", "", "", KPINoData},
		{"no direction", 0, "0", targets, 2025, "3", "", "40", KPINoData},
		{"an absurd value", Up, "0", targets, 2025, "1e5000", "", "40", KPINoData},
		{"not reported", Up, "0", targets, 2025, "", "", "40", KPINotReported},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k := &KPI{Name: "k", Unit: "u", Direction: tt.dir, Baseline: json.Number(tt.baseline), Targets: tt.targets}
			got, ok := kpiProgress(k, tt.year, json.Number(tt.actual))
			require.True(t, ok)
			assert.Equal(t, tt.progress, got.Progress.Exact())
			assert.Equal(t, tt.target, string(got.Target))
			assert.Equal(t, tt.state, got.State)
		})
	}
}

func TestProgressReportErrors(t *testing.T) {
	p, pr := loadMonitored(t)
	_, err := pr.Report(p, 2040)
	require.ErrorIs(t, err, ErrOutsidePeriod)
	assert.EqualError(t, err, "masterplan: 2040 lies outside the plan period 2022–2031: year outside the plan period")
	_, err = pr.Report(nil, 2024)
	require.Error(t, err)

	// Money that does not fit in an int64 is an error, not a wrapped sum.
	big := &Progress{Region: "Contoh", Years: []RealisationYear{{Year: 2024, Programs: []Realisation{
		{ID: "GOV-A", Status: Ongoing, Budget: []RealisedAmount{{Source: APBD, Amount: math.MaxInt64}, {Source: APBD, Amount: 1}}},
	}}}}
	_, err = big.Report(p, 2024)
	require.ErrorIs(t, err, ErrOverflow)
	var oe *overflowError
	require.ErrorAs(t, err, &oe)
	assert.Equal(t, `money spent on programme "GOV-A"`, oe.what())
	// Validate refuses it first, at the amount where the year's money
	// leaves int64.
	moneyTotal := func(pr *Progress) []string {
		var at []string
		for _, e := range pr.Validate(p, ValidateOptions{}).Errors() {
			if e.Rule == "money_total" {
				at = append(at, e.Message(smartcity.English))
			}
		}
		return at
	}
	assert.Equal(t, []string{"years[0].programs[0].budget[1].amount: the money realised in the year up to this line totals more than IDR 9,223,372,036,854,775,807, the most that can be totalled exactly"}, moneyTotal(big))

	big.Years[0].Programs = []Realisation{
		{ID: "GOV-A", Status: Ongoing, Budget: []RealisedAmount{{Source: APBD, Amount: math.MaxInt64}}},
		{ID: "GOV-B", Status: Ongoing, Budget: []RealisedAmount{{Source: APBD, Amount: math.MaxInt64}}},
	}
	_, err = big.Report(p, 2024)
	require.ErrorAs(t, err, &oe)
	assert.Equal(t, "money spent from APBD", oe.what())
	assert.Len(t, moneyTotal(big), 1)
	assert.Contains(t, moneyTotal(big)[0], "years[0].programs[1].budget[0].amount: ")

	// So is a KPI's progress, exact, that does not fit: each value has
	// 18 digits, but (actual − baseline) ÷ (target − baseline) needs 36.
	for i := range p.Programs {
		if k := &p.Programs[i].KPIs; p.Programs[i].ID == "GOV-A" {
			(*k)[0].Baseline = "0.000000000000000001"
			(*k)[0].Targets = []KPITarget{{Year: 2024, Value: "999999999999999999"}}
		}
	}
	big.Years[0].Programs = []Realisation{{ID: "GOV-A", Status: Ongoing, KPIs: []KPIActual{{Name: "layanan daring", Actual: "999999999999999998"}}}}
	require.Empty(t, big.Validate(p, ValidateOptions{}).Errors())
	_, err = big.Report(p, 2024)
	require.ErrorAs(t, err, &oe)
	assert.Equal(t, `progress of KPI "layanan daring" of programme "GOV-A" in 2024`, oe.what())

	// A year nobody reported: nothing realised but ECO-C, completed in
	// 2023 with a year still to run.
	p, pr = loadMonitored(t)
	rep, err := pr.Report(p, 2025)
	require.NoError(t, err)
	assert.Equal(t, 1, rep.Total.Achievement.Realised)
	assert.Equal(t, 1, rep.Total.Statuses.Completed)
	assert.Equal(t, rep.Total.Achievement.Planned, rep.Total.Statuses.NotReported+rep.Total.Statuses.Completed)
}

// The Rembang example: an illustrative realisation of the illustrative
// plan, reported on for 2024.
func TestProgressRembang(t *testing.T) {
	p, err := Load(rembangPath, DecodeOptions{})
	require.NoError(t, err)
	pr, err := LoadProgress(rembangFixture("rembang-progress-2024.json"), DecodeOptions{})
	require.NoError(t, err)
	assert.True(t, pr.Illustrative, "the Rembang realisation is illustrative and says so")
	assert.NotEmpty(t, pr.Notes)
	assert.Equal(t, "masterplan.json", pr.Plan)
	assert.Empty(t, pr.Validate(p, ValidateOptions{}))
	assert.Equal(t, 2024, pr.LatestYear())

	rep, err := pr.Report(p, 2024)
	require.NoError(t, err)
	var got []string
	for _, pp := range rep.Pillars {
		got = append(got, pp.Pillar.String()+" "+percent(pp.Achievement.Rate, smartcity.Indonesian)+" "+percent(pp.BudgetTotal.Rate, smartcity.Indonesian))
	}
	// GOV: GOV-04 runs without spending the 150 million planned, so 2 of
	// 3; its APBD 610 of 800 million is 76.25 %, shown 76,3 %.
	assert.Equal(t, []string{"GOV 66,7% 76,3%", "BRD 0,0% 0,0%", "ECO 100,0% 96,3%", "LIV  ", "SOC 100,0% 90,9%", "ENV 100,0% 96,3%"}, got)
	assert.Equal(t, "75,0%", percent(rep.Total.Achievement.Rate, smartcity.Indonesian))
	assert.Equal(t, 9, rep.Total.Achievement.Realised)
	assert.Equal(t, 12, rep.Total.Achievement.Planned)

	out, err := json.Marshal(pr)
	require.NoError(t, err)
	back, err := UnmarshalProgress(out)
	require.NoError(t, err)
	assert.Equal(t, pr, back)
}

func TestProgressYears(t *testing.T) {
	_, pr := loadMonitored(t)
	ry, ok := pr.Year(2023)
	require.True(t, ok)
	r, ok := ry.Program("ECO-A")
	require.True(t, ok)
	assert.Equal(t, Cancelled, r.Status, `"dropped" reads as cancelled`)
	_, ok = ry.Program("GOV-B")
	assert.False(t, ok)
	_, ok = pr.Year(2030)
	assert.False(t, ok)
	assert.Equal(t, 0, (&Progress{}).LatestYear())

	spent, err := (&Realisation{Budget: []RealisedAmount{{Amount: 5}, {Amount: 7}}}).Spent()
	require.NoError(t, err)
	assert.Equal(t, int64(12), spent)
}

func TestKPIState(t *testing.T) {
	for s := KPINotReported; s <= KPIExceeded; s++ {
		back, err := kpiStates.Parse(s.String())
		require.NoError(t, err)
		assert.Equal(t, s, back)
		assert.NotEmpty(t, s.Name(smartcity.Indonesian))
	}
	got, err := kpiStates.Parse("Tercapai")
	require.NoError(t, err)
	assert.Equal(t, KPIAchieved, got)
	assert.Equal(t, "below target", KPIBelowTarget.Name(smartcity.English))
	_, err = kpiStates.Parse("great")
	require.ErrorAs(t, err, new(*smartcity.ParseError))
	assert.False(t, KPIState(0).isValid())
}

// percent writes x as a percentage with one decimal in lang, "" for no
// data.
func percent(x smartcity.Number, lang smartcity.Lang) string {
	s, _ := lang.Percent(x.Num(), x.Den(), 1)
	return s
}
