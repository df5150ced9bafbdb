package smartcity

import (
	"errors"
	"io/fs"
	"strings"

	"github.com/kotacerdas/smartcity/internal/escape"
)

// ErrorMessage returns err as a message in lang, for a portal or a command
// line that shows errors to the officers who fill in the documents.
//
// The library's errors are written in English, as Go errors are, and know
// their Indonesian. In English the message is err.Error(). In Indonesian
// (also the zero Lang) every error of the library along err's chain is
// said in Indonesian — the problems of a check, a file that cannot be read
// with its line and column or its row and column, an input over its size
// limit, an unknown framework — while names, codes, numbers, JSON field
// paths and quoted input stay as they are, and so do the words that other
// code added around them: fmt.Errorf("%s: %w", name, err) keeps the name
// and says err in Indonesian.
//
// An error of any package can take part: one with a method
//
//	Message(lang smartcity.Lang) string
//
// is said by that method. The errors of the file system ("open x: no such
// file or directory") are said in Indonesian too. Any other error keeps
// its text.
//
// The message is one line, as Problem.Message is: control characters, line
// breaks and bidirectional overrides from the input (a file's name, a
// column's, a quoted value) are written as their escapes ("\n", "\x1b").
// errors.Join's line breaks are escaped too: a caller that lists joined
// errors one to a line unwraps them (Unwrap() []error) and says each.
func ErrorMessage(err error, lang Lang) string {
	return escape.Line(errorMessage(err, lang))
}

// errorMessage is ErrorMessage before escaping.
func errorMessage(err error, lang Lang) string {
	if err == nil {
		return ""
	}
	if lang.Or(Indonesian) == English {
		return err.Error()
	}
	switch e := err.(type) {
	case interface{ Message(Lang) string }:
		return e.Message(lang)
	case *fs.PathError:
		if op := pathOp(e.Op); op != "" {
			return "tidak dapat " + op + " " + e.Path + ": " + errorMessage(e.Err, lang)
		}
	}
	text := err.Error()
	var inner []error
	switch u := err.(type) {
	case interface{ Unwrap() error }:
		inner = []error{u.Unwrap()}
	case interface{ Unwrap() []error }:
		inner = u.Unwrap()
	default:
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return "berkas tidak ditemukan"
		case errors.Is(err, fs.ErrPermission):
			return "akses ditolak"
		}
		return text
	}
	// A wrapper: the errors it wraps are said in Indonesian where their
	// texts appear in its own, in order; the last one where it ends the
	// text, as fmt.Errorf("…: %w") puts it, even if its words also
	// occur before.
	var b strings.Builder
	for k, e := range inner {
		if e == nil {
			continue
		}
		en := e.Error()
		i := strings.Index(text, en)
		if k == len(inner)-1 && strings.HasSuffix(text, en) {
			i = len(text) - len(en)
		}
		if en == "" || i < 0 {
			continue
		}
		b.WriteString(text[:i])
		b.WriteString(errorMessage(e, lang))
		text = text[i+len(en):]
	}
	b.WriteString(text)
	return b.String()
}

// pathOp says an operation of a *fs.PathError as the sentence "tidak
// dapat … berkas" needs it, or "" for one it does not know.
func pathOp(op string) string {
	switch op {
	case "open":
		return "membuka"
	case "read":
		return "membaca"
	case "write":
		return "menulis"
	case "stat", "lstat":
		return "memeriksa"
	case "close":
		return "menutup"
	}
	return ""
}
