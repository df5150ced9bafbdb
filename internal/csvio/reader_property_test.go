package csvio

import (
	"errors"
	"io"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReaderRefusesNotUTF8: a header or cell in a Windows code page is
// refused with its row and column, not passed on as bytes that JSON and
// reports would silently replace.
func TestReaderRefusesNotUTF8(t *testing.T) {
	_, err := NewReader(strings.NewReader("instansi,tahun,caf\xe9\n"), Options{})
	require.ErrorIs(t, err, ErrNotUTF8)
	assert.EqualError(t, err, "row 1, column 3: not UTF-8 text (save the file as CSV UTF-8)")

	r, err := NewReader(strings.NewReader("instansi;tahun\nKab. Bantul;2024\nKab. Pidie \xa0Jaya;2024\n"), Options{})
	require.NoError(t, err)
	_, err = r.Next()
	require.NoError(t, err)
	_, err = r.Next()
	require.ErrorIs(t, err, ErrNotUTF8)
	assert.EqualError(t, err, "row 3, column 1 (instansi): not UTF-8 text (save the file as CSV UTF-8)")

	r, err = NewReader(strings.NewReader("\ufeffnama\nKota Banda Aceh — Ré\n"), Options{})
	require.NoError(t, err)
	row, err := r.Next()
	require.NoError(t, err)
	assert.Equal(t, []string{"Kota Banda Aceh — Ré"}, row.Cells)
}

// TestReaderCellsProperty: for generated files of random bytes drawn
// mostly from CSV's own characters, every header and cell the reader
// returns is trimmed UTF-8, every row has the header's width, and a
// failure is an *Error.
func TestReaderCellsProperty(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	alphabet := []string{",", ";", "\"", "\n", "\r\n", " ", "a", "1", "é", "\xe9", "\xff", "\ufeff", "\t"}
	for n := range 3000 {
		var b strings.Builder
		for range rng.IntN(40) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		in := b.String()
		r, err := NewReader(strings.NewReader(in), Options{MaxRows: 5})
		if err != nil {
			var e *Error
			require.True(t, errors.As(err, &e), "file %d %q: %v", n, in, err)
			continue
		}
		for _, h := range r.Header() {
			require.True(t, utf8.ValidString(h), "file %d %q", n, in)
		}
		for {
			row, err := r.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				var e *Error
				require.True(t, errors.As(err, &e), "file %d %q: %v", n, in, err)
				break
			}
			require.Len(t, row.Cells, len(r.Header()))
			for _, c := range row.Cells {
				require.True(t, utf8.ValidString(c), "file %d %q", n, in)
				require.Equal(t, strings.TrimSpace(c), c)
			}
		}
	}
}
