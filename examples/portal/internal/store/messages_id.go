package store

import "github.com/kotacerdas/smartcity/internal/i18n"

// Errors of the store; errors.Is finds them through the errors it returns,
// and smartcity.ErrorMessage says them in Indonesian.
var (
	// ErrNotFound: no such account, session, item, file or workspace.
	ErrNotFound = i18n.New(messagesID, "not found")
	// ErrConflict: the item was changed since the version the editor saw.
	ErrConflict = i18n.New(messagesID, "changed by someone else in the meantime; reload and try again")
	// ErrDuplicate: an account, item or file of that name already exists.
	ErrDuplicate = i18n.New(messagesID, "already exists")
	// ErrInvalid: a value the store cannot keep as given, such as an
	// unknown role or an empty item id.
	ErrInvalid = i18n.New(messagesID, "invalid")
)

// messagesID says the package's error texts in Indonesian, keyed by the
// English format or sentinel text they are made from.
var messagesID = i18n.Table{
	"not found": "tidak ditemukan",
	"changed by someone else in the meantime; reload and try again": "telah diubah orang lain sementara itu; muat ulang lalu coba lagi",
	"already exists": "sudah ada",
	"invalid":        "tidak sah",

	"item %s: %w":                        "butir %s: %w",
	"item %s: %w: version %d, now %d":    "butir %s: %w: versi %d, kini %d",
	"account %s: %w":                     "akun %s: %w",
	"account %d: %w":                     "akun %d: %w",
	"session: %w":                        "sesi: %w",
	"workspace: %w":                      "ruang kerja: %w",
	"file %s: %w":                        "berkas %s: %w",
	"%w: role %q":                        "%w: peran %q",
	"%w: a pelaksana needs a unit":       "%w: pelaksana memerlukan unit kerja",
	"%w: only a pelaksana has a unit":    "%w: hanya pelaksana yang memiliki unit kerja",
	"%w: an account needs a login":       "%w: akun memerlukan nama login",
	"%w: item id %q":                     "%w: id butir %q",
	"%w: a change cannot rename item %s": "%w: perubahan tidak boleh mengganti id butir %s",
	"%w: SHA-256 %q":                     "%w: SHA-256 %q",
	"%w: database path %q":               "%w: lokasi basis data %q",
	"%w: status %q":                      "%w: status %q",
	"%w: the database has schema %d, newer than this program's %d": "%w: basis data berskema %d, lebih baru daripada skema program ini, %d",
}
