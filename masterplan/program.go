package masterplan

import (
	"github.com/kotacerdas/smartcity/internal/escape"
	"github.com/kotacerdas/smartcity/pillar"
)

// Program is one programme of the masterplan (the guidance spells it
// "program"): an initiative under one pillar element, owned by one OPD,
// with its years, budget, KPIs and action plan.
//
// A plan holds programmes by the hundred, so Plan.Validate checks them with
// its own rules rather than with validator field tags: walking every field
// by reflection would make validating a large plan cost more than decoding
// it. The rules and messages are the same as the tags' would be: ID, Name,
// Element, ResponsibleOPD, Horizon, StartYear, EndYear and Status are
// required, and so is every entry of SupportingOPDs.
type Program struct {
	// ID identifies the programme within the plan, such as "GOV-01"; ids
	// are unique.
	ID string `json:"id" yaml:"id"`
	// Name is the programme's name.
	Name string `json:"name" yaml:"name"`
	// Description says what the programme does; optional.
	Description string `json:"description,omitempty" yaml:"description,omitempty"`
	// Element is the pillar element the programme serves; its pillar is
	// Element.Pillar().
	Element pillar.Element `json:"element" yaml:"element"`
	// ResponsibleOPD is the regional government office (Organisasi
	// Perangkat Daerah) accountable for the programme.
	ResponsibleOPD string `json:"responsible_opd" yaml:"responsible_opd"`
	// SupportingOPDs are the other offices involved.
	SupportingOPDs []string `json:"supporting_opds,omitzero" yaml:"supporting_opds,omitempty" maxitems:"100"`
	// Horizon is the programme's term; it must agree with its years.
	Horizon Horizon `json:"horizon" yaml:"horizon"`
	// StartYear is the programme's first year, inside the plan's period.
	StartYear int `json:"start_year" yaml:"start_year"`
	// EndYear is the programme's last year, inside the plan's period.
	EndYear int `json:"end_year" yaml:"end_year"`
	// QuickWin marks a flagship programme meant to deliver results residents
	// feel quickly (program unggulan / percepatan).
	QuickWin bool `json:"quick_win" yaml:"quick_win"`
	// TechnologyBased tells whether the programme rests on information
	// technology; innovations need not.
	TechnologyBased bool `json:"technology_based" yaml:"technology_based"`
	// Budget lists the money planned per year and funding source.
	Budget []BudgetLine `json:"budget,omitzero" yaml:"budget,omitempty" maxitems:"200"`
	// KPIs are the programme's performance indicators.
	KPIs []KPI `json:"kpis,omitzero" yaml:"kpis,omitempty" maxitems:"100"`
	// ActionPlan lists the steps that carry the programme out.
	ActionPlan []ActionStep `json:"action_plan,omitzero" yaml:"action_plan,omitempty" maxitems:"200"`
	// Status is where the programme stands.
	Status Status `json:"status" yaml:"status"`
	// Illustrative marks a programme invented for an example or a draft,
	// not taken from an adopted masterplan.
	Illustrative bool `json:"illustrative,omitempty" yaml:"illustrative,omitempty"`
}

// years returns the programme's length in years, counting both the start
// and the end year: EndYear − StartYear + 1.
func (p *Program) years() int { return p.EndYear - p.StartYear + 1 }

// pillar returns the pillar of the programme's element, or the zero Pillar
// when the element is not valid.
func (p *Program) pillar() pillar.Pillar { return p.Element.Pillar() }

// budgetTotal returns the sum of the programme's budget lines, or an
// error wrapping ErrOverflow when it does not fit in an int64.
func (p *Program) budgetTotal() (int64, error) {
	var total int64
	for _, l := range p.Budget {
		var err error
		if total, err = addAmount(total, l.Amount, func() *overflowError { return overflow("budget of programme %s", escape.Quote(p.ID)) }); err != nil {
			return 0, err
		}
	}
	return total, nil
}

// ActionStep is one step of a programme's action plan.
type ActionStep struct {
	// Description says what is done; required.
	Description string `json:"description" yaml:"description"`
	// Year is when the step is done; 0 when not scheduled, otherwise inside
	// the programme's years.
	Year int `json:"year,omitempty" yaml:"year,omitempty"`
	// Output is what the step delivers; optional.
	Output string `json:"output,omitempty" yaml:"output,omitempty"`
}
