package spbe

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	"github.com/kotacerdas/smartcity/internal/csvio"
)

// Format is a form in which assessments are written. The zero value means
// "unset".
type Format uint8

// The three forms the readers take.
const (
	FormatJSON    Format = 1 + iota // a JSON assessment or array of them, code "json"
	FormatLongCSV                   // one assessment, a row per indicator, code "long-csv"
	FormatWideCSV                   // many assessments, a row each, code "wide-csv"
)

// IsValid reports whether f is one of the three declared formats.
func (f Format) IsValid() bool { return f >= FormatJSON && f <= FormatWideCSV }

// String returns "json", "long-csv" or "wide-csv"; "" for the zero value
// and "Format(n)" for an undeclared value.
func (f Format) String() string {
	switch f {
	case 0:
		return ""
	case FormatJSON:
		return "json"
	case FormatLongCSV:
		return "long-csv"
	case FormatWideCSV:
		return "wide-csv"
	default:
		return fmt.Sprintf("Format(%d)", uint8(f))
	}
}

// ParseFormat reads "json", "long-csv" or "wide-csv" (also "long" and
// "wide"), ignoring case and surrounding space. The error is a
// *ParseError.
func ParseFormat(s string) (Format, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "json":
		return FormatJSON, nil
	case "long-csv", "long":
		return FormatLongCSV, nil
	case "wide-csv", "wide":
		return FormatWideCSV, nil
	}
	return 0, &ParseError{Kind: "format", Input: s, Want: "json, long-csv or wide-csv"}
}

// MarshalText implements encoding.TextMarshaler. The zero Format is empty
// text; an undeclared value is an error.
func (f Format) MarshalText() ([]byte, error) {
	if f == 0 {
		return []byte{}, nil
	}
	if !f.IsValid() {
		return nil, fmt.Errorf("spbe: cannot marshal undeclared Format(%d)", uint8(f))
	}
	return []byte(f.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler; empty text is the zero
// Format.
func (f *Format) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*f = 0
		return nil
	}
	v, err := ParseFormat(string(text))
	if err != nil {
		return err
	}
	*f = v
	return nil
}

// DetectFormat tells the form of data by its content, not by a file name:
// JSON when the first character after a byte-order mark and white space is
// "{" or "[", a long CSV when the header has an "indikator" (or
// "indicator") column, a wide CSV otherwise. It reads only the header; an
// empty input or an unreadable header wraps ErrMalformed.
func DetectFormat(data []byte) (Format, error) {
	body := bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")), " \t\r\n")
	switch {
	case len(body) == 0:
		return 0, malformed(errors.New("empty input"))
	case body[0] == '{' || body[0] == '[':
		return FormatJSON, nil
	}
	cr, err := csvio.NewReader(bytes.NewReader(data), csvio.Options{})
	if err != nil {
		return 0, malformed(err)
	}
	if cr.Column("indikator") >= 0 || cr.Column("indicator") >= 0 {
		return FormatLongCSV, nil
	}
	return FormatWideCSV, nil
}
