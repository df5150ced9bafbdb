package workbook_test

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/csvio"
	"github.com/kotacerdas/smartcity/internal/input"
	"github.com/kotacerdas/smartcity/internal/workbook"
	"github.com/kotacerdas/smartcity/internal/workbook/workbooktest"
)

// sample writes a workbook of one table with a chart and a drop-down.
func sample(t testing.TB) []byte {
	t.Helper()
	w := workbook.NewWriter()
	p := w.AddTable(workbook.Table{
		Sheet:   "Hasil",
		Columns: []workbook.Column{{Header: "Domain"}, {Header: "Indeks", Kind: workbook.Decimal}, {Header: "Anggaran", Kind: workbook.Rupiah}, {Header: "Level"}},
		Rows: [][]any{
			{"D1 Kebijakan", smartcity.NewNumber(598, 150), int64(1_250_000_000), workbook.Choice{Value: "Terdefinisi", Options: []string{"Rintisan", "Terkelola", "Terdefinisi"}}},
			{"=HYPERLINK(\"http://x\")", 2.5, int64(0), nil},
		},
	})
	w.AddChart(workbook.Chart{Kind: workbook.Bars, Title: "Indeks per domain", Of: p, Categories: 0, Values: []int{1}})
	var buf bytes.Buffer
	_, err := w.WriteTo(&buf)
	require.NoError(t, err)
	return buf.Bytes()
}

func TestWriteReadBack(t *testing.T) {
	data := sample(t)
	require.True(t, workbook.Is(data))
	b, err := workbook.Open(data, workbook.Options{})
	require.NoError(t, err)
	defer b.Close()
	assert.Equal(t, []string{"Hasil", "Pilihan"}, b.Sheets())
	r, err := b.Table("Hasil", csvio.Options{})
	require.NoError(t, err)
	assert.Equal(t, []string{"Domain", "Indeks", "Anggaran", "Level"}, r.Header())
	var rows [][]string
	for {
		row, err := r.Next()
		if err == io.EOF {
			break
		}
		require.NoError(t, err)
		rows = append(rows, row.Cells)
	}
	assert.Equal(t, [][]string{
		{"D1 Kebijakan", "3.98666666666666", "1250000000", "Terdefinisi"},
		{`=HYPERLINK("http://x")`, "2.5", "0", ""},
	}, rows)
}

// The text of a cell that starts like a formula is stored as text: the
// sheet's XML has no formula.
func TestTextIsNeverAFormula(t *testing.T) {
	data := sample(t)
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	require.NoError(t, err)
	for _, f := range zr.File {
		if !strings.HasPrefix(f.Name, "xl/worksheets/") {
			continue
		}
		rc, err := f.Open()
		require.NoError(t, err)
		xml, err := io.ReadAll(rc)
		require.NoError(t, err)
		assert.NotContains(t, string(xml), "<f>", f.Name)
	}
}

// archive builds a zip of the named parts.
func archive(t testing.TB, parts map[string][]byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, body := range parts {
		w, err := zw.Create(name)
		require.NoError(t, err)
		_, err = w.Write(body)
		require.NoError(t, err)
	}
	require.NoError(t, zw.Close())
	return buf.Bytes()
}

// withPart returns the sample workbook with one more part.
func withPart(t testing.TB, name string, body []byte) []byte {
	t.Helper()
	data, err := workbooktest.Replace(sample(t), name, body)
	require.NoError(t, err)
	return data
}

func TestOpenRefuses(t *testing.T) {
	many := map[string][]byte{"xl/workbook.xml": nil}
	for i := range workbook.DefaultMaxParts + 1 {
		many["p/"+strings.Repeat("x", i%7)+string(rune('a'+i%26))+string(rune('a'+i/26%26))+string(rune('a'+i/676))] = nil
	}
	tests := []struct {
		name string
		data []byte
		rule string
		is   error
	}{
		{"an .xls", append([]byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"), make([]byte, 512)...), "workbook", workbook.ErrLegacy},
		{"not a zip", []byte("PK\x03\x04 nothing else"), "workbook", workbook.ErrNotWorkbook},
		{"a zip of no workbook", archive(t, map[string][]byte{"a.txt": []byte("a")}), "workbook", workbook.ErrNotWorkbook},
		{"macros", withPart(t, "xl/vbaProject.bin", []byte("vba")), "macro", workbook.ErrMacro},
		{"external links", withPart(t, "xl/externalLinks/externalLink1.xml", []byte("<x/>")), "external_link", workbook.ErrExternalLink},
		{"a zip bomb", withPart(t, "xl/media/zeros.bin", make([]byte, 5<<20)), "too_large", input.ErrTooLarge},
		{"too many parts", archive(t, many), "too_large", input.ErrTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := workbook.Open(tt.data, workbook.Options{})
			var e *csvio.Error
			require.True(t, errors.As(err, &e), "%v", err)
			assert.Equal(t, tt.rule, e.Rule)
			assert.ErrorIs(t, err, tt.is)
			assert.NotEmpty(t, e.Message(smartcity.Indonesian))
		})
	}
}

// A file larger than the limit is refused before it is looked at.
func TestOpenLimit(t *testing.T) {
	_, err := workbook.Open(sample(t), workbook.Options{Limit: 100})
	assert.ErrorIs(t, err, input.ErrTooLarge)
}

// The cells read from one workbook are bounded.
func TestMaxCells(t *testing.T) {
	w := workbook.NewWriter()
	rows := make([][]any, 100)
	for i := range rows {
		rows[i] = []any{"a", "b", "c"}
	}
	w.AddTable(workbook.Table{Sheet: "T", Columns: []workbook.Column{{Header: "x"}, {Header: "y"}, {Header: "z"}}, Rows: rows})
	var buf bytes.Buffer
	_, err := w.WriteTo(&buf)
	require.NoError(t, err)
	b, err := workbook.Open(buf.Bytes(), workbook.Options{MaxCells: 50})
	require.NoError(t, err)
	r, err := b.Table("T", csvio.Options{})
	require.NoError(t, err)
	for err == nil {
		_, err = r.Next()
	}
	var e *csvio.Error
	require.ErrorAs(t, err, &e)
	assert.Equal(t, "too_large", e.Rule)
	assert.Equal(t, "T", e.Sheet)
	_, err = b.Table("nope", csvio.Options{})
	assert.ErrorIs(t, err, workbook.ErrNoSheet)
}

// The zero workbook.Book and workbook.Writer do not panic.
func TestZeroValues(t *testing.T) {
	var b workbook.Book
	assert.Empty(t, b.Sheets())
	_, err := b.Table("x", csvio.Options{})
	assert.ErrorIs(t, err, workbook.ErrNoSheet)
	assert.NoError(t, b.Close())
	var w workbook.Writer
	w.AddChart(workbook.Chart{Values: []int{1}})
	_, err = w.WriteTo(io.Discard)
	assert.Error(t, err, "no table")
	w.AddTable(workbook.Table{Sheet: "T", Columns: []workbook.Column{{Header: "a"}}})
	_, err = w.WriteTo(io.Discard)
	assert.NoError(t, err)
}
