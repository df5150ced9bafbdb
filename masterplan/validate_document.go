package masterplan

import (
	"io"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/jsonio"
	"github.com/kotacerdas/smartcity/internal/workbook"
)

// Validate reads the masterplan document in r — JSON, or an Excel
// workbook, told apart by content and read as ReadWorkbook reads it — and reports every problem
// of it in one pass: first those that keep a value from being decoded —
// an unknown field, a code that names nothing, a value of the wrong type
// — each with its path, line and column, in the order of the document;
// then those Plan.Validate finds in everything that could be decoded. A value decoding refused is left unset, and
// what Plan.Validate would say about it again ("element is required") is
// left out.
//
// The plan is returned as far as it could be decoded, for showing the
// problems against its region and period; it is nil only when the
// document is not JSON, which ends the reading at the first syntax error.
// Use the plan as a plan only when the problems hold no error
// (Problems.Err is nil). err is for an input that cannot be read: a failed
// read, or a document over opts.Limit (ErrTooLarge).
func Validate(r io.Reader, opts ValidateOptions) (*Plan, smartcity.Problems, error) {
	data, err := readDocument(r, opts.Limit)
	if err != nil {
		return nil, nil, err
	}
	if workbook.Is(data) {
		return ReadWorkbook(data, opts)
	}
	p := new(Plan)
	ps, ok := jsonio.UnmarshalChecked(data, p, jsonio.Options{MaxProblems: opts.MaxProblems}, func() smartcity.Problems { return p.Validate(opts) })
	if !ok {
		return nil, ps, nil
	}
	return p, ps, nil
}

// ValidateProgress reads the realisation document in r (JSON, or a
// workbook as ReadProgressWorkbook reads it) and reports every
// problem of it in one pass, as Validate does for a plan: the problems of
// decoding, then those Progress.Validate finds against plan p. With a nil
// p only the problems of decoding are reported, for a caller that needs
// the document (the plan it names) before it has the plan.
func ValidateProgress(r io.Reader, p *Plan, opts ValidateOptions) (*Progress, smartcity.Problems, error) {
	data, err := readDocument(r, opts.Limit)
	if err != nil {
		return nil, nil, err
	}
	if workbook.Is(data) {
		return ReadProgressWorkbook(data, p, opts)
	}
	pr := new(Progress)
	var check func() smartcity.Problems
	if p != nil {
		check = func() smartcity.Problems { return pr.Validate(p, opts) }
	}
	ps, ok := jsonio.UnmarshalChecked(data, pr, jsonio.Options{MaxProblems: opts.MaxProblems}, check)
	if !ok {
		return nil, ps, nil
	}
	return pr, ps, nil
}
