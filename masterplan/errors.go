package masterplan

import (
	"fmt"

	"github.com/kotacerdas/smartcity"
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

// overflowError reports a rupiah total that does not fit in an int64,
// named by an English format and its arguments that errorWords says in
// Indonesian. It unwraps to ErrOverflow.
type overflowError struct {
	format string // what total, such as "budget of pillar %s in %d from %s"
	args   []any
}

// overflow returns the error of the total that format and args name.
func overflow(format string, args ...any) *overflowError {
	return &overflowError{format: format, args: args}
}

// what names the total in English: "budget of pillar GOV in 2025 from APBD".
func (e *overflowError) what() string { return fmt.Sprintf(e.format, e.args...) }

// Error implements error.
func (e *overflowError) Error() string {
	return "masterplan: " + e.what() + " overflows int64"
}

// Message says the error in lang: "masterplan: anggaran pilar GOV tahun
// 2025 dari APBD melampaui batas int64".
func (e *overflowError) Message(lang smartcity.Lang) string {
	if i18n.English(lang) {
		return e.Error()
	}
	return "masterplan: " + errorWords.Sprintf(lang, e.format, e.args...) + " melampaui batas int64"
}

// Unwrap returns ErrOverflow.
func (e *overflowError) Unwrap() error { return ErrOverflow }

// addAmount returns a+b, or the error what makes when the sum does not
// fit in an int64. what is called only then, so that a total that fits
// formats nothing.
func addAmount(a, b int64, what func() *overflowError) (int64, error) {
	s := a + b
	if (b > 0 && s < a) || (b < 0 && s > a) {
		return 0, what()
	}
	return s, nil
}
