package masterplan

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/i18n"
	"github.com/kotacerdas/smartcity/internal/input"
	"github.com/kotacerdas/smartcity/internal/jsonio"
)

// Sentinel errors for the conditions callers branch on. Their texts are
// English; smartcity.ErrorMessage says them in Indonesian.
var (
	// ErrUnknown is what every *ParseError unwraps to: the text names no
	// declared value of the kind asked for.
	ErrUnknown = i18n.New(errorWords, "unknown value")
	// ErrInvalid is what Problems unwraps to when it holds at least one
	// error-level problem.
	ErrInvalid = i18n.New(errorWords, "invalid masterplan")
	// ErrOverflow is what every *OverflowError unwraps to: a rupiah total
	// does not fit in an int64.
	ErrOverflow = i18n.New(errorWords, "total overflows int64")
	// ErrTooLarge is returned (wrapped) by Decode and Load when the document
	// is larger than the size limit.
	ErrTooLarge = input.ErrTooLarge
	// ErrStageOrder is what Lifecycle.Advance returns (wrapped) when asked
	// to move back to, or repeat, a stage, or to date a stage before the
	// previous one.
	ErrStageOrder = i18n.New(errorWords, "lifecycle moves forward only")
)

// maxQuoted bounds how much of a bad input an error message repeats.
const maxQuoted = 64

// quote returns s quoted for an error message, cut to maxQuoted runes.
func quote(s string) string {
	if utf8.RuneCountInString(s) > maxQuoted {
		s = string([]rune(s)[:maxQuoted]) + "…"
	}
	return fmt.Sprintf("%q", s)
}

// ParseError reports text that one of the Parse functions (or an
// UnmarshalText method) could not resolve. It unwraps to ErrUnknown.
type ParseError struct {
	// Type is what was being parsed, such as "horizon", "funding source"
	// or "date".
	Type string
	// Input is the text as given.
	Input string
	// Want lists the accepted codes, for the message; it may be empty.
	Want []string
}

// Error implements error.
func (e *ParseError) Error() string {
	var b strings.Builder
	if strings.TrimSpace(e.Input) == "" {
		fmt.Fprintf(&b, "masterplan: empty %s", e.Type)
	} else {
		fmt.Fprintf(&b, "masterplan: unknown %s %s", e.Type, quote(e.Input))
	}
	if len(e.Want) > 0 {
		fmt.Fprintf(&b, " (want %s)", strings.Join(e.Want, ", "))
	}
	return b.String()
}

// Unwrap returns ErrUnknown, so errors.Is(err, ErrUnknown) holds.
func (e *ParseError) Unwrap() error { return ErrUnknown }

// Message returns the error in lang: Error's text in English; in
// Indonesian (also the zero Lang) the same sentence with the kind
// translated, `masterplan: jangka waktu "abadi" tidak dikenal (seharusnya
// short, medium atau long)`. The input and the codes that are accepted
// stay as they are typed.
func (e *ParseError) Message(lang smartcity.Lang) string {
	if i18n.English(lang) {
		return e.Error()
	}
	kind := errorWords.Sprintf(lang, e.Type)
	var b strings.Builder
	if strings.TrimSpace(e.Input) == "" {
		fmt.Fprintf(&b, "masterplan: %s kosong", kind)
	} else {
		fmt.Fprintf(&b, "masterplan: %s %s tidak dikenal", kind, quote(e.Input))
	}
	if len(e.Want) > 0 {
		fmt.Fprintf(&b, " (seharusnya %s)", orID(e.Want))
	}
	return b.String()
}

// orID lists accepted values in Indonesian, "a, b atau c", each said in
// Indonesian where errorWords knows it ("a decimal such as 3.40").
func orID(want []string) string {
	said := make([]string, len(want))
	for i, w := range want {
		said[i] = errorWords.Sprintf(smartcity.Indonesian, w)
	}
	if len(said) == 1 {
		return said[0]
	}
	return strings.Join(said[:len(said)-1], ", ") + " atau " + said[len(said)-1]
}

// DecodeError is a document that could not be read as a Plan (or as a
// Progress, an Evaluation or a Cohort): malformed JSON, a field the type
// does not have, a value of the wrong type or an unknown code. It carries
// the place of the problem.
type DecodeError struct {
	// Line and Column are the 1-based position in the document; 0 when
	// unknown.
	Line, Column int
	// Field is the path of the field where known, in the form of
	// Problem paths, such as "programs[3].budget[0].source"; it may be
	// empty.
	Field string
	// Err is what went wrong.
	Err error
}

// Error implements error.
func (e *DecodeError) Error() string {
	// The cause is often one of this package's own errors; say the
	// package's name once.
	return "masterplan: " + jsonio.Where(e.Line, e.Column, e.Field, smartcity.English) +
		strings.TrimPrefix(e.Err.Error(), "masterplan: ")
}

// Message returns the error in lang: Error's text in English; in
// Indonesian (also the zero Lang) the place and the cause in Indonesian,
// `masterplan: baris 2, kolom 54: pada region.kode: kolom "kode" tidak
// dikenal`. Field paths, codes and quoted input stay as they are.
func (e *DecodeError) Message(lang smartcity.Lang) string {
	if i18n.English(lang) {
		return e.Error()
	}
	return "masterplan: " + jsonio.Where(e.Line, e.Column, e.Field, lang) +
		strings.TrimPrefix(causeMessage(e.Err, lang), "masterplan: ")
}

// causeMessage says the cause of a DecodeError in lang.
func causeMessage(err error, lang smartcity.Lang) string {
	return jsonio.ErrorMessage(err, lang)
}

// Unwrap returns the underlying error.
func (e *DecodeError) Unwrap() error { return e.Err }

// OverflowError reports a rupiah total that does not fit in an int64. It
// unwraps to ErrOverflow.
type OverflowError struct {
	// What names the total, such as "budget of pillar GOV in 2025 from APBD".
	What string
}

// Error implements error.
func (e *OverflowError) Error() string {
	return "masterplan: " + e.What + " overflows int64"
}

// Unwrap returns ErrOverflow.
func (e *OverflowError) Unwrap() error { return ErrOverflow }

// addAmount returns a+b, or an *OverflowError naming what when the sum
// does not fit in an int64.
func addAmount(a, b int64, what func() string) (int64, error) {
	s := a + b
	if (b > 0 && s < a) || (b < 0 && s > a) {
		return 0, &OverflowError{What: what()}
	}
	return s, nil
}

// StageOrderError is what Lifecycle.Advance returns when a step would move
// the lifecycle backwards. It unwraps to ErrStageOrder.
type StageOrderError struct {
	Stage    Stage // the stage that was asked for
	Date     Date  // its date
	Last     Stage // the lifecycle's latest stage
	LastDate Date  // its date
}

// Error implements error.
func (e *StageOrderError) Error() string { return e.Message(smartcity.English) }

// Message returns the error in lang: Error's text in English, and in
// Indonesian (also the zero Lang) the same sentence in Indonesian, the
// stages by their codes.
func (e *StageOrderError) Message(lang smartcity.Lang) string {
	if e.Stage <= e.Last {
		return errorWords.Sprintf(lang, "masterplan: cannot record stage %s after stage %s: the lifecycle moves forward only", e.Stage, e.Last)
	}
	return errorWords.Sprintf(lang, "masterplan: stage %s dated %s is before stage %s dated %s", e.Stage, e.Date, e.Last, e.LastDate)
}

// Unwrap returns ErrStageOrder.
func (e *StageOrderError) Unwrap() error { return ErrStageOrder }
