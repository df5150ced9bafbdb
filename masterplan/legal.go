package masterplan

import (
	"strconv"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/enum"
)

// LegalBasis is the regulation that adopts a masterplan: a Peraturan Bupati
// or Wali Kota on the masterplan, or a Peraturan Daerah on smart-city
// implementation.
type LegalBasis struct {
	// Kind is the type of regulation.
	Kind LegalKind `json:"kind" yaml:"kind" validate:"required"`
	// Number is the regulation's number as written, such as "23".
	Number string `json:"number" yaml:"number" validate:"required"`
	// Year is the year the regulation was issued.
	Year int `json:"year" yaml:"year" validate:"required"`
	// Title is the regulation's title; optional.
	Title string `json:"title,omitempty" yaml:"title,omitempty"`
	// Illustrative marks a legal basis invented for an example, not a real
	// regulation.
	Illustrative bool `json:"illustrative,omitempty" yaml:"illustrative,omitempty"`
}

// Cite returns the usual short citation, such as "Perbup 23/2019".
func (l LegalBasis) Cite() string {
	return l.Kind.String() + " " + l.Number + "/" + strconv.Itoa(l.Year)
}

// LegalKind is a type of regional regulation. The zero value means
// "unset".
type LegalKind uint8

// The regulations that adopt a masterplan.
const (
	Perbup LegalKind = 1 + iota // Peraturan Bupati, for a kabupaten
	Perwal                      // Peraturan Wali Kota, for a kota
	Pergub                      // Peraturan Gubernur, for a provinsi
	Perda                       // Peraturan Daerah, any region
)

// legalKinds declares the regulation types. Their English names explain
// them; the spellings people write are the Indonesian long forms, the
// aliases.
var legalKinds = enum.New[LegalKind](enum.Spec{Kind: "regulation type", Unknown: parseError}, []enum.Row{
	Perbup: {Code: "Perbup", ID: "Peraturan Bupati", EN: "regent regulation (Perbup)", Aliases: []string{"peraturan bupati"}},
	Perwal: {Code: "Perwal", ID: "Peraturan Wali Kota", EN: "mayor regulation (Perwal)",
		Aliases: []string{"peraturan wali kota", "peraturan walikota", "perwali", "perwalkot"}},
	Pergub: {Code: "Pergub", ID: "Peraturan Gubernur", EN: "governor regulation (Pergub)", Aliases: []string{"peraturan gubernur"}},
	Perda:  {Code: "Perda", ID: "Peraturan Daerah", EN: "regional regulation (Perda)", Aliases: []string{"peraturan daerah"}},
})

// String returns the stable code, such as "Perbup".
func (k LegalKind) String() string { return legalKinds.String(k) }

// isValid reports whether k is a declared regulation type.
func (k LegalKind) isValid() bool { return legalKinds.IsValid(k) }

// Name returns the regulation type's display name in lang, or "" when k is
// not valid.
func (k LegalKind) Name(lang smartcity.Lang) string { return legalKinds.Name(k, lang) }

// fitsRegion reports whether a regulation of type k can be issued by a
// region of kind r: a Perbup by a kabupaten, a Perwal by a kota, a Pergub
// by a provinsi, a Perda by any.
func (k LegalKind) fitsRegion(r RegionKind) bool {
	switch k {
	case Perbup:
		return r == Kabupaten
	case Perwal:
		return r == Kota
	case Pergub:
		return r == Provinsi
	case Perda:
		return r.isValid()
	}
	return false
}

// MarshalText implements encoding.TextMarshaler with the stable code.
func (k LegalKind) MarshalText() ([]byte, error) { return legalKinds.MarshalText(k) }

// UnmarshalText implements encoding.TextUnmarshaler. It reads a regulation
// type: "Perbup", "Perwal", "Pergub", "Perda" or the long form ("Peraturan
// Bupati"…), ignoring case; empty text is the zero value.
func (k *LegalKind) UnmarshalText(text []byte) error { return legalKinds.UnmarshalText(k, text) }
