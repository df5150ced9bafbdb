package plantest

import (
	"slices"
	"strings"
	"time"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/masterplan"
	"github.com/kotacerdas/smartcity/pillar"
)

// The default plan is of Kabupaten Contoh in Jawa Tengah, with a
// Kemendagri code of the right form that no real kabupaten has, from 2025
// to 2029.
const defaultStartYear, defaultEndYear = 2025, 2029

// defaultRegion returns the region of the default plan.
func defaultRegion() masterplan.Region {
	return masterplan.Region{Name: "Contoh", Kind: masterplan.Kabupaten, KemendagriCode: "33.70", Province: "Jawa Tengah"}
}

// PlanBuilder builds a masterplan.Plan from a valid default. Build makes
// the plan afresh each time: first the default for the builder's period,
// then every change in the order the methods were called.
type PlanBuilder struct {
	start, end int
	edits      []func(*masterplan.Plan)
}

// Plan returns a builder of the default plan: Kabupaten Contoh from 2025
// to 2029, with a quick win in each pillar.
func Plan() *PlanBuilder {
	return &PlanBuilder{start: defaultStartYear, end: defaultEndYear}
}

// Period sets the plan's first and last years. The default quick wins run
// in the first year, the RPJMD covers the first five years, the lifecycle
// runs through the year before, and the plan is legalised in its first
// year. A period outside 5 to 10 years makes the plan invalid.
func (b *PlanBuilder) Period(start, end int) *PlanBuilder {
	b.start, b.end = start, end
	return b
}

// AddProgram adds programmes after those already in the plan.
func (b *PlanBuilder) AddProgram(programs ...masterplan.Program) *PlanBuilder {
	programs = slices.Clone(programs)
	for i := range programs {
		programs[i] = cloneProgram(programs[i])
	}
	return b.Edit(func(p *masterplan.Plan) {
		for _, pr := range programs {
			p.Programs = append(p.Programs, cloneProgram(pr))
		}
	})
}

// Edit applies edit to the plan when it is built, after the changes made
// before it: the way to reach any field the other methods do not.
func (b *PlanBuilder) Edit(edit func(*masterplan.Plan)) *PlanBuilder {
	b.edits = append(b.edits, edit)
	return b
}

// Build returns a new plan: the default, then the changes.
func (b *PlanBuilder) Build() *masterplan.Plan {
	p := defaultPlan(defaultRegion(), b.start, b.end)
	for _, e := range b.edits {
		e(p)
	}
	return p
}

// defaultPlan returns the valid plan of region from start to end.
func defaultPlan(r masterplan.Region, start, end int) *masterplan.Plan {
	full := r.FullName(smartcity.Indonesian)
	p := &masterplan.Plan{
		Region: r,
		Period: masterplan.Period{StartYear: start, EndYear: end},
		Vision: full + " yang cerdas, melayani dan lestari",
		Missions: []string{
			"Menghadirkan layanan publik digital yang terpadu",
			"Menumbuhkan ekonomi daerah yang berdaya saing",
		},
		RPJMD: masterplan.RPJMD{
			StartYear:       start,
			EndYear:         start + 4,
			StrategicIssues: []string{"tata kelola pemerintahan", "pertumbuhan ekonomi"},
		},
		LegalBasis: &masterplan.LegalBasis{
			Kind:         legalKind(r.Kind),
			Number:       "1",
			Year:         start,
			Title:        "Masterplan Smart City " + full,
			Illustrative: true,
		},
		Institutions: masterplan.Institutions{
			Council: masterplan.Body{Name: "Dewan Smart City " + full},
			Team:    masterplan.Body{Name: "Tim Pelaksana Smart City " + full},
			Leader:  masterplan.Official{Name: "Pimpinan " + full, Role: leaderRole(r.Kind)},
		},
		Books: []masterplan.Book{
			{Volume: masterplan.BookAnalysis, Title: "Buku I Analisis Strategis"},
			{Volume: masterplan.BookMasterplan, Title: "Buku II Masterplan"},
			{Volume: masterplan.BookSummary, Title: "Buku III Ringkasan Eksekutif dan Quick Win"},
		},
		Programs: quickWins(start),
		Notes:    []string{"Rencana induk rekaan untuk pengujian."},
	}
	for s := range masterplan.ReadinessSubItems() {
		p.Readiness.Items = append(p.Readiness.Items, masterplan.ReadinessItem{SubItem: s, Current: 2, Target: 4})
	}
	for pl := range pillar.All() {
		p.Strategies = append(p.Strategies, masterplan.Strategy{Pillar: pl, Statement: "Strategi " + strings.ToLower(pl.Name(smartcity.Indonesian))})
	}
	before := start - 1
	for i, st := range []masterplan.Stage{masterplan.MoU, masterplan.BimtekI, masterplan.BimtekII, masterplan.BimtekIII, masterplan.BimtekIV, masterplan.Completion} {
		p.Lifecycle.Stages = append(p.Lifecycle.Stages, masterplan.Milestone{Stage: st, Date: masterplan.Date{Year: before, Month: time.March + time.Month(i), Day: 1}})
	}
	p.Lifecycle.Stages = append(p.Lifecycle.Stages, masterplan.Milestone{Stage: masterplan.Legalisation, Date: masterplan.Date{Year: start, Month: time.February, Day: 1}})
	return p
}

// legalKind returns the regulation by which a region of kind k adopts its
// plan.
func legalKind(k masterplan.RegionKind) masterplan.LegalKind {
	switch k {
	case masterplan.Kota:
		return masterplan.Perwal
	case masterplan.Provinsi:
		return masterplan.Pergub
	}
	return masterplan.Perbup
}

// leaderRole returns the office of the head of a region of kind k.
func leaderRole(k masterplan.RegionKind) string {
	switch k {
	case masterplan.Kota:
		return "Wali Kota"
	case masterplan.Provinsi:
		return "Gubernur"
	}
	return "Bupati"
}

// cloneProgram returns a deep copy of p.
func cloneProgram(p masterplan.Program) masterplan.Program {
	p.SupportingOPDs = slices.Clone(p.SupportingOPDs)
	p.Budget = slices.Clone(p.Budget)
	p.ActionPlan = slices.Clone(p.ActionPlan)
	p.KPIs = slices.Clone(p.KPIs)
	for i := range p.KPIs {
		p.KPIs[i].Targets = slices.Clone(p.KPIs[i].Targets)
	}
	return p
}
