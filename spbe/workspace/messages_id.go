package workspace

import "github.com/kotacerdas/smartcity/internal/i18n"

// messagesID says the package's error texts in Indonesian, keyed by the
// English format or sentinel text they are made from.
var messagesID = i18n.Table{
	"status change not allowed":  "perubahan status tidak diizinkan",
	"a revision needs a reason":  "revisi memerlukan alasan",
	"no document":                "belum ada dokumen",
	"a change needs who made it": "perubahan harus menyebut pelakunya",
	"%w: from %s to %s":          "%w: dari %s ke %s",

	"the workspace is kept in %s, not %s":                           "ruang kerja ini memakai %s, bukan %s",
	"give the outside score or the level, not both":                 "isi skor luar atau level, jangan keduanya",
	"%s converts no outside score for indicator %d; give its level": "%s tidak mengonversi skor luar untuk indikator %d; isi levelnya",
	"id %q is not 1 to 64 letters, digits, '.', '-' or '_'":         "id %q bukan 1 sampai 64 huruf, angka, '.', '-' atau '_'",
	"id %q is also the id of items[%d]":                             "id %q juga dipakai items[%d]",
	"%w: an item %s needs its document":                             "%w: butir berstatus %s memerlukan dokumennya",
	"%d-%02d-%02d is not a day":                                     "%d-%02d-%02d bukan tanggal yang ada",
	"a change is dated before the one it follows":                   "perubahan bertanggal lebih awal dari perubahan sebelumnya",
	"status %s is not the last change's, %s":                        "status %s tidak sama dengan perubahan terakhir, %s",
	"%w: %s has no indicator %d":                                    "%w: %s tidak memiliki indikator %d",
	"%w: level %d is not between %d and %d":                         "%w: level %d tidak di antara %d dan %d",
	"indicator %d is also given at %s[%d]":                          "indikator %d juga diberikan di %s[%d]",

	"no sheet holds a working list: want a header with Item Bukti Dukung, Level Kematangan and Unit Kerja (read %s)": "tidak ada lembar yang memuat daftar kerja: perlu baris judul dengan Item Bukti Dukung, Level Kematangan dan Unit Kerja (terbaca %s)",
	"%s is given twice above the table":                                               "%s diberikan dua kali di atas tabel",
	"the list is of %q, not %q":                                                       "daftar ini milik %q, bukan %q",
	"%q is not the year %d":                                                           "%q bukan tahun %d",
	"%q is not a year":                                                                "%q bukan tahun",
	"column %q is not read":                                                           "kolom %q tidak dibaca",
	"column %q names the column %q again":                                             "kolom %q menyebut lagi kolom %q",
	"the header has no column %q":                                                     "baris judul tidak memuat kolom %q",
	"%w: %s has no indicator %q":                                                      "%w: %s tidak memiliki indikator %q",
	"%q is not a number":                                                              "%q bukan angka",
	"%q is neither Ya nor Tidak":                                                      "%q bukan Ya atau Tidak",
	"%q is not a date (write it as 2026-08-17 or as a date cell)":                     "%q bukan tanggal (tulis seperti 2026-08-17 atau sebagai sel tanggal)",
	"%q is no level: write its number or its name":                                    "%q bukan level: tulis angka atau namanya",
	"the sheet Klaim needs the columns Indikator and Level Diklaim":                   "lembar Klaim memerlukan kolom Indikator dan Level Diklaim",
	"a claim is an indicator's number and a level":                                    "klaim berisi nomor indikator dan level",
	"the sheet Nilai Luar needs the column Indikator":                                 "lembar Nilai Luar memerlukan kolom Indikator",
	"an outside value is an indicator's number with a source and a score, or a level": "nilai luar berisi nomor indikator dengan sumber dan skor, atau level",
}
