package masterplan

import (
	"encoding/json"
	"testing"

	"github.com/kotacerdas/smartcity/internal/jsonio"

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

// A report is read back as strictly as every document of the library:
// at every level of it — the report, a pillar, a programme, its budget,
// a KPI — a key in another case, a key written twice, an unknown field
// and a number written as a string are errors at their path, their line
// and column counted in the whole document.
func TestProgressReportJSONStrict(t *testing.T) {
	p, pr := loadMonitored(t)
	rep, err := pr.Report(p, 2024)
	require.NoError(t, err)
	good, err := json.Marshal(rep)
	require.NoError(t, err)
	var back ProgressReport
	require.NoError(t, jsonio.Unmarshal(good, &back))

	for name, tt := range map[string]struct{ doc, want string }{
		"key in caps in a budget": {`{"year": 2024, "programs": [{"id": "A", "budget": {"PLANNED": 1}}]}`,
			`line 1, column 52: field programs[0].budget.PLANNED: key "PLANNED" is written "planned"`},
		"key twice in a pillar": {`{"pillars": [{"planned": 1,` + "\n" + ` "planned": 2}]}`,
			`line 2, column 2: field pillars[0].planned: duplicate key "planned"`},
		"unknown field in a KPI": {`{"programs": [{"kpis": [{"name": "x", "actaul": 1}]}]}`,
			`line 1, column 39: field programs[0].kpis[0].actaul: unknown field "actaul"`},
		"number as a string in a KPI": {`{"programs": [{"kpis": [{"actual": "5"}]}]}`,
			`line 1, column 38: field programs[0].kpis[0].actual: cannot use JSON string as number`},
		"key in caps in the report": {`{"Year": 2024}`,
			`line 1, column 2: field Year: key "Year" is written "year"`},
	} {
		t.Run(name, func(t *testing.T) {
			var r ProgressReport
			err := jsonio.Unmarshal([]byte(tt.doc), &r)
			assert.EqualError(t, err, tt.want)
			errs := jsonio.UnmarshalAll([]byte(tt.doc), &r)
			require.NotEmpty(t, errs)
			assert.Equal(t, tt.want, errs[0].Error())
			assert.Error(t, json.Unmarshal([]byte(tt.doc), &r), "encoding/json refuses it too")
		})
	}
}

// FuzzProgressReportJSON: reading a report never panics, and a report
// that is read writes and reads back to the same JSON.
func FuzzProgressReportJSON(f *testing.F) {
	f.Add([]byte(`{"region": {"name": "R"}, "year": 2024, "pillars": [{"planned": 1, "realised": 1, "achievement_exact": "1/1"}]}`))
	f.Add([]byte(`{"programs": [{"id": "A", "budget": {"PLANNED": 1}, "kpis": [{"actual": "5"}]}]}`))
	f.Add([]byte(`{"total": {"budget": [{"source": "APBD", "planned": 1, "planned": 2}]}, "warnings": [{"rule": "x", "RULE": "y"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var r ProgressReport
		if jsonio.Unmarshal(data, &r) != nil {
			return
		}
		out, err := json.Marshal(r)
		require.NoError(t, err)
		var back ProgressReport
		require.NoError(t, jsonio.Unmarshal(out, &back), "%s", out)
		again, err := json.Marshal(back)
		require.NoError(t, err)
		require.Equal(t, string(out), string(again))
	})
}
