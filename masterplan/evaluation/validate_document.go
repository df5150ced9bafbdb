package evaluation

import (
	"io"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/jsonio"
	"github.com/kotacerdas/smartcity/internal/workbook"
)

// Validate reads one evaluation document in r — JSON, or an Excel
// workbook told apart by content and read as ReadWorkbook reads it — and
// reports every problem of it in one pass, as masterplan.Validate does
// for a plan: first those
// that keep a value from being decoded, each with its path, line and
// column; then those Evaluation.Validate finds in what could be decoded.
// The evaluation is nil only when the document is not JSON; score it only
// when the problems hold no error. err is for an input that cannot be
// read: a failed read, or a document over opts.Limit (ErrTooLarge).
func Validate(r io.Reader, opts DecodeOptions) (*Evaluation, smartcity.Problems, error) {
	data, err := readDocument(r, opts.Limit)
	if err != nil {
		return nil, nil, err
	}
	if workbook.Is(data) {
		return ReadWorkbook(data, opts)
	}
	e := new(Evaluation)
	ps, ok := jsonio.UnmarshalChecked(data, e, jsonio.Options{}, func() smartcity.Problems { return e.Validate() })
	if !ok {
		return nil, ps, nil
	}
	return e, ps, nil
}

// ValidateCohort reads a JSON array of evaluations in r (or an Excel
// workbook, read as ReadCohortWorkbook reads it) and reports every
// problem of it in one pass, as Validate does for one; paths start with
// the evaluation's index ("[3].scores.impact").
func ValidateCohort(r io.Reader, opts DecodeOptions) (Cohort, smartcity.Problems, error) {
	data, err := readDocument(r, opts.Limit)
	if err != nil {
		return nil, nil, err
	}
	if workbook.Is(data) {
		return ReadCohortWorkbook(data, opts)
	}
	var c Cohort
	ps, ok := jsonio.UnmarshalChecked(data, &c, jsonio.Options{}, func() smartcity.Problems { return c.Validate() })
	if !ok {
		return nil, ps, nil
	}
	return c, ps, nil
}
