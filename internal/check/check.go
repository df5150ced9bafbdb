// Package check holds what the checks of a masterplan and of an evaluation
// share: the four-digit years both documents write, and the errors of the
// rules both apply to a field — required, an unknown value, a year that is
// not four digits, a number that is not one — said in Indonesian and
// English as internal/i18n says every message.
//
// A label is the field's name in the message, said in either language: a
// value with a method Message(smartcity.Lang) string and a String method
// for English, as the packages' labels are.
package check

import (
	"github.com/kotacerdas/smartcity/internal/i18n"
)

// MinYear and MaxYear bound the years a document may mention: four-digit
// years, so that a year can be compared and printed, and spans computed,
// without overflow.
const (
	MinYear = 1000
	MaxYear = 9999
)

// ValidYear reports whether y lies within MinYear–MaxYear.
func ValidYear(y int) bool { return y >= MinYear && y <= MaxYear }

// words are the messages in Indonesian, keyed by their English.
var words = i18n.Table{
	"%s is required":                                "%s wajib diisi",
	"%s has the unknown value %s":                   "%s bernilai %s yang tidak dikenal",
	"year %d is not valid; write a four-digit year": "tahun %d tidak sah; tulis tahun dengan empat angka",
	"%s %s is not a valid decimal number":           "%s %s bukan bilangan desimal yang sah",
}

// Required is the error of a required field left empty, rule "required":
// "tahun evaluasi wajib diisi".
func Required(label any) error { return i18n.Errorf(words, "%s is required", label) }

// Unknown is the error of a value of an enum, set in code, that names
// nothing, rule "enum": "jenis daerah bernilai 9 yang tidak dikenal".
func Unknown(label any, value string) error {
	return i18n.Errorf(words, "%s has the unknown value %s", label, value)
}

// Year is the error of a year outside MinYear–MaxYear, rule "year".
func Year(year int) error {
	return i18n.Errorf(words, "year %d is not valid; write a four-digit year", year)
}

// Number is the error of a number written as text that is not a decimal,
// rule "number"; quoted is the text as the message repeats it.
func Number(label any, quoted string) error {
	return i18n.Errorf(words, "%s %s is not a valid decimal number", label, quoted)
}
