package pillar

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
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
func Parse(s string) (Pillar, error) { return pillarIndex().parse(s) }

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
func ParseElement(s string) (Element, error) { return elementIndex().parse(s) }

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

// alias maps a spelling seen in the wild to a declared value.
type alias[T ~uint8] struct {
	text  string
	value T
}

// key is one normalised spelling in an index.
type key[T ~uint8] struct {
	text  []rune
	value T
}

// index resolves normalised text to values of one enum and suggests the
// nearest value for text it does not know. Indexes are built once and never
// written to afterwards.
type index[T ~uint8] struct {
	kind   string
	codes  []entry // the enum's table, for the suggestion's code
	lookup map[string]T
	keys   []key[T] // in table order, so ties in suggestions are stable
	maxLen int      // longest key in runes
}

// newIndex indexes every code and name in table and every alias. Entry 0 of
// table is the unset value and is skipped.
func newIndex[T ~uint8](kind string, table []entry, aliases []alias[T]) *index[T] {
	ix := &index[T]{kind: kind, codes: table, lookup: make(map[string]T)}
	add := func(text string, v T) {
		n := normalize(text)
		if n == "" {
			return
		}
		if _, dup := ix.lookup[n]; dup {
			return // the same spelling listed twice for the same value
		}
		ix.lookup[n] = v
		r := []rune(n)
		ix.keys = append(ix.keys, key[T]{text: r, value: v})
		ix.maxLen = max(ix.maxLen, len(r))
	}
	for i := 1; i < len(table); i++ {
		v := T(i)
		add(table[i].code, v)
		add(table[i].nameID, v)
		add(table[i].nameEN, v)
	}
	for _, a := range aliases {
		add(a.text, a.value)
	}
	return ix
}

func (ix *index[T]) parse(s string) (T, error) {
	n := normalize(s)
	if v, ok := ix.lookup[n]; ok {
		return v, nil
	}
	err := &ParseError{Kind: ix.kind, Input: s}
	if v, ok := ix.suggest(n); ok {
		err.Suggestion = ix.codes[v].code
	}
	return 0, err
}

// suggest returns the value whose spelling is nearest to the normalised
// input n by edit distance, when that distance is small enough to be a typo
// (see typoLimit). Ties go to the spelling listed first.
func (ix *index[T]) suggest(n string) (T, bool) {
	in := []rune(n)
	if len(in) == 0 || len(in) > 2*ix.maxLen {
		return 0, false
	}
	best, bestDist := T(0), -1
	var rows distRows
	for _, k := range ix.keys {
		limit := typoLimit(len(k.text))
		if abs(len(in)-len(k.text)) > limit {
			continue // the distance is at least the difference in length
		}
		d := rows.distance(in, k.text)
		if d <= limit && (bestDist < 0 || d < bestDist) {
			best, bestDist = k.value, d
		}
	}
	return best, bestDist >= 0
}

// typoLimit is the largest edit distance from a spelling of n runes that is
// still taken for a typo: one edit for codes and short words, two up to nine
// runes, a quarter of the length beyond.
func typoLimit(n int) int {
	switch {
	case n <= 4:
		return 1
	case n <= 9:
		return 2
	default:
		return n / 4
	}
}

func abs(n int) int { return max(n, -n) }

// editDistance returns the optimal-string-alignment distance between a and
// b: insertions, deletions, substitutions and transpositions of adjacent
// runes each count one ("gvo" is one edit from "gov").
func editDistance(a, b []rune) int {
	var rows distRows
	return rows.distance(a, b)
}

// distRows holds the rows of the distance table, reused from one call to
// the next.
type distRows struct{ pp, prev, cur []int }

func (r *distRows) distance(a, b []rune) int {
	// Three rolling rows: two back, previous, current.
	n := len(b) + 1
	if cap(r.pp) < n {
		r.pp, r.prev, r.cur = make([]int, n), make([]int, n), make([]int, n)
	}
	pp, prev, cur := r.pp[:n], r.prev[:n], r.cur[:n]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d = min(d, pp[j-2]+1)
			}
			cur[j] = d
		}
		pp, prev, cur = prev, cur, pp
	}
	return prev[len(b)]
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

// The indexes behind the parsers, built on first use.
var (
	pillarIndex = sync.OnceValue(func() *index[Pillar] {
		return newIndex("pillar", pillarTable[:], pillarAliases[:])
	})
	elementIndex = sync.OnceValue(func() *index[Element] {
		return newIndex("element", elementTable[:], elementAliases[:])
	})
)
