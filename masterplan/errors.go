package masterplan

import (
	"fmt"
	"unicode/utf8"

	"github.com/kotacerdas/smartcity/internal/i18n"
	"github.com/kotacerdas/smartcity/internal/input"
)

// Sentinel errors for the conditions callers branch on. Their texts are
// English; smartcity.ErrorMessage says them in Indonesian. A document that
// breaks the rules is reported as smartcity.Problems, and text that names
// no value as a *smartcity.ParseError.
var (
	// ErrOverflow is what every *OverflowError unwraps to: a rupiah total
	// does not fit in an int64.
	ErrOverflow = i18n.New(errorWords, "total overflows int64")
	// ErrTooLarge is returned (wrapped) by Decode and Load when the document
	// is larger than the size limit.
	ErrTooLarge = input.ErrTooLarge
	// ErrStageOrder is what the problem of Lifecycle.Advance wraps when it
	// is asked to move back to, or repeat, a stage, or to date a stage
	// before the previous one.
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
