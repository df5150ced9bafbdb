package masterplan

import (
	"fmt"
	"strings"

	"github.com/kotacerdas/smartcity"
)

// alias is one more spelling a parser accepts for an enum value, written
// in normalised form (see norm).
type alias struct {
	text string
	v    uint8
}

// norm folds text for comparison: surrounding space trimmed, lower case,
// and runs of spaces, underscores and hyphens turned into one space.
func norm(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if !strings.ContainsAny(s, " _-\t") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if r == ' ' || r == '_' || r == '-' || r == '\t' {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// parseEnum resolves s against the codes (codes[v] for v ≥ 1) and aliases
// of one enum. The canonical code itself matches without allocating.
func parseEnum[T ~uint8](typ, s string, codes []string, aliases []alias) (T, error) {
	for v := 1; v < len(codes); v++ {
		if s == codes[v] {
			return T(v), nil
		}
	}
	key := norm(s)
	for v := 1; v < len(codes); v++ {
		if key == norm(codes[v]) {
			return T(v), nil
		}
	}
	for _, a := range aliases {
		if key == a.text {
			return T(a.v), nil
		}
	}
	return 0, &ParseError{Type: typ, Input: s, Want: codes[1:]}
}

// enumString returns the code of v, "" for zero and "Type(n)" for an
// undeclared value.
func enumString(typeName string, v uint8, codes []string) string {
	switch {
	case v == 0:
		return ""
	case int(v) < len(codes):
		return codes[v]
	default:
		return fmt.Sprintf("%s(%d)", typeName, v)
	}
}

// marshalEnum is MarshalText for an enum: empty text for zero, the code
// for a declared value, an error otherwise.
func marshalEnum(typeName string, v uint8, codes []string) ([]byte, error) {
	switch {
	case v == 0:
		return []byte{}, nil
	case int(v) < len(codes):
		return []byte(codes[v]), nil
	default:
		return nil, fmt.Errorf("masterplan: cannot marshal undeclared %s(%d)", typeName, v)
	}
}

// unmarshalEnum is UnmarshalText for an enum: empty text is the zero value.
func unmarshalEnum[T ~uint8](dst *T, typ string, text []byte, codes []string, aliases []alias) error {
	if len(text) == 0 {
		*dst = 0
		return nil
	}
	v, err := parseEnum[T](typ, string(text), codes, aliases)
	if err != nil {
		return err
	}
	*dst = v
	return nil
}

// langIndex maps a language to the column of a [2]string name table: 0 for
// Indonesian (also the zero Lang), 1 for English.
func langIndex(lang smartcity.Lang) int {
	if lang.Or(smartcity.Indonesian) == smartcity.English {
		return 1
	}
	return 0
}

// enumName returns the display name of v in lang, or "" when v is not
// declared.
func enumName(v uint8, names [][2]string, lang smartcity.Lang) string {
	if v == 0 || int(v) >= len(names) {
		return ""
	}
	return names[v][langIndex(lang)]
}
