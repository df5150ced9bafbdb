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
