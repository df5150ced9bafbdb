package spbe

import (
	"errors"
	"strings"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/csvio"
	"github.com/kotacerdas/smartcity/internal/i18n"
	"github.com/kotacerdas/smartcity/internal/input"
	"github.com/kotacerdas/smartcity/internal/jsonio"
	"github.com/kotacerdas/smartcity/internal/ref"
)

// Sentinel errors for the conditions callers branch on. The problems of a
// check or a reading (smartcity.Problem) wrap them, so errors.Is finds
// them however deep they sit; text that names no value is a
// *smartcity.ParseError. Their texts are English; smartcity.ErrorMessage
// says them, and every error of the package, in Indonesian.
var (
	// ErrMalformed: an input could not be read at all — broken JSON or
	// CSV syntax, an unknown JSON field, a missing CSV column, an input
	// over its size limit.
	ErrMalformed = i18n.New(messagesID, "malformed input")
	// ErrUnknownFramework: no framework has the given id.
	ErrUnknownFramework = i18n.New(messagesID, "unknown framework")
	// ErrFrameworkMismatch: an assessment names another framework than the
	// one it is read or scored with.
	ErrFrameworkMismatch = i18n.New(messagesID, "framework mismatch")
	// ErrUnknownIndicator: an indicator number the framework does not have.
	ErrUnknownIndicator = i18n.New(messagesID, "unknown indicator")
	// ErrDuplicate: an indicator, code or stage given twice.
	ErrDuplicate = i18n.New(messagesID, "duplicate")
	// ErrLevelRange: a level outside the framework's scale.
	ErrLevelRange = i18n.New(messagesID, "level out of range")
	// ErrUnanswered: an indicator without a level where one is required.
	ErrUnanswered = i18n.New(messagesID, "unanswered indicator")
	// ErrWeights: weights that do not add up (to 100 %, or to the declared
	// weight of an aspect or domain).
	ErrWeights = i18n.New(messagesID, "weights do not add up")
	// ErrExternal: an outside score that the framework cannot turn into a
	// level — for an indicator that takes none, from another source, or
	// out of the source's range.
	ErrExternal = i18n.New(messagesID, "outside score not convertible")
	// ErrTooLarge: an input longer than the reader's size limit
	// (ReadOptions.Limit, or the limit given to DecodeFramework and
	// DecodeAssessment; 64 MiB unless set). It comes together with
	// ErrMalformed, and the message names the limit.
	ErrTooLarge = input.ErrTooLarge
	// ErrTooManyRows: a CSV file with more data rows than
	// ReadOptions.MaxRows (1,000,000 unless set). It comes together with
	// ErrMalformed, and the message names the row and the limit.
	ErrTooManyRows = csvio.ErrTooManyRows
)

// The conditions that no caller branches on: a problem names them by its
// rule (level_count, bands, no_framework, overflow, index_range; see rules).
var (
	// errLevelCount: a level vector whose length is not the framework's
	// number of indicators.
	errLevelCount = i18n.New(messagesID, "wrong number of levels")
	// errBands: predikat bands that cannot be read, do not rise or do not
	// start at the lowest index, or a predikat that is not one of a
	// framework's bands.
	errBands = i18n.New(messagesID, "invalid predikat bands")
	// errNoFramework: an evaluation year that no framework covers (before
	// 2018).
	errNoFramework = i18n.New(messagesID, "no framework for the year")
	// errNoIndicators: the zero Framework, or a nil one where nil does
	// not mean the default: it has no indicators to score or plan.
	errNoIndicators = i18n.New(messagesID, "spbe: a framework without indicators: use Default, Lookup, ForYear or DecodeFramework")
	// errNoAssessment: a nil *Assessment given to score or read levels
	// from.
	errNoAssessment = i18n.New(messagesID, "spbe: no assessment")
	// errNoResultInto: a nil *Result given to ScoreInto.
	errNoResultInto = i18n.New(messagesID, "spbe: no Result to score into")
	// errIndexRange: an index outside 0 to a framework's highest level,
	// which no levels give.
	errIndexRange = i18n.New(messagesID, "index out of range")
	// errOverflow: an exact computation that does not fit in int64.
	errOverflow = i18n.New(messagesID, "arithmetic overflow")
	// errEvidenceSyntax: an item of a long CSV's bukti cell that is
	// neither "Title <reference>" nor a bare reference.
	errEvidenceSyntax = i18n.New(messagesID, "unreadable evidence")
	// errNoRows: a CSV file with a header and no data row where a row is
	// required (a costs file).
	errNoRows = i18n.New(messagesID, "no rows")
)

// unknown is the *smartcity.ParseError of text that names no value of
// kind; want describes what is accepted, and parseWord says both in
// Indonesian.
func unknown(kind, input, want string) error {
	e := &smartcity.ParseError{Kind: kind, KindID: parseWordID(kind), Input: input}
	if want != "" {
		e.Want, e.WantID = []string{want}, []string{parseWordID(want)}
	}
	return e
}

// loc is where a problem is: a field path, or a cell of a CSV file.
type loc struct {
	path         string // the field path, or the column's name in a CSV file
	line, column int    // the row and column of a CSV file; 0 for a path
	sheet        string // the sheet of a workbook, whose row and column are a cell
}

// problem returns a problem of rule at l: in a workbook's sheet, at its
// cell (or its row, without a column).
func (l loc) problem(rule string, err error) smartcity.Problem {
	p := smartcity.Problem{Path: l.path, Line: l.line, Column: l.column, Rule: rule, Severity: smartcity.Error, Err: err}
	if l.sheet != "" {
		p.Sheet, p.Cell, p.Line, p.Column = l.sheet, csvio.CellName(l.column, l.line), 0, 0
		if p.Cell == "" {
			p.Line = l.line
		}
	}
	return p
}

// field returns the place of a field of what l is the place of: l with
// suffix, such as ".url" or "[2]", added to its path.
func (l loc) field(suffix string) loc {
	l.path += suffix
	return l
}

// problems collects the problems of a check.
type problems smartcity.Problems

// add records a problem at the field path; the rule is formatted, and
// wraps a sentinel when the format has a %w verb. The format and its
// arguments are kept, so that the problem is said in Indonesian too.
func (ps *problems) add(path, format string, args ...any) {
	ps.addAt(loc{path: path}, format, args...)
}

// addAt is add at a place that may be a cell of a CSV file.
func (ps *problems) addAt(at loc, format string, args ...any) {
	var err error
	if e, ok := onlyError(format, args); ok {
		err = e
	} else {
		err = i18n.Errorf(messagesID, format, said(args)...)
	}
	ps.addAll(smartcity.Problems{at.problem(ruleOf(err, format), err)})
}

// addAll records found, keeping smartcity.DefaultMaxProblems problems in
// all and counting the rest.
func (ps *problems) addAll(found smartcity.Problems) {
	*ps = problems(smartcity.Problems(*ps).AddAll(smartcity.DefaultMaxProblems, found))
}

// onlyError returns the one error that a format of "%w" alone wraps.
func onlyError(format string, args []any) (error, bool) {
	if format != "%w" || len(args) != 1 {
		return nil, false
	}
	err, ok := args[0].(error)
	return err, ok
}

// rules are the rule codes of the problems that wrap a sentinel, in the
// order they are tried.
var rules = [...]struct {
	sentinel error
	code     string
}{
	{ErrFrameworkMismatch, "framework_mismatch"},
	{ErrUnknownIndicator, "unknown_indicator"},
	{ErrDuplicate, "duplicate"},
	{ErrLevelRange, "level_range"},
	{ErrUnanswered, "unanswered"},
	{errLevelCount, "level_count"},
	{ErrWeights, "weights"},
	{errBands, "bands"},
	{ErrExternal, "external"},
	{errNoFramework, "no_framework"},
	{ErrUnknownFramework, "unknown_framework"},
	{errOverflow, "overflow"},
	{errIndexRange, "index_range"},
	{errNoIndicators, "no_indicators"},
	{errNoRows, "no_rows"},
	{errEvidenceSyntax, "evidence_syntax"},
	{ref.ErrUnsafe, ref.Rule},
}

// ruleOf is the rule code of a problem: that of the sentinel err wraps,
// "enum" for text that names no value, "required" for a value that is
// missing, and "invalid" for any other.
func ruleOf(err error, format string) string {
	for _, r := range rules {
		if errors.Is(err, r.sentinel) {
			return r.code
		}
	}
	var pe *smartcity.ParseError
	switch {
	case errors.As(err, &pe):
		return "enum"
	case strings.Contains(format, "required"):
		return "required"
	}
	return "invalid"
}

// err returns nil when no problem was found, and otherwise the problems
// under the subject that was checked.
func (ps problems) err(subject string) error {
	if len(ps) == 0 {
		return nil
	}
	return invalid(subject, smartcity.Problems(ps))
}

// invalid returns the problems found in subject as an error: "spbe:
// invalid assessment \"Pemerintah Kab. Rembang\" 2024: indicators[3].level:
// …", in Indonesian "spbe: penilaian \"Pemerintah Kab. Rembang\" 2024 tidak
// sah: …". errors.As finds the smartcity.Problems in it.
func invalid(subject string, ps smartcity.Problems) error {
	return &invalidError{subject: subject, problems: ps}
}

// invalidError is the problems of one check, under the subject that was
// checked, such as `framework "permenpanrb-59-2020"` or `assessment
// "Pemerintah Kab. Rembang" 2024`.
type invalidError struct {
	subject  string
	problems smartcity.Problems
}

// Error implements error.
func (e *invalidError) Error() string { return e.Message(smartcity.English) }

// Message returns the error in lang, the subject and every problem said in
// it.
func (e *invalidError) Message(lang smartcity.Lang) string {
	return "spbe: " + e.heading(lang) + ": " + e.problems.Message(lang)
}

// heading says what failed its check, in lang: "invalid assessment
// \"Pemerintah Kab. Rembang\" 2024", "penilaian \"Pemerintah Kab. Rembang\"
// 2024 tidak sah".
func (e *invalidError) heading(lang smartcity.Lang) string {
	if isEnglish(lang) {
		return "invalid " + e.subject
	}
	if e.subject == "" {
		return "tidak sah"
	}
	return subjectID(e.subject) + " tidak sah"
}

// Unwrap returns the problems.
func (e *invalidError) Unwrap() error { return e.problems }

// malformed turns an error from reading an input into Problems — the place
// and the cause of a broken JSON document or CSV file, or the cause alone
// — and wraps them as ErrMalformed: "spbe: malformed input: line 1, column
// 49: unexpected end of the document", in Indonesian "spbe: masukan rusak:
// baris 1, kolom 49: dokumen berakhir sebelum waktunya".
func malformed(err error) error {
	var p smartcity.Problem
	switch e := err.(type) {
	case *jsonio.Error:
		p = e.Problem()
	case *csvio.Error:
		p = e.Problem()
	default:
		p = smartcity.Problem{Rule: "malformed", Severity: smartcity.Error, Err: i18n.Errorf(messagesID, "%w", err)}
		switch {
		case errors.Is(err, ErrTooLarge):
			p.Rule = "too_large"
		case errors.Is(err, ErrTooManyRows):
			p.Rule = "too_many_rows"
		}
	}
	return i18n.Errorf(messagesID, "spbe: %w: %w", ErrMalformed, smartcity.Problems{p})
}

// errorfWrap returns an error whose text is the formatted message and which
// unwraps to sentinel (i18n.Wrapf), said in Indonesian from messagesID.
func errorfWrap(sentinel error, format string, args ...any) error {
	return i18n.Wrapf(messagesID, sentinel, format, said(args)...)
}

// bare is err without the package prefix of its message, for use inside a
// Problem that already says where it is; it still unwraps to err.
type bare struct{ err error }

// Error returns err's text without "spbe: ".
func (b bare) Error() string { return strings.TrimPrefix(b.err.Error(), "spbe: ") }

// Unwrap returns err.
func (b bare) Unwrap() error { return b.err }

// Message returns the text in lang, without "spbe: ".
func (b bare) Message(lang smartcity.Lang) string {
	return strings.TrimPrefix(messagesID.ErrorMessage(b.err, lang), "spbe: ")
}

// isEnglish reports whether lang asks for English; the zero Lang is
// Indonesian, the language of the regulations.
func isEnglish(lang smartcity.Lang) bool {
	return lang.Or(smartcity.Indonesian) == smartcity.English
}
