package masterplan_test

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/masterplan"
	"github.com/kotacerdas/smartcity/masterplan/plantest"
)

func progressBook(t testing.TB, pr *masterplan.Progress, lang smartcity.Lang) []byte {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, masterplan.WriteProgressWorkbook(&buf, pr, lang))
	return buf.Bytes()
}

// The tool reads back every realisation it writes, and checks it against
// the plan as it checks the JSON.
func TestProgressWorkbookRoundTrip(t *testing.T) {
	plan, pr := plantest.Rembang(), plantest.RembangProgress2024()
	for _, lang := range []smartcity.Lang{smartcity.Indonesian, smartcity.English} {
		data := progressBook(t, pr, lang)
		got, ps, err := masterplan.ValidateProgress(bytes.NewReader(data), plan, masterplan.ValidateOptions{})
		require.NoError(t, err)
		assert.Equal(t, pr, got)
		assert.Equal(t, pr.Validate(plan, masterplan.ValidateOptions{}), stripPlaces(ps))
		dec, err := masterplan.UnmarshalProgress(data)
		require.NoError(t, err)
		assert.Equal(t, pr, dec)
	}
}

// A realisation edited in one cell reports that cell.
func TestProgressWorkbookEditedCellIsNamed(t *testing.T) {
	plan, pr := plantest.Rembang(), plantest.RembangProgress2024()
	data := progressBook(t, pr, smartcity.Indonesian)
	for _, tc := range []struct {
		sheet, cell string
		value       any
		rule        string
		line        bool
	}{
		{"Realisasi Anggaran", "D2", -1, "amount_negative", false},
		{"Realisasi", "B3", "XXX-01", "program_unknown", false},
		{"Realisasi", "C2", "entah", "enum", true},
		{"Realisasi Anggaran", "B2", "XXX-01", "program_unknown", true},
		{"Laporan", "B2", "", "required", false},
		{"Capaian KPI", "D2", "banyak", "type", true},
	} {
		t.Run(tc.sheet+"!"+tc.cell, func(t *testing.T) {
			_, ps, err := masterplan.ValidateProgress(bytes.NewReader(edit(t, data, tc.sheet, map[string]any{tc.cell: tc.value})), plan, masterplan.ValidateOptions{})
			require.NoError(t, err)
			var at *smartcity.Problem
			for i := range ps {
				if ps[i].Rule == tc.rule && ps[i].Cell == tc.cell && ps[i].Sheet == tc.sheet {
					at = &ps[i]
				}
			}
			require.NotNil(t, at, "%v", ps)
			assert.Equal(t, tc.sheet, at.Sheet)
			assert.Equal(t, tc.line, at.Line > 0)
			assert.Contains(t, at.Message(smartcity.Indonesian), "lembar "+tc.sheet+", sel "+tc.cell)
		})
	}
}

// A realisation's template reads back as an empty realisation.
func TestProgressWorkbookTemplate(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, masterplan.WriteProgressTemplate(&buf, smartcity.Indonesian))
	pr, ps, err := masterplan.ReadProgressWorkbook(buf.Bytes(), nil, masterplan.ValidateOptions{})
	require.NoError(t, err)
	require.NotNil(t, pr)
	assert.Empty(t, ps)
	data := edit(t, buf.Bytes(), "Laporan", map[string]any{"B2": "Rembang"})
	data = edit(t, data, "Realisasi", map[string]any{"A2": 2024, "B2": "GOV-01", "C2": "selesai"})
	data = edit(t, data, "Realisasi Anggaran", map[string]any{"A2": 2024, "B2": "GOV-01", "C2": "APBD", "D2": 340_000_000})
	pr, ps, err = masterplan.ReadProgressWorkbook(data, nil, masterplan.ValidateOptions{})
	require.NoError(t, err)
	assert.Empty(t, ps)
	assert.Equal(t, &masterplan.Progress{Region: "Rembang", Years: []masterplan.RealisationYear{{Year: 2024, Programs: []masterplan.Realisation{
		{ID: "GOV-01", Status: masterplan.Completed, Budget: []masterplan.RealisedAmount{{Source: masterplan.APBD, Amount: 340_000_000}}}}}}}, pr)
}
