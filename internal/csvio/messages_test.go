package csvio

import (
	"encoding/csv"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/i18n"
	"github.com/kotacerdas/smartcity/internal/input"
)

// firstError reads every row of in and returns the first error.
func firstError(in string, opt Options) error {
	r, err := NewReader(strings.NewReader(in), opt)
	if err != nil {
		return err
	}
	for {
		if _, err := r.Next(); err != nil {
			if err == io.EOF {
				return nil
			}
			return err
		}
	}
}

func TestErrorMessage(t *testing.T) {
	tests := []struct {
		name, in string
		opt      Options
		en, id   string
	}{
		{"empty file", "", Options{},
			"empty file: a header row is required",
			"berkas kosong: baris judul wajib ada"},
		{"a stray quote", "indikator,level\n1,3\"\n", Options{},
			`row 2, column 4: bare " in non-quoted-field`,
			`baris 2, kolom 4: ada tanda " di dalam nilai yang tidak diapit tanda kutip`},
		{"a quote not closed", "indikator,level\n1,\"3\n", Options{},
			`row 2, column 6: extraneous or missing " in quoted-field`,
			`baris 2, kolom 6: tanda " berlebih atau kurang di dalam nilai yang diapit tanda kutip`},
		{"a value beyond the header", "indikator;level\n1;3;x\n", Options{},
			"row 2, column 3: a value beyond the 2 columns of the header",
			"baris 2, kolom 3: ada nilai di luar 2 kolom baris judul"},
		{"a cell not UTF-8", "instansi,tahun\nKab. \xc1ceh,2024\n", Options{},
			"row 2, column 1 (instansi): not UTF-8 text (save the file as CSV UTF-8)",
			"baris 2, kolom 1 (instansi): nilai bukan teks UTF-8 (simpan berkas sebagai CSV UTF-8)"},
		{"a header not UTF-8", "a,b,\xff\n", Options{},
			"row 1, column 3: not UTF-8 text (save the file as CSV UTF-8)",
			"baris 1, kolom 3: nilai bukan teks UTF-8 (simpan berkas sebagai CSV UTF-8)"},
		{"too many rows", "a\n1\n2\n3\n", Options{MaxRows: 2},
			"row 4: too many rows: more than 2 data rows",
			"baris 4: baris terlalu banyak: lebih dari 2 baris data"},
		{"too large", "a\n" + strings.Repeat("1\n", 1<<19), Options{},
			"input exceeds the size limit of 1048576 bytes",
			"masukan melebihi batas ukuran 1 MiB"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opt := tt.opt
			if tt.name == "too large" {
				opt.Limit = 1 << 20
			}
			err := firstError(tt.in, opt)
			var ce *Error
			require.ErrorAs(t, err, &ce)
			assert.Equal(t, tt.en, err.Error())
			assert.Equal(t, tt.en, ce.Message(smartcity.English))
			assert.Equal(t, tt.id, ce.Message(smartcity.Indonesian))
			assert.Equal(t, tt.id, ce.Message(0), "the zero Lang is Indonesian")
			assert.Equal(t, tt.id, smartcity.ErrorMessage(err, smartcity.Indonesian))
		})
	}
	var ce *Error
	require.ErrorAs(t, firstError("a\n"+strings.Repeat("1\n", 1<<19), Options{Limit: 1 << 20}), &ce)
	assert.ErrorIs(t, ce, input.ErrTooLarge)
}

func TestErrorMessageOfACellRule(t *testing.T) {
	// A rule formatted by the caller stays as it is; the place is said in
	// Indonesian.
	r, err := NewReader(strings.NewReader("tahun\nx\n"), Options{})
	require.NoError(t, err)
	row, err := r.Next()
	require.NoError(t, err)
	e := r.Errorf(row, 0, "%q is not a year", row.Cells[0])
	assert.EqualError(t, e, `row 2, column 1 (tahun): "x" is not a year`)
	assert.Equal(t, `baris 2, kolom 1 (tahun): "x" is not a year`, smartcity.ErrorMessage(e, smartcity.Indonesian))
	assert.Equal(t, "jumlah kolom tidak sesuai", (&Error{Err: csv.ErrFieldCount}).Message(smartcity.Indonesian))
	assert.Equal(t, "baris 3: x", (&Error{Row: 3, Err: errors.New("x")}).Message(smartcity.Indonesian))
}

func TestWhere(t *testing.T) {
	assert.Equal(t, "row 4, column 2 (tahun): ", Where(4, 2, "tahun", smartcity.English))
	assert.Equal(t, "baris 4, kolom 2 (tahun): ", Where(4, 2, "tahun", smartcity.Indonesian))
	assert.Equal(t, "baris 4, kolom 2: ", Where(4, 2, "", smartcity.Indonesian))
	assert.Equal(t, "baris 4: ", Where(4, 0, "tahun", smartcity.Indonesian))
	assert.Empty(t, Where(0, 0, "", smartcity.Indonesian))
}

func TestEveryMessageHasIndonesianWithTheSameVerbs(t *testing.T) {
	for en, id := range words {
		assert.Equal(t, i18n.Verbs(en), i18n.Verbs(id), "%q → %q", en, id)
		assert.NotEqual(t, en, id, "%q is not translated", en)
	}
}
