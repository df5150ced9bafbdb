package pillar

import (
	"strings"
	"unicode"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/enum"
)

// Parse returns the pillar named by s. It accepts the code ("GOV"), the
// Indonesian and English names, and the aliases people write ("tata kelola",
// "Smart Branding", "kualitas hidup"), ignoring case, punctuation and
// spacing; a leading "Smart" and a trailing "Cerdas" are optional.
//
// Giffinger's characteristics that have no pillar of their own are mapped
// to the pillar that holds them in this framework: "Smart People" and
// "People" to Society, "Smart Mobility" and "Mobility" to Living (whose
// element LIV.MOB is mobility). A GiffingerCharacteristic's UnmarshalText
// reads them as Giffinger characteristics instead.
//
// On failure the error is a *smartcity.ParseError naming the input and, when one is
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
// On failure the error is a *smartcity.ParseError naming the input and, when one is
// close, the nearest element's code.
func ParseElement(s string) (Element, error) { return elements.Parse(s) }

// spec is how the package's enums parse: by normalize, with the names as
// spellings, and failing with a *smartcity.ParseError that suggests the nearest code.
func spec(kind string) enum.Spec {
	return enum.Spec{Kind: kind, Names: true, Fold: normalize, Unknown: parseError}
}

// parseError is the *smartcity.ParseError for text that names no value,
// with the nearest code when one is near.
func parseError(m enum.Miss) error {
	return &smartcity.ParseError{Kind: m.Kind, KindID: words[m.Kind], Input: m.Input, Near: m.Near()}
}

// normalize folds text for lookup: lower case, every run of characters
// that are not letters or digits becomes one space ("GOV.SVC" → "gov svc"),
// "&" reads as "dan", and a leading "smart" and a trailing "cerdas" are
// dropped ("Smart Governance" → "governance", "Ekonomi Cerdas" →
// "ekonomi"). A hyphen or underscore before the first word or after the
// last ("-gov", "GOV_") is no spelling anyone writes: the text is then
// returned lower-cased and trimmed, which matches no spelling but stays
// near enough to one for a suggestion.
func normalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	gap, mark := false, false // since the last word: a separator, a hyphen or underscore
	word := func(w string) {
		if gap && b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
		gap, mark = false, false
	}
	for _, r := range s {
		switch {
		case r == '-' || r == '_':
			if b.Len() == 0 {
				return strings.ToLower(strings.TrimSpace(s))
			}
			gap, mark = true, true
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
	if mark {
		return strings.ToLower(strings.TrimSpace(s))
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
