package pillar

import (
	"testing"

	"github.com/kotacerdas/smartcity/internal/zerotest"
)

// zeroValues holds one value of each exported type of the package.
var zeroValues = []any{
	Aggregate{}, Catalogue{}, Element(0), GiffingerCharacteristic(0), ISOTheme(0), Pillar(0),
	Scale{}, Scorecard{}, Summary{}, Weights{},
}

// Every exported method works on the zero value of its type, or returns
// an error.
func TestZeroValues(t *testing.T) {
	zerotest.Types(t, ".", zeroValues)
	zerotest.Methods(t, zeroValues, nil, nil)
}
