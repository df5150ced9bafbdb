package workbook

import "github.com/kotacerdas/smartcity/internal/i18n"

// words are the package's messages in Indonesian, keyed by their English
// format.
var words = i18n.Table{
	"not an Excel workbook (.xlsx)": "bukan buku kerja Excel (.xlsx)",
	"an .xls workbook or one saved with a password: save it as an Excel workbook (.xlsx) without a password": "buku kerja .xls atau yang disimpan dengan kata sandi: simpan sebagai Buku Kerja Excel (.xlsx) tanpa kata sandi",
	"a macro-enabled workbook: save it as an Excel workbook (.xlsx) without macros":                          "buku kerja bermakro: simpan sebagai Buku Kerja Excel (.xlsx) tanpa makro",
	"a workbook with links to other workbooks: break the links (Data › Edit Links) and save it again":        "buku kerja bertaut ke buku kerja lain: putuskan tautannya (Data › Edit Links) lalu simpan lagi",
	"no such sheet":                          "lembar tidak ada",
	"%w: %s":                                 "%w: %s",
	"%w of %d bytes":                         "%w %d byte",
	"%w: more than %d parts":                 "%w: lebih dari %d bagian",
	"%w: more than %d bytes unzipped":        "%w: lebih dari %d byte setelah diekstrak",
	"%w: more than %d cells":                 "%w: lebih dari %d sel",
	"%w: it has no sheet":                    "%w: tidak ada lembarnya",
	"%w: the archive has no xl/workbook.xml": "%w: arsipnya tidak memuat xl/workbook.xml",
}
