package smartcity

import (
	"fmt"
	"strings"
)

// Lang is a language for names, messages and figures. The zero value is
// unset; the packages treat it as Indonesian, the language of the
// regulations. Its methods Thousands, Rupiah, Decimal, Signed, Percent,
// Date, DateOf and Month write figures the way the language does.
type Lang uint8

// The languages the library speaks.
const (
	Indonesian Lang = 1 + iota // Bahasa Indonesia, code "id"
	English                    // English, code "en"
)

// String returns the language's ISO 639-1 code, "id" or "en" ("" when unset).
func (l Lang) String() string {
	switch l {
	case Indonesian:
		return "id"
	case English:
		return "en"
	default:
		return ""
	}
}

// Or returns l when it is one of the declared languages and def otherwise,
// so that a zero Lang in an options struct falls back to a default.
func (l Lang) Or(def Lang) Lang {
	if l == Indonesian || l == English {
		return l
	}
	return def
}

// parseLang reads a language code ("id", "en") or name ("Indonesian",
// "Bahasa Indonesia", "English"), ignoring case and surrounding space.
func parseLang(s string) (Lang, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "id", "ind", "indonesian", "indonesia", "bahasa indonesia", "bahasa":
		return Indonesian, nil
	case "en", "eng", "english", "inggris", "bahasa inggris":
		return English, nil
	}
	return 0, fmt.Errorf("smartcity: unknown language %q (want id or en)", s)
}

// MarshalText implements encoding.TextMarshaler; the zero Lang is empty text.
func (l Lang) MarshalText() ([]byte, error) { return []byte(l.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler: a language code ("id",
// "en") or name ("Indonesian", "Bahasa Indonesia", "English"), ignoring
// case and surrounding space; empty text is the zero Lang.
func (l *Lang) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*l = 0
		return nil
	}
	v, err := parseLang(string(text))
	if err != nil {
		return err
	}
	*l = v
	return nil
}
