package spbe

import (
	"fmt"
	"strings"

	"github.com/kotacerdas/smartcity"
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

// predicateTable holds the official word and the English gloss.
var predicateTable = [...]struct{ word, en string }{
	Kurang:     {"Kurang", "poor"},
	Cukup:      {"Cukup", "fair"},
	Baik:       {"Baik", "good"},
	SangatBaik: {"Sangat Baik", "very good"},
	Memuaskan:  {"Memuaskan", "satisfactory"},
}

// IsValid reports whether p is one of the five declared predicates.
func (p Predicate) IsValid() bool { return p >= Kurang && p <= Memuaskan }

// String returns the official word ("Kurang" … "Memuaskan"), which is also
// the stable code; "" for the zero value and "Predicate(n)" for an
// undeclared value.
func (p Predicate) String() string {
	switch {
	case p == 0:
		return ""
	case p.IsValid():
		return predicateTable[p].word
	default:
		return fmt.Sprintf("Predicate(%d)", uint8(p))
	}
}

// Name returns the predicate in lang: the official word in Indonesian (and
// for the zero Lang), a gloss in English ("very good"). It is "" for an
// invalid predicate.
func (p Predicate) Name(lang smartcity.Lang) string {
	if !p.IsValid() {
		return ""
	}
	if lang == smartcity.English {
		return predicateTable[p].en
	}
	return predicateTable[p].word
}

// ParsePredicate reads a predicate from its official word or its English
// gloss, ignoring case, surrounding space and the separators people write
// between "Sangat" and "Baik" ("sangat_baik", "SANGAT-BAIK"). The error is
// a *ParseError.
func ParsePredicate(s string) (Predicate, error) {
	t := strings.ToLower(strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == '_' || r == '-' || r == '\t'
	}), " "))
	for p := Kurang; p <= Memuaskan; p++ {
		if t == strings.ToLower(predicateTable[p].word) || t == predicateTable[p].en {
			return p, nil
		}
	}
	return 0, &ParseError{Kind: "predicate", Input: s, Want: "Kurang, Cukup, Baik, Sangat Baik or Memuaskan"}
}

// MarshalText implements encoding.TextMarshaler with the official word. The
// zero Predicate is empty text; an undeclared value is an error.
func (p Predicate) MarshalText() ([]byte, error) {
	if p == 0 {
		return []byte{}, nil
	}
	if !p.IsValid() {
		return nil, fmt.Errorf("spbe: cannot marshal undeclared Predicate(%d)", uint8(p))
	}
	return []byte(p.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler. It accepts what
// ParsePredicate accepts; empty text is the zero Predicate.
func (p *Predicate) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*p = 0
		return nil
	}
	v, err := ParsePredicate(string(text))
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// PredicateBasis says which value of the index the predicate is taken
// from. The zero value means the default, Unrounded.
type PredicateBasis uint8

// The two bases the official results have used.
const (
	Unrounded PredicateBasis = 1 + iota // the exact index (2024 practice, the default), code "unrounded"
	Rounded                             // the index rounded half-up to 2 decimals (2023 practice), code "rounded"
)

// IsValid reports whether b is one of the two declared bases.
func (b PredicateBasis) IsValid() bool { return b == Unrounded || b == Rounded }

// Or returns b when it is valid and def otherwise.
func (b PredicateBasis) Or(def PredicateBasis) PredicateBasis {
	if b.IsValid() {
		return b
	}
	return def
}

// String returns "unrounded" or "rounded"; "" for the zero value and
// "PredicateBasis(n)" for an undeclared value.
func (b PredicateBasis) String() string {
	switch b {
	case 0:
		return ""
	case Unrounded:
		return "unrounded"
	case Rounded:
		return "rounded"
	default:
		return fmt.Sprintf("PredicateBasis(%d)", uint8(b))
	}
}

// ParsePredicateBasis reads "unrounded" or "rounded" (also "exact" and
// "round"), ignoring case and surrounding space. The error is a
// *ParseError.
func ParsePredicateBasis(s string) (PredicateBasis, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "unrounded", "exact":
		return Unrounded, nil
	case "rounded", "round":
		return Rounded, nil
	}
	return 0, &ParseError{Kind: "predicate basis", Input: s, Want: "unrounded or rounded"}
}

// MarshalText implements encoding.TextMarshaler. The zero basis is empty
// text; an undeclared value is an error.
func (b PredicateBasis) MarshalText() ([]byte, error) {
	if b == 0 {
		return []byte{}, nil
	}
	if !b.IsValid() {
		return nil, fmt.Errorf("spbe: cannot marshal undeclared PredicateBasis(%d)", uint8(b))
	}
	return []byte(b.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler; empty text is the zero
// basis.
func (b *PredicateBasis) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*b = 0
		return nil
	}
	v, err := ParsePredicateBasis(string(text))
	if err != nil {
		return err
	}
	*b = v
	return nil
}
