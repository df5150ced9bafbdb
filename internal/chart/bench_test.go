package chart

import (
	"strconv"
	"testing"
)

func BenchmarkRadarSVG(b *testing.B) {
	r := spbe2024()
	for b.Loop() {
		if _, err := r.SVG(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRoadmapSVG(b *testing.B) {
	r := rembangRoadmap()
	for b.Loop() {
		if _, err := r.SVG(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkBarsSVG(b *testing.B) {
	c := pemdiAspects()
	for b.Loop() {
		if _, err := c.SVG(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRankingSVG draws the most members a ranking takes.
func BenchmarkRankingSVG(b *testing.B) {
	r := rembangNeighbours()
	r.Members = nil
	for k := range MaxRanked {
		r.Members = append(r.Members, Ranked{Label: "Pemerintah Kabupaten Contoh " + strconv.Itoa(k), Value: float64(k%50) / 10, Highlight: k == 40})
	}
	for b.Loop() {
		if _, err := r.SVG(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLineSVG(b *testing.B) {
	l := illustrativeYears()
	for b.Loop() {
		if _, err := l.SVG(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSharesSVG(b *testing.B) {
	s := rembangPillars()
	for b.Loop() {
		if _, err := s.SVG(); err != nil {
			b.Fatal(err)
		}
	}
}
