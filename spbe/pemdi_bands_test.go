package spbe_test

import (
	"math"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity/spbe"
)

// TestPemdiPredicateOfHugeIndex: PredicateOf is monotone in the index on
// either basis, however large the index. On the Rounded basis
// Framework.predicateFor (band.go) multiplies the index rounded to
// hundredths by 100 in int64, which overflows from about 9.2 × 10¹⁴ on;
// beyond about 9.2 × 10¹⁶ decimal.Round's big.Int result no longer fits
// and wraps too. An index of 10¹⁵ — which ParseIndex reads and PredicateOf
// accepts — is then Kurang while 4.50 is Memuaskan.
func TestPemdiPredicateOfHugeIndex(t *testing.T) {
	for fw := range spbe.Frameworks() {
		top := fw.Bands()[len(fw.Bands())-1].Predicate
		for _, x := range []spbe.Index{
			spbe.NewIndex(45, 10),
			spbe.NewIndex(1_000_000_000_000_000, 1),
			spbe.NewIndex(math.MaxInt64/100, 1),
			spbe.NewIndex(math.MaxInt64, 1),
		} {
			for _, basis := range []spbe.PredicateBasis{spbe.Unrounded, spbe.Rounded} {
				require.Equal(t, top, fw.PredicateOf(x, basis), "%s: %s on the %s basis", fw, x.Exact(), basis)
			}
		}
	}
}
