package spbe

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity/internal/golden"
)

// TestSpellings lists every spelling the package's enums accept — codes,
// names and aliases, folded — in testdata/spellings.golden, and checks that
// the parsers read each to its value: a spelling that goes away, or comes
// to mean another value, shows in review.
func TestSpellings(t *testing.T) {
	var b strings.Builder
	add := func(list string, err error) {
		require.NoError(t, err)
		b.WriteString(list)
	}
	add(stages.Listing(ParseStage))
	add(methods.Listing(ParseMethod))
	add(predicates.Listing(ParsePredicate))
	add(predicateBases.Listing(ParsePredicateBasis))
	add(unansweredPolicies.Listing(ParseUnansweredPolicy))
	add(formats.Listing(ParseFormat))
	add(limits.Listing(ParseLimit))
	golden.Check(t, filepath.Join("testdata", "spellings.golden"), []byte(b.String()))
}
