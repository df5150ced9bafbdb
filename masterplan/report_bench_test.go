package masterplan_test

import (
	"io"
	"testing"

	"github.com/kotacerdas/smartcity/masterplan"
	"github.com/kotacerdas/smartcity/masterplan/plantest"
)

func BenchmarkPlanWriteReport(b *testing.B) {
	p := plantest.Rembang()
	for b.Loop() {
		if err := p.WriteReport(io.Discard, masterplan.ReportOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPlanRoadmapSVG(b *testing.B) {
	p := plantest.Rembang()
	for b.Loop() {
		if _, err := p.RoadmapSVG(masterplan.ReportOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPlanWriteProgramsCSV(b *testing.B) {
	p := plantest.Rembang()
	for b.Loop() {
		if err := p.WriteProgramsCSV(io.Discard, masterplan.ExportOptions{Semicolon: true}); err != nil {
			b.Fatal(err)
		}
	}
}
