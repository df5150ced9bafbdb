package main

import (
	"fmt"
	"strings"

	"github.com/kotacerdas/smartcity/masterplan"
)

// writeProfile prints who the region is, who leads it and the stages it has
// been through, from the masterplan's region, institutions and lifecycle.
func writeProfile(p *printer, s *story) {
	r := s.plan.Region
	p.printf("%s, %s (%s %s)\n", r.FullName(p.lang), r.Province, p.t("Kemendagri", "Kemendagri code"), r.KemendagriCode)
	p.say("Gerakan Menuju Smart City angkatan %d (%d daerah)\n", "Gerakan Menuju Smart City, %d cohort (%d regions)\n", cohortYear, cohortSize)
	in := s.plan.Institutions
	for _, m := range in.Council.Members {
		p.printf("%s: %s\n", m.Role, m.Name)
	}
	p.say("Pemimpin tim smart city: %s (%s)\n", "Smart-city team leader: %s (%s)\n", in.Leader.Name, in.Leader.Role)
	rp := s.plan.RPJMD
	p.wrapf(p.t("Masalah pokok RPJMD %d–%d: %s", "Core problems of the RPJMD %d–%d: %s"),
		rp.StartYear, rp.EndYear, strings.Join(rp.StrategicIssues, ", "))
	p.say("Tahapan:\n", "Stages:\n")
	t := p.table()
	for _, m := range s.plan.Lifecycle.Stages {
		t.row("  "+dateRange(m, p), m.Stage.Name(p.lang))
	}
	t.flush()
}

// dateRange writes a milestone's day, or its first and last day when it
// lasted several: "23–24 Juni 2022".
func dateRange(m masterplan.Milestone, p *printer) string {
	d, e := m.Date, m.EndDate
	if e.IsZero() || e == d {
		return p.lang.Date(d.Year, d.Month, d.Day)
	}
	if e.Year == d.Year && e.Month == d.Month {
		return fmt.Sprintf("%d–%s", d.Day, p.lang.Date(e.Year, e.Month, e.Day))
	}
	return p.lang.Date(d.Year, d.Month, d.Day) + " – " + p.lang.Date(e.Year, e.Month, e.Day)
}
