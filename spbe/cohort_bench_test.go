package spbe

import (
	"math/rand/v2"
	"testing"
)

// BenchmarkCohort ranks and summarises 1,000 results of 59/2020.
func BenchmarkCohort(b *testing.B) {
	fw := Default()
	rng := rand.New(rand.NewPCG(1, 1000))
	members := make([]Member, 1000)
	levels := fw.NewLevels()
	var res Result
	for k := range members {
		for i := range levels {
			levels[i] = Level(1 + rng.IntN(5))
		}
		if err := fw.ScoreInto(&res, levels, Options{}); err != nil {
			b.Fatal(err)
		}
		members[k] = MemberOf("instansi", 2024, &res)
	}
	b.ReportAllocs()
	for b.Loop() {
		c, err := NewCohort(fw, members)
		if err != nil || c.Len() != 1000 {
			b.Fatal(err)
		}
	}
}

// BenchmarkGroupByFramework ranks 1,000 results of 2025 and 2026, half
// under 59/2020 and half under the Indeks Pemerintah Digital.
func BenchmarkGroupByFramework(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 1000))
	members := make([]Member, 1000)
	var res Result
	for k := range members {
		year := 2025 + k%2
		fw, _ := ForYear(year)
		levels := fw.NewLevels()
		for i := range levels {
			levels[i] = Level(1 + rng.IntN(5))
		}
		if err := fw.ScoreInto(&res, levels, Options{}); err != nil {
			b.Fatal(err)
		}
		members[k] = MemberOf("instansi", year, &res)
	}
	b.ReportAllocs()
	for b.Loop() {
		cs, err := GroupByFramework(members)
		if err != nil || len(cs) != 2 || cs[0].Len() != 500 {
			b.Fatal(err)
		}
	}
}
