package masterplan

import (
	"fmt"
	"strings"

	"github.com/go-playground/validator/v10"
	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/enum"
	"github.com/kotacerdas/smartcity/internal/i18n"
)

// Problem is one broken rule found by Plan.Validate, by the other
// documents' checks, or while decoding a document.
type Problem struct {
	// Path is where the problem is, in the document's JSON names, such as
	// "programs[3].budget[1].year"; "" for the document as a whole.
	Path string `json:"path" yaml:"path"`
	// Line and Column are the 1-based place in the document of a problem
	// found while decoding it; 0 when not known, as for the problems of a
	// check, which looks at the decoded values rather than at the text.
	Line   int `json:"line,omitempty" yaml:"line,omitempty"`
	Column int `json:"column,omitempty" yaml:"column,omitempty"`
	// Rule names the broken rule: a validator tag ("required", "min", "gt")
	// or one of the masterplan's rules ("budget_year", "quick_win"…), a
	// stable code scripts can branch on. Decoding reports "syntax" (not
	// JSON), "unknown_field", "type" (a value of the wrong kind or out of
	// range), "enum" (a code that names nothing), "date", "number" (not a
	// decimal) and "decode" (anything else).
	Rule string `json:"rule" yaml:"rule"`
	// Severity says whether the problem makes the plan invalid.
	Severity Severity `json:"severity" yaml:"severity"`
	// Message explains the problem in the language asked for.
	Message string `json:"message" yaml:"message"`

	// cause is the validator's finding this problem was made from, if any.
	cause validator.FieldError
	// decoded is the decoding error this problem was made from, if any;
	// it says the problem in either language.
	decoded *DecodeError
}

// String returns "path: message", or the message alone for the document
// as a whole.
func (p Problem) String() string {
	if p.Path == "" {
		return p.Message
	}
	return p.Path + ": " + p.Message
}

// in returns the problem as String does, with the message of a problem
// found while decoding said in lang; any other keeps the language it was
// made in.
func (p Problem) in(lang smartcity.Lang) string {
	if p.decoded != nil {
		p.Message = p.decoded.problemMessage(lang)
	}
	return p.String()
}

// Problems are every problem one validation found, in a stable order:
// field checks first, in the order of the fields, then the masterplan's
// rules in the order of the document. As an error it reads as the list of
// its errors; Err returns it only when it holds at least one.
type Problems []Problem

// HasErrors reports whether any problem is an error rather than a warning.
func (ps Problems) HasErrors() bool {
	for _, p := range ps {
		if p.Severity == Error {
			return true
		}
	}
	return false
}

// Errors returns the error-level problems.
func (ps Problems) Errors() Problems { return ps.only(Error) }

// Warnings returns the warnings.
func (ps Problems) Warnings() Problems { return ps.only(Warning) }

func (ps Problems) only(s Severity) Problems {
	var out Problems
	for _, p := range ps {
		if p.Severity == s {
			out = append(out, p)
		}
	}
	return out
}

// Err returns ps as an error when it holds at least one error-level
// problem, and nil otherwise: warnings alone do not make a plan invalid.
func (ps Problems) Err() error {
	if ps.HasErrors() {
		return ps
	}
	return nil
}

// Error implements error: the errors, each as "path: message", and the
// number of warnings. The problems found while decoding are said in
// English; the others in the language they were found in.
func (ps Problems) Error() string { return ps.Message(smartcity.English) }

// Message returns ps as Error does, in lang: "masterplan: 3 galat: …" in
// Indonesian (also the zero Lang), with the problems found while decoding
// said in lang too, so that smartcity.ErrorMessage says a document that
// could not be decoded wholly in the language asked for. The problems of
// a check keep the language of its options. A document with one problem
// of decoding reads as that *DecodeError does.
func (ps Problems) Message(lang smartcity.Lang) string {
	if len(ps) == 1 && ps[0].decoded != nil {
		// A document with one problem reads as that problem.
		if i18n.English(lang) {
			return ps[0].decoded.Error()
		}
		return ps[0].decoded.Message(lang)
	}
	var b strings.Builder
	errs := ps.Errors()
	warnings := len(ps) - len(errs)
	if i18n.English(lang) {
		fmt.Fprintf(&b, "masterplan: %d %s", len(errs), plural(len(errs), "error"))
		if warnings > 0 {
			fmt.Fprintf(&b, " and %d %s", warnings, plural(warnings, "warning"))
		}
	} else {
		fmt.Fprintf(&b, "masterplan: %d galat", len(errs))
		if warnings > 0 {
			fmt.Fprintf(&b, " dan %d peringatan", warnings)
		}
	}
	for i, p := range errs {
		if i == 0 {
			b.WriteString(": ")
		} else {
			b.WriteString("; ")
		}
		b.WriteString(p.in(lang))
	}
	return b.String()
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}

// Unwrap returns ErrInvalid when ps holds an error, the *DecodeError of
// each problem found while decoding, and the validator's findings as
// validator.ValidationErrors when some problems came from them, so that
// errors.Is(err, ErrInvalid), errors.As(err, &de) (the first problem of
// decoding) and errors.As(err, &ve) work.
func (ps Problems) Unwrap() []error {
	var out []error
	if ps.HasErrors() {
		out = append(out, ErrInvalid)
	}
	for _, p := range ps {
		if p.decoded != nil {
			out = append(out, p.decoded)
		}
	}
	var ve validator.ValidationErrors
	for _, p := range ps {
		if p.cause != nil {
			ve = append(ve, p.cause)
		}
	}
	if len(ve) > 0 {
		out = append(out, ve)
	}
	return out
}

// Severity is how serious a problem is. The zero value means "unset".
type Severity uint8

// The severities.
const (
	Error   Severity = 1 + iota // the plan is invalid, code "error"
	Warning                     // worth a look, but the plan is valid, code "warning"
)

// severities declares the severities; the Indonesian names parse too.
var severities = enum.New[Severity](enum.Spec{Kind: "severity", Names: true, Unknown: parseError}, []enum.Row{
	Error:   {Code: "error", ID: "galat", EN: "error", Aliases: []string{"kesalahan", "err"}},
	Warning: {Code: "warning", ID: "peringatan", EN: "warning", Aliases: []string{"warn"}},
})

// ParseSeverity parses "error" or "warning" (or the Indonesian "galat",
// "kesalahan", "peringatan"), ignoring case.
func ParseSeverity(s string) (Severity, error) { return severities.Parse(s) }

// String returns the stable code ("error", "warning").
func (s Severity) String() string { return severities.String(s) }

// IsValid reports whether s is a declared severity.
func (s Severity) IsValid() bool { return severities.IsValid(s) }

// Name returns the severity's display name in lang, or "" when s is not
// valid.
func (s Severity) Name(lang smartcity.Lang) string { return severities.Name(s, lang) }

// MarshalText implements encoding.TextMarshaler with the stable code.
func (s Severity) MarshalText() ([]byte, error) { return severities.MarshalText(s) }

// UnmarshalText implements encoding.TextUnmarshaler; it accepts what
// ParseSeverity accepts, and empty text is the zero value.
func (s *Severity) UnmarshalText(text []byte) error { return severities.UnmarshalText(s, text) }
