package masterplan

import (
	"strconv"

	"github.com/kotacerdas/smartcity"
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

var legalKindCodes = [...]string{"", "Perbup", "Perwal", "Pergub", "Perda"}

var legalKindNames = [...][2]string{
	{},
	{"Peraturan Bupati", "regent regulation (Perbup)"},
	{"Peraturan Wali Kota", "mayor regulation (Perwal)"},
	{"Peraturan Gubernur", "governor regulation (Pergub)"},
	{"Peraturan Daerah", "regional regulation (Perda)"},
}

var legalKindAliases = [...]alias{
	{"peraturan bupati", 1},
	{"peraturan wali kota", 2}, {"peraturan walikota", 2}, {"perwali", 2}, {"perwalkot", 2},
	{"peraturan gubernur", 3},
	{"peraturan daerah", 4},
}

// ParseLegalKind parses a regulation type: "Perbup", "Perwal", "Pergub",
// "Perda" or the long form ("Peraturan Bupati"…), ignoring case.
func ParseLegalKind(s string) (LegalKind, error) {
	return parseEnum[LegalKind]("regulation type", s, legalKindCodes[:], legalKindAliases[:])
}

// String returns the stable code, such as "Perbup".
func (k LegalKind) String() string { return enumString("LegalKind", uint8(k), legalKindCodes[:]) }

// IsValid reports whether k is a declared regulation type.
func (k LegalKind) IsValid() bool { return k >= Perbup && k <= Perda }

// Name returns the regulation type's display name in lang, or "" when k is
// not valid.
func (k LegalKind) Name(lang smartcity.Lang) string {
	return enumName(uint8(k), legalKindNames[:], lang)
}

// FitsRegion reports whether a regulation of type k can be issued by a
// region of kind r: a Perbup by a kabupaten, a Perwal by a kota, a Pergub
// by a provinsi, a Perda by any.
func (k LegalKind) FitsRegion(r RegionKind) bool {
	switch k {
	case Perbup:
		return r == Kabupaten
	case Perwal:
		return r == Kota
	case Pergub:
		return r == Provinsi
	case Perda:
		return r.IsValid()
	}
	return false
}

// MarshalText implements encoding.TextMarshaler with the stable code.
func (k LegalKind) MarshalText() ([]byte, error) {
	return marshalEnum("LegalKind", uint8(k), legalKindCodes[:])
}

// UnmarshalText implements encoding.TextUnmarshaler; it accepts what
// ParseLegalKind accepts, and empty text is the zero value.
func (k *LegalKind) UnmarshalText(text []byte) error {
	return unmarshalEnum(k, "regulation type", text, legalKindCodes[:], legalKindAliases[:])
}
