package pillar

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kotacerdas/smartcity/internal/enum"
)

// ErrUnknown is the sentinel every *ParseError unwraps to: the text names no
// declared value of the kind asked for.
var ErrUnknown = errors.New("unknown value")

// ParseError reports text that Parse, ParseElement, ParseGiffinger or
// ParseISOTheme could not resolve. It unwraps to ErrUnknown.
type ParseError struct {
	// Kind is what was being parsed: "pillar", "element",
	// "Giffinger characteristic" or "ISO 37120 theme".
	Kind string
	// Input is the text as given.
	Input string
	// Suggestion is the stable code of the nearest declared value, or ""
	// when nothing is close enough to be a plausible typo.
	Suggestion string
}

// maxQuoted bounds how much of a bad input an error message repeats.
const maxQuoted = 64

// Error implements error.
func (e *ParseError) Error() string {
	if strings.TrimSpace(e.Input) == "" {
		return fmt.Sprintf("pillar: empty %s", e.Kind)
	}
	in := e.Input
	if utf8.RuneCountInString(in) > maxQuoted {
		in = string([]rune(in)[:maxQuoted]) + "…"
	}
	if e.Suggestion == "" {
		return fmt.Sprintf("pillar: unknown %s %q", e.Kind, in)
	}
	return fmt.Sprintf("pillar: unknown %s %q (did you mean %s?)", e.Kind, in, e.Suggestion)
}

// Unwrap returns ErrUnknown, so errors.Is(err, ErrUnknown) holds.
func (e *ParseError) Unwrap() error { return ErrUnknown }

// Parse returns the pillar named by s. It accepts the code ("GOV"), the
// Indonesian and English names, and the aliases people write ("tata kelola",
// "Smart Branding", "kualitas hidup"), ignoring case, punctuation and
// spacing; a leading "Smart" and a trailing "Cerdas" are optional.
//
// Giffinger's characteristics that have no pillar of their own are mapped
// to the pillar that holds them in this framework: "Smart People" and
// "People" to Society, "Smart Mobility" and "Mobility" to Living (whose
// element LIV.MOB is mobility). Use ParseGiffinger to read them as
// Giffinger characteristics instead.
//
// On failure the error is a *ParseError naming the input and, when one is
// close, the nearest pillar's code.
func Parse(s string) (Pillar, error) { return pillars.Parse(s) }

// ParseElement returns the element named by s. It accepts the code
// ("GOV.SVC", also written "gov-svc" or "GOV SVC"), the Indonesian and
// English names, and common aliases ("Layanan Publik", "Tata Kelola
// Birokrasi", "wajah kota", "sarana transportasi"), ignoring case,
// punctuation and spacing; a leading "Smart" is optional.
//
// "Building" and "Smart Building" resolve to LIV.MOB, Living's third
// element, which one university source names so; "Smart Mobility", one of
// Giffinger's characteristics, resolves to LIV.MOB as well.
//
// On failure the error is a *ParseError naming the input and, when one is
// close, the nearest element's code.
func ParseElement(s string) (Element, error) { return elements.Parse(s) }

// MustParse is like Parse but panics on error. It is meant for constant
// input in programs and tests.
func MustParse(s string) Pillar {
	p, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return p
}

// MustParseElement is like ParseElement but panics on error. It is meant for
// constant input in programs and tests.
func MustParseElement(s string) Element {
	e, err := ParseElement(s)
	if err != nil {
		panic(err)
	}
	return e
}

// spec is how the package's enums parse: by normalize, with the names as
// spellings, and failing with a *ParseError that suggests the nearest code.
func spec(kind string) enum.Spec {
	return enum.Spec{Kind: kind, Names: true, Fold: normalize, Unknown: parseError}
}

// parseError is the *ParseError for text that names no value.
func parseError(m enum.Miss) error {
	return &ParseError{Kind: m.Kind, Input: m.Input, Suggestion: m.Near()}
}

// normalize folds text for lookup: lower case, every run of characters that
// are not letters or digits becomes one space ("GOV.SVC" → "gov svc"), "&"
// reads as "dan", and a leading "smart" and a trailing "cerdas" are dropped
// ("Smart Governance" → "governance", "Ekonomi Cerdas" → "ekonomi").
func normalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	gap := false
	word := func(w string) {
		if gap && b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
		gap = false
	}
	for _, r := range s {
		switch {
		case r == '&':
			gap = true
			word("dan")
			gap = true
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			word(string(unicode.ToLower(r)))
		default:
			gap = true
		}
	}
	n := b.String()
	if rest, ok := strings.CutPrefix(n, "smart "); ok {
		n = rest
	}
	if rest, ok := strings.CutSuffix(n, " cerdas"); ok {
		n = rest
	}
	return n
}
