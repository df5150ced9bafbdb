package smartcity

import (
	"fmt"
	"strings"

	"github.com/kotacerdas/smartcity/internal/escape"
)

// ParseError is text that names no value of the kind asked for: a code
// that is not declared, a name misspelt, a number that is not one. Every
// package's Parse functions and UnmarshalText methods return it; a
// document that holds such text reports it as a Problem with the rule
// "enum" whose Err is the ParseError.
//
// Its message names the kind and repeats the input, shortened when long,
// then suggests the nearest code when the input looks like a typo of one,
// or else lists what would have been read: `unknown element "GOV.SVX" (did
// you mean GOV.SVC?)`, in Indonesian `elemen "GOV.SVX" tidak dikenal
// (mungkin yang dimaksud GOV.SVC?)`.
type ParseError struct {
	// Kind is what was being read, in English: "element", "funding
	// source", "level".
	Kind string
	// KindID is Kind in Indonesian ("elemen", "sumber dana"); empty, the
	// Indonesian message keeps Kind.
	KindID string
	// Input is the text as given.
	Input string
	// Want is what would have been read, for the message: the codes of
	// an enum, or a description of the form ("a whole number from 0 to
	// 9"); it may be empty.
	Want []string
	// WantID is Want in Indonesian, item for item; empty, the Indonesian
	// message keeps Want, as it does for codes.
	WantID []string
	// Near is the code nearest to Input when Input looks like a typo of
	// it, or "".
	Near string
}

// Error implements error with the message in English.
func (e *ParseError) Error() string { return e.Message(English) }

// Message returns the error in lang; see ParseError. A nil or zero
// ParseError is "empty value", "nilai kosong".
func (e *ParseError) Message(lang Lang) string {
	if e == nil {
		e = &ParseError{}
	}
	en := lang.english()
	kind, want := e.Kind, e.Want
	if !en && e.KindID != "" {
		kind = e.KindID
	}
	if kind == "" {
		kind = "value"
		if !en {
			kind = "nilai"
		}
	}
	if !en && len(e.WantID) == len(e.Want) {
		want = e.WantID
	}
	var b strings.Builder
	switch {
	case strings.TrimSpace(e.Input) == "" && en:
		fmt.Fprintf(&b, "empty %s", kind)
	case strings.TrimSpace(e.Input) == "":
		fmt.Fprintf(&b, "%s kosong", kind)
	case en:
		fmt.Fprintf(&b, "unknown %s %s", kind, escape.Quote(e.Input))
	default:
		fmt.Fprintf(&b, "%s %s tidak dikenal", kind, escape.Quote(e.Input))
	}
	switch {
	case e.Near != "" && en:
		fmt.Fprintf(&b, " (did you mean %s?)", e.Near)
	case e.Near != "":
		fmt.Fprintf(&b, " (mungkin yang dimaksud %s?)", e.Near)
	case len(want) > 0 && en:
		fmt.Fprintf(&b, " (want %s)", list(want, " or "))
	case len(want) > 0:
		fmt.Fprintf(&b, " (seharusnya %s)", list(want, " atau "))
	}
	return b.String()
}

// list joins items as "a, b or c", with the last word given.
func list(items []string, last string) string {
	if len(items) == 1 {
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + last + items[len(items)-1]
}
