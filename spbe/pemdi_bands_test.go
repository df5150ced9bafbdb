package spbe_test

import (
	"math"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/spbe"
)

// TestPemdiPredicateOfHugeIndex: PredicateOf is monotone in the index on
// either basis, however large the index. On the Rounded basis an index
// rounded to hundredths no longer fits in int64 beyond about 9.2 × 10¹⁶,
// and multiplying it by 100 overflows from about 9.2 × 10¹⁴ on: an index
// of 10¹⁵ — which ParseNumber reads and PredicateOf accepts — was once
// Kurang while 4.50 was Memuaskan.
func TestPemdiPredicateOfHugeIndex(t *testing.T) {
	for fw := range spbe.Frameworks() {
		top := fw.Bands()[len(fw.Bands())-1].Predicate
		for _, x := range []smartcity.Number{
			smartcity.NewNumber(45, 10),
			smartcity.NewNumber(1_000_000_000_000_000, 1),
			smartcity.NewNumber(math.MaxInt64/100, 1),
			smartcity.NewNumber(math.MaxInt64, 1),
		} {
			for _, basis := range []spbe.PredicateBasis{spbe.Unrounded, spbe.Rounded} {
				require.Equal(t, top, fw.PredicateOf(x, basis), "%s: %s on the %s basis", fw, x.Exact(), basis)
			}
		}
	}
}
