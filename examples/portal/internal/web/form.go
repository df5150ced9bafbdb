package web

import (
	"net/http"
	"strconv"
	"strings"
	"unicode"

	"github.com/kotacerdas/smartcity"
)

// Longest text a form's field keeps.
const maxField = 500

// formVersion reads the version an edit was drawn from.
func formVersion(r *http.Request) (int64, error) {
	v, err := strconv.ParseInt(r.PostFormValue("version"), 10, 64)
	if err != nil || v < 0 {
		return 0, inputError("version", err)
	}
	return v, nil
}

// formDate reads a date field, empty for none.
func formDate(s string) (smartcity.Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return smartcity.Date{}, nil
	}
	return smartcity.ParseDate(s)
}

// clean trims a text field, drops its control characters and bounds its
// length.
func clean(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == unicode.ReplacementChar {
			return -1
		}
		return r
	}, s)
	s = strings.TrimSpace(s)
	if len(s) > maxField {
		s = strings.ToValidUTF8(s[:maxField], "")
	}
	return s
}
