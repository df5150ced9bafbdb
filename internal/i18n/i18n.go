// Package i18n says the library's error messages in Indonesian as well as
// in English, with one mechanism for every package.
//
// A message is written in English, as a Go error is, and made with New (a
// fixed text, for a sentinel) or Errorf (a format and its arguments, as
// fmt.Errorf takes them). The error keeps the text or the format and its
// arguments, and a Table of the package that made it gives the Indonesian,
// keyed by the English: an Indonesian format has the same verbs as its
// English one, in the same order, so that the same arguments fill it. Its
// Message method says it in either language, and smartcity.ErrorMessage
// finds it along a chain of errors. The English text is exactly what
// errors.New and fmt.Errorf would have made, and errors.Is and errors.As
// see through the error as through theirs.
package i18n

import (
	"fmt"
	"strings"

	"github.com/kotacerdas/smartcity"
)

// Table gives the Indonesian of a package's English messages: for a format
// of Errorf, an Indonesian format with the same verbs in the same order;
// for the text of New, or of an error made elsewhere that the package
// names, such as encoding/csv's ErrQuote, its Indonesian. A Table is
// written once, as a package-level literal, and only read.
type Table map[string]string

// English reports whether lang asks for English; the zero Lang is
// Indonesian, the language of the regulations.
func English(lang smartcity.Lang) bool {
	return lang.Or(smartcity.Indonesian) == smartcity.English
}

// New returns an error whose text is text and whose Indonesian is t[text],
// for a sentinel that callers compare with errors.Is.
func New(t Table, text string) error {
	return &sentinel{table: t, text: text}
}

type sentinel struct {
	table Table
	text  string
}

// Error returns the English text.
func (s *sentinel) Error() string { return s.text }

// Message returns the text in lang; without an Indonesian in the table it
// stays English rather than be lost.
func (s *sentinel) Message(lang smartcity.Lang) string {
	if id, ok := s.table[s.text]; ok && !English(lang) {
		return id
	}
	return s.text
}

// Errorf formats an error as fmt.Errorf does — the same text, the same
// errors wrapped by %w — and keeps format and args so that its Message
// says it in Indonesian from t.
func Errorf(t Table, format string, args ...any) error {
	return &formatted{err: fmt.Errorf(format, args...), table: t, format: format, args: args}
}

type formatted struct {
	err    error // what fmt.Errorf made: the text, and the errors wrapped
	table  Table
	format string
	args   []any
}

// Error returns the English text.
func (f *formatted) Error() string { return f.err.Error() }

// Unwrap returns the errors format wraps with %w.
func (f *formatted) Unwrap() []error {
	switch u := f.err.(type) {
	case interface{ Unwrap() error }:
		return []error{u.Unwrap()}
	case interface{ Unwrap() []error }:
		return u.Unwrap()
	}
	return nil
}

// Message returns the error in lang.
func (f *formatted) Message(lang smartcity.Lang) string {
	if English(lang) {
		return f.Error()
	}
	return f.table.Sprintf(lang, f.format, f.args...)
}

// Wrapf is Errorf whose error also unwraps to sentinel without saying it:
// its text is the formatted message alone, and errors.Is finds sentinel,
// for a problem whose place and message say what the sentinel would.
func Wrapf(t Table, sentinel error, format string, args ...any) error {
	return &wrappedf{formatted: formatted{err: fmt.Errorf(format, args...), table: t, format: format, args: args}, sentinel: sentinel}
}

type wrappedf struct {
	formatted
	sentinel error
}

// Unwrap returns the sentinel and the errors format wraps with %w.
func (w *wrappedf) Unwrap() []error { return append([]error{w.sentinel}, w.formatted.Unwrap()...) }

// Sprintf formats a message in lang. In English it is fmt.Sprintf of
// format, with %w formatted as %v, which is the text fmt.Errorf makes. In
// Indonesian the format is t's Indonesian of format (format itself when t
// has none, so that a message without a translation is still said, in
// English), and each argument that is an error, or has a method
// Message(smartcity.Lang) string, is said in Indonesian too.
func (t Table) Sprintf(lang smartcity.Lang, format string, args ...any) string {
	if English(lang) {
		return fmt.Sprintf(plainVerbs(format), args...)
	}
	if id, ok := t[format]; ok {
		format = id
	}
	said := make([]any, len(args))
	for i, a := range args {
		switch v := a.(type) {
		case error:
			said[i] = t.ErrorMessage(v, lang)
		case interface{ Message(smartcity.Lang) string }:
			said[i] = v.Message(lang)
		default:
			said[i] = a
		}
	}
	return fmt.Sprintf(plainVerbs(format), said...)
}

// ErrorMessage returns err in lang: an error made elsewhere whose text t
// translates and that wraps nothing, such as encoding/csv's ErrQuote, from
// t; any other as smartcity.ErrorMessage says it.
func (t Table) ErrorMessage(err error, lang smartcity.Lang) string {
	if err == nil {
		return ""
	}
	if English(lang) {
		return err.Error()
	}
	switch err.(type) {
	case interface{ Message(smartcity.Lang) string }, interface{ Unwrap() error }, interface{ Unwrap() []error }:
	default:
		if text := err.Error(); !strings.Contains(text, "%") {
			if id, ok := t[text]; ok {
				return id
			}
		}
	}
	return smartcity.ErrorMessage(err, lang)
}

// Verbs returns the fmt verbs of format in order, such as "%d" or "%-4s";
// "%%" is not a verb. The tests of a Table compare the verbs of its
// formats.
func Verbs(format string) []string {
	var out []string
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		j := verbEnd(format, i+1)
		if j < len(format) && format[j] == '%' && j == i+1 {
			i = j
			continue
		}
		if j < len(format) {
			out = append(out, format[i:j+1])
		}
		i = j
	}
	return out
}

// verbEnd returns the position of the verb letter of a directive whose
// flags, width and precision start at i.
func verbEnd(format string, i int) int {
	for i < len(format) && strings.IndexByte("+-# 0123456789.*[]", format[i]) >= 0 {
		i++
	}
	return i
}

// plainVerbs turns every %w of format into %v, for fmt.Sprintf.
func plainVerbs(format string) string {
	if !strings.Contains(format, "w") {
		return format
	}
	b := []byte(format)
	for i := 0; i < len(b); i++ {
		if b[i] != '%' {
			continue
		}
		j := verbEnd(format, i+1)
		if j < len(b) && b[j] == 'w' {
			b[j] = 'v'
		}
		i = j
	}
	return string(b)
}
