package evaluation_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/masterplan/evaluation"
	"github.com/kotacerdas/smartcity/masterplan/evaluation/evaltest"
)

// tree is a JSON document as encoding/json reads it into any, for
// mutating a valid document by hand.
type tree = map[string]any

// documentOf returns v as a JSON tree.
func documentOf(t testing.TB, v any) tree {
	t.Helper()
	data, err := json.Marshal(v)
	require.NoError(t, err)
	var doc tree
	require.NoError(t, json.Unmarshal(data, &doc))
	return doc
}

// indented writes doc the way evaluation files are written.
func indented(t testing.TB, doc any) []byte {
	t.Helper()
	data, err := json.MarshalIndent(doc, "", "  ")
	require.NoError(t, err)
	return data
}

// rulesAndPaths lists the errors of ps as "rule path".
func rulesAndPaths(ps smartcity.Problems) []string {
	var out []string
	for _, p := range ps.Errors() {
		out = append(out, p.Rule+" "+p.Path)
	}
	return out
}

// Validate and ValidateCohort report the problems of decoding and of the
// values in one pass, in the order of the document.
func TestValidate(t *testing.T) {
	t.Run("evaluation", func(t *testing.T) {
		doc := documentOf(t, evaltest.Rembang2024())
		doc["stage"] = "IX"
		doc["scores"].(tree)["impact"] = "tiga"
		doc["scores"].(tree)["output"] = 7
		_, problems, err := evaluation.Validate(bytes.NewReader(indented(t, doc)), evaluation.DecodeOptions{})
		require.NoError(t, err)
		assert.Equal(t, []string{"type scores.impact", "enum stage", "score_range scores.output"}, rulesAndPaths(problems), "%v", problems)
	})
	t.Run("cohort", func(t *testing.T) {
		one := documentOf(t, evaltest.Rembang2024())
		two := documentOf(t, evaltest.Rembang2024())
		two["rank"] = 1
		_, problems, err := evaluation.ValidateCohort(bytes.NewReader(indented(t, []any{one, two})), evaluation.DecodeOptions{})
		require.NoError(t, err)
		assert.Equal(t, []string{"unknown_field [1].rank", "evaluation_unique [1].region"}, rulesAndPaths(problems), "%v", problems)
	})
	t.Run("not JSON", func(t *testing.T) {
		e, problems, err := evaluation.Validate(strings.NewReader(`{"region": `), evaluation.DecodeOptions{})
		require.NoError(t, err)
		assert.Nil(t, e)
		require.Len(t, problems, 1)
		assert.Equal(t, "syntax", problems[0].Rule)
	})
	t.Run("too large", func(t *testing.T) {
		_, _, err := evaluation.ValidateCohort(strings.NewReader(`[`+strings.Repeat(" ", 100)+`]`), evaluation.DecodeOptions{Limit: 50})
		require.ErrorIs(t, err, evaluation.ErrTooLarge)
	})
}
