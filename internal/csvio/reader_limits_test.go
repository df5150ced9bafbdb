package csvio

import (
	"errors"
	"fmt"
	"io"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReaderTooManyFields: a row, the header too, of more fields than the
// limit is refused at its row and the first column past the limit; a
// delimiter between quotes, or the other delimiter, is no field.
func TestReaderTooManyFields(t *testing.T) {
	opt := Options{MaxFields: 4}
	_, _, err := readAll(t, "a,b,c,d,e\n", opt)
	require.ErrorIs(t, err, ErrTooManyFields)
	assert.EqualError(t, err, "row 1, column 5: too many fields: more than 4 on one row")
	var e *Error
	require.ErrorAs(t, err, &e)
	assert.Equal(t, "too_many_fields", e.Problem().Rule)
	assert.Equal(t, "baris 1, kolom 5: kolom terlalu banyak: lebih dari 4 dalam satu baris", e.Message(0))

	_, rows, err := readAll(t, "a,b\n1,2,,\n\n3,\"x,y,z\",,\n1,2,3,4,5\n", opt)
	assert.EqualError(t, err, "row 5, column 5: too many fields: more than 4 on one row")
	assert.Len(t, rows, 2, "the rows before the one refused are read")

	// A quoted field over lines: the row is named by its first line.
	_, _, err = readAll(t, "a\n\"1\n2\",3,4,5,6\n", opt)
	assert.EqualError(t, err, "row 2, column 5: too many fields: more than 4 on one row")

	_, rows, err = readAll(t, "a;b\n1,2,3,4,5,6;7\n", opt)
	require.NoError(t, err)
	assert.Equal(t, []string{"1,2,3,4,5,6", "7"}, rows[0].Cells)

	_, rows, err = readAll(t, "a,b,c,d\n1,2,3,4\n", opt)
	require.NoError(t, err, "the limit itself is allowed")
	assert.Len(t, rows, 1)

	_, _, err = readAll(t, strings.Repeat(",", DefaultMaxFields)+"\n", Options{})
	assert.EqualError(t, err, "row 1, column 2049: too many fields: more than 2048 on one row")
}

// TestReaderRowTooLong: a row longer than the limit is refused at its row
// and the column where it passes the limit, a quoted field over lines
// counting as one row; blank lines and line breaks count for none.
func TestReaderRowTooLong(t *testing.T) {
	opt := Options{MaxRowBytes: 8}
	_, rows, err := readAll(t, "a,b\n12345,78\n\n\n1,\"12345678\n", opt)
	require.ErrorIs(t, err, ErrRowTooLong)
	assert.EqualError(t, err, "row 5, column 2: row too long: more than 8 bytes")
	assert.Len(t, rows, 1)
	var e *Error
	require.ErrorAs(t, err, &e)
	assert.Equal(t, "row_too_long", e.Problem().Rule)
	assert.Equal(t, "baris 5, kolom 2: baris terlalu panjang: lebih dari 8 byte", e.Message(0))

	_, _, err = readAll(t, "a\n\"1\n2\n3\n4\n5\"\n", opt)
	assert.EqualError(t, err, "row 2, column 1: row too long: more than 8 bytes")

	_, _, err = readAll(t, strings.Repeat("x", DefaultMaxRowBytes)+"\n", Options{})
	require.NoError(t, err)
	_, _, err = readAll(t, strings.Repeat("x", DefaultMaxRowBytes+1)+"\n", Options{})
	require.ErrorIs(t, err, ErrRowTooLong)
}

// countingReader counts the bytes read from it.
type countingReader struct {
	r io.Reader
	n int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += n
	return n, err
}

// TestReaderRefusesBeforeHolding: a line of 8 million empty fields, or of
// 20 MB, is refused having read little more than the limit of it, and the
// bytes allocated do not grow with the line.
func TestReaderRefusesBeforeHolding(t *testing.T) {
	for name, line := range map[string]string{
		"fields": strings.Repeat(",", 8_000_000),
		"bytes":  strings.Repeat("x", 20_000_000),
	} {
		for _, at := range []string{"header", "row"} {
			in := line + "\n"
			if at == "row" {
				in = "a,b\n" + in
			}
			c := &countingReader{r: strings.NewReader(in)}
			alloc := allocated(func() {
				r, err := NewReader(c, Options{})
				for err == nil {
					_, err = r.Next()
				}
				require.NotErrorIs(t, err, io.EOF)
				var e *Error
				require.True(t, errors.As(err, &e), "%v", err)
			})
			assert.Less(t, c.n, DefaultMaxRowBytes+256<<10, "%s in the %s: bytes read", name, at)
			assert.Less(t, alloc, uint64(8<<20), "%s in the %s: bytes allocated", name, at)
		}
	}
}

// allocated returns the bytes f allocates.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestReaderAllocationsLinear: reading 10× the rows allocates about 10×
// the bytes, not more: the reader's memory grows with the file and no
// faster.
func TestReaderAllocationsLinear(t *testing.T) {
	read := func(rows int) uint64 {
		in := "instansi,tahun,a,b,c\n" + strings.Repeat("Kab. Rembang,2024,1,\"2,5\",3\n", rows)
		return allocated(func() {
			r, err := NewReader(strings.NewReader(in), Options{})
			require.NoError(t, err)
			for err == nil {
				_, err = r.Next()
			}
			require.Equal(t, io.EOF, err)
		})
	}
	small, large := read(2000), read(20_000)
	t.Logf("2,000 rows: %d bytes; 20,000 rows: %d bytes", small, large)
	assert.Less(t, float64(large), 11*float64(small))
}

// BenchmarkReaderRows reads files of 1,000 and 10,000 rows: the time per
// row is the same.
func BenchmarkReaderRows(b *testing.B) {
	for _, n := range []int{1000, 10_000} {
		in := "instansi,tahun,a,b,c\n" + strings.Repeat("Kab. Rembang,2024,1,\"2,5\",3\n", n)
		b.Run(fmt.Sprintf("rows=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			for b.Loop() {
				r, err := NewReader(strings.NewReader(in), Options{})
				for err == nil {
					_, err = r.Next()
				}
			}
		})
	}
}

// TestReaderUnnamedColumn: a column whose header is empty may be empty, as
// spreadsheets write a column once used, and a value in it is refused at
// its row and column, not dropped by a reader that looks its columns up
// by name.
func TestReaderUnnamedColumn(t *testing.T) {
	_, rows, err := readAll(t, "a,,b,\n1,,2,\n3, ,4\n", Options{})
	require.NoError(t, err)
	assert.Len(t, rows, 2)

	_, rows, err = readAll(t, "a,,b\n1,,2\n3,x,4\n", Options{})
	assert.EqualError(t, err, "row 3, column 2: a value in column 2, whose header is empty: name the column or clear it")
	assert.Len(t, rows, 1)
	var e *Error
	require.ErrorAs(t, err, &e)
	assert.Equal(t, "unnamed_column", e.Problem().Rule)
	assert.Equal(t, "baris 3, kolom 2: ada nilai di kolom 2, yang judulnya kosong: beri nama kolom itu atau kosongkan", e.Message(0))
}
