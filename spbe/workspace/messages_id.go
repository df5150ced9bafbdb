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
}
