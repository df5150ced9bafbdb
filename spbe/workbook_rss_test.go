package spbe_test

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity/internal/memtest"
	"github.com/kotacerdas/smartcity/internal/workbook"
	"github.com/kotacerdas/smartcity/internal/workbook/workbooktest"
	"github.com/kotacerdas/smartcity/spbe"
)

// wideBook is a workbook of one sheet holding n wide rows under
// PermenPANRB 59/2020.
func wideBook(t testing.TB, n int) []byte {
	t.Helper()
	records := [][]string{append([]string{"instansi", "tahun"}, strings.Split(numbersTo(47), ",")...)}
	for i := range n {
		row := []string{"Kab. " + strings.Repeat("X", i%7) + string(rune('A'+i%26)) + strings.Repeat("y", i/26%50), "2024"}
		for k := range 47 {
			row = append(row, string(rune('1'+(i+k)%5)))
		}
		records = append(records, row)
	}
	w := workbook.NewWriter()
	w.AddTable(workbook.TableOf("Kohort", records))
	var buf bytes.Buffer
	_, err := w.WriteTo(&buf)
	require.NoError(t, err)
	return buf.Bytes()
}

// TestReadWorkbookPeakRSS holds the reading of hostile workbooks to
// memtest.Bound: each is refused or read within 10× its size and 50 MB.
func TestReadWorkbookPeakRSS(t *testing.T) {
	docs := append(workbooktest.Hostile(wideBook(t, 3)),
		memtest.Doc{Name: "workbook: 4,000 wide rows", Make: func() []byte { return wideBook(t, 4000) }})
	results := memtest.Peak(t, nil, func(t testing.TB, path string) {
		f, err := os.Open(path)
		require.NoError(t, err)
		defer f.Close()
		_, _ = spbe.ReadAssessments(f, spbe.ReadOptions{})
	}, docs...)
	memtest.Within(t, results)
}
