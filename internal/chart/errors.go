package chart

import "errors"

// ErrInvalid marks input a chart cannot be drawn from: a missing title, a
// wrong number of axes, series or values, an empty label, an impossible
// year span.
var ErrInvalid = errors.New("chart: invalid input")

// ErrNotFinite marks a NaN or infinite number, which has no place on a
// scale and is never clamped.
var ErrNotFinite = errors.New("chart: value is NaN or infinite")

// FieldError is one problem with a chart's input. A chart with several
// problems returns them all, joined with errors.Join; errors.As finds the
// first.
type FieldError struct {
	Field   string // the field, such as "series[1].values[2]"
	Problem string // what is wrong with it
	Err     error  // ErrInvalid or ErrNotFinite
}

// Error returns "chart: <field>: <problem>".
func (e *FieldError) Error() string { return "chart: " + e.Field + ": " + e.Problem }

// Unwrap returns ErrInvalid or ErrNotFinite, for errors.Is.
func (e *FieldError) Unwrap() error { return e.Err }

// problems collects every problem found while checking one chart.
type problems []error

// add records a problem of kind err (ErrInvalid or ErrNotFinite).
func (p *problems) add(err error, field, problem string) {
	*p = append(*p, &FieldError{Field: field, Problem: problem, Err: err})
}

// err returns the joined problems, or nil when there are none.
func (p problems) err() error { return errors.Join(p...) }
