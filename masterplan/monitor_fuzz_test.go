package masterplan

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
)

// FuzzUnmarshalProgress feeds realisation documents to the decoder: it
// never panics; what it accepts encodes and decodes back the same, is
// checked against a plan, and is reported on for each year of the plan
// without panicking, with achievement never above what was planned.
func FuzzUnmarshalProgress(f *testing.F) {
	for _, s := range []string{
		`{"region": "Contoh", "years": [{"year": 2024, "programs": [
		  {"id": "GOV-A", "status": "running", "budget": [{"source": "APBD", "amount": 80}], "kpis": [{"name": "layanan daring", "actual": 25}]},
		  {"id": "GOV-C", "status": "postponed", "kpis": [{"name": "tingkat tetap", "actual": 1e400}]}]},
		  {"year": 2023, "programs": [{"id": "BRD-A", "status": "dropped"}, {"id": "ECO-C", "status": "done"}]}]}`,
		`{"region": "x", "years": [{"year": 2024, "programs": [{"id": "GOV-A", "budget": [{"source": "CSR", "amount": 9223372036854775807},
		  {"source": "CSR", "amount": 9223372036854775807}]}]}]}`,
		`{"region": "Contoh", "years": [{"year": 2024, "programs": [{"id": "GOV-A", "status": "running", "budget": [{"source": "APBD", "amount": 9223372036854775807}]},
		  {"id": "GOV-C", "status": "running", "budget": [{"source": "APBN", "amount": 1}]}]}]}`,
		`{"years": [{"year": 2024, "programs": [{"id": "GOV-A", "status": "finished"}]}]}`,
		`{"years": [{"year": 0}, {"year": 2024}, {"year": 2024}], "notes": [""]}`,
		`null`, `{}`, `[]`, `{"years": null}`,
	} {
		f.Add([]byte(s))
	}
	plan := monitoredPlan()
	f.Fuzz(func(t *testing.T, data []byte) {
		pr, err := UnmarshalProgress(data)
		if err != nil {
			require.ErrorAs(t, err, new(smartcity.Problems))
			return
		}
		out, err := json.Marshal(pr)
		require.NoError(t, err)
		back, err := UnmarshalProgress(out)
		require.NoError(t, err)
		assert.Equal(t, pr, back)
		valid := !pr.Validate(plan, ValidateOptions{}).HasErrors()
		for year := plan.Period.StartYear; year <= plan.Period.EndYear; year++ {
			rep, err := pr.Report(plan, year)
			if err != nil {
				require.ErrorIs(t, err, ErrOverflow)
				// Money that Validate accepted always totals; only a
				// KPI's exact progress may need more than int64.
				var oe *overflowError
				require.ErrorAs(t, err, &oe)
				if valid {
					require.True(t, strings.HasPrefix(oe.format, "progress of KPI"), oe.what())
				}
				return
			}
			require.LessOrEqual(t, rep.Total.Achievement.Realised, rep.Total.Achievement.Planned)
			_, err = json.Marshal(rep)
			require.NoError(t, err)
		}
	})
}

func FuzzParseKPIState(f *testing.F) {
	fuzzEnum(f, kpiStates.Parse, "achieved", "di bawah target", "not_reported")
}
