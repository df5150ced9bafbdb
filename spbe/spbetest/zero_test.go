package spbetest

import (
	"testing"

	"github.com/kotacerdas/smartcity/internal/zerotest"
)

// zeroValues holds one value of each exported type of the package.
var zeroValues = []any{AssessmentBuilder{}}

// Every exported method works on the zero value of its type.
func TestZeroValues(t *testing.T) {
	zerotest.Types(t, ".", zeroValues)
	zerotest.Methods(t, zeroValues, nil, nil)
}
