package masterplan

import (
	"strings"

	"github.com/go-playground/validator/v10"
	"github.com/kotacerdas/smartcity"
)

// The problems of the package's checks are smartcity.Problems. Their
// messages come from the rule's message key and its arguments, said on
// demand in either language by the package's translators: an argument is
// text that is the same in both (a year, an id, a quoted value) or an arg,
// which says itself in the language asked for (a field's label, a
// stage's name).

// arg is an argument of a rule's message that differs by language: it
// returns its text in the language of column (0 Indonesian, 1 English).
type arg func(column int) string

// String returns the argument in English, for a message made with
// internal/i18n.
func (a arg) String() string { return a(1) }

// Message returns the argument in lang.
func (a arg) Message(lang smartcity.Lang) string { return a(langIndex(lang)) }

// labelArg is the label of the field at path ("tahun anggaran").
func labelArg(path string) arg { return func(col int) string { return label(path, col) } }

// monitorLabelArg is the label of a field of a realisation document.
func monitorLabelArg(path string) arg { return func(col int) string { return monitorLabel(path, col) } }

// named is a value with a display name in either language.
type named interface{ Name(smartcity.Lang) string }

// nameArg is v's display name ("jangka pendek", "short term").
func nameArg(v named) arg { return func(col int) string { return v.Name(langOf(col)) } }

// lowerNameArg is v's display name in lower case ("kabupaten").
func lowerNameArg(v named) arg {
	return func(col int) string { return strings.ToLower(v.Name(langOf(col))) }
}

// msgArg is the text of another message key with params ("the baseline",
// "the 2023 target").
func msgArg(key string, params ...any) arg {
	return func(col int) string { return translate(col, key, params) }
}

// orArg is "a or b" ("Perbup atau Perda").
func orArg(a, b string) arg {
	return func(col int) string { return a + " " + translate(col, "or", nil) + " " + b }
}

// langOf is the language of a column of the name tables.
func langOf(column int) smartcity.Lang {
	if column == 1 {
		return smartcity.English
	}
	return smartcity.Indonesian
}

// ruleError is a broken rule of the masterplan's own checks: its message
// key and the arguments that fill it.
type ruleError struct {
	key    string // "quick_win", "kpi_direction.up"
	params []any  // string or arg
	err    error  // a sentinel the problem wraps, or nil
}

// Error implements error with the message in English.
func (e *ruleError) Error() string { return translate(1, e.key, e.params) }

// Message returns the message in lang.
func (e *ruleError) Message(lang smartcity.Lang) string {
	return translate(langIndex(lang), e.key, e.params)
}

// Unwrap returns the sentinel the problem wraps, or nil.
func (e *ruleError) Unwrap() error { return e.err }

// translate returns the text of key with params in the language of
// column.
func translate(column int, key string, params []any) string {
	// Pad the parameters: the translator indexes them without a check.
	said := make([]string, len(params), len(params)+5)
	for i, p := range params {
		switch p := p.(type) {
		case arg:
			said[i] = p(column)
		case string:
			said[i] = p
		}
	}
	said = append(said, "", "", "", "", "")
	s, err := theEngine().trans[column].T("mp."+key, said...)
	if err != nil {
		return key
	}
	return s
}

// fieldError is a field rule broken, as the validator found it; its
// message names the field by its label.
type fieldError struct{ fe validator.FieldError }

// Error implements error with the message in English.
func (e fieldError) Error() string { return e.Message(smartcity.English) }

// Message returns the message in lang: "tahun anggaran wajib diisi".
func (e fieldError) Message(lang smartcity.Lang) string {
	return e.fe.Translate(theEngine().trans[langIndex(lang)])
}

// Unwrap returns the validator's finding.
func (e fieldError) Unwrap() error { return e.fe }
