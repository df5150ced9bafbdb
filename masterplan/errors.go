package masterplan

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/kotacerdas/smartcity/internal/input"
)

// Sentinel errors for the conditions callers branch on.
var (
	// ErrUnknown is what every *ParseError unwraps to: the text names no
	// declared value of the kind asked for.
	ErrUnknown = errors.New("unknown value")
	// ErrInvalid is what Problems unwraps to when it holds at least one
	// error-level problem.
	ErrInvalid = errors.New("invalid masterplan")
	// ErrOverflow is what every *OverflowError unwraps to: a rupiah total
	// does not fit in an int64.
	ErrOverflow = errors.New("total overflows int64")
	// ErrTooLarge is returned (wrapped) by Decode and Load when the document
	// is larger than the size limit.
	ErrTooLarge = input.ErrTooLarge
	// ErrStageOrder is what Lifecycle.Advance returns (wrapped) when asked
	// to move back to, or repeat, a stage, or to date a stage before the
	// previous one.
	ErrStageOrder = errors.New("lifecycle moves forward only")
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
	var b strings.Builder
	b.WriteString("masterplan: ")
	if e.Line > 0 {
		fmt.Fprintf(&b, "line %d, column %d: ", e.Line, e.Column)
	}
	if e.Field != "" {
		fmt.Fprintf(&b, "field %s: ", e.Field)
	}
	// The cause is often one of this package's own errors; say the
	// package's name once.
	b.WriteString(strings.TrimPrefix(e.Err.Error(), "masterplan: "))
	return b.String()
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
func (e *StageOrderError) Error() string {
	if e.Stage <= e.Last {
		return fmt.Sprintf("masterplan: cannot record stage %s after stage %s: the lifecycle moves forward only", e.Stage, e.Last)
	}
	return fmt.Sprintf("masterplan: stage %s dated %s is before stage %s dated %s", e.Stage, e.Date, e.Last, e.LastDate)
}

// Unwrap returns ErrStageOrder.
func (e *StageOrderError) Unwrap() error { return ErrStageOrder }
