package csvio

import (
	"encoding/csv"

	"github.com/kotacerdas/smartcity/internal/i18n"
)

// words are the package's messages in Indonesian, keyed by their English
// format, and those of encoding/csv, keyed by their text. A header row is
// a "baris judul", as spreadsheets call the row that names the columns.
var words = i18n.Table{
	"too many rows":                               "baris terlalu banyak",
	"row too long":                                "baris terlalu panjang",
	"%w: more than %d bytes":                      "%w: lebih dari %d byte",
	"too many fields":                             "kolom terlalu banyak",
	"%w: more than %d on one row":                 "%w: lebih dari %d dalam satu baris",
	"not UTF-8 text (save the file as CSV UTF-8)": "nilai bukan teks UTF-8 (simpan berkas sebagai CSV UTF-8)",
	"empty file: a header row is required":        "berkas kosong: baris judul wajib ada",
	"%w: more than %d data rows":                  "%w: lebih dari %d baris data",
	"a value beyond the %d columns of the header": "ada nilai di luar %d kolom baris judul",
	"a value in column %d, whose header is empty: name the column or clear it": "ada nilai di kolom %d, yang judulnya kosong: beri nama kolom itu atau kosongkan",

	// encoding/csv's errors.
	csv.ErrBareQuote.Error():  `ada tanda " di dalam nilai yang tidak diapit tanda kutip`,
	csv.ErrQuote.Error():      `tanda " berlebih atau kurang di dalam nilai yang diapit tanda kutip`,
	csv.ErrFieldCount.Error(): "jumlah kolom tidak sesuai",
}
