package masterplan_test

import (
	"io"
	"testing"

	"github.com/kotacerdas/smartcity/masterplan"
)

func BenchmarkPlanWriteReport(b *testing.B) {
	p := reportRembang(b)
	for b.Loop() {
		if err := p.WriteReport(io.Discard, masterplan.ReportOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPlanRoadmapSVG(b *testing.B) {
	p := reportRembang(b)
	for b.Loop() {
		if _, err := p.RoadmapSVG(masterplan.ReportOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPlanWriteProgramsCSV(b *testing.B) {
	p := reportRembang(b)
	for b.Loop() {
		if err := p.WriteProgramsCSV(io.Discard, masterplan.ExportOptions{Semicolon: true}); err != nil {
			b.Fatal(err)
		}
	}
}
