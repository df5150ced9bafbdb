package spbe_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/kotacerdas/smartcity/spbe"
)

// Rank the results of a wide CSV and summarise them. Ties share a rank;
// the statistics are R-7 quantiles and the sample standard deviation.
func ExampleNewCohort() {
	csv := "instansi;tahun;" + strings.Join(numbers(47), ";") + "\n" +
		"Kab. Rembang;2024;" + digits("55554444444444444333333333322225544444444555555") + "\n" +
		"Kab. Sumedang;2024;" + digits("55555555555554444444444444444435555554444555554") + "\n" +
		"Kab. Contoh;2024;" + digits("33333333333333333333333333333333333333333333333") + "\n" +
		"Kab. Kembar;2024;" + digits("33333333333333333333333333333333333333333333333") + "\n"
	var members []spbe.Member
	for s, err := range spbe.ScoreAll(strings.NewReader(csv), spbe.ScoreAllOptions{}) {
		if err != nil {
			panic(err)
		}
		members = append(members, spbe.MemberOf(s.Instansi, s.Year, s.Result))
	}
	c, err := spbe.NewCohort(spbe.Default(), members)
	if err != nil {
		panic(err)
	}
	for _, m := range c.Members() {
		fmt.Printf("%d. %-13s %s %-11s percentile %.0f\n", m.Rank, m.Instansi, m.Index, m.Predicate, m.Percentile)
	}
	s := c.Index
	fmt.Printf("n %d, median %.4f, quartiles %.4f–%.4f, mean %.4f ± %.4f\n", s.N, s.Median, s.Q1, s.Q3, s.Mean, s.StdDev)
	fmt.Println(c.Predicates[0].Predicate, c.Predicates[0].Count) // the highest band first
	// Output:
	// 1. Kab. Sumedang 4.51 Memuaskan   percentile 100
	// 2. Kab. Rembang  3.99 Sangat Baik percentile 67
	// 3. Kab. Contoh   3.00 Baik        percentile 0
	// 3. Kab. Kembar   3.00 Baik        percentile 0
	// n 4, median 3.4935, quartiles 3.0000–4.1165, mean 3.6230 ± 0.7498
	// Memuaskan 1
}

// Rank the results of a file as they are scored, without a Member per
// result: ScoreAll scores every row into one reused Result, and
// NewCohortSeq copies what it ranks of each — in a few bytes, the name
// packed with the others — before the next row overwrites it.
func ExampleNewCohortSeq() {
	csv := "instansi;tahun;" + strings.Join(numbers(47), ";") + "\n" +
		"Kab. Rembang;2024;" + digits("55554444444444444333333333322225544444444555555") + "\n" +
		"Kab. Sumedang;2024;" + digits("55555555555554444444444444444435555554444555554") + "\n" +
		"Kab. Contoh;2024;" + digits("33333333333333333333333333333333333333333333333") + "\n"
	members := func(yield func(spbe.Member) bool) {
		for s, err := range spbe.ScoreAll(strings.NewReader(csv), spbe.ScoreAllOptions{Reuse: true}) {
			if err != nil {
				panic(err)
			}
			res := s.Result
			m := spbe.Member{Instansi: s.Instansi, Year: s.Year, Index: res.Index, Domains: res.Domains, Predicate: res.Predicate}
			if !yield(m) {
				return
			}
		}
	}
	c, err := spbe.NewCohortSeq(spbe.Default(), members)
	if err != nil {
		panic(err)
	}
	var first spbe.Ranked
	for k, m := range c.Members() {
		fmt.Printf("%d. %-13s %s %s, D1 %s\n", m.Rank, m.Instansi, m.Index, m.Predicate, m.Domains[0])
		if k == 0 {
			first = m
		}
	}
	fmt.Println("first:", first.Instansi, first.Percentile)
	// Output:
	// 1. Kab. Sumedang 4.51 Memuaskan, D1 5.00
	// 2. Kab. Rembang  3.99 Sangat Baik, D1 4.40
	// 3. Kab. Contoh   3.00 Baik, D1 3.00
	// first: Kab. Sumedang 100
}

// numbers returns "1" … "n".
func numbers(n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprint(i + 1)
	}
	return out
}

// scoredAt scores every indicator of fw at level l.
func scoredAt(fw *spbe.Framework, l spbe.Level) *spbe.Result {
	levels := fw.NewLevels()
	for i := range levels {
		levels[i] = l
	}
	res, err := fw.Score(levels, spbe.Options{})
	if err != nil {
		panic(err)
	}
	return res
}

// digits writes one level per indicator as CSV cells.
func digits(s string) string { return strings.Join(strings.Split(s, ""), ";") }

// A regency's file of 2025 and 2026 results spans two rules: PermenPANRB
// 59/2020 and the Indeks Pemerintah Digital. GroupByFramework ranks each
// framework's results apart, the newest first, each predikat in its own
// framework's bands.
func ExampleGroupByFramework() {
	score := func(year int, l spbe.Level) *spbe.Result {
		fw, _ := spbe.ForYear(year)
		return scoredAt(fw, l)
	}
	members := []spbe.Member{
		spbe.MemberOf("Kab. Rembang", 2025, score(2025, 4)),
		spbe.MemberOf("Kab. Rembang", 2026, score(2026, 4)),
		spbe.MemberOf("Kab. Sumedang", 2025, score(2025, 5)),
		spbe.MemberOf("Kab. Sumedang", 2026, score(2026, 3)),
	}
	cohorts, err := spbe.GroupByFramework(members)
	if err != nil {
		panic(err)
	}
	for _, c := range cohorts {
		fmt.Printf("%s, %d domains:\n", c.Framework, len(c.Domains))
		for _, m := range c.Members() {
			fmt.Printf("  %d. %s %d %s %s\n", m.Rank, m.Instansi, m.Year, m.Index, m.Predicate)
		}
	}
	// One cohort may not mix them.
	_, err = spbe.NewCohort(cohorts[0].Framework, members)
	fmt.Println(errors.Is(err, spbe.ErrFrameworkMismatch))
	// Output:
	// permenpanrb-8-2026, 0 domains:
	//   1. Kab. Rembang 2026 4.00 Memuaskan
	//   2. Kab. Sumedang 2026 3.00 Baik
	// permenpanrb-59-2020, 4 domains:
	//   1. Kab. Sumedang 2025 5.00 Memuaskan
	//   2. Kab. Rembang 2025 4.00 Sangat Baik
	// true
}
