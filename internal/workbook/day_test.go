package workbook_test

import (
	"bytes"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity/internal/csvio"
	"github.com/kotacerdas/smartcity/internal/workbook"
)

func TestDay(t *testing.T) {
	for in, want := range map[string]string{
		"2026-08-17": "2026-08-17", "17/08/2026": "2026-08-17", "7/8/2026": "2026-08-07", "46251": "2026-08-17",
		" 46251 ": "2026-08-17", "1": "1899-12-31", "2958465": "9999-12-31", "46251.0": "2026-08-17",
	} {
		d, ok := workbook.Day(in)
		require.True(t, ok, in)
		assert.Equal(t, want, d.String(), in)
	}
	for _, in := range []string{"", "0", "-3", "2958466", "46251.5", "31/02/2026", "2026-02-30", "besok", "1e9", "NaN", "Inf"} {
		_, ok := workbook.Day(in)
		assert.False(t, ok, in)
	}
}

// A date written by a Date column reads back as the same day.
func TestDayRoundTrip(t *testing.T) {
	w := workbook.NewWriter()
	w.AddTable(workbook.Table{Sheet: "S", Columns: []workbook.Column{{Header: "Batas Waktu", Kind: workbook.Date}},
		Rows: [][]any{{time.Date(2026, 8, 17, 0, 0, 0, 0, time.UTC)}}})
	var buf bytes.Buffer
	_, err := w.WriteTo(&buf)
	require.NoError(t, err)
	b, err := workbook.Open(buf.Bytes(), workbook.Options{})
	require.NoError(t, err)
	defer b.Close()
	cr, err := b.Table("S", csvio.Options{})
	require.NoError(t, err)
	row, err := cr.Next()
	require.NoError(t, err)
	d, ok := workbook.Day(row.Cells[0])
	require.True(t, ok, row.Cells[0])
	assert.Equal(t, "2026-08-17", d.String())
}
