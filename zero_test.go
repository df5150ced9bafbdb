package smartcity

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/kotacerdas/smartcity/internal/zerotest"
)

// zeroValues holds one value of each exported type of the package.
var zeroValues = []any{Date{}, Lang(0), MoreProblems{}, Number{}, ParseError{}, Problem{}, Problems(nil), Severity(0)}

// Every exported method works on the zero value of its type, and on a nil
// *ParseError, as errors are met nil; the zero Problem and ParseError say
// that they hold nothing rather than nothing at all.
func TestZeroValues(t *testing.T) {
	zerotest.Types(t, ".", zeroValues)
	zerotest.Methods(t, zeroValues, []string{"ParseError"}, nil)
	assert.Equal(t, "problem without a description", Problem{}.Error())
	assert.Equal(t, "masalah tanpa keterangan", Problem{}.Message(Indonesian))
	assert.Equal(t, "empty value", (*ParseError)(nil).Error())
	assert.Equal(t, "nilai kosong", ErrorMessage(&ParseError{}, Indonesian))
}
