package masterplan

import "github.com/kotacerdas/smartcity"

// Book is one of the three books a masterplan is delivered as, with its
// sections as structured content.
type Book struct {
	// Volume says which book this is.
	Volume BookVolume `json:"volume" yaml:"volume" validate:"required"`
	// Title is the book's title as written.
	Title string `json:"title" yaml:"title" validate:"required"`
	// Sections are the book's top-level sections in order.
	Sections []Section `json:"sections,omitzero" yaml:"sections,omitempty" validate:"dive"`
}

// Section is a section of a book, which may hold sub-sections.
type Section struct {
	// Title is the section heading.
	Title string `json:"title" yaml:"title" validate:"required"`
	// Body is the section's text; optional when it only groups
	// sub-sections.
	Body string `json:"body,omitempty" yaml:"body,omitempty"`
	// Sections are the sub-sections in order.
	Sections []Section `json:"sections,omitzero" yaml:"sections,omitempty" validate:"dive"`
}

// BookVolume identifies one of the three books. The zero value means
// "unset".
type BookVolume uint8

// The three books of a masterplan.
const (
	BookAnalysis   BookVolume = 1 + iota // Buku I, Analisis Strategis: profile, issues, readiness, SWOT, vision
	BookMasterplan                       // Buku II, Masterplan: strategies, programmes, roadmap, financing
	BookSummary                          // Buku III, Executive Summary and Quick Wins
)

var bookVolumeCodes = [...]string{"", "analysis", "masterplan", "summary"}

var bookVolumeNames = [...][2]string{
	{},
	{"Buku I Analisis Strategis", "Book I Strategic Analysis"},
	{"Buku II Masterplan", "Book II Masterplan"},
	{"Buku III Ringkasan Eksekutif dan Quick Win", "Book III Executive Summary and Quick Wins"},
}

var bookVolumeAliases = [...]alias{
	{"i", 1}, {"1", 1}, {"buku i", 1}, {"analisis strategis", 1}, {"strategic analysis", 1},
	{"ii", 2}, {"2", 2}, {"buku ii", 2}, {"rencana induk", 2},
	{"iii", 3}, {"3", 3}, {"buku iii", 3}, {"executive summary", 3}, {"ringkasan eksekutif", 3},
}

// ParseBookVolume parses a book: the code ("analysis", "masterplan",
// "summary"), the roman or arabic numeral ("II", "2") or the Indonesian
// title ("analisis strategis"), ignoring case.
func ParseBookVolume(s string) (BookVolume, error) {
	return parseEnum[BookVolume]("book", s, bookVolumeCodes[:], bookVolumeAliases[:])
}

// String returns the stable code.
func (v BookVolume) String() string { return enumString("BookVolume", uint8(v), bookVolumeCodes[:]) }

// IsValid reports whether v is a declared book.
func (v BookVolume) IsValid() bool { return v >= BookAnalysis && v <= BookSummary }

// Name returns the book's display name in lang, or "" when v is not valid.
func (v BookVolume) Name(lang smartcity.Lang) string {
	return enumName(uint8(v), bookVolumeNames[:], lang)
}

// MarshalText implements encoding.TextMarshaler with the stable code.
func (v BookVolume) MarshalText() ([]byte, error) {
	return marshalEnum("BookVolume", uint8(v), bookVolumeCodes[:])
}

// UnmarshalText implements encoding.TextUnmarshaler; it accepts what
// ParseBookVolume accepts, and empty text is the zero value.
func (v *BookVolume) UnmarshalText(text []byte) error {
	return unmarshalEnum(v, "book", text, bookVolumeCodes[:], bookVolumeAliases[:])
}
