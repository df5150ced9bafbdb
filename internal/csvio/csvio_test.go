package csvio

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/input"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func readAll(t *testing.T, in string, opt Options) (*Reader, []Row, error) {
	t.Helper()
	r, err := NewReader(strings.NewReader(in), opt)
	if err != nil {
		return nil, nil, err
	}
	var rows []Row
	for {
		row, err := r.Next()
		if err == io.EOF {
			return r, rows, nil
		}
		if err != nil {
			return r, rows, err
		}
		rows = append(rows, row)
	}
}

func TestReaderDialects(t *testing.T) {
	for name, in := range map[string]string{
		"comma":             "indikator,level\n1,3\n2,4\n",
		"semicolon":         "indikator;level\r\n1;3\r\n2;4\r\n",
		"bom and semicolon": "\ufeffindikator;level\n1;3\n\n2;4",
		"quoted":            "\"indikator\",\"level\"\n\"1\",\"3\"\n2,\" 4 \"\n",
	} {
		t.Run(name, func(t *testing.T) {
			r, rows, err := readAll(t, in, Options{})
			require.NoError(t, err)
			assert.Equal(t, []string{"indikator", "level"}, r.Header())
			require.Len(t, rows, 2)
			assert.Equal(t, []string{"1", "3"}, rows[0].Cells)
			assert.Equal(t, []string{"2", "4"}, rows[1].Cells)
			assert.Equal(t, 1, r.Column(" LEVEL"))
			assert.Equal(t, -1, r.Column("bukti"))
		})
	}
}

func TestReaderSemicolonKeepsDecimalCommas(t *testing.T) {
	r, rows, err := readAll(t, "nama;indeks\nKabupaten Rembang;3,99\n", Options{})
	require.NoError(t, err)
	assert.Equal(t, ';', r.Comma())
	assert.Equal(t, []string{"Kabupaten Rembang", "3,99"}, rows[0].Cells)
}

func TestReaderErrorsNameRowAndColumn(t *testing.T) {
	_, _, err := readAll(t, "a,b\n1,2\n3,4,5\n", Options{})
	assert.EqualError(t, err, "row 3, column 3: a value beyond the 2 columns of the header")

	_, rows, err := readAll(t, "a,b\n1,2,,\n3\n", Options{})
	require.NoError(t, err)
	assert.Equal(t, []string{"3", ""}, rows[1].Cells)

	_, _, err = readAll(t, "a,b\n1,\"2\n", Options{})
	var ce *Error
	require.True(t, errors.As(err, &ce))
	assert.Equal(t, 2, ce.Row)

	r, rows, err := readAll(t, "indikator,level\n7,x\n", Options{})
	require.NoError(t, err)
	assert.EqualError(t, r.Errorf(rows[0], 1, "level %q is not a number", "x"),
		`row 2, column 2 (level): level "x" is not a number`)

	_, err = NewReader(strings.NewReader(""), Options{})
	assert.EqualError(t, err, "empty file: a header row is required")
}

func TestReaderLimits(t *testing.T) {
	_, rows, err := readAll(t, "a\n1\n2\n3\n", Options{MaxRows: 2})
	require.ErrorIs(t, err, ErrTooManyRows)
	assert.EqualError(t, err, "row 4: too many rows: more than 2 data rows")
	assert.Len(t, rows, 2)

	_, _, err = readAll(t, "a\n"+strings.Repeat("1\n", 100), Options{Limit: 50})
	require.ErrorIs(t, err, input.ErrTooLarge)
}

func TestEscape(t *testing.T) {
	tests := map[string]string{
		"=HYPERLINK(\"x\")": "'=HYPERLINK(\"x\")",
		"+1+1":              "'+1+1",
		"-2+3":              "'-2+3",
		"@SUM(A1)":          "'@SUM(A1)",
		"\tcmd":             "'\tcmd",
		"\rcmd":             "'\rcmd",
		"-0.25":             "-0.25",
		"+62":               "+62",
		"Rembang":           "Rembang",
		"":                  "",
		"3.99":              "3.99",
	}
	for in, want := range tests {
		assert.Equal(t, want, Escape(in), "%q", in)
		assert.Equal(t, in, Unescape(Escape(in)), "Unescape undoes Escape of %q", in)
	}
	for _, kept := range []string{"'", "'Rembang", "'-0.25", "''=1", "' =1"} {
		assert.Equal(t, kept, Unescape(kept), "a quote Escape did not add stays: %q", kept)
	}
}

func TestWriterDialects(t *testing.T) {
	var buf bytes.Buffer
	w := NewWriter(&buf, WriterOptions{Semicolon: true, BOM: true})
	require.NoError(t, w.Write("nama", "indeks"))
	require.NoError(t, w.Write("=cmd|' /C calc'!A0", w.Number("3.99")))
	require.NoError(t, w.Flush())
	assert.Equal(t, "\ufeffnama;indeks\n'=cmd|' /C calc'!A0;3,99\n", buf.String())

	// What the writer writes, the reader reads back.
	r, rows, err := readAll(t, buf.String(), Options{})
	require.NoError(t, err)
	assert.Equal(t, []string{"nama", "indeks"}, r.Header())
	assert.Equal(t, []string{"'=cmd|' /C calc'!A0", "3,99"}, rows[0].Cells)
}

// FuzzReader reads any file with small limits of fields and bytes per row
// and checks the reader against encoding/csv without limits: a row read
// within the limits is the row encoding/csv reads, of the header's width,
// and a row refused for a limit starts on the line the error names and
// has more fields or bytes than the limit, or is one encoding/csv cannot
// read either. The limits look at the bytes before encoding/csv holds
// them, so that this is what shows their count of fields and lines to be
// encoding/csv's.
func FuzzReader(f *testing.F) {
	f.Add("indikator,level\n1,3\n")
	f.Add("\ufeffa;b\n\"x;y\";2\n")
	f.Add("a,b\n1,\"2\n")
	f.Add("a,b,c,d,e\n")
	f.Add("a\n\n\"1,\n2\",3,4,5,6\n")
	f.Add("a;b\n1,2,3,4,5;6\n")
	f.Add("a\n" + strings.Repeat("x", 80) + "\n")
	f.Add("a\n\"" + strings.Repeat("y\n", 40) + "\"\n")
	f.Fuzz(func(t *testing.T, in string) {
		const maxFields, maxBytes = 4, 64
		rows, end := readEvery(in, Options{MaxRows: 1000, MaxFields: maxFields, MaxRowBytes: maxBytes})
		free, freeEnd := readEvery(in, Options{MaxRows: 1000, MaxFields: 1 << 30, MaxRowBytes: 1 << 30})
		require.LessOrEqual(t, len(rows), len(free))
		require.Equal(t, fmt.Sprint(free[:len(rows)]), fmt.Sprint(rows))
		var e *Error
		if !errors.As(end, &e) || (e.Rule != "too_many_fields" && e.Rule != "row_too_long") {
			require.Equal(t, freeEnd, end)
			require.Len(t, rows, len(free))
			return
		}
		// The row refused: encoding/csv, without limits, reads it as one
		// beyond the limit, or cannot read it.
		body := strings.TrimPrefix(in, "\ufeff")
		cr := csv.NewReader(strings.NewReader(body))
		cr.Comma = sniff([]byte(body))
		cr.FieldsPerRecord = -1
		for {
			before := cr.InputOffset()
			rec, err := cr.Read()
			if err != nil {
				require.NotEqual(t, io.EOF, err, "refused %v, but encoding/csv reads every row", e)
				return
			}
			if line, _ := cr.FieldPos(0); line < e.Row {
				continue
			}
			line, _ := cr.FieldPos(0)
			require.Equal(t, e.Row, line, "refused %v", e)
			if e.Rule == "too_many_fields" {
				require.Greater(t, len(rec), maxFields, "refused %v", e)
			} else {
				require.Greater(t, cr.InputOffset()-before, int64(maxBytes), "refused %v", e)
			}
			return
		}
	})
}

// readEvery reads the header and every row of in, as one more row at its
// front, and the error that ends the reading, nil at the end of the file.
func readEvery(in string, opt Options) ([][]string, error) {
	r, err := NewReader(strings.NewReader(in), opt)
	if err != nil {
		return nil, err
	}
	rows := [][]string{r.Header()}
	for {
		row, err := r.Next()
		if err == io.EOF {
			return rows, nil
		}
		if err != nil {
			return rows, err
		}
		if len(row.Cells) != len(r.Header()) {
			return rows, errors.New("a row not of the header's width")
		}
		rows = append(rows, row.Cells)
	}
}

func FuzzEscape(f *testing.F) {
	for _, s := range []string{"=1", "-1", "@", "Rembang", "\t"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		e := Escape(s)
		if e == "" {
			return
		}
		switch e[0] {
		case '=', '+', '-', '@', '\t', '\r':
			_, err := smartcity.ParseNumber(e)
			require.NoError(t, err, "%q escaped to %q", s, e)
		}
	})
}

// Reheader takes the next row with a value as the header, wider than the
// lines above it, and keeps those lines in Above with their rows.
func TestReheader(t *testing.T) {
	r, err := NewReader(strings.NewReader("\n Instansi ;Kab. A\n;;\nTahun;2026\nindikator;level;tahun\n1;3;2026\n;;\n2;4;\n"), Options{})
	require.NoError(t, err)
	assert.Equal(t, 2, r.HeaderRow())
	require.NoError(t, r.Reheader())
	require.NoError(t, r.Reheader())
	assert.Equal(t, []string{"indikator", "level", "tahun"}, r.Header())
	assert.Equal(t, 5, r.HeaderRow())
	assert.Equal(t, []Row{{Line: 2, Cells: []string{"Instansi", "Kab. A"}}, {Line: 4, Cells: []string{"Tahun", "2026"}}}, r.Above())
	var lines []int
	for {
		row, err := r.Next()
		if err == io.EOF {
			break
		}
		require.NoError(t, err)
		require.Len(t, row.Cells, 3)
		lines = append(lines, row.Line)
	}
	assert.Equal(t, []int{6, 8}, lines)
	assert.ErrorIs(t, r.Reheader(), io.EOF)

	r, err = NewReader(strings.NewReader("a\n\xff;b\n"), Options{})
	require.NoError(t, err)
	var e *Error
	require.ErrorAs(t, r.Reheader(), &e)
	assert.Equal(t, "utf8", e.Rule)
	assert.Equal(t, 2, e.Row)
}
