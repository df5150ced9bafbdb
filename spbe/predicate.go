package spbe

import (
	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/enum"
)

// Predicate is a predikat: the word an evaluation gives an index. The
// declared values run from the lowest band to the highest, so comparing two
// predicates with < orders them. The zero value means "unset". Where each
// band begins is the framework's data (Framework.Bands): Memuaskan begins
// at 4.2 under PermenPANRB 5/2018 and 59/2020 and at 4.00 under 8/2026.
type Predicate uint8

// The five predikat, lowest first.
const (
	Kurang     Predicate = 1 + iota // English "poor"
	Cukup                           // English "fair"
	Baik                            // English "good"
	SangatBaik                      // English "very good"
	Memuaskan                       // English "satisfactory" (the highest band)
)

// predicates declares the predikat: the official word is the code, and
// the English names are glosses.
var predicates = enum.New[Predicate](enum.Spec{Kind: "predicate", Names: true, Unknown: parseError}, []enum.Row{
	Kurang:     {Code: "Kurang", ID: "Kurang", EN: "poor"},
	Cukup:      {Code: "Cukup", ID: "Cukup", EN: "fair"},
	Baik:       {Code: "Baik", ID: "Baik", EN: "good"},
	SangatBaik: {Code: "Sangat Baik", ID: "Sangat Baik", EN: "very good"},
	Memuaskan:  {Code: "Memuaskan", ID: "Memuaskan", EN: "satisfactory"},
})

// String returns the official word ("Kurang" … "Memuaskan"), which is also
// the stable code; "" for the zero value and "Predicate(n)" for an
// undeclared value.
func (p Predicate) String() string { return predicates.String(p) }

// Name returns the predicate in lang: the official word in Indonesian (and
// for the zero Lang), a gloss in English ("very good"). It is "" for an
// invalid predicate.
func (p Predicate) Name(lang smartcity.Lang) string { return predicates.Name(p, lang) }

// ParsePredicate reads a predicate from its official word or its English
// gloss, ignoring case, surrounding space and the separators people write
// between "Sangat" and "Baik" ("sangat_baik", "SANGAT-BAIK"). The error is
// a *smartcity.ParseError.
func ParsePredicate(s string) (Predicate, error) { return predicates.Parse(s) }

// MarshalText implements encoding.TextMarshaler with the official word. The
// zero Predicate is empty text; an undeclared value is an error.
func (p Predicate) MarshalText() ([]byte, error) { return predicates.MarshalText(p) }

// UnmarshalText implements encoding.TextUnmarshaler. It accepts what
// ParsePredicate accepts; empty text is the zero Predicate.
func (p *Predicate) UnmarshalText(text []byte) error { return predicates.UnmarshalText(p, text) }

// PredicateBasis says which value of the index the predicate is taken
// from. The zero value means the default, Unrounded.
type PredicateBasis uint8

// The two bases the official results have used.
const (
	Unrounded PredicateBasis = 1 + iota // the exact index (2024 practice, the default), code "unrounded"
	Rounded                             // the index rounded half-up to 2 decimals (2023 practice), code "rounded"
)

// predicateBases declares the bases.
var predicateBases = enum.New[PredicateBasis](enum.Spec{Kind: "predicate basis", Unknown: parseError}, []enum.Row{
	Unrounded: {Code: "unrounded", Aliases: []string{"exact"}},
	Rounded:   {Code: "rounded", Aliases: []string{"round"}},
})

// or returns b when it is declared and def otherwise.
func (b PredicateBasis) or(def PredicateBasis) PredicateBasis {
	if predicateBases.IsValid(b) {
		return b
	}
	return def
}

// String returns "unrounded" or "rounded"; "" for the zero value and
// "PredicateBasis(n)" for an undeclared value.
func (b PredicateBasis) String() string { return predicateBases.String(b) }

// ParsePredicateBasis reads "unrounded" or "rounded" (also "exact" and
// "round"), ignoring case and surrounding space. The error is a
// *smartcity.ParseError.
func ParsePredicateBasis(s string) (PredicateBasis, error) { return predicateBases.Parse(s) }

// MarshalText implements encoding.TextMarshaler. The zero basis is empty
// text; an undeclared value is an error.
func (b PredicateBasis) MarshalText() ([]byte, error) { return predicateBases.MarshalText(b) }

// UnmarshalText implements encoding.TextUnmarshaler. It accepts what
// ParsePredicateBasis accepts; empty text is the zero basis.
func (b *PredicateBasis) UnmarshalText(text []byte) error {
	return predicateBases.UnmarshalText(b, text)
}
