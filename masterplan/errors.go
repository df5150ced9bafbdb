package masterplan

import (
	"github.com/kotacerdas/smartcity/internal/i18n"
	"github.com/kotacerdas/smartcity/internal/input"
)

// Sentinel errors for the conditions callers branch on. Their texts are
// English; smartcity.ErrorMessage says them in Indonesian. A document that
// breaks the rules is reported as smartcity.Problems, and text that names
// no value as a *smartcity.ParseError.
var (
	// ErrOverflow is what the error of a rupiah total that does not fit
	// in an int64 wraps; the error's message names the total.
	ErrOverflow = i18n.New(errorWords, "total overflows int64")
	// ErrTooLarge is returned (wrapped) by Decode and Load when the document
	// is larger than the size limit.
	ErrTooLarge = input.ErrTooLarge
	// ErrStageOrder is what the problem of Lifecycle.Advance wraps when it
	// is asked to move back to, or repeat, a stage, or to date a stage
	// before the previous one.
	ErrStageOrder = i18n.New(errorWords, "lifecycle moves forward only")
)

// overflowError reports a rupiah total that does not fit in an int64. It
// unwraps to ErrOverflow.
type overflowError struct {
	// What names the total, such as "budget of pillar GOV in 2025 from APBD".
	What string
}

// Error implements error.
func (e *overflowError) Error() string {
	return "masterplan: " + e.What + " overflows int64"
}

// Unwrap returns ErrOverflow.
func (e *overflowError) Unwrap() error { return ErrOverflow }

// addAmount returns a+b, or an *overflowError naming what when the sum
// does not fit in an int64.
func addAmount(a, b int64, what func() string) (int64, error) {
	s := a + b
	if (b > 0 && s < a) || (b < 0 && s > a) {
		return 0, &overflowError{What: what()}
	}
	return s, nil
}
