package spbe

import (
	"bytes"
	"encoding/json"
	"math"
	"strconv"
	"unicode/utf8"

	"github.com/kotacerdas/smartcity"
)

// The results of the package marshal to the JSON that the command line
// prints (see the package documentation, "JSON"). This file holds what
// they share: the Marshaler that JSON(lang) returns and the writing of an
// exact value as its three fields.

// marshaler is a value's JSON in a language, as the JSON methods return
// it.
type marshaler func() ([]byte, error)

// MarshalJSON implements json.Marshaler.
func (m marshaler) MarshalJSON() ([]byte, error) { return m() }

// appendIndex appends the three fields of an exact value named key:
// "key" the published decimal ("3.99"), "key_exact" the reduced fraction
// ("3987/1000") and "key_value" the nearest float64, for charts (3.987).
func appendIndex(b []byte, key string, x smartcity.Number) []byte {
	b = append(b, '"')
	b = append(b, key...)
	b = append(b, `":"`...)
	b = x.AppendFormat(b, 2)
	b = append(b, `","`...)
	b = append(b, key...)
	b = append(b, `_exact":"`...)
	b = x.AppendExact(b)
	b = append(b, `","`...)
	b = append(b, key...)
	b = append(b, `_value":`...)
	return appendFloat(b, x.Float64())
}

// appendFloat appends f as encoding/json writes a float64.
func appendFloat(b []byte, f float64) []byte {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return append(b, '0') // never for a valid Index; JSON has no such number
	}
	format := byte('f')
	if a := math.Abs(f); a != 0 && (a < 1e-6 || a >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// "1e-07" as "1e-7", as encoding/json cleans it up.
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

// appendString appends s as a JSON string, as encoding/json writes it
// with HTML escaping off: a plain ASCII name, which needs no escape, is
// copied as it is; anything else goes through encoding/json. A value that
// json.Marshal writes gets its HTML escaped there, as encoding/json does
// for any Marshaler.
func appendString(b []byte, s string) []byte {
	for i := range len(s) {
		if c := s[i]; c < 0x20 || c == '"' || c == '\\' || c >= utf8.RuneSelf {
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false)
			_ = enc.Encode(s) // a string always encodes
			return append(b, bytes.TrimSuffix(buf.Bytes(), []byte("\n"))...)
		}
	}
	b = append(b, '"')
	b = append(b, s...)
	return append(b, '"')
}
