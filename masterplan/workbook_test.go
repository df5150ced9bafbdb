package masterplan_test

import (
	"bytes"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/masterplan"
	"github.com/kotacerdas/smartcity/masterplan/plantest"
)

// planBook returns the workbook of p in lang.
func planBook(t testing.TB, p *masterplan.Plan, lang smartcity.Lang) []byte {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, masterplan.WriteWorkbook(&buf, p, lang))
	return buf.Bytes()
}

// The tool reads back every plan it writes, in either language.
func TestWorkbookRoundTrip(t *testing.T) {
	plans := map[string]*masterplan.Plan{"rembang": plantest.Rembang(), "builder": plantest.Plan().Build()}
	for seed := range uint64(5) {
		plans["random"+string(rune('0'+seed))] = plantest.Random(rand.New(rand.NewPCG(seed, 1)), 40)
	}
	for name, p := range plans {
		for _, lang := range []smartcity.Lang{smartcity.Indonesian, smartcity.English} {
			t.Run(name+"/"+lang.String(), func(t *testing.T) {
				data := planBook(t, p, lang)
				got, problems, err := masterplan.ReadWorkbook(data, masterplan.ValidateOptions{})
				require.NoError(t, err)
				assert.Equal(t, p.Validate(masterplan.ValidateOptions{}), stripPlaces(problems))
				assert.Equal(t, p, got)
				dec, err := masterplan.Unmarshal(data)
				require.NoError(t, err)
				assert.Equal(t, p, dec)
			})
		}
	}
}

// stripPlaces returns ps without their sheets and cells.
func stripPlaces(ps smartcity.Problems) smartcity.Problems {
	var out smartcity.Problems
	for _, p := range ps {
		p.Sheet, p.Cell = "", ""
		out = append(out, p)
	}
	return out
}
