package masterplan

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A report is written as `smartcity plan progress --json` prints it, and
// reads back to the same report, the plan's quick-win and illustrative
// marks of programmes aside, which the JSON leaves out.
func TestProgressReportJSONRoundTrip(t *testing.T) {
	p, pr := loadMonitored(t)
	for _, year := range []int{2023, 2024, 2025} {
		rep, err := pr.Report(p, year)
		require.NoError(t, err)
		rep.Warnings = pr.Validate(p, ValidateOptions{}).Warnings()
		data, err := json.Marshal(rep)
		require.NoError(t, err)
		var back ProgressReport
		require.NoError(t, json.Unmarshal(data, &back))
		again, err := json.Marshal(back)
		require.NoError(t, err)
		assert.Equal(t, string(data), string(again), "%d", year)
		// What is read back is the report: equal numbers written the same.
		assert.Equal(t, rep.Region, back.Region)
		require.Len(t, back.Programs, len(rep.Programs))
		for i, pp := range rep.Programs {
			assert.Equal(t, pp.ID, back.Programs[i].ID)
			assert.Equal(t, pp.Status, back.Programs[i].Status)
			assert.Zero(t, pp.Budget.Rate.Cmp(back.Programs[i].Budget.Rate))
		}
		assert.Zero(t, rep.Total.Achievement.Rate.Cmp(back.Total.Achievement.Rate))
	}
}

// A rate is written three ways, and not at all when it has no value; the
// exact fraction reads back.
func TestProgressRateJSON(t *testing.T) {
	p, pr := loadMonitored(t)
	rep, err := pr.Report(p, 2024)
	require.NoError(t, err)
	var raw map[string]any
	data, err := json.Marshal(rep.Total)
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(data, &raw))
	assert.Equal(t, rep.Total.Achievement.Rate.Percent(1), raw["achievement"])
	assert.Equal(t, rep.Total.Achievement.Rate.Exact(), raw["achievement_exact"])
	assert.Equal(t, rep.Total.Achievement.Rate.Float64(), raw["achievement_value"])
	assert.NotContains(t, raw, "pillar", "the whole plan has no pillar")

	data, err = json.Marshal(Absorption{Planned: 0, Realised: 5})
	require.NoError(t, err)
	assert.JSONEq(t, `{"planned":0,"realised":5}`, string(data))

	var a Absorption
	assert.ErrorContains(t, json.Unmarshal([]byte(`{"planned":1,"realised":1,"absorption_exact":"1/0"}`), &a), "absorption_exact")
}
