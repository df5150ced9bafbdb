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
}
