package spbe_test

import (
	"fmt"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/spbe"
)

// The worked examples printed in PermenPANRB 59/2020 (Lampiran B.4): an
// aspect from its indicators' levels, a domain from its aspects and the
// index from the domains, each a weighted mean.
func ExampleWeightedMean() {
	idx := func(s string) smartcity.Number {
		x, err := smartcity.ParseNumber(s)
		if err != nil {
			panic(err)
		}
		return x
	}
	// Aspect 2: levels 3, 4, 3, 2 of indicators 11–14, each 2.50 %.
	a2, _ := spbe.WeightedMean([]smartcity.Number{idx("3"), idx("4"), idx("3"), idx("2")}, []int64{250, 250, 250, 250})
	// Domain 2: aspects A2 3.00 (10 %), A3 4.00 (10 %), A4 3.00 (5 %).
	d2, _ := spbe.WeightedMean([]smartcity.Number{idx("3"), idx("4"), idx("3")}, []int64{1000, 1000, 500})
	// The index: domains 3.70, 3.40, 3.00, 3.20 with weights 13, 25, 16.5, 45.5 %.
	all, _ := spbe.WeightedMean([]smartcity.Number{idx("3.70"), idx("3.40"), idx("3.00"), idx("3.20")}, []int64{1300, 2500, 1650, 4550})
	fmt.Println(a2, d2, all, all.Format(3), all.Exact())
	// Output:
	// 3.00 3.40 3.28 3.282 1641/500
}
