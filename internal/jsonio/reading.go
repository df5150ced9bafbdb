package jsonio

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/kotacerdas/smartcity/internal/i18n"
)

// The rules of one reading of a document, beside those of encoding/json.
const (
	KindUTF8 = "utf8" // a string that is not UTF-8 text
)

// bom is the UTF-8 byte-order mark that editors on Windows write first.
var bom = []byte("\xef\xbb\xbf")

// trimBOM returns data without the byte-order mark it may start with:
// every document of the library may have one, at its very start only.
// Lines and columns are counted after it, as an editor shows the text.
func trimBOM(data []byte) []byte { return bytes.TrimPrefix(data, bom) }

// maxSyntaxPath is the longest path a syntax error names: deeper in a
// document nested without end, its line and column say where.
const maxSyntaxPath = 256

// syntaxPath is the path of the value a syntax error at off stands in,
// when it is short enough to help.
func syntaxPath(data []byte, off int64) string {
	p := pathAt(data, off)
	if len(p) > maxSyntaxPath {
		return ""
	}
	return p
}

// strictOK reports whether data, valid JSON that encoding/json decoded
// into type t, holds nothing else this package refuses: text that is not
// UTF-8 (which encoding/json turns into U+FFFD), a number written as a
// string, a key in another case, a key twice in one object.
func strictOK(data []byte, t reflect.Type) bool {
	return utf8.Valid(data) && knownKeys(data, t)
}

// checkUTF8 notes a problem at the first byte of the JSON string
// data[i:end] that is not UTF-8.
func (c *collector) checkUTF8(i, end int) {
	s := c.data[i:end]
	if utf8.Valid(s) {
		return
	}
	for k := 0; k < len(s); {
		r, size := utf8.DecodeRune(s[k:])
		if r == utf8.RuneError && size <= 1 {
			c.note(i+k, KindUTF8, i18n.Errorf(words, "text is not UTF-8 (byte %s); save the file as UTF-8", hexByte(s[k])))
			return
		}
		k += size
	}
}

// hexByte is a byte in a message, "0xC1".
type hexByte byte

func (b hexByte) String() string { return fmt.Sprintf("0x%02X", byte(b)) }

// numberString reports whether the value at i, to be decoded into t, is
// a number written as a string: encoding/json reads "4" into a
// json.Number, where the documents want 4.
func numberString(data []byte, i int, t reflect.Type) bool {
	return t == numberType && i < len(data) && data[i] == '"'
}

// keysDecoded reports whether the keys of a map with key type kt are
// decoded rather than taken as text — by UnmarshalText ("GOV" and "gov"
// for one pillar) or as integers ("1" and "01") — so that two spellings
// can name one key.
func keysDecoded(kt reflect.Type) bool {
	return kt.Kind() != reflect.String || reflect.PointerTo(kt).Implements(textUnmarshaler)
}

// decodeKey decodes the object key name as encoding/json decodes a key of
// a map with key type kt.
func decodeKey(kt reflect.Type, name string) (any, bool) {
	kv := reflect.New(kt)
	if u, ok := kv.Interface().(encoding.TextUnmarshaler); ok {
		if u.UnmarshalText([]byte(name)) != nil {
			return nil, false
		}
		return kv.Elem().Interface(), true
	}
	switch kt.Kind() {
	case reflect.String:
		return name, true
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, err := strconv.ParseInt(name, 10, kt.Bits())
		if err != nil {
			return nil, false
		}
		kv.Elem().SetInt(n)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		n, err := strconv.ParseUint(name, 10, kt.Bits())
		if err != nil {
			return nil, false
		}
		kv.Elem().SetUint(n)
	default:
		return nil, false
	}
	return kv.Elem().Interface(), true
}

// spellings are the keys of one map object by what they decode to, with
// the text each was first written as.
type spellings map[any]string

// first notes the key k written as name and returns the text k was
// written as before, if it was.
func (s spellings) first(k any, name string) (string, bool) {
	if prev, ok := s[k]; ok {
		return prev, true
	}
	s[k] = name
	return "", false
}

// sameKeyError is the problem of a key that names, in another spelling,
// the key of an earlier entry.
func sameKeyError(name, prev string) error {
	return i18n.Errorf(words, "key %s names the same key as %s", strconv.Quote(name), strconv.Quote(prev))
}

// nested notes err, the error of a value at data[i:end] that decodes
// itself with this package (a type whose UnmarshalJSON calls Unmarshal),
// at its place in the whole document: the value's path joined with the
// error's, its line and column counted from the document's start. It
// reports false when err holds no placed *Error.
func (c *collector) nested(i, end int, err error) bool {
	var inner *Error
	if !errors.As(err, &inner) || inner.Line <= 0 {
		return false
	}
	off := i + offsetOf(c.data[i:end], inner.Line, inner.Column)
	for k := len(c.found) - 1; k >= 0 && c.found[k].off >= i; k-- {
		if c.found[k].off == off && c.found[k].kind == inner.Kind {
			return true // the walk of the value found it already
		}
	}
	path := c.pathString()
	switch {
	case inner.Field == "":
	case path == "" || inner.Field[0] == '[':
		path += inner.Field
	default:
		path += "." + inner.Field
	}
	if len(c.found) >= c.kept() {
		c.more++
		return true
	}
	c.found = append(c.found, problem{off: off, path: path, kind: inner.Kind, err: inner.Err})
	return true
}

// offsetOf is the byte offset of data at a 1-based line and column, as
// Position counts them.
func offsetOf(data []byte, line, col int) int {
	off := 0
	for l := 1; l < line; l++ {
		k := bytes.IndexByte(data[off:], '\n')
		if k < 0 {
			break
		}
		off += k + 1
	}
	return min(off+col-1, len(data))
}

// valueError reports whether err, from encoding/json's Decoder, is a
// value's own refusal — its UnmarshalJSON or UnmarshalText failed, or a
// json.Number is no number — rather than a syntax error, a value of the
// wrong kind or an unknown field, which locate places.
func valueError(err error) bool {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn), errors.As(err, &typ), errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return false
	}
	return !strings.HasPrefix(err.Error(), "json: unknown field ")
}

// firstProblem is the first problem of data, which encoding/json found to
// be JSON, decoded into t; nil when there is none.
func firstProblem(data []byte, t reflect.Type) *Error {
	c := &collector{data: data, fields: fieldTables{}, max: 1}
	c.value(reflect.New(t.Elem()).Elem(), skipSpace(data, 0))
	if len(c.found) == 0 {
		return nil
	}
	c.place()
	return c.errs()[0]
}
