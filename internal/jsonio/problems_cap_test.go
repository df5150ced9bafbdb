package jsonio

import (
	"strings"
	"testing"

	"github.com/kotacerdas/smartcity"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// unknownItems is a document of n items, each with an unknown field.
func unknownItems(n int) []byte {
	return []byte(`{"items": [` + strings.Repeat(`{"nme": "x"},`, n-1) + `{"nme": "x"}]}`)
}

// The walk for problems keeps the first ones and counts the rest, rather
// than holding them all.
func TestUnmarshalAllKeepsTheFirstProblems(t *testing.T) {
	n := smartcity.DefaultMaxProblems + 500
	errs := UnmarshalAll(unknownItems(n), new(checkedDoc))
	require.Len(t, errs, smartcity.DefaultMaxProblems+1)
	assert.Equal(t, "items[0].nme", errs[0].Field)
	last := errs[len(errs)-1]
	assert.Equal(t, KindMoreProblems, last.Kind)
	assert.Equal(t, "and 500 more", last.Error())
	assert.Equal(t, "dan 500 masalah lainnya", last.Message(smartcity.Indonesian))
	p := last.Problem()
	assert.Equal(t, smartcity.RuleMoreProblems, p.Rule)
	assert.Equal(t, smartcity.Error, p.Severity)
	assert.Equal(t, "and 500 more", p.Error())
}

// UnmarshalChecked keeps as many as asked, those of decoding and of the
// check together, and counts the rest of both.
func TestUnmarshalCheckedKeepsMax(t *testing.T) {
	d := new(checkedDoc)
	ps, ok := UnmarshalChecked(unknownItems(10), d, Options{MaxProblems: 4}, d.required)
	require.True(t, ok)
	require.Len(t, ps, 5)
	assert.Equal(t, []string{"unknown_field@items[0].nme", "unknown_field@items[1].nme", "unknown_field@items[2].nme",
		"unknown_field@items[3].nme", smartcity.RuleMoreProblems + "@"}, rulesAt(ps))
	errs, warns := ps.Count()
	assert.Equal(t, 10+20, errs, "ten unknown fields, and a grade and a name missing in each item")
	assert.Zero(t, warns)
}
