package workbook_test

import (
	"bytes"
	"io"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity/internal/csvio"
	"github.com/kotacerdas/smartcity/internal/workbook"
)

// Text with control characters, markup and a formula's sign is written
// as text and read back as it was.
func TestTextRoundTrip(t *testing.T) {
	texts := []string{"a\x01b\x1b[31m", "<b>&amp;</b>", "=1+2", "+62 812", "@SUM(A1)", "line\nbreak", "_x0041_", "\u202eevil"}
	rows := make([][]any, len(texts))
	for i, s := range texts {
		rows[i] = []any{s}
	}
	w := workbook.NewWriter()
	w.AddTable(workbook.Table{Sheet: "T", Columns: []workbook.Column{{Header: "teks"}}, Rows: rows})
	var buf bytes.Buffer
	_, err := w.WriteTo(&buf)
	require.NoError(t, err)
	b, err := workbook.Open(buf.Bytes(), workbook.Options{})
	require.NoError(t, err)
	r, err := b.Table("T", csvio.Options{})
	require.NoError(t, err)
	var got []string
	for {
		row, err := r.Next()
		if err == io.EOF {
			break
		}
		require.NoError(t, err)
		got = append(got, row.Cells[0])
	}
	assert.Equal(t, texts, got)
}
