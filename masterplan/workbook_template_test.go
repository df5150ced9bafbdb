package masterplan_test

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/masterplan"
)

// A template reads back as it is, as a plan with nothing filled in, and
// filled in, as what was filled in, without a problem of reading.
func TestWorkbookTemplate(t *testing.T) {
	for _, lang := range []smartcity.Lang{smartcity.Indonesian, smartcity.English} {
		var buf bytes.Buffer
		require.NoError(t, masterplan.WriteTemplate(&buf, lang))
		p, ps := readBack(t, buf.Bytes())
		require.NotNil(t, p)
		for _, pr := range ps {
			assert.Zero(t, pr.Line, "a problem of reading: %v", pr)
			assert.NotEmpty(t, pr.Sheet, "%v", pr)
		}
		assert.Empty(t, p.Programs)

		sheets := map[bool][3]string{false: {"Rencana", "Program", "Anggaran"}, true: {"Plan", "Programmes", "Budget"}}[lang == smartcity.English]
		data := edit(t, buf.Bytes(), sheets[0], map[string]any{"B2": "Contoh", "B3": "Kota", "B6": 2026, "B7": 2030, "B9": "misi satu"})
		data = edit(t, data, sheets[1], map[string]any{"A2": "GOV-01", "B2": "Layanan daring", "E2": "GOV.SVC", "H2": "menengah", "M2": "berjalan", "I2": 2026, "J2": 2027, "K2": "Ya"})
		data = edit(t, data, sheets[2], map[string]any{"A2": "GOV-01", "B2": 2026, "C2": "APBD", "D2": 150_000_000})
		p, ps = readBack(t, data)
		for _, pr := range ps {
			assert.Zero(t, pr.Line, "a problem of reading: %v", pr)
		}
		require.Len(t, p.Programs, 1)
		assert.Equal(t, "Contoh", p.Region.Name)
		assert.Equal(t, masterplan.Kota, p.Region.Kind)
		assert.Equal(t, masterplan.Period{StartYear: 2026, EndYear: 2030}, p.Period)
		assert.Equal(t, []string{"misi satu"}, p.Missions)
		pr := p.Programs[0]
		assert.Equal(t, "GOV.SVC", pr.Element.String())
		assert.Equal(t, masterplan.Ongoing, pr.Status)
		assert.True(t, pr.QuickWin)
		assert.Equal(t, []masterplan.BudgetLine{{Year: 2026, Source: masterplan.APBD, Amount: 150_000_000}}, pr.Budget)
	}
}
