package enum

import (
	"strings"
	"unicode"
)

// Fold folds text the way the library's parsers compare codes and names:
// lower case, and every run of white space, underscores and hyphens one
// space, none at either end. "  Sangat_Baik ", "sangat-baik" and "SANGAT
// BAIK" all fold to "sangat baik"; other punctuation stays ("kab.",
// "structure.people"). Text that is already folded is returned as it is,
// without allocating.
func Fold(s string) string {
	if folded(s) {
		return s
	}
	s = strings.ToLower(s)
	var b strings.Builder
	b.Grow(len(s))
	gap := false
	for _, r := range s {
		if separator(r) {
			gap = true
			continue
		}
		if gap && b.Len() > 0 {
			b.WriteByte(' ')
		}
		gap = false
		b.WriteRune(r)
	}
	return b.String()
}

// separator reports whether Fold reads r as a space.
func separator(r rune) bool { return r == '_' || r == '-' || unicode.IsSpace(r) }

// folded reports whether Fold would return s unchanged: ASCII without
// capitals, underscores, hyphens or white space but single spaces between
// words.
func folded(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 0x80, c >= 'A' && c <= 'Z', c == '_', c == '-', c != ' ' && separator(rune(c)):
			return false
		case c == ' ' && (i == 0 || i == len(s)-1 || s[i-1] == ' '):
			return false
		}
	}
	return true
}
