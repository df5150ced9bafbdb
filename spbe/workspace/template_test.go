package workspace

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/spbe"
)

// A template filled in as a unit fills it — the instansi typed in, a
// level picked by name from its drop-down, a status by its name, a due
// date as a date — reads back as the workspace it describes.
func TestTemplateFilledReadsBack(t *testing.T) {
	fw, err := spbe.Lookup(spbe.PermenPANRB8of2026)
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, WriteTemplate(&buf, fw, TemplateOptions{Year: 2026, Target: "Baik"}))

	f, err := excelize.OpenReader(&buf)
	require.NoError(t, err)
	rows, err := f.GetRows(itemsSheet)
	require.NoError(t, err)
	header := -1
	for r, row := range rows {
		if len(row) > 0 && row[0] == Headers()[0] {
			header = r + 1
		}
	}
	require.Positive(t, header, "the template has the header of Headers")
	assert.Equal(t, Headers(), rows[header-1])
	require.NoError(t, f.SetCellValue(itemsSheet, "B1", "Pemerintah Kabupaten Contoh"))
	for k, cells := range [][]any{
		{1, "Merintis", 1, "Konsep tata kelola Pemdi", "Kajian", "Kabid", "Bappeda", "Diterima", "Ya", smartcity.MustParseDate("2026-03-16"), "", "kajian.pdf"},
		{1, 2, 1, "SK Tim Koordinasi Pemdi", "SK Bupati", "Kabag Hukum", "Setda", "Belum diunggah", "Ya"},
	} {
		for j, v := range cells {
			if d, ok := v.(smartcity.Date); ok {
				v = d.String()
			}
			cell, err := excelize.CoordinatesToCellName(j+1, header+1+k)
			require.NoError(t, err)
			require.NoError(t, f.SetCellValue(itemsSheet, cell, v))
		}
	}
	var filled bytes.Buffer
	require.NoError(t, f.Write(&filled))

	w, err := ReadTable(&filled, ReadOptions{})
	require.NoError(t, err)
	assert.Equal(t, "Pemerintah Kabupaten Contoh", w.Instansi)
	assert.Equal(t, 2026, w.Year)
	assert.Equal(t, spbe.PermenPANRB8of2026, w.Framework)
	assert.Equal(t, "Baik", w.Target)
	require.Len(t, w.Items, 2)
	assert.Equal(t, "1.1.1", w.Items[0].ID)
	assert.Equal(t, spbe.Level(1), w.Items[0].Level)
	assert.Equal(t, Diterima, w.Items[0].Status)
	assert.Equal(t, "2026-03-16", w.Items[0].Due.String())
	assert.Equal(t, spbe.Level(2), w.Items[1].Level)
	assert.Equal(t, Belum, w.Items[1].Status)
	assert.Empty(t, w.Validate(fw))

	// The drop-downs list the framework's scale, the statuses and Ya/Tidak.
	dvs, err := f.GetDataValidations(itemsSheet)
	require.NoError(t, err)
	assert.Len(t, dvs, 3)
	cols, err := f.GetCols("Pilihan")
	require.NoError(t, err)
	require.Len(t, cols, 3)
	assert.Equal(t, []string{"1", "2", "3", "4", "5"}, cols[0])
	assert.Equal(t, []string{"Ya", "Tidak"}, cols[2][:2])
}

// A template filled in with nothing but its instansi, year and target
// reads back as a workspace without items; its blank target is none.
func TestTemplateBlankReadsBack(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, WriteTemplate(&buf, nil, TemplateOptions{Instansi: "Pemerintah Kota Contoh", Year: 2026, Rows: 5}))
	w, err := ReadTable(&buf, ReadOptions{})
	require.NoError(t, err)
	assert.Equal(t, "Pemerintah Kota Contoh", w.Instansi)
	assert.Empty(t, w.Target)
	assert.Empty(t, w.Items)

	buf.Reset()
	require.NoError(t, WriteTemplate(&buf, nil, TemplateOptions{Instansi: "Pemerintah Kota Contoh", Year: 2026, Target: "3.00"}))
	w, err = ReadTable(&buf, ReadOptions{})
	require.NoError(t, err)
	assert.Equal(t, "3.00", w.Target)
	assert.Equal(t, spbe.Default().ID(), w.Framework)
}
