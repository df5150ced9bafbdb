package plantest

import (
	"encoding/json"
	"strconv"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/masterplan"
	"github.com/kotacerdas/smartcity/pillar"
)

// NewProgram returns a valid programme under element el that runs from
// start to end: its horizon agrees with its years, it has Rp 100,000,000
// from the APBD in each year, one KPI rising by 10 % a year from a baseline
// of 0, one action step in its first year, and the status planned. The
// programme is valid in any plan whose period holds its years. It is not a
// quick win; set QuickWin for one.
func NewProgram(id string, el pillar.Element, start, end int) masterplan.Program {
	years := end - start + 1
	p := masterplan.Program{
		ID:              id,
		Name:            "Program " + id,
		Description:     "Program rekaan untuk pengujian.",
		Element:         el,
		ResponsibleOPD:  "Dinas Komunikasi dan Informatika",
		Horizon:         masterplan.HorizonFor(years),
		StartYear:       start,
		EndYear:         end,
		TechnologyBased: true,
		Status:          masterplan.Planned,
		ActionPlan: []masterplan.ActionStep{
			{Description: "Menyusun rencana kerja " + id, Year: start, Output: "dokumen rencana kerja"},
		},
	}
	kpi := masterplan.KPI{Name: "capaian " + id, Unit: "%", Baseline: "0", Direction: masterplan.Up}
	for y := start; y <= end && y-start < 1000; y++ {
		p.Budget = append(p.Budget, masterplan.BudgetLine{Year: y, Source: masterplan.APBD, Amount: 100_000_000})
		kpi.Targets = append(kpi.Targets, masterplan.KPITarget{Year: y, Value: json.Number(strconv.Itoa(10 * (y - start + 1)))})
	}
	p.KPIs = []masterplan.KPI{kpi}
	return p
}

// quickWins returns a one-year quick win in the first element of each
// pillar, in the pillars' order, in year.
func quickWins(year int) []masterplan.Program {
	var ps []masterplan.Program
	for pl := range pillar.All() {
		for el := range pl.Elements() {
			p := NewProgram(pl.String()+"-01", el, year, year)
			p.Name = "Quick win " + pl.Name(smartcity.Indonesian)
			p.QuickWin = true
			ps = append(ps, p)
			break
		}
	}
	return ps
}
