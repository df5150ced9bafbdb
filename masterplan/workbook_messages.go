package masterplan

import "github.com/kotacerdas/smartcity/internal/i18n"

// sheetWords say the problems of reading a workbook in Indonesian, keyed
// by their English format.
var sheetWords = i18n.Table{
	"%q is neither Ya nor Tidak": "%q bukan Ya atau Tidak",
	"%q is none of %s":           "%q bukan salah satu dari %s",
	"%q is not a date (write it as 2024-06-23 or as a date cell)":    "%q bukan tanggal (tulis 2024-06-23 atau sebagai sel tanggal)",
	"%q is not a number (write it as 85.5)":                          "%q bukan angka (tulis seperti 85.5)",
	"%q is not a whole number":                                       "%q bukan bilangan bulat",
	"%q is not an amount in whole rupiah":                            "%q bukan jumlah rupiah bulat",
	"a section before the row of its book (a row without a section)": "bagian sebelum baris bukunya (baris tanpa bagian)",
	"column %q given twice (as %s too)":                              "kolom %q ada dua kali (juga sebagai %s)",
	"more than %d items in %s":                                       "lebih dari %d butir dalam %s",
	"more than %d rows in all the sheets":                            "lebih dari %d baris di seluruh lembar",
	"no programme %s on the sheet Program":                           "tidak ada program %s pada lembar Program",
	"no row of the item %s on the sheet Kesiapan":                    "tidak ada baris butir %s pada lembar Kesiapan",
	"no sheet of a masterplan: want the sheets %s":                   "tidak ada lembar rencana induk: perlu lembar %s",
	"no sheet of a realisation: want the sheets %s":                  "tidak ada lembar realisasi: perlu lembar %s",
	"programme %s has no KPI %s on the sheet KPI":                    "program %s tidak punya KPI %s pada lembar KPI",
	"section %q out of order: want %s":                               "bagian %q tidak berurutan: seharusnya %s",
	"section %q has no section above it to belong to":                "bagian %q tidak punya bagian induk di atasnya",
	"the column %q is missing":                                       "kolom %q tidak ada",
	"the element %s is of the pillar %s, not %s":                     "elemen %s termasuk pilar %s, bukan %s",
	"the field %q is given twice":                                    "isian %q ada dua kali",
	"the year is required":                                           "tahun wajib diisi",
	"no row of programme %s in %d on the sheet Realisasi":            "tidak ada baris program %s tahun %d pada lembar Realisasi",
	"the item is required":                                           "butir wajib diisi",
	"the programme's code is required":                               "kode program wajib diisi",
	"unknown column %q: the columns of sheet %s are %s":              "kolom %q tidak dikenal: kolom lembar %s adalah %s",
	"unknown field %q":                                               "isian %q tidak dikenal",
	"a list item holds %q, which separates the items of a cell: %s":  "butir daftar memuat %q, pemisah butir dalam satu sel: %s",
}
