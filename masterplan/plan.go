package masterplan

// Plan is a region's smart-city masterplan (rencana induk), as built in
// Bimtek I–IV: its strategic analysis, readiness, strategies, programmes
// and lifecycle. The JSON field names are snake_case; YAML tags match.
type Plan struct {
	// Region is the regional government that owns the plan.
	Region Region `json:"region" yaml:"region"`
	// Period is the plan's span, 5 to 10 years.
	Period Period `json:"period" yaml:"period"`
	// Vision is the smart-city vision statement.
	Vision string `json:"vision" yaml:"vision" validate:"required"`
	// Missions are the missions that serve the vision.
	Missions []string `json:"missions" yaml:"missions" validate:"min=1,dive,required" maxitems:"100"`
	// RPJMD is the regional medium-term development plan the masterplan
	// aligns with, and the strategic issues taken from it.
	RPJMD RPJMD `json:"rpjmd" yaml:"rpjmd"`
	// LegalBasis is the regulation that adopts the plan; nil until the plan
	// is legalised.
	LegalBasis *LegalBasis `json:"legal_basis,omitempty" yaml:"legal_basis,omitempty"`
	// Institutions are the council, the implementation team and the leader.
	Institutions Institutions `json:"institutions" yaml:"institutions"`
	// Books are the three books of the masterplan as structured content.
	Books []Book `json:"books,omitzero" yaml:"books,omitempty" validate:"dive" maxitems:"10"`
	// Readiness is the region's readiness assessment.
	Readiness Readiness `json:"readiness" yaml:"readiness"`
	// Strategies are the strategies per pillar and element.
	Strategies []Strategy `json:"strategies,omitzero" yaml:"strategies,omitempty" validate:"dive" maxitems:"1000"`
	// Programs are the programmes of the plan, at least one.
	Programs []Program `json:"programs" yaml:"programs" validate:"min=1" maxitems:"2000"`
	// Lifecycle records the region's stages in the Gerakan Menuju Smart
	// City.
	Lifecycle Lifecycle `json:"lifecycle" yaml:"lifecycle"`
	// Notes are remarks about the document itself, such as which parts are
	// illustrative rather than taken from an adopted masterplan.
	Notes []string `json:"notes,omitzero" yaml:"notes,omitempty" validate:"dive,required" maxitems:"1000"`
}

// program returns the programme with the given id and true, or false when
// there is none.
func (p *Plan) program(id string) (*Program, bool) {
	for i := range p.Programs {
		if p.Programs[i].ID == id {
			return &p.Programs[i], true
		}
	}
	return nil, false
}

// QuickWins returns the quick-win programmes in document order.
func (p *Plan) QuickWins() []*Program {
	var out []*Program
	for i := range p.Programs {
		if p.Programs[i].QuickWin {
			out = append(out, &p.Programs[i])
		}
	}
	return out
}

// Period is a span of whole years, both ends included.
type Period struct {
	// StartYear is the first year.
	StartYear int `json:"start_year" yaml:"start_year" validate:"required"`
	// EndYear is the last year.
	EndYear int `json:"end_year" yaml:"end_year" validate:"required"`
}

// years returns the number of years in the period, EndYear − StartYear + 1.
func (p Period) years() int { return p.EndYear - p.StartYear + 1 }

// contains reports whether year lies in the period.
func (p Period) contains(year int) bool { return year >= p.StartYear && year <= p.EndYear }

// MinPlanYears and MaxPlanYears bound the length of a masterplan's period.
const (
	MinPlanYears = 5
	MaxPlanYears = 10
)

// RPJMD is the region's Rencana Pembangunan Jangka Menengah Daerah, the
// medium-term development plan a masterplan must fit.
type RPJMD struct {
	// StartYear is the RPJMD's first year, such as 2021.
	StartYear int `json:"start_year" yaml:"start_year" validate:"required"`
	// EndYear is the RPJMD's last year, such as 2026.
	EndYear int `json:"end_year" yaml:"end_year" validate:"required"`
	// StrategicIssues are the RPJMD's core problems or strategic issues the
	// masterplan addresses.
	StrategicIssues []string `json:"strategic_issues" yaml:"strategic_issues" validate:"min=1,dive,required" maxitems:"100"`
}
