package spbe

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity/internal/workbook/workbooktest"
)

// bookOfCSV is the workbook an analyst keeps for a CSV file of
// testdata/excel.
func bookOfCSV(t *testing.T, name string) []byte {
	t.Helper()
	text, err := os.ReadFile(filepath.Join("testdata", "excel", name))
	require.NoError(t, err)
	data, err := workbooktest.FromCSV("Penilaian", string(text))
	require.NoError(t, err)
	return data
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
