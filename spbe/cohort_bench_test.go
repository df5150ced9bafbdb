package spbe

import (
	"math/rand/v2"
	"runtime"
	"strconv"
	"testing"
)

// BenchmarkCohort ranks and summarises 1,000 results of 59/2020.
func BenchmarkCohort(b *testing.B) {
	fw := Default()
	rng := rand.New(rand.NewPCG(1, 1000))
	members := make([]Member, 1000)
	for k := range members {
		members[k] = randomMember(b, rng, fw, "instansi", 2024)
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
	for k := range members {
		year := 2025 + k%2
		fw, _ := ForYear(year)
		members[k] = randomMember(b, rng, fw, "instansi", year)
	}
	b.ReportAllocs()
	for b.Loop() {
		cs, err := GroupByFramework(members)
		if err != nil || len(cs) != 2 || cs[0].Len() != 500 {
			b.Fatal(err)
		}
	}
}

// nationalMembers returns n results of 59/2020 with levels drawn at
// random, named as the rows of a national file are ("Pemerintah Kab.
// Contoh 1", …), each a Member of its own, as MemberOf makes it.
func nationalMembers(tb testing.TB, n int) []Member {
	tb.Helper()
	fw := Default()
	rng := rand.New(rand.NewPCG(1, uint64(n)))
	members := make([]Member, n)
	for k := range members {
		members[k] = randomMember(tb, rng, fw, "Pemerintah Kab. Contoh "+strconv.Itoa(k+1), 2024)
	}
	return members
}

// randomMember scores levels of fw drawn at random, each from 1 to 5, and
// returns the result as the member of instansi in year.
func randomMember(tb testing.TB, rng *rand.Rand, fw *Framework, instansi string, year int) Member {
	tb.Helper()
	levels := fw.NewLevels()
	for i := range levels {
		levels[i] = Level(1 + rng.IntN(5))
	}
	res, err := fw.Score(levels, Options{})
	if err != nil {
		tb.Fatal(err)
	}
	return MemberOf(instansi, year, res)
}

// heldBytes returns the bytes of live heap that what build returns holds.
// Build is kept alive to the end, and with it what it reads from, which
// would otherwise be freed in between and count against the result.
func heldBytes(build func() any) int64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	v := build()
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(v)
	runtime.KeepAlive(build)
	return int64(after.HeapAlloc) - int64(before.HeapAlloc)
}

// BenchmarkNewCohort100k ranks and summarises 100,000 results of 59/2020,
// a national file of many years. Beside allocs/op it reports what
// NewCohort allocates a member (B/member: the compact copy, the ranking
// and one measure's values for the statistics) and what the cohort holds
// once built (held-B/member), to set against the Member the caller gives,
// some 180 bytes with its instansi and domains.
func BenchmarkNewCohort100k(b *testing.B) {
	const n = 100_000
	fw := Default()
	members := nationalMembers(b, n)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	b.ReportAllocs()
	for b.Loop() {
		c, err := NewCohort(fw, members)
		if err != nil || c.Len() != n {
			b.Fatal(err)
		}
	}
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/float64(b.N)/n, "B/member")
	held := heldBytes(func() any { c, _ := NewCohort(fw, members); return c })
	b.ReportMetric(float64(held)/n, "held-B/member")
}
