package evaluation

import (
	"testing"

	"github.com/kotacerdas/smartcity/internal/zerotest"
)

// zeroValues holds one value of each exported type of the package.
var zeroValues = []any{
	Cohort(nil), DecodeOptions{}, Dimension(0), Evaluation{}, ReportOptions{}, Result{}, Scores{},
	Stage(0), Standing{}, Weights{},
}

// Every exported method works on the zero value of its type, or returns
// an error.
func TestZeroValues(t *testing.T) {
	zerotest.Types(t, ".", zeroValues)
	zerotest.Methods(t, zeroValues, nil, nil)
}
