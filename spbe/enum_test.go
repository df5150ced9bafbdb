package spbe

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
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

// TestRefusedSpellings: each enum refuses its spellings with a hyphen or an
// underscore where none stands between two words, as nobody writes a value
// so; "-1" is no unanswered policy, as a minus sign might suggest.
func TestRefusedSpellings(t *testing.T) {
	require.NoError(t, stages.Refuses(ParseStage))
	require.NoError(t, methods.Refuses(ParseMethod))
	require.NoError(t, predicates.Refuses(ParsePredicate))
	require.NoError(t, predicateBases.Refuses(ParsePredicateBasis))
	require.NoError(t, unansweredPolicies.Refuses(ParseUnansweredPolicy))
	require.NoError(t, formats.Refuses(ParseFormat))
	require.NoError(t, limits.Refuses(ParseLimit))
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
