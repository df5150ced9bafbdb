package masterplan

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
)

type problemRow struct{ path, rule, severity, message string }

func problemRows(ps smartcity.Problems) []problemRow {
	out := make([]problemRow, len(ps))
	for i, p := range ps {
		out[i] = problemRow{p.Path, p.Rule, p.Severity.String(), smartcity.ErrorMessage(p.Err, smartcity.English)}
	}
	return out
}

// Warnings only: the document can be reported on.
func TestProgressValidateWarnings(t *testing.T) {
	p, pr := loadMonitored(t)
	ps := pr.Validate(p, ValidateOptions{})
	require.NoError(t, ps.Err())
	assert.Equal(t, []problemRow{
		{"years[1].programs[3].id", "program_year", "warning", `programme "LIV-A" is scheduled for 2025–2026 but reported for 2024`},
		{"years[1].programs[6].status", "after_cancelled", "warning", `programme "BRD-A" was cancelled in 2023 but is reported ongoing in 2024`},
		{"years[1].programs", "not_reported", "warning", `programme "ENV-A" is scheduled for 2024 but not reported`},
	}, problemRows(ps))

	id := pr.Validate(p, ValidateOptions{})
	assert.Equal(t, `program "ENV-A" dijadwalkan pada 2024 tetapi tidak dilaporkan`, smartcity.ErrorMessage(id[2].Err, smartcity.Indonesian))
	assert.Equal(t, `program "BRD-A" sudah dibatalkan pada 2023, tetapi dilaporkan berjalan pada 2024`, smartcity.ErrorMessage(id[1].Err, smartcity.Indonesian))
}

// Every error at once, with its path.
func TestProgressValidateErrors(t *testing.T) {
	data, err := os.ReadFile(progressTestdata("invalid.json"))
	require.NoError(t, err)
	pr, err := UnmarshalProgress(data)
	require.NoError(t, err)
	ps := pr.Validate(monitoredPlan(), ValidateOptions{})
	require.ErrorAs(t, ps.Err(), new(smartcity.Problems))
	assert.Equal(t, []problemRow{
		{"region", "progress_region", "error", `the realisation is for "Rembang" but the masterplan is for Contoh Regency`},
		{"years[0].year", "in_period", "error", "year 2040 lies outside the plan period 2022–2031"},
		{"years[1].programs[0].id", "program_unknown", "error", `programme "GOV-X" is not in the masterplan`},
		{"years[1].programs[1].status", "required", "error", "status is required"},
		{"years[1].programs[1].budget[0].amount", "amount_negative", "error", "amount realised -5 must not be negative"},
		{"years[1].programs[1].budget[1].source", "required", "error", "funding source is required"},
		{"years[1].programs[1].kpis[1].name", "kpi_unique", "error", `KPI "layanan daring" is already reported at years[1].programs[1].kpis[0]`},
		{"years[1].programs[1].kpis[2].name", "kpi_unknown", "error", `programme "GOV-A" has no KPI "unduhan"`},
		{"years[1].programs[1].kpis[2].actual", "required", "error", "KPI actual is required"},
		{"years[1].programs[2].id", "program_unique", "error", `programme "GOV-A" is already reported for this year at years[1].programs[1]`},
		{"years[1].programs[3].id", "required", "error", "programme id is required"},
		{"years[1].programs", "not_reported", "warning", `programme "GOV-B" is scheduled for 2024 but not reported`},
		{"years[1].programs", "not_reported", "warning", `programme "GOV-C" is scheduled for 2024 but not reported`},
		{"years[1].programs", "not_reported", "warning", `programme "ECO-A" is scheduled for 2024 but not reported`},
		{"years[1].programs", "not_reported", "warning", `programme "ECO-C" is scheduled for 2024 but not reported`},
		{"years[1].programs", "not_reported", "warning", `programme "SOC-A" is scheduled for 2024 but not reported`},
		{"years[1].programs", "not_reported", "warning", `programme "SOC-B" is scheduled for 2024 but not reported`},
		{"years[1].programs", "not_reported", "warning", `programme "ENV-A" is scheduled for 2024 but not reported`},
		{"years[1].programs", "not_reported", "warning", `programme "BRD-A" is scheduled for 2024 but not reported`},
		{"years[2].year", "year_unique", "error", "year 2024 is already reported at years[1]"},
		{"notes[0]", "required", "error", "note is required"},
	}, problemRows(ps))

	id := pr.Validate(monitoredPlan(), ValidateOptions{})
	assert.Equal(t, `dokumen realisasi untuk "Rembang", sedangkan rencana induk untuk Kabupaten Contoh`, smartcity.ErrorMessage(id[0].Err, smartcity.Indonesian))
	assert.Equal(t, "jumlah realisasi -5 tidak boleh negatif", smartcity.ErrorMessage(id[4].Err, smartcity.Indonesian))
	assert.Equal(t, `KPI "unduhan" tidak ada pada program "GOV-A"`, smartcity.ErrorMessage(id[7].Err, smartcity.Indonesian))
}

func TestProgressValidateDocument(t *testing.T) {
	p := monitoredPlan()
	for _, region := range []string{"Contoh", "kabupaten contoh", " Kabupaten_Contoh ", "contoh-regency", "Contoh Regency", "33.17"} {
		pr := &Progress{Region: region, Years: []RealisationYear{{Year: 2022, Programs: []Realisation{
			{ID: "GOV-C", Status: Ongoing}, {ID: "ECO-B", Status: Ongoing}, {ID: "ECO-C", Status: Ongoing},
		}}}}
		assert.Empty(t, pr.Validate(p, ValidateOptions{}), region)
	}

	empty := &Progress{}
	assert.Equal(t, []problemRow{
		{"region", "required", "error", "region is required"},
		{"years", "min", "error", "realisation years must not be empty"},
	}, problemRows(empty.Validate(p, ValidateOptions{})))
	for _, pr := range empty.Validate(p, ValidateOptions{}) {
		assert.NotEqual(t, pr.Error(), pr.Message(smartcity.Indonesian), "said in Indonesian too")
	}

	odd := &Progress{Region: "Contoh", Years: []RealisationYear{
		{Year: 0},
		{Year: 20245},
		{Year: 2024, Programs: []Realisation{{ID: "GOV-A", Status: Status(9), Budget: []RealisedAmount{{Source: Source(40), Amount: 1}},
			KPIs: []KPIActual{{Actual: "x"}}}}},
	}}
	rows := problemRows(odd.Validate(p, ValidateOptions{}).Errors())
	assert.Equal(t, []problemRow{
		{"years[0].year", "required", "error", "realisation year is required"},
		{"years[1].year", "year", "error", "year 20245 is not valid; write a four-digit year"},
		{"years[2].programs[0].status", "enum", "error", "status has the unknown value Status(9)"},
		{"years[2].programs[0].budget[0].source", "enum", "error", "funding source has the unknown value Source(40)"},
		{"years[2].programs[0].kpis[0].name", "required", "error", "KPI name is required"},
		{"years[2].programs[0].kpis[0].actual", "number", "error", `KPI actual "x" is not a valid decimal number`},
	}, rows)

	var nilProgress *Progress
	assert.Equal(t, "nil_progress", nilProgress.Validate(p, ValidateOptions{})[0].Rule)
	assert.Equal(t, "nil_plan", (&Progress{}).Validate(nil, ValidateOptions{})[0].Rule)
}

func TestDecodeProgressErrors(t *testing.T) {
	tests := []struct {
		name, doc, field, contains string
	}{
		{"unknown status", `{"years": [{"year": 2024, "programs": [{"id": "A", "status": "finished"}]}]}`,
			"years[0].programs[0].status", "unknown status"},
		{"unknown source", `{"years": [{"year": 2024, "programs": [{"id": "A", "budget": [{"source": "APBDes", "amount": 1}]}]}]}`,
			"years[0].programs[0].budget[0].source", "unknown funding source"},
		{"unknown field", `{"years": [{"year": 2024, "programmes": []}]}`, "years[0].programmes", `unknown field "programmes"`},
		{"money as text", `{"years": [{"year": 2024, "programs": [{"id": "A", "budget": [{"amount": "1"}]}]}]}`,
			"years[0].programs[0].budget[0].amount", "cannot use JSON string"},
		{"a fraction of a rupiah", `{"years": [{"year": 2024, "programs": [{"id": "A", "budget": [{"amount": 1.5}]}]}]}`,
			"years[0].programs[0].budget[0].amount", "cannot use JSON number"},
		{"key twice", `{"years": [{"year": 2024, "year": 2025}]}`, "years[0].year", `duplicate key "year"`},
		{"key in caps", `{"years": [{"YEAR": 2024}]}`, "years[0].YEAR", `key "YEAR" is written "year"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := UnmarshalProgress([]byte(tt.doc))
			var de smartcity.Problem
			require.ErrorAs(t, err, &de)
			assert.Equal(t, tt.field, de.Path)
			assert.Contains(t, err.Error(), tt.contains)
		})
	}
	_, err := DecodeProgress(strings.NewReader(`{"region": "`+strings.Repeat("x", 100)+`"}`), DecodeOptions{Limit: 10})
	require.ErrorIs(t, err, ErrTooLarge)
	_, err = LoadProgress("testdata/progress/missing.json", DecodeOptions{})
	require.ErrorIs(t, err, os.ErrNotExist)
}
