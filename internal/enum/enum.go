package enum

import (
	"fmt"
	"iter"
	"path"
	"reflect"
	"slices"
	"strings"
)

// Row is one declared value of an enum. A table's rows are a slice indexed
// by the value, so that the declaration reads Mandiri: {…}; row 0, the
// zero value, is left empty.
type Row struct {
	// Code is the stable code: String, MarshalText, and so JSON, YAML and
	// the JSON Schemas. It is never empty.
	Code string
	// ID and EN are the display names in Indonesian and English, Name's
	// answer; empty for an enum that has no names.
	ID, EN string
	// Aliases are the other spellings Parse accepts for the value, such as
	// "kab." for a kabupaten; they are compared after folding, as the code
	// is, so one entry covers every case and separator.
	Aliases []string
}

// Spec says how one enum parses and fails.
type Spec struct {
	// Kind names what is parsed in an error message, such as "stage" or
	// "funding source"; it is the Kind of every Miss.
	Kind string
	// Names makes the display names spellings that Parse accepts, as the
	// code and the aliases are.
	Names bool
	// Fold folds text before comparing, both the input and the table's
	// spellings; nil means Fold.
	Fold func(string) string
	// Unknown turns text that names no value into the package's error, a
	// *smartcity.ParseError. It is required.
	Unknown func(Miss) error
}

// Miss is text that names no value of an enum, as Spec.Unknown receives
// it.
type Miss struct {
	// Kind is the Spec's Kind.
	Kind string
	// Input is the text as given, not folded.
	Input  string
	table  missed // the table that did not know Input
	folded string // Input folded
}

// missed is what a Miss asks of its table.
type missed interface {
	Codes() []string
	near(folded string) string
}

// Codes returns the codes of the declared values in order, in a new slice
// that the error may keep.
func (m Miss) Codes() []string {
	if m.table == nil {
		return nil
	}
	return m.table.Codes()
}

// Near returns the code of the value with the spelling nearest to the
// input, when it is near enough to be a typo ("Goverance" for "GOV"), or
// "". It costs an edit distance per spelling, so it is computed only when
// called.
func (m Miss) Near() string {
	if m.table == nil {
		return ""
	}
	return m.table.near(m.folded)
}

// Table is the declaration of one enum type E: its rows and how it parses.
// It is built by New and never changes afterwards, so that one package-level
// Table serves any number of goroutines.
type Table[E ~uint8] struct {
	pkg, typ string // "spbe", "Stage": for "Stage(9)" and the marshalling error
	spec     Spec
	rows     []Row
	lookup   map[string]E // folded spelling → value
	keys     []key[E]     // the spellings in table order, for Near
	maxLen   int          // the longest spelling, in runes
}

// key is one folded spelling of a value.
type key[E ~uint8] struct {
	text  []rune
	value E
}

// New returns the table of E from rows, indexed by value: rows[0] is the
// zero value and empty, rows[1:] are the declared values in order. It
// panics on a table that cannot be right — an empty row 0 missing, a
// declared value without a code, a spelling that names two values, no
// Spec.Unknown — as such a table is a mistake in the program that any test
// of the package finds at once.
func New[E ~uint8](spec Spec, rows []Row) *Table[E] {
	t := reflect.TypeFor[E]()
	tab := &Table[E]{pkg: path.Base(t.PkgPath()), typ: t.Name(), spec: spec, rows: slices.Clone(rows), lookup: map[string]E{}}
	if tab.spec.Fold == nil {
		tab.spec.Fold = Fold
	}
	switch {
	case spec.Unknown == nil:
		panic(fmt.Sprintf("enum: %s has no Spec.Unknown", tab.typ))
	case len(rows) < 2 || len(rows) > 256:
		panic(fmt.Sprintf("enum: %s has %d rows, not 1 to 255 declared values", tab.typ, len(rows)-1))
	case rows[0].Code != "" || rows[0].ID != "" || rows[0].EN != "" || len(rows[0].Aliases) > 0:
		panic(fmt.Sprintf("enum: %s has a row for the zero value", tab.typ))
	}
	// The codes and names first, then the aliases: a spelling listed twice
	// for one value counts once, and Near prefers the earlier.
	for v := 1; v < len(rows); v++ {
		if rows[v].Code == "" {
			panic(fmt.Sprintf("enum: %s(%d) has no code", tab.typ, v))
		}
		tab.add(rows[v].Code, E(v))
		if spec.Names {
			tab.add(rows[v].ID, E(v))
			tab.add(rows[v].EN, E(v))
		}
	}
	for v := 1; v < len(rows); v++ {
		for _, a := range rows[v].Aliases {
			tab.add(a, E(v))
		}
	}
	return tab
}

// add makes s a spelling of v.
func (t *Table[E]) add(s string, v E) {
	f := t.spec.Fold(s)
	if f == "" {
		return
	}
	if w, dup := t.lookup[f]; dup {
		if w != v {
			panic(fmt.Sprintf("enum: %s spelling %q names both %s and %s", t.typ, s, t.rows[w].Code, t.rows[v].Code))
		}
		return
	}
	t.lookup[f] = v
	r := []rune(f)
	t.keys = append(t.keys, key[E]{text: r, value: v})
	t.maxLen = max(t.maxLen, len(r))
}

// IsValid reports whether v is a declared value.
func (t *Table[E]) IsValid(v E) bool { return v >= 1 && int(v) < len(t.rows) }

// String returns v's code, "" for the zero value and "Type(n)", such as
// "Stage(9)", for an undeclared value.
func (t *Table[E]) String(v E) string {
	switch {
	case v == 0:
		return ""
	case t.IsValid(v):
		return t.rows[v].Code
	}
	return fmt.Sprintf("%s(%d)", t.typ, uint8(v))
}

// Name returns v's display name in lang, a smartcity.Lang: English for
// smartcity.English (whose String is "en"), Indonesian for any other Lang,
// the zero one included. It is "" for a value that is not valid. The
// language comes as a fmt.Stringer so that this package does not import
// package smartcity, which declares its own enum with it.
func (t *Table[E]) Name(v E, lang fmt.Stringer) string {
	switch {
	case !t.IsValid(v):
		return ""
	case lang != nil && lang.String() == "en":
		return t.rows[v].EN
	}
	return t.rows[v].ID
}

// Parse returns the value s spells, or the error Spec.Unknown makes of s.
// The code as written is found without folding, so that reading a file of
// codes allocates nothing.
func (t *Table[E]) Parse(s string) (E, error) {
	for v := 1; v < len(t.rows); v++ {
		if s == t.rows[v].Code {
			return E(v), nil
		}
	}
	f := t.spec.Fold(s)
	if v, ok := t.lookup[f]; ok {
		return v, nil
	}
	return 0, t.spec.Unknown(Miss{Kind: t.spec.Kind, Input: s, table: t, folded: f})
}

// MarshalText is encoding.TextMarshaler for v: the code, empty text for the
// zero value, and an error for an undeclared value, which has no code to
// write.
func (t *Table[E]) MarshalText(v E) ([]byte, error) {
	switch {
	case v == 0:
		return []byte{}, nil
	case t.IsValid(v):
		return []byte(t.rows[v].Code), nil
	}
	return nil, fmt.Errorf("%s: cannot marshal undeclared %s(%d)", t.pkg, t.typ, uint8(v))
}

// UnmarshalText is encoding.TextUnmarshaler for *dst: empty text is the
// zero value, other text is parsed. On error *dst is unchanged.
func (t *Table[E]) UnmarshalText(dst *E, text []byte) error {
	if len(text) == 0 {
		*dst = 0
		return nil
	}
	v, err := t.Parse(string(text))
	if err != nil {
		return err
	}
	*dst = v
	return nil
}

// All returns the declared values in order.
func (t *Table[E]) All() iter.Seq[E] {
	return func(yield func(E) bool) {
		for v := 1; v < len(t.rows); v++ {
			if !yield(E(v)) {
				return
			}
		}
	}
}

// Codes returns the codes of the declared values in order, in a new slice.
func (t *Table[E]) Codes() []string {
	codes := make([]string, len(t.rows)-1)
	for i := range codes {
		codes[i] = t.rows[i+1].Code
	}
	return codes
}

// Spellings returns the folded spellings Parse accepts for v — its code,
// its names where they are spellings, its aliases — each once, in table
// order; nil for a value that is not valid. Tests list them, so that a
// spelling that goes away shows.
func (t *Table[E]) Spellings(v E) []string {
	var out []string
	for _, k := range t.keys {
		if k.value == v {
			out = append(out, string(k.text))
		}
	}
	return out
}

// Listing returns every spelling of the table, a line each — the type, the
// folded spelling and the code of its value, separated by tabs — value by
// value, and checks that parse, the package's exported parser, reads each
// spelling to its value. A package's tests keep the listing in a golden
// file, so that a spelling that goes away or comes to mean another value
// shows in review.
func (t *Table[E]) Listing(parse func(string) (E, error)) (string, error) {
	var b strings.Builder
	for v := range t.All() {
		for _, s := range t.Spellings(v) {
			got, err := parse(s)
			if err != nil {
				return "", err
			}
			if got != v {
				return "", fmt.Errorf("enum: %s spelling %q parses to %s, not %s", t.typ, s, t.String(got), t.String(v))
			}
			fmt.Fprintf(&b, "%s\t%s\t%s\n", t.typ, s, t.rows[v].Code)
		}
	}
	return b.String(), nil
}

// Refuses checks that parse, the package's exported parser, refuses the
// spellings of the table that nobody writes: each folded spelling with a
// hyphen or an underscore before or after it ("-1", "baik_"). It returns an
// error naming the first such text that parse accepts. A package's tests
// call it for each of its tables, beside Listing.
func (t *Table[E]) Refuses(parse func(string) (E, error)) error {
	for _, k := range t.keys {
		s := string(k.text)
		for _, bad := range []string{"-" + s, "_" + s, s + "-", s + "_", " - " + s, s + " _ ", "-" + s + "-"} {
			if v, err := parse(bad); err == nil {
				return fmt.Errorf("enum: %s accepts %q, as %s", t.typ, bad, t.String(v))
			}
		}
	}
	return nil
}

// Check is Listing and Refuses with the table's own parser, the one its
// UnmarshalText and a package's Parse function call: the listing of every
// spelling, or the first error of either check. A package's tests hand
// their tables to golden.Spellings, which keeps the listings in a golden
// file.
func (t *Table[E]) Check() (string, error) {
	listing, err := t.Listing(t.Parse)
	if err != nil {
		return "", err
	}
	if err := t.Refuses(t.Parse); err != nil {
		return "", err
	}
	return listing, nil
}
