package pillar

import (
	"errors"
	"strings"
)

// Sentinel errors for the conditions callers branch on.
var (
	// ErrInvalid is what every *ValidationError unwraps to.
	ErrInvalid = errors.New("invalid")
	// ErrEmptyCohort: a cohort normalisation was given no scorecards.
	ErrEmptyCohort = errors.New("empty cohort")
	// ErrCohortTooSmall: a cohort normalisation needs at least two regions
	// to have a spread to normalise by.
	ErrCohortTooSmall = errors.New("cohort needs at least two regions")
	// ErrScaleMismatch: the scorecards of a cohort are on different scales.
	ErrScaleMismatch = errors.New("scorecards on different scales")
)

// Problem is one broken rule found by a validation.
type Problem struct {
	// Field is the place of the problem, such as "scale.min",
	// "values[GOV.SVC]" or "weights.elements[LIV]".
	Field string
	// Rule is the rule that was broken, in words.
	Rule string
}

// String returns "field: rule".
func (p Problem) String() string { return p.Field + ": " + p.Rule }

// ValidationError lists every problem a validation found, not just the
// first. It unwraps to ErrInvalid.
type ValidationError struct {
	// Subject is what was validated, such as `scorecard "Kabupaten Rembang"`
	// or "weights".
	Subject string
	// Problems are in a stable order: the order of the fields.
	Problems []Problem
}

// Error implements error, listing every problem.
func (e *ValidationError) Error() string {
	var b strings.Builder
	b.WriteString("pillar: invalid ")
	b.WriteString(e.Subject)
	for i, p := range e.Problems {
		if i == 0 {
			b.WriteString(": ")
		} else {
			b.WriteString("; ")
		}
		b.WriteString(p.String())
	}
	return b.String()
}

// Unwrap returns ErrInvalid.
func (e *ValidationError) Unwrap() error { return ErrInvalid }

// problems collects Problems and turns them into a *ValidationError.
type problems []Problem

func (ps *problems) add(field, rule string) { *ps = append(*ps, Problem{Field: field, Rule: rule}) }

// err returns nil when no problem was found.
func (ps problems) err(subject string) error {
	if len(ps) == 0 {
		return nil
	}
	return &ValidationError{Subject: subject, Problems: ps}
}
