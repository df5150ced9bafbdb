package spbe_test

import (
	"io"
	"testing"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/spbe"
)

func BenchmarkWriteReport(b *testing.B) {
	rembang := reportScored(b, "rembang-2024.json")
	sumedang := reportScored(b, "sumedang-2024.json")
	opt := spbe.ReportOptions{Target: spbe.Target{Predicate: spbe.Memuaskan}, Compare: &sumedang}
	for b.Loop() {
		if err := spbe.WriteReport(io.Discard, rembang, opt); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRadarSVG(b *testing.B) {
	rembang := reportScored(b, "rembang-2024.json")
	sumedang := reportScored(b, "sumedang-2024.json")
	for b.Loop() {
		if _, err := spbe.RadarSVG(smartcity.Indonesian, rembang, sumedang); err != nil {
			b.Fatal(err)
		}
	}
}

// A thousand results with their levels, as a national export would hold.
func BenchmarkWriteResultsCSV(b *testing.B) {
	one := reportScored(b, "rembang-2024.json")
	results := make([]spbe.Scored, 1000)
	for i := range results {
		results[i] = one
	}
	opt := spbe.ExportOptions{CSVOptions: spbe.CSVOptions{Semicolon: true}, Levels: true}
	for b.Loop() {
		if err := spbe.WriteResultsCSV(io.Discard, results, opt); err != nil {
			b.Fatal(err)
		}
	}
}
