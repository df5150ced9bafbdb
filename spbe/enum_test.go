package spbe

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/golden"
)

// TestSpellings lists every spelling the package's enums accept — codes,
// names and aliases, folded — in testdata/spellings.golden, and checks that
// each reads to its own value and that each enum refuses its spellings
// with a hyphen or an underscore where none stands between two words, as
// nobody writes a value so: a spelling that goes away, or comes to mean
// another value, shows in review.
func TestSpellings(t *testing.T) {
	golden.Spellings(t, filepath.Join("testdata", "spellings.golden"),
		stages, methods, predicates, predicateBases, unansweredPolicies, formats, limits)
}

// TestRefusedSpellings: "-1" is no unanswered policy, as a minus sign
// might suggest, and only one separator stands between "sangat" and
// "baik".
func TestRefusedSpellings(t *testing.T) {
	for _, s := range []string{"-0", "_zero", "zero-"} {
		_, err := ParseUnansweredPolicy(s)
		assert.ErrorAs(t, err, new(*smartcity.ParseError), "%q", s)
	}
	for _, s := range []string{"sangat__baik", "-baik", "sangat - - baik"} {
		_, err := ParsePredicate(s)
		assert.ErrorAs(t, err, new(*smartcity.ParseError), "%q", s)
	}
	for _, s := range []string{"Sangat_Baik", " sangat - baik ", "SANGAT  BAIK"} {
		p, err := ParsePredicate(s)
		require.NoError(t, err, "%q", s)
		assert.Equal(t, SangatBaik, p, "%q", s)
	}
}
