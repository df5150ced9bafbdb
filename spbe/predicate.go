package spbe

import (
	"fmt"
	"strings"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/decimal"
)

// Predicate is the predikat that goes with an Indeks SPBE. The declared
// values run from the lowest band to the highest, so comparing two
// predicates with < orders them. The zero value means "unset".
type Predicate uint8

// The five predikat bands, lowest first.
const (
	Kurang     Predicate = 1 + iota // index below 1.8; English "poor"
	Cukup                           // index from 1.8; English "fair"
	Baik                            // index from 2.6; English "good"
	SangatBaik                      // index from 3.5; English "very good"
	Memuaskan                       // index from 4.2; English "satisfactory" (the highest band)
)

// predicateTable holds the official word, the English gloss and the lower
// bound of the band in tenths of an index point.
var predicateTable = [...]struct {
	word, en string
	tenths   int64
}{
	Kurang:     {"Kurang", "poor", 0},
	Cukup:      {"Cukup", "fair", 18},
	Baik:       {"Baik", "good", 26},
	SangatBaik: {"Sangat Baik", "very good", 35},
	Memuaskan:  {"Memuaskan", "satisfactory", 42},
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

// Threshold returns the lowest index of p's band as an exact value: 4.2
// for Memuaskan, 3.5 for Sangat Baik, 2.6 for Baik, 1.8 for Cukup and 0
// for Kurang. It is the zero Index for an invalid predicate.
func (p Predicate) Threshold() Index {
	if !p.IsValid() {
		return Index{}
	}
	return Index{num: predicateTable[p].tenths, den: 10}
}

// MinNumerator returns the least numerator N over WeightTotal — Σ level ×
// weight in basis points, Result.Numerator — whose index earns p on basis:
// 42000 for Memuaskan on the unrounded basis, 41950 on the rounded one
// (4.195 is shown 4.20). A planner raising levels needs N to reach it. It
// is 0 for Kurang and for an invalid predicate.
func (p Predicate) MinNumerator(basis PredicateBasis) int64 {
	if !p.IsValid() || p == Kurang {
		return 0
	}
	n := predicateTable[p].tenths * (WeightTotal / 10)
	if basis == Rounded {
		// Half-up rounding to hundredths reaches t from t − 0.005.
		n -= WeightTotal / 200
	}
	return n
}

// PredicateFor returns the predicate of the index num/den. With the
// Unrounded basis (and the zero basis) the exact value is compared with the
// thresholds, as the 2024 results do: 3.4985 is Baik though it is shown as
// 3.50. With the Rounded basis the value is first rounded half-up to two
// decimals, as the 2023 results do: 1.7995 is shown 1.80 and is Cukup. It
// returns 0 when den is not positive.
func PredicateFor(num, den int64, basis PredicateBasis) Predicate {
	if den <= 0 {
		return 0
	}
	for p := Memuaskan; p > Kurang; p-- {
		t := predicateTable[p].tenths
		var reached bool
		if basis == Rounded {
			reached = decimal.Round(num, den, 2) >= t*10
		} else {
			reached = Index{num: num, den: den}.Cmp(Index{num: t, den: 10}) >= 0
		}
		if reached {
			return p
		}
	}
	return Kurang
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
