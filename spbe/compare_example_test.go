package spbe_test

import (
	"fmt"

	"github.com/kotacerdas/smartcity/spbe"
)

// scoreDigits scores levels written one digit per indicator.
func scoreDigits(digits string, basis spbe.PredicateBasis) *spbe.Result {
	fw := spbe.Default()
	levels := fw.NewLevels()
	for i, c := range digits {
		levels[i] = spbe.Level(c - '0')
	}
	res, err := fw.Score(levels, spbe.Options{Basis: basis})
	if err != nil {
		panic(err)
	}
	return res
}

// Kabupaten Rembang from 2023 to 2024: every domain and the index, exactly,
// and the indicators that moved the index most. The levels are
// reconstructed to reproduce the published results (the official levels
// per indicator are not published), so the indicators named are
// illustrative; the domain and index figures are the official ones.
func ExampleCompare() {
	r2023 := scoreDigits("55555444444333333333333322222224444444433555544", spbe.Rounded)
	r2024 := scoreDigits("55554444444444444333333333322225544444444555555", spbe.Unrounded)
	c, err := spbe.Compare(spbe.Scored{Result: r2023}, spbe.Scored{Result: r2024})
	if err != nil {
		panic(err)
	}
	fw := c.Framework
	for d, ch := range c.Domains {
		fmt.Printf("%s %s → %s (%s)\n", fw.DomainAt(d).Code, ch.From, ch.To, ch.Delta)
	}
	fmt.Printf("index %s → %s (+%s), predikat change %d\n", c.Index.From, c.Index.To, c.Index.Delta, c.PredicateChange())
	for _, g := range c.Gains(2) {
		fmt.Printf("gain: indicator %d %d→%d adds %s\n", g.Indicator, g.From, g.To, g.Contribution.Format(4))
	}
	for _, l := range c.Losses(1) {
		fmt.Printf("loss: indicator %d %d→%d takes %s\n", l.Indicator, l.From, l.To, l.Contribution.Format(4))
	}
	// Output:
	// D1 4.50 → 4.40 (-0.10)
	// D2 3.10 → 3.70 (0.60)
	// D3 2.36 → 2.64 (0.27)
	// D4 4.14 → 4.52 (0.37)
	// index 3.64 → 3.99 (+0.35), predikat change 0
	// gain: indicator 46 4→5 adds 0.0300
	// gain: indicator 47 4→5 adds 0.0300
	// loss: indicator 5 5→4 takes -0.0130
}

// A 2025 result under PermenPANRB 59/2020 against a 2026 one under the
// Indeks Pemerintah Digital: the frameworks share no indicators, aspects or
// domains, so only the indices are compared, and each predikat is in its
// own framework's bands — 4.00 is Sangat Baik under 59/2020 and Memuaskan
// under 8/2026.
func ExampleCompare_acrossFrameworks() {
	fw2025, _ := spbe.ForYear(2025)
	fw2026, _ := spbe.ForYear(2026)
	c, err := spbe.Compare(spbe.Scored{Result: scoredAt(fw2025, 4)}, spbe.Scored{Result: scoredAt(fw2026, 4)})
	if err != nil {
		panic(err)
	}
	fmt.Println("index only:", c.IndexOnly, c.FromFramework, "→", c.ToFramework)
	fmt.Printf("index %s → %s (%s), %s → %s, predikat change %+d\n",
		c.Index.From, c.Index.To, c.Index.Delta, c.FromPredicate, c.ToPredicate, c.PredicateChange())
	fmt.Println("indicators, aspects, domains compared:", len(c.Indicators), len(c.Aspects), len(c.Domains))
	// Output:
	// index only: true permenpanrb-59-2020 → permenpanrb-8-2026
	// index 4.00 → 4.00 (0.00), Sangat Baik → Memuaskan, predikat change +1
	// indicators, aspects, domains compared: 0 0 0
}
