package spbe

import (
	"bytes"
	"io"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/csvio"
)

// The steps of a priced plan with a minimum level, as CSV: one row per
// raise, the price in rupiah digits, the exact index after each step, the
// step toward the minimum marked 1; read back, each row is its step.
func TestPlanWriteStepsCSV(t *testing.T) {
	a, from := testdataLevels(t, "rembang-2024.json")
	p, err := Default().Plan(from, Target{Index: smartcity.NewNumber(405, 100)}, PlanOptions{
		StartYear: a.Year + 1, MinLevels: map[int]Level{29: 3},
		Costs: []Cost{{Indicator: 21, Cost: 75_000_000}, {Indicator: 29, Level: 3, Cost: 150_000_000},
			{Indicator: 34, Cost: 250_000_000}, {Indicator: 35, Cost: 200_000_000}},
	})
	require.NoError(t, err)
	require.NotEmpty(t, p.Steps)

	var b bytes.Buffer
	require.NoError(t, p.WriteStepsCSV(&b, smartcity.Indonesian, CSVOptions{}))
	r, err := csvio.NewReader(bytes.NewReader(b.Bytes()), csvio.Options{})
	require.NoError(t, err)
	assert.Equal(t, planCSVHeader[:], r.Header())
	required := 0
	for _, s := range p.Steps {
		row, err := r.Next()
		require.NoError(t, err)
		ind, _ := Default().Indicator(s.Indicator)
		after, err := smartcity.ParseNumber(row.Cells[6])
		require.NoError(t, err)
		assert.Zero(t, after.Cmp(s.IndexAfter), "indeks_setelah is exact")
		want := "0"
		if s.Required {
			want = "1"
			required++
		}
		assert.Equal(t, []string{strconv.Itoa(s.Year), strconv.Itoa(s.Indicator), ind.Name.In(smartcity.Indonesian),
			s.From.String(), s.To.String(), strconv.FormatInt(s.Cost, 10), row.Cells[6], want}, row.Cells)
	}
	_, err = r.Next()
	assert.ErrorIs(t, err, io.EOF)
	assert.Positive(t, required, "the minimum on indicator 29 makes a step toward it")

	// Without costs the price is empty; in English the names are; with
	// Semicolon the index has a decimal comma.
	p, err = Default().Plan(from, Target{Predicate: Memuaskan}, PlanOptions{MaxRaisePerYear: 1, StartYear: a.Year + 1})
	require.NoError(t, err)
	b.Reset()
	require.NoError(t, p.WriteStepsCSV(&b, smartcity.English, CSVOptions{Semicolon: true, BOM: true}))
	r, err = csvio.NewReader(bytes.NewReader(b.Bytes()), csvio.Options{})
	require.NoError(t, err)
	row, err := r.Next()
	require.NoError(t, err)
	s := p.Steps[0]
	ind, _ := Default().Indicator(s.Indicator)
	assert.Equal(t, ind.Name.In(smartcity.English), row.Cells[2])
	assert.Empty(t, row.Cells[5], "no price without costs")
	assert.Contains(t, row.Cells[6], ",", "a decimal comma")
	assert.True(t, bytes.HasPrefix(b.Bytes(), []byte("\ufefftahun;indikator;")))

	// A plan without steps is its header.
	p, err = Default().Plan(from, Target{Index: smartcity.NewNumber(1, 1)}, PlanOptions{})
	require.NoError(t, err)
	b.Reset()
	require.NoError(t, p.WriteStepsCSV(&b, smartcity.Indonesian, CSVOptions{}))
	assert.Equal(t, "tahun,indikator,nama_indikator,dari,ke,biaya,indeks_setelah,menuju_minimum\n", b.String())
}
