package chart

import "testing"

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
