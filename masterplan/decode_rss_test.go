package masterplan

import (
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity/internal/memtest"
)

// warmValidator builds the validator, which a process builds once whatever
// the document, before the resident set is taken.
func warmValidator() { (&Plan{}).Validate(ValidateOptions{}) }

// TestDecodePeakRSS loads and validates generated plans of 1,000 and 2,000
// programmes (the most a plan may hold), each in a process of its own, and
// holds the growth of the resident set to 3.5× the document: the document
// itself, the plan decoded from it, and the garbage between two
// collections, which weighs more in a document of 1.5 MB than it did in
// the 45 MB of 30,000 programmes, when plans had no cap.
func TestDecodePeakRSS(t *testing.T) {
	results := memtest.Peak(t, warmValidator, func(t testing.TB, path string) {
		p, err := Load(path, DecodeOptions{})
		require.NoError(t, err)
		p.Validate(ValidateOptions{})
	},
		memtest.Doc{Name: "1,000 programmes", Make: func() []byte { return generatedDocument(1000) }},
		memtest.Doc{Name: "2,000 programmes", Make: func() []byte { return generatedDocument(2000) }},
	)
	for _, r := range results {
		assert.LessOrEqual(t, float64(r.Growth())/float64(r.Size), 3.5, r.Name)
	}
}

// TestValidatePeakRSS reads hostile plans and realisations as `smartcity
// plan validate` and `plan progress` read them, in one pass that decodes
// and checks, and holds each to memtest.Bound: 100,000 and 1,000,000
// empty programmes (300 KB and 3 MB), deep nesting, a long string, many
// keys and many problems.
func TestValidatePeakRSS(t *testing.T) {
	docs := memtest.Hostile(memtest.Shape{Array: "programs", String: "vision"}, 100_000)
	docs = append(docs,
		memtest.Doc{Name: "5,000 programmes with 20 empty KPIs each", Make: func() []byte {
			return memtest.Array("programs", string(memtest.Array("kpis", "{}", 20)), 5000)
		}},
		memtest.Doc{Name: "a realisation of 100,000 empty years", Make: func() []byte {
			return memtest.Array("years", "{}", 100_000)
		}},
	)
	results := memtest.Peak(t, warmValidator, func(t testing.TB, path string) {
		f, err := os.Open(path)
		require.NoError(t, err)
		defer f.Close()
		_, _, err = Validate(f, ValidateOptions{})
		require.NoError(t, err)
		_, err = f.Seek(0, 0)
		require.NoError(t, err)
		_, _, err = ValidateProgress(f, &Plan{}, ValidateOptions{})
		require.NoError(t, err)
	}, docs...)
	memtest.Within(t, results)
}
