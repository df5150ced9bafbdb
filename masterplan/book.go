package masterplan

import (
	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/enum"
)

// Book is one of the three books a masterplan is delivered as, with its
// sections as structured content.
type Book struct {
	// Volume says which book this is.
	Volume BookVolume `json:"volume" yaml:"volume" validate:"required"`
	// Title is the book's title as written.
	Title string `json:"title" yaml:"title" validate:"required"`
	// Sections are the book's top-level sections in order.
	Sections []Section `json:"sections,omitzero" yaml:"sections,omitempty" validate:"dive" maxitems:"1000"`
}

// Section is a section of a book, which may hold sub-sections.
type Section struct {
	// Title is the section heading.
	Title string `json:"title" yaml:"title" validate:"required"`
	// Body is the section's text; optional when it only groups
	// sub-sections.
	Body string `json:"body,omitempty" yaml:"body,omitempty"`
	// Sections are the sub-sections in order.
	Sections []Section `json:"sections,omitzero" yaml:"sections,omitempty" validate:"dive" maxitems:"1000"`
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

// bookVolumes declares the books. Their names are the titles; the
// spellings people write are the numerals and the short titles, the
// aliases.
var bookVolumes = enum.New[BookVolume](enum.Spec{Kind: "book", Unknown: parseError}, []enum.Row{
	BookAnalysis: {Code: "analysis", ID: "Buku I Analisis Strategis", EN: "Book I Strategic Analysis",
		Aliases: []string{"i", "1", "buku i", "analisis strategis", "strategic analysis"}},
	BookMasterplan: {Code: "masterplan", ID: "Buku II Masterplan", EN: "Book II Masterplan",
		Aliases: []string{"ii", "2", "buku ii", "rencana induk"}},
	BookSummary: {Code: "summary", ID: "Buku III Ringkasan Eksekutif dan Quick Win", EN: "Book III Executive Summary and Quick Wins",
		Aliases: []string{"iii", "3", "buku iii", "executive summary", "ringkasan eksekutif"}},
})

// String returns the stable code.
func (v BookVolume) String() string { return bookVolumes.String(v) }

// isValid reports whether v is a declared book.
func (v BookVolume) isValid() bool { return bookVolumes.IsValid(v) }

// Name returns the book's display name in lang, or "" when v is not valid.
func (v BookVolume) Name(lang smartcity.Lang) string { return bookVolumes.Name(v, lang) }

// MarshalText implements encoding.TextMarshaler with the stable code.
func (v BookVolume) MarshalText() ([]byte, error) { return bookVolumes.MarshalText(v) }

// UnmarshalText implements encoding.TextUnmarshaler. It reads a book: the
// code ("analysis", "masterplan", "summary"), the roman or arabic numeral
// ("II", "2") or the Indonesian title ("analisis strategis"), ignoring
// case; empty text is the zero value.
func (v *BookVolume) UnmarshalText(text []byte) error { return bookVolumes.UnmarshalText(v, text) }
