// Package jsonio decodes the library's JSON documents strictly: one value,
// no unknown fields, no trailing data, and no more than a set number of bytes,
// with errors that say where in the document the problem is, in English
// (Error) or Indonesian (Error.Message).
//
// Every document is read once, one way, by the rules of this package:
//
//   - A UTF-8 byte-order mark may stand at the very start of any document,
//     as editors on Windows write it (and as the CSV readers accept it);
//     lines and columns are counted after it. Anywhere else it is not JSON.
//   - Strings must be UTF-8 text: a byte that is not (rule "utf8") is
//     refused where it stands, never turned into U+FFFD.
//   - A number must be written as a JSON number: "4" where the document
//     wants a number is refused (rule "type"), as 4 where it wants text
//     is. Values whose type reads text on purpose — an exact number
//     written "27/8" — are not numbers here and keep their string form.
//   - A key may be written once in an object, in its field's own case
//     (rules "duplicate_key", "key_case"); two spellings that a map's key
//     type reads as one key ("GOV" and "gov") are one key written twice.
//   - A syntax error, NaN and Infinity included, names its line, column
//     and the path of the value it stands in.
//
// A type with a JSON form of its own that decodes it with Unmarshal is
// held to the same rules, and its problems are placed in the whole
// document.
package jsonio

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/i18n"
	"github.com/kotacerdas/smartcity/internal/input"
)

// Error is a decoding error with the place it was found: the 1-based line
// and column of the byte offset, and the JSON field path where known.
type Error struct {
	Line, Column int    // position in the document; 0 when unknown
	Field        string // path of the field, e.g. "programs[0].budget"; may be empty
	Kind         string // what kind of problem: KindSyntax, KindUnknownField, KindType, KindValue, KindDuplicateKey, KindKeyCase or KindUTF8
	Err          error  // what went wrong
}

// Error implements error.
func (e *Error) Error() string {
	return Where(e.Line, e.Column, e.Field, smartcity.English) + e.Err.Error()
}

// Message returns the error in lang: Error's text in English; in
// Indonesian (also the zero Lang) the place and the rule in Indonesian,
// "baris 1, kolom 49: dokumen berakhir sebelum waktunya" or "baris 3,
// kolom 5: pada indicators[2].lvel: kolom \"lvel\" tidak dikenal". The
// syntax errors of encoding/json are said in Indonesian too; an error of a
// type's own UnmarshalJSON or UnmarshalText is said as
// smartcity.ErrorMessage says it.
func (e *Error) Message(lang smartcity.Lang) string {
	if i18n.English(lang) {
		return e.Error()
	}
	return Where(e.Line, e.Column, e.Field, lang) + ErrorMessage(e.Err, lang)
}

// Where says the place of a problem in a JSON document, as the errors of
// this package start: "line 2, column 9: field items[0].year: " in English,
// "baris 2, kolom 9: pada items[0].year: " in Indonesian; the line is left
// out when it is 0, the field when it is empty.
func Where(line, column int, field string, lang smartcity.Lang) string {
	en := i18n.English(lang)
	var b strings.Builder
	if line > 0 {
		if en {
			fmt.Fprintf(&b, "line %d, column %d: ", line, column)
		} else {
			fmt.Fprintf(&b, "baris %d, kolom %d: ", line, column)
		}
	}
	if field != "" {
		if en {
			fmt.Fprintf(&b, "field %s: ", field)
		} else {
			fmt.Fprintf(&b, "pada %s: ", field)
		}
	}
	return b.String()
}

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }

// Problem returns e as a problem of reading the document: its line and
// column, the field's path, its rule and its cause, said in Indonesian as
// Message says it. The rule is "syntax" (not JSON), "unknown_field",
// "duplicate_key" (a key written twice in one object), "key_case" (a key
// in another case than its field's), "utf8" (text that is not UTF-8),
// "type" (a value of the wrong kind, a number written as a string, or a
// number out of range), "enum" (text that
// names no value), "date" (text that is no date), "number" (not a decimal)
// or "decode" (anything else).
func (e *Error) Problem() smartcity.Problem {
	if e.Kind == KindMoreProblems {
		return smartcity.Problem{Rule: smartcity.RuleMoreProblems, Severity: smartcity.Error, Err: e.Err}
	}
	return smartcity.Problem{Path: e.Field, Line: e.Line, Column: e.Column, Rule: e.rule(), Severity: smartcity.Error,
		Err: &cause{e.Err}}
}

// rule is the rule code of e, for Problem.
func (e *Error) rule() string {
	switch e.Kind {
	case KindSyntax:
		return "syntax"
	case KindUnknownField:
		return "unknown_field"
	case KindType:
		return "type"
	case KindDuplicateKey:
		return "duplicate_key"
	case KindKeyCase:
		return "key_case"
	case KindUTF8:
		return "utf8"
	case KindMaxItems, KindMaxDepth:
		return e.Kind
	}
	var pe *smartcity.ParseError
	var ruled interface{ Rule() string } // a value's own rule: a problem's key twice, say
	switch {
	case errors.As(e.Err, &ruled):
		return ruled.Rule()
	case errors.As(e.Err, &pe) && pe.Kind == "date":
		return "date"
	case errors.As(e.Err, &pe):
		return "enum"
	case strings.Contains(e.Err.Error(), "invalid number literal"):
		return "number"
	}
	return "decode"
}

// cause is the cause of an Error, said in Indonesian as Error.Message says
// it after the place.
type cause struct{ err error }

func (c *cause) Error() string                      { return c.err.Error() }
func (c *cause) Unwrap() error                      { return c.err }
func (c *cause) Message(lang smartcity.Lang) string { return ErrorMessage(c.err, lang) }

// Decode reads one JSON value from r into v strictly, by the rules of the
// package: unknown object fields, a key written twice in one object, a
// key in another case than its field's, text that is not UTF-8, a number
// written as a string and anything but white space after the value are
// errors; a byte-order mark may start it. Input beyond
// limit bytes (input.DefaultLimit when limit <= 0) is refused with
// input.ErrTooLarge.
func Decode(r io.Reader, v any, limit int64) error {
	data, err := input.ReadAll(r, limit)
	if err != nil {
		return err
	}
	return Unmarshal(data, v)
}

// Unmarshal is Decode for a document already in memory.
//
// Before anything is decoded, the document is held to its bounds: an
// array or map of more elements than its field's cap (DefaultMaxItems, or
// the field's struct tag maxitems), more than DefaultMaxElements in all,
// or nesting deeper than MaxDepth is refused with an *Error of kind
// KindMaxItems or KindMaxDepth at the array's path. UnmarshalAll and
// UnmarshalChecked hold documents to the same bounds.
func Unmarshal(data []byte, v any) error {
	data = trimBOM(data)
	if errs := overBounds(data, reflect.TypeOf(v), Options{MaxProblems: 1}); errs != nil {
		return errs[0]
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		if valueError(err) && json.Valid(data) {
			// A value refused by its own type, which encoding/json
			// does not place: the walk places it, with its path.
			if e := firstProblem(data, reflect.TypeOf(v)); e != nil {
				return e
			}
		}
		return locate(data, reflect.TypeOf(v), dec.InputOffset(), err)
	}
	if _, err := dec.Token(); err != io.EOF {
		line, col := Position(data, dec.InputOffset()-1)
		return &Error{Line: line, Column: col, Kind: KindSyntax, Err: i18n.Errorf(words, "unexpected data after the JSON value")}
	}
	t := reflect.TypeOf(v)
	if strictOK(data, t) {
		return nil
	}
	// A key written twice or in another case, text that is not UTF-8, a
	// number written as a string: the walk for problems says which, and
	// where.
	if e := firstProblem(data, t); e != nil {
		return e
	}
	return nil
}

// StrictOK reports whether data, one JSON value that encoding/json
// decoded into v without an error (an element of a stream, say), holds
// only what Unmarshal accepts: keys each naming a field in its own case,
// none twice in one object, UTF-8 text, numbers not written as strings.
// When it does not, Unmarshal of data says where.
func StrictOK(data []byte, v any) bool {
	return strictOK(trimBOM(data), reflect.TypeOf(v))
}

// locate wraps a decoding error with its line, column and field; t is the
// type decoded into.
func locate(data []byte, t reflect.Type, fallback int64, err error) error {
	if errors.Is(err, io.EOF) {
		return &Error{Kind: KindSyntax, Err: i18n.Errorf(words, "empty document")}
	}
	off := fallback
	e := &Error{Kind: KindValue, Err: err}
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		off = syn.Offset
		e.Kind = KindSyntax
		e.Field = syntaxPath(data, off-1)
	case errors.As(err, &typ):
		off = typ.Offset
		e.Kind = KindType
		e.Field = typ.Field
		if p := pathAt(data, off-1); p != "" {
			e.Field = p // with the indexes of arrays, which typ.Field lacks
		}
		e.Err = i18n.Errorf(words, "cannot use JSON %s as %s", jsonValue(typ.Value), goType{typ.Type})
	case errors.Is(err, io.ErrUnexpectedEOF):
		e.Err = i18n.Errorf(words, "unexpected end of the document")
		e.Kind = KindSyntax
		off = int64(len(data))
	default:
		msg, fromJSON := strings.CutPrefix(err.Error(), "json: ")
		if fromJSON {
			e.Err = errors.New(msg)
		}
		// Unknown fields are reported without a place; find it.
		if quoted, ok := strings.CutPrefix(msg, "unknown field "); ok && fromJSON {
			e.Err = i18n.Errorf(words, "unknown field %s", quoted)
			e.Kind = KindUnknownField
			if name, err := strconv.Unquote(quoted); err == nil {
				if path, at, found := unknownField(data, t, name); found {
					e.Field = path
					e.Line, e.Column = Position(data, at)
					return e
				}
			}
		}
	}
	// Offsets count the bytes read, so the byte at fault is the one before.
	e.Line, e.Column = Position(data, off-1)
	return e
}

// Position converts a 0-based byte offset of data into a 1-based line and
// column, as the errors of this package count them.
func Position(data []byte, off int64) (line, col int) {
	if off < 0 {
		off = 0
	}
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	before := data[:off]
	line = bytes.Count(before, []byte("\n")) + 1
	col = int(off) - (bytes.LastIndexByte(before, '\n') + 1) + 1
	return line, col
}
