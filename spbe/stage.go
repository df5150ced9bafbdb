package spbe

import (
	"strings"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/enum"
)

// Stage is a stage of the evaluation at which a level can be set. The
// stages run in this order and the level of the latest one counts. The
// zero value means "unset".
type Stage uint8

// The evaluation stages in order.
const (
	Mandiri  Stage = 1 + iota // Penilaian Mandiri: self-assessment by the instansi, code "mandiri"
	Dokumen                   // Penilaian Dokumen: document review, code "dokumen"
	Interviu                  // Penilaian Interviu: interview, code "interviu"
	Visitasi                  // Penilaian Visitasi: site visit (optional), code "visitasi"
)

// stages declares the stages. UnmarshalText reads the names with or
// without "Penilaian", as officers write them.
var stages = enum.New[Stage](enum.Spec{
	Kind:    "stage",
	Names:   true,
	Fold:    func(s string) string { return strings.TrimPrefix(enum.Fold(s), "penilaian ") },
	Unknown: parseError,
}, []enum.Row{
	Mandiri:  {Code: "mandiri", ID: "Penilaian Mandiri", EN: "self-assessment", Aliases: []string{"self"}},
	Dokumen:  {Code: "dokumen", ID: "Penilaian Dokumen", EN: "document review", Aliases: []string{"document"}},
	Interviu: {Code: "interviu", ID: "Penilaian Interviu", EN: "interview", Aliases: []string{"wawancara"}},
	Visitasi: {Code: "visitasi", ID: "Penilaian Visitasi", EN: "site visit", Aliases: []string{"visit"}},
})

// String returns the stage's stable code ("mandiri" … "visitasi"), "" for
// the zero value and "Stage(n)" for an undeclared value.
func (s Stage) String() string { return stages.String(s) }

// Name returns the stage's name in lang ("Penilaian Interviu",
// "interview"); the zero Lang means Indonesian. It is "" for an invalid
// stage.
func (s Stage) Name(lang smartcity.Lang) string { return stages.Name(s, lang) }

// MarshalText implements encoding.TextMarshaler with the stable code. The
// zero Stage is empty text; an undeclared value is an error.
func (s Stage) MarshalText() ([]byte, error) { return stages.MarshalText(s) }

// UnmarshalText implements encoding.TextUnmarshaler. It reads a stage from
// its code, its Indonesian name with or without "Penilaian", or its
// English name, ignoring case, surrounding space and the separators
// between words ("site_visit"); empty text is the zero Stage. The error is
// a *smartcity.ParseError.
func (s *Stage) UnmarshalText(text []byte) error { return stages.UnmarshalText(s, text) }
