package spbe

import (
	"bytes"
	"errors"

	"github.com/kotacerdas/smartcity/internal/csvio"
	"github.com/kotacerdas/smartcity/internal/enum"
	"github.com/kotacerdas/smartcity/internal/workbook"
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

// formats declares the formats.
var formats = enum.New[Format](enum.Spec{Kind: "format", Unknown: parseError}, []enum.Row{
	FormatJSON:    {Code: "json"},
	FormatLongCSV: {Code: "long-csv", Aliases: []string{"long"}},
	FormatWideCSV: {Code: "wide-csv", Aliases: []string{"wide"}},
})

// String returns "json", "long-csv" or "wide-csv"; "" for the zero value
// and "Format(n)" for an undeclared value.
func (f Format) String() string { return formats.String(f) }

// MarshalText implements encoding.TextMarshaler. The zero Format is empty
// text; an undeclared value is an error.
func (f Format) MarshalText() ([]byte, error) { return formats.MarshalText(f) }

// UnmarshalText implements encoding.TextUnmarshaler: "json", "long-csv" or
// "wide-csv" (also "long" and "wide"), ignoring case, surrounding space and
// the separator ("long_csv"); empty text is the zero Format. The error is a
// *smartcity.ParseError.
func (f *Format) UnmarshalText(text []byte) error { return formats.UnmarshalText(f, text) }

// DetectFormat tells the form of data by its content, not by a file name:
// JSON when the first character after a byte-order mark and white space is
// "{" or "[", a long CSV when the header has an "indikator" (or
// "indicator") column, a wide CSV otherwise; a workbook (.xlsx) as the
// table of its first sheet that holds an assessment is, long or wide. It reads only the header; an
// empty input or an unreadable header wraps ErrMalformed.
func DetectFormat(data []byte) (Format, error) {
	body := bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")), " \t\r\n")
	switch {
	case len(body) == 0:
		return 0, malformed(errors.New("empty input"))
	case body[0] == '{' || body[0] == '[':
		return FormatJSON, nil
	case workbook.Is(data):
		_, format, b, err := sheetTable(data, ReadOptions{})
		if err != nil {
			return 0, err
		}
		_ = b.Close()
		return format, nil
	}
	cr, err := csvio.NewReader(bytes.NewReader(data), csvio.Options{})
	if err != nil {
		return 0, malformed(err)
	}
	if err := skipBlock(cr); err != nil {
		return 0, err
	}
	if isLong(cr.Header()) {
		return FormatLongCSV, nil
	}
	return FormatWideCSV, nil
}
