package enum

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Fold folds text the way the library's parsers compare codes and names:
// lower case, no white space at either end, and between two words one
// space for any run of white space with at most one hyphen or underscore in
// it. "  Sangat_Baik ", "sangat - baik" and "SANGAT  BAIK" all fold to
// "sangat baik"; other punctuation stays ("kab.", "structure.people").
//
// A hyphen or underscore that stands between no two words — "-1", "baik_",
// "sangat--baik" — is no spelling anyone writes for a value: Fold then
// returns the text lower-cased and trimmed, hyphens and underscores kept,
// which matches no folded spelling but stays near enough to one for a
// suggestion. Text that is already folded is returned as it is, without
// allocating.
func Fold(s string) string {
	if folded(s) {
		return s
	}
	return string(AppendFold(nil, s))
}

// AppendFold appends Fold(s) to dst and returns the extended buffer, so
// that a caller that folds many names into one buffer, as a reader that
// compares every row's name does, allocates nothing per name.
func AppendFold(dst []byte, s string) []byte {
	if folded(s) {
		return append(dst, s...)
	}
	start := len(dst)
	gap, mark := false, false // since the last word: a separator, a hyphen or underscore
	for _, r := range s {
		r = unicode.ToLower(r)
		switch {
		case unicode.IsSpace(r):
			gap = true
		case r == '-' || r == '_':
			if mark || len(dst) == start {
				return appendLowerTrimmed(dst[:start], s) // a second one between two words, or one before the first
			}
			gap, mark = true, true
		default:
			if gap && len(dst) > start {
				dst = append(dst, ' ')
			}
			gap, mark = false, false
			dst = utf8.AppendRune(dst, r)
		}
	}
	if mark {
		return appendLowerTrimmed(dst[:start], s) // one after the last word
	}
	return dst
}

// appendLowerTrimmed appends s lower-cased and trimmed of white space, as
// Fold returns text that folds to no spelling.
func appendLowerTrimmed(dst []byte, s string) []byte {
	for _, r := range strings.TrimSpace(s) {
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
	}
	return dst
}

// folded reports whether Fold would return s unchanged: ASCII without
// capitals, underscores, hyphens or white space but single spaces between
// words.
func folded(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 0x80, c >= 'A' && c <= 'Z', c == '_', c == '-', c != ' ' && unicode.IsSpace(rune(c)):
			return false
		case c == ' ' && (i == 0 || i == len(s)-1 || s[i-1] == ' '):
			return false
		}
	}
	return true
}
