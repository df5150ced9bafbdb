package spbe

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity/internal/csvio"
	"github.com/kotacerdas/smartcity/internal/workbook"
)

// bookOfCSV is the workbook an analyst keeps for a CSV file of
// testdata/excel: its rows on one sheet, whole numbers and decimals as
// numbers, other cells ("5,0", level names) as text.
func bookOfCSV(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "excel", name))
	require.NoError(t, err)
	cr, err := csvio.NewReader(bytes.NewReader(data), csvio.Options{})
	require.NoError(t, err)
	records := [][]string{cr.Header()}
	for {
		row, err := cr.Next()
		if err == io.EOF {
			break
		}
		require.NoError(t, err)
		records = append(records, row.Cells)
	}
	w := workbook.NewWriter()
	w.AddTable(workbook.TableOf("Penilaian", records))
	var buf bytes.Buffer
	_, err = w.WriteTo(&buf)
	require.NoError(t, err)
	return buf.Bytes()
}

// TestExcelStyleWorkbookScoresEqual: the workbook of the Excel-style CSV
// scores as the clean CSV does.
func TestExcelStyleWorkbookScoresEqual(t *testing.T) {
	for _, form := range []string{"wide-8-2026", "long-59-2020"} {
		t.Run(form, func(t *testing.T) {
			clean := scoreFile(t, form+"-clean.csv")
			var book []Scored
			for s, err := range ScoreAll(bytes.NewReader(bookOfCSV(t, form+"-excel.csv")), ScoreAllOptions{}) {
				require.NoError(t, err)
				book = append(book, s)
			}
			require.Len(t, book, len(clean))
			for i := range clean {
				c, e := clean[i], book[i]
				assert.Equal(t, c.Instansi, e.Instansi)
				assert.Equal(t, c.Year, e.Year)
				assert.Empty(t, e.Warnings)
				assert.Equal(t, c.Result.Levels, e.Result.Levels)
				assert.Equal(t, c.Result.Index, e.Result.Index)
				assert.Equal(t, c.Result.Aspects, e.Result.Aspects)
				assert.Equal(t, c.Result.Domains, e.Result.Domains)
				assert.Equal(t, c.Result.Predicate, e.Result.Predicate)
			}
		})
	}
}
