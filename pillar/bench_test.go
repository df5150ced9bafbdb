package pillar

import (
	"fmt"
	"testing"
)

func BenchmarkParse(b *testing.B) {
	for _, in := range []string{"GOV", "Smart Governance", "Goverance"} {
		b.Run(in, func(b *testing.B) {
			for b.Loop() {
				_, _ = Parse(in)
			}
		})
	}
}

func BenchmarkParseElement(b *testing.B) {
	for _, in := range []string{"GOV.SVC", "Tata Kelola Sampah dan Limbah", "Pelayanan Publk"} {
		b.Run(in, func(b *testing.B) {
			for b.Loop() {
				_, _ = ParseElement(in)
			}
		})
	}
}

func BenchmarkSummarize(b *testing.B) {
	s := sample(b)
	w, err := NewWeights(map[Pillar]int{Governance: 5000, Living: 5000}, nil)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		_ = s.Summarize(w)
	}
}

func BenchmarkNormalizeZScore(b *testing.B) {
	for _, n := range []int{10, 514} { // 514: every kabupaten and kota
		cohort := make([]Scorecard, n)
		for i := range cohort {
			values := make(map[Element]float64, elementCount)
			for e := range AllElements() {
				values[e] = float64((i*int(e)*37)%101) / 101 * 100
			}
			cohort[i] = card(b, fmt.Sprintf("region %d", i), Scale{Min: 0, Max: 100}, values)
		}
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				if _, err := NormalizeZScore(cohort); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
