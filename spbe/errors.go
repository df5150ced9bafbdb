package spbe

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/csvio"
	"github.com/kotacerdas/smartcity/internal/i18n"
	"github.com/kotacerdas/smartcity/internal/input"
)

// Sentinel errors for the conditions callers branch on. The typed errors of
// the package (*ValidationError, *ParseError, Problem) unwrap to them, so
// errors.Is finds them however deep they sit. Their texts are English;
// smartcity.ErrorMessage says them, and every error of the package, in
// Indonesian.
var (
	// ErrInvalid is what every *ValidationError unwraps to.
	ErrInvalid = i18n.New(messagesID, "invalid")
	// ErrMalformed: an input could not be read at all — broken JSON or
	// CSV syntax, an unknown JSON field, a missing CSV column, an input
	// over its size limit.
	ErrMalformed = i18n.New(messagesID, "malformed input")
	// ErrUnknown is what every *ParseError unwraps to.
	ErrUnknown = i18n.New(messagesID, "unknown value")
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
	// ErrLevelCount: a level vector whose length is not the framework's
	// number of indicators.
	ErrLevelCount = i18n.New(messagesID, "wrong number of levels")
	// ErrWeights: weights that do not add up (to 100 %, or to the declared
	// weight of an aspect or domain).
	ErrWeights = i18n.New(messagesID, "weights do not add up")
	// ErrBands: predikat bands that cannot be read, do not rise or do not
	// start at the lowest index, or a predikat that is not one of a
	// framework's bands.
	ErrBands = i18n.New(messagesID, "invalid predikat bands")
	// ErrExternal: an outside score that the framework cannot turn into a
	// level — for an indicator that takes none, from another source, or
	// out of the source's range.
	ErrExternal = i18n.New(messagesID, "outside score not convertible")
	// ErrNoFramework: an evaluation year that no framework covers (before
	// 2018).
	ErrNoFramework = i18n.New(messagesID, "no framework for the year")
	// ErrOverflow: an exact computation that does not fit in int64.
	ErrOverflow = i18n.New(messagesID, "arithmetic overflow")
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

// maxQuoted bounds how much of a bad input an error message repeats.
const maxQuoted = 64

// quote returns s quoted for an error message, shortened when long.
func quote(s string) string {
	if utf8.RuneCountInString(s) > maxQuoted {
		s = string([]rune(s)[:maxQuoted]) + "…"
	}
	return fmt.Sprintf("%q", s)
}

// ParseError reports text that one of the Parse functions could not read.
// It unwraps to ErrUnknown.
type ParseError struct {
	// Kind is what was being parsed: "level", "predicate", "predicate
	// basis", "unanswered policy", "stage", "target", "format", "method",
	// "limit" or "index" (a published index).
	Kind string
	// Input is the text as given.
	Input string
	// Want describes what would have been accepted.
	Want string
}

// Error implements error.
func (e *ParseError) Error() string {
	if strings.TrimSpace(e.Input) == "" {
		return fmt.Sprintf("spbe: empty %s (want %s)", e.Kind, e.Want)
	}
	return fmt.Sprintf("spbe: unknown %s %s (want %s)", e.Kind, quote(e.Input), e.Want)
}

// Unwrap returns ErrUnknown.
func (e *ParseError) Unwrap() error { return ErrUnknown }

// Message returns the error in lang, for people who read the regulation in
// Indonesian: Error's text in English, and in Indonesian (also the zero
// Lang) the same sentence with the kind and the accepted values translated,
// `spbe: level "x" tidak dikenal (seharusnya bilangan bulat dari 0 sampai
// 9)`. The input is repeated as given; codes that are accepted (json,
// unrounded, mandiri) stay as they are typed.
func (e *ParseError) Message(lang smartcity.Lang) string {
	if isEnglish(lang) {
		return e.Error()
	}
	kind, want := parseWordID(e.Kind), parseWordID(e.Want)
	if strings.TrimSpace(e.Input) == "" {
		return fmt.Sprintf("spbe: %s kosong (seharusnya %s)", kind, want)
	}
	return fmt.Sprintf("spbe: %s %s tidak dikenal (seharusnya %s)", kind, quote(e.Input), want)
}

// Problem is one broken rule found by a check, with its place.
type Problem struct {
	// Field is the place of the problem: a field path such as
	// "indicators[3].level" or "domains[D2].weight_bp", or a place in a
	// CSV file such as "row 4, column 2 (level)".
	Field string
	// Err is the broken rule; it wraps one of the package's sentinels
	// where one applies (ErrLevelRange, ErrUnanswered, …). The rules the
	// package's checks find know their Indonesian; another error is said
	// as smartcity.ErrorMessage says it.
	Err error
}

// Error implements error as "field: rule".
func (p Problem) Error() string {
	if p.Field == "" {
		return p.Err.Error()
	}
	return p.Field + ": " + p.Err.Error()
}

// Message returns the problem as "field: rule" in lang, so that a portal or
// the command line can show it to an officer in the language of the
// regulation. In English it is Error's text. In Indonesian (also the zero
// Lang) the rule is translated, sentinels and nested errors included, and
// the place words of a CSV position are too ("baris 4, kolom 2 (tahun)",
// ", butir 2"); JSON field paths, ids, numbers and quoted input stay as
// they are.
func (p Problem) Message(lang smartcity.Lang) string {
	if isEnglish(lang) {
		return p.Error()
	}
	rule := errorID(p.Err)
	if p.Field == "" {
		return rule
	}
	return fieldID(p.Field) + ": " + rule
}

// Unwrap returns the broken rule.
func (p Problem) Unwrap() error { return p.Err }

// maxListed bounds how many problems an error message lists; the rest are
// counted. The ValidationError keeps them all.
const maxListed = 20

// ValidationError lists every problem a check found, not just the first.
// It unwraps to ErrInvalid and to each problem, so errors.Is(err,
// ErrUnanswered) holds when any problem is an unanswered indicator.
type ValidationError struct {
	// Subject is what was checked, such as `framework "permenpanrb-59-2020"`
	// or `assessment "Pemerintah Kab. Rembang" 2024`.
	Subject string
	// Problems are in the order they were found, which is the order of the
	// input.
	Problems []Problem
}

// Error implements error, listing the problems.
func (e *ValidationError) Error() string { return e.Message(smartcity.English) }

// Heading says what failed its check, in lang: "invalid assessment
// \"Pemerintah Kab. Rembang\" 2024" in English, "penilaian \"Pemerintah Kab.
// Rembang\" 2024 tidak sah" in Indonesian (also the zero Lang), for a
// caller that lists the problems under it one by one.
func (e *ValidationError) Heading(lang smartcity.Lang) string {
	if isEnglish(lang) {
		return "invalid " + e.Subject
	}
	if e.Subject == "" {
		return "tidak sah"
	}
	return subjectID(e.Subject) + " tidak sah"
}

// Message returns the error in lang, framed and listed as Error does: in
// English Error's text, in Indonesian (also the zero Lang) "spbe: <subject>
// tidak sah: <problem>; <problem>", the subject's leading words and every
// problem (Problem.Message) translated, so that a whole check reads in one
// language.
func (e *ValidationError) Message(lang smartcity.Lang) string {
	more := "; dan %d masalah lainnya"
	if isEnglish(lang) {
		more = "; and %d more"
	}
	var b strings.Builder
	b.WriteString("spbe: ")
	b.WriteString(e.Heading(lang))
	for i, p := range e.Problems {
		if i == maxListed {
			fmt.Fprintf(&b, more, len(e.Problems)-maxListed)
			break
		}
		if i == 0 {
			b.WriteString(": ")
		} else {
			b.WriteString("; ")
		}
		b.WriteString(p.Message(lang))
	}
	return b.String()
}

// Unwrap returns ErrInvalid followed by every problem.
func (e *ValidationError) Unwrap() []error {
	errs := make([]error, 0, len(e.Problems)+1)
	errs = append(errs, ErrInvalid)
	for _, p := range e.Problems {
		errs = append(errs, p)
	}
	return errs
}

// problems collects Problems and turns them into a *ValidationError.
type problems []Problem

// add records a problem at field; the rule is formatted, and wraps a
// sentinel when the format has a %w verb. The format and its arguments are
// kept for Problem.Message.
func (ps *problems) add(field, format string, args ...any) {
	*ps = append(*ps, Problem{Field: field, Err: i18n.Errorf(messagesID, format, said(args)...)})
}

// err returns nil when no problem was found.
func (ps problems) err(subject string) error {
	if len(ps) == 0 {
		return nil
	}
	return &ValidationError{Subject: subject, Problems: ps}
}

// malformed wraps an error from reading an input as ErrMalformed: "spbe:
// malformed input: line 1, column 49: unexpected end of the document", in
// Indonesian "spbe: masukan rusak: baris 1, kolom 49: dokumen berakhir
// sebelum waktunya".
func malformed(err error) error {
	return i18n.Errorf(messagesID, "spbe: %w: %w", ErrMalformed, err)
}

// errorfWrap returns an error whose text is the formatted message and which
// unwraps to sentinel. It keeps the format and its arguments, so that the
// error can be said in Indonesian.
func errorfWrap(sentinel error, format string, args ...any) error {
	args = said(args)
	return &wrapped{msg: fmt.Sprintf(format, args...), err: sentinel, format: format, args: args}
}

// wrapped is an error with a message of its own that unwraps to another.
// Its message is either formatted (format and args) or err's without the
// package prefix (bare); both can be said in Indonesian.
type wrapped struct {
	msg    string
	err    error
	format string // "" for bare
	args   []any
}

// Error returns the message.
func (w *wrapped) Error() string { return w.msg }

// Unwrap returns the sentinel.
func (w *wrapped) Unwrap() error { return w.err }

// Message returns the message in lang.
func (w *wrapped) Message(lang smartcity.Lang) string {
	switch {
	case isEnglish(lang):
		return w.msg
	case w.format != "":
		return messagesID.Sprintf(lang, w.format, w.args...)
	}
	return strings.TrimPrefix(errorID(w.err), "spbe: ")
}

// bare returns err without the package prefix of its message, for use
// inside a Problem that already says where it is; it still unwraps to err.
func bare(err error) error {
	return &wrapped{msg: strings.TrimPrefix(err.Error(), "spbe: "), err: err}
}

// isEnglish reports whether lang asks for English; the zero Lang is
// Indonesian, the language of the regulations.
func isEnglish(lang smartcity.Lang) bool {
	return lang.Or(smartcity.Indonesian) == smartcity.English
}
