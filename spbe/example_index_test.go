package spbe_test

import (
	"fmt"

	"github.com/kotacerdas/smartcity/spbe"
)

// The worked examples printed in PermenPANRB 59/2020 (Lampiran B.4): an
// aspect from its indicators' levels, a domain from its aspects and the
// index from the domains, each a weighted mean.
func ExampleWeightedMean() {
	idx := func(s string) spbe.Index {
		x, err := spbe.ParseIndex(s)
		if err != nil {
			panic(err)
		}
		return x
	}
	// Aspect 2: levels 3, 4, 3, 2 of indicators 11–14, each 2.50 %.
	a2, _ := spbe.WeightedMean([]spbe.Index{idx("3"), idx("4"), idx("3"), idx("2")}, []int64{250, 250, 250, 250})
	// Domain 2: aspects A2 3.00 (10 %), A3 4.00 (10 %), A4 3.00 (5 %).
	d2, _ := spbe.WeightedMean([]spbe.Index{idx("3"), idx("4"), idx("3")}, []int64{1000, 1000, 500})
	// The index: domains 3.70, 3.40, 3.00, 3.20 with weights 13, 25, 16.5, 45.5 %.
	all, _ := spbe.WeightedMean([]spbe.Index{idx("3.70"), idx("3.40"), idx("3.00"), idx("3.20")}, []int64{1300, 2500, 1650, 4550})
	fmt.Println(a2, d2, all, all.Format(3), all.Exact())
	// Output:
	// 3.00 3.40 3.28 3.282 1641/500
}

// An Index is exact; it is rounded half-up only when shown. ParseIndex reads
// a decimal, with a point or the comma of the Indonesian locale, or a
// fraction.
func ExampleParseIndex() {
	for _, s := range []string{"3.99", "3,635", "29/11"} {
		x, err := spbe.ParseIndex(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%-6s → %s, exactly %s, %s\n", s, x, x.Exact(), spbe.Default().PredicateOf(x, spbe.Unrounded))
	}
	_, err := spbe.ParseIndex("3.5e0")
	fmt.Println(err)
	// Output:
	// 3.99   → 3.99, exactly 399/100, Sangat Baik
	// 3,635  → 3.64, exactly 727/200, Sangat Baik
	// 29/11  → 2.64, exactly 29/11, Baik
	// spbe: unknown index "3.5e0" (want a fraction such as "727/200" or a decimal such as "3.64")
}
