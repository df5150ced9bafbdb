package spbe

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

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
			var book []Scored
			for s, err := range ScoreAll(bytes.NewReader(bookOfCSV(t, form+"-excel.csv")), ScoreAllOptions{}) {
				require.NoError(t, err)
				book = append(book, s)
			}
			scoresEqual(t, scoreFile(t, form+"-clean.csv"), book)
		})
	}
}
