package enum

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// season is an enum declared as the packages declare theirs.
type season uint8

const (
	dry season = 1 + iota
	wet
	transition
)

func (s season) String() string                   { return seasons.String(s) }
func (s season) MarshalText() ([]byte, error)     { return seasons.MarshalText(s) }
func (s *season) UnmarshalText(text []byte) error { return seasons.UnmarshalText(s, text) }

// lang stands for a smartcity.Lang, which this package's tests cannot
// import: package smartcity imports this one.
type lang string

func (l lang) String() string { return string(l) }

// parseError is the error a package would make of a Miss.
type parseError struct{ kind, input, near string }

func (e *parseError) Error() string { return "unknown " + e.kind + " " + e.input + " near " + e.near }

var seasons = New[season](Spec{
	Kind:    "season",
	Names:   true,
	Unknown: func(m Miss) error { return &parseError{m.Kind, m.Input, m.Near()} },
}, []Row{
	dry:        {Code: "dry", ID: "kemarau", EN: "dry season", Aliases: []string{"musim kemarau", "kering"}},
	wet:        {Code: "wet", ID: "penghujan", EN: "wet season", Aliases: []string{"hujan", "rainy season", "monsoon"}},
	transition: {Code: "peralihan_musim", ID: "pancaroba", EN: "transition"},
})

func TestTable(t *testing.T) {
	assert.Equal(t, "dry", dry.String())
	assert.Equal(t, "peralihan_musim", transition.String())
	assert.Equal(t, "", season(0).String())
	assert.Equal(t, "season(4)", season(4).String())
	assert.Equal(t, "season(255)", season(255).String())

	assert.True(t, seasons.IsValid(transition))
	assert.False(t, seasons.IsValid(0))
	assert.False(t, seasons.IsValid(4))

	assert.Equal(t, "penghujan", seasons.Name(wet, lang("id")))
	assert.Equal(t, "penghujan", seasons.Name(wet, lang("")), "the zero Lang is Indonesian")
	assert.Equal(t, "penghujan", seasons.Name(wet, lang("fr")), "so is an undeclared one")
	assert.Equal(t, "penghujan", seasons.Name(wet, nil))
	assert.Equal(t, "wet season", seasons.Name(wet, lang("en")))
	assert.Equal(t, "", seasons.Name(0, lang("en")))
	assert.Equal(t, "", seasons.Name(4, lang("id")))

	assert.Equal(t, []season{dry, wet, transition}, slices.Collect(seasons.All()))
	codes := seasons.Codes()
	assert.Equal(t, []string{"dry", "wet", "peralihan_musim"}, codes)
	codes[0] = "changed"
	assert.Equal(t, "dry", dry.String(), "Codes is a copy")

	assert.Equal(t, []string{"wet", "penghujan", "wet season", "hujan", "rainy season", "monsoon"}, seasons.Spellings(wet))
	assert.Equal(t, []string{"peralihan musim", "pancaroba", "transition"}, seasons.Spellings(transition))
	assert.Nil(t, seasons.Spellings(0))
}

func TestText(t *testing.T) {
	text, err := wet.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "wet", string(text))
	text, err = season(0).MarshalText()
	require.NoError(t, err)
	assert.Equal(t, []byte{}, text)
	_, err = season(7).MarshalText()
	assert.EqualError(t, err, "enum: cannot marshal undeclared season(7)")

	s := wet
	require.NoError(t, s.UnmarshalText(nil))
	assert.Equal(t, season(0), s, "empty text is the zero value")
	require.NoError(t, s.UnmarshalText([]byte("Musim-Kemarau")))
	assert.Equal(t, dry, s)
	require.Error(t, s.UnmarshalText([]byte("winter")))
	assert.Equal(t, dry, s, "unchanged on error")

	b, err := json.Marshal(map[season]season{wet: transition})
	require.NoError(t, err)
	assert.JSONEq(t, `{"wet":"peralihan_musim"}`, string(b))
	var back map[season]season
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, map[season]season{wet: transition}, back)
}

func TestParse(t *testing.T) {
	for in, want := range map[string]season{
		"dry":                 dry,
		"DRY":                 dry,
		"  Dry\t":             dry,
		"kemarau":             dry,
		"Musim  Kemarau":      dry,
		"musim_kemarau":       dry,
		"Rainy\u00a0Season":   wet,
		"WET SEASON":          wet,
		"peralihan_musim":     transition,
		"peralihan musim":     transition,
		"Peralihan-Musim":     transition,
		"pancaroba":           transition,
		"transition":          transition,
		"\nmonsoon\r\n":       wet,
		"hujan":               wet,
		"penghujan":           wet,
		"wet\u2003season":     wet,
		"wet - season":        wet,
		"peralihan\tmusim\v ": transition,
	} {
		got, err := seasons.Parse(in)
		require.NoError(t, err, "%q", in)
		assert.Equal(t, want, got, "%q", in)
	}
	for in, near := range map[string]string{
		"":             "",
		"  ":           "",
		"winter":       "",
		"kemaru":       "dry",
		"pancaorba":    "peralihan_musim",
		"dry.":         "dry",
		"wet season!":  "wet",
		"\xff":         "",
		"season(1)":    "",
		"musimkemarau": "dry",
		"summer":       "",
		// A hyphen or underscore stands only between two words.
		"_dry":            "dry",
		"dry-":            "dry",
		" -Dry ":          "dry",
		"-musim-kemarau-": "dry",
		"musim--kemarau":  "dry",
		"wet_-_season":    "",
		"-":               "",
	} {
		_, err := seasons.Parse(in)
		var pe *parseError
		require.ErrorAs(t, err, &pe, "%q", in)
		assert.Equal(t, parseError{"season", in, near}, *pe, "%q", in)
	}
}

// TestParseNames: without Spec.Names the names are for display only.
func TestParseNames(t *testing.T) {
	codesOnly := New[season](Spec{Kind: "season", Unknown: func(m Miss) error { return errors.New(m.Input) }}, []Row{
		dry: {Code: "dry", ID: "kemarau", EN: "dry season", Aliases: []string{"kering"}},
	})
	_, err := codesOnly.Parse("kemarau")
	assert.EqualError(t, err, "kemarau")
	got, err := codesOnly.Parse("Kering")
	require.NoError(t, err)
	assert.Equal(t, dry, got)
	assert.Equal(t, "kemarau", codesOnly.Name(dry, lang("")))
	assert.Equal(t, []string{"dry", "kering"}, codesOnly.Spellings(dry))
}

func TestMiss(t *testing.T) {
	var miss Miss
	_, err := New[season](Spec{Kind: "season", Unknown: func(m Miss) error { miss = m; return errors.New("no") }}, []Row{
		dry: {Code: "dry"}, wet: {Code: "wet"},
	}).Parse(" Wte ")
	require.Error(t, err)
	assert.Equal(t, "season", miss.Kind)
	assert.Equal(t, " Wte ", miss.Input)
	assert.Equal(t, []string{"dry", "wet"}, miss.Codes())
	assert.Equal(t, "wet", miss.Near())
	assert.Equal(t, "", Miss{}.Near())
	assert.Nil(t, Miss{}.Codes())
}

// TestNearTies: of two spellings equally near, the one listed first wins,
// codes and names before aliases.
func TestNearTies(t *testing.T) {
	var near string
	tab := New[season](Spec{Kind: "season", Names: true, Unknown: func(m Miss) error { near = m.Near(); return errors.New("no") }}, []Row{
		dry: {Code: "dry", Aliases: []string{"abce"}},
		wet: {Code: "wet", ID: "abcd"},
	})
	_, err := tab.Parse("abcf")
	require.Error(t, err)
	assert.Equal(t, "wet", near, "the name of wet comes before the alias of dry")
	_, err = tab.Parse("dr")
	require.Error(t, err)
	assert.Equal(t, "dry", near)
	_, err = tab.Parse("abcdefghi")
	require.Error(t, err)
	assert.Equal(t, "", near, "longer than twice the longest spelling")
}

func TestNewPanics(t *testing.T) {
	unknown := func(Miss) error { return errors.New("no") }
	for name, build := range map[string]func(){
		"no Unknown":     func() { New[season](Spec{}, []Row{dry: {Code: "dry"}}) },
		"no rows":        func() { New[season](Spec{Unknown: unknown}, nil) },
		"only row 0":     func() { New[season](Spec{Unknown: unknown}, []Row{{}}) },
		"a zero row":     func() { New[season](Spec{Unknown: unknown}, []Row{{Code: "none"}, {Code: "dry"}}) },
		"a missing code": func() { New[season](Spec{Unknown: unknown}, []Row{dry: {Code: "dry"}, transition: {Code: "x"}}) },
		"a shadowed code": func() {
			New[season](Spec{Unknown: unknown}, []Row{dry: {Code: "dry"}, wet: {Code: "wet", Aliases: []string{"DRY"}}})
		},
		"a shadowed name": func() {
			New[season](Spec{Unknown: unknown, Names: true}, []Row{dry: {Code: "dry", ID: "kering"}, wet: {Code: "wet", Aliases: []string{"kering"}}})
		},
		"too many rows": func() { New[season](Spec{Unknown: unknown}, make([]Row, 257)) },
	} {
		assert.Panics(t, build, name)
	}
	assert.NotPanics(t, func() {
		New[season](Spec{Unknown: unknown, Names: true}, []Row{dry: {Code: "dry", ID: "Dry", EN: "dry", Aliases: []string{"DRY", "dry"}}})
	}, "a spelling listed twice for one value")
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"":                    "",
		"dry":                 "dry",
		"Sangat Baik":         "sangat baik",
		"  sangat_baik  ":     "sangat baik",
		"SANGAT-BAIK":         "sangat baik",
		"sangat - baik":       "sangat baik",
		"Stage_I":             "stage i",
		"penilaian\ninterviu": "penilaian interviu",
		// A hyphen or underscore between no two words is kept, so that
		// the text matches no spelling.
		"-1":               "-1",
		" _Baik ":          "_baik",
		"baik-":            "baik-",
		"sangat__baik":     "sangat__baik",
		"sangat - -baik":   "sangat - -baik",
		"Sangat -_ Baik":   "sangat -_ baik",
		"_-_":              "_-_",
		"-":                "-",
		"\tkab.\n":         "kab.",
		"structure.people": "structure.people",
		"kpbu/ppp":         "kpbu/ppp",
		"Dana\u00a0Desa":   "dana desa",
		"ÜBER  straße":     "über straße",
		"a \u3000 b":       "a b",
		"trailing ":        "trailing",
		" leading":         "leading",
		"two  spaces":      "two spaces",
		"\xffbad":          "\ufffdbad",
	} {
		assert.Equal(t, want, Fold(in), "%q", in)
	}
}

// TestNoAllocations: a code as written and text already folded are read
// without allocating, as a decoder reads them by the million.
func TestNoAllocations(t *testing.T) {
	assert.Zero(t, testing.AllocsPerRun(100, func() {
		if v, err := seasons.Parse("peralihan_musim"); err != nil || v != transition {
			t.Fatal(v, err)
		}
		if v, err := seasons.Parse("rainy season"); err != nil || v != wet {
			t.Fatal(v, err)
		}
		_ = seasons.String(wet)
	}))
}

func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"gov", "", 3},
		{"", "gov", 3},
		{"gov", "gov", 0},
		{"gvo", "gov", 1},
		{"goverance", "governance", 1},
		{"kitten", "sitting", 3},
		{"ca", "abc", 3},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, editDistance([]rune(tt.a), []rune(tt.b)), "%q %q", tt.a, tt.b)
		assert.Equal(t, tt.want, editDistance([]rune(tt.b), []rune(tt.a)), "%q %q", tt.b, tt.a)
	}
}

// FuzzFold: folding is idempotent, the fast path agrees with the slow
// one, and AppendFold appends what Fold returns, whatever the buffer holds
// before.
func FuzzFold(f *testing.F) {
	for _, s := range []string{"", "dry", " Sangat_Baik ", "a  b", "\xff", "İ", "ǅ", "a\u00a0-b", "x ", "-1", "a__b", "b_ ", " _ "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		once := Fold(s)
		require.Equal(t, once, Fold(once), "%q", s)
		if folded(s) {
			require.Equal(t, s, once)
		}
		require.Equal(t, "Kab. -"+once, string(AppendFold([]byte("Kab. -"), s)), "%q", s)
	})
}

func TestRefuses(t *testing.T) {
	require.NoError(t, seasons.Refuses(seasons.Parse))
	loose := func(s string) (season, error) { return seasons.Parse(strings.Trim(s, "-_ ")) }
	assert.EqualError(t, seasons.Refuses(loose), `enum: season accepts "-dry", as dry`)
}

// FuzzParse: Parse never panics; what it accepts is a declared value whose
// code parses back to it, and what it refuses comes to Unknown with a
// suggestion that is a code or nothing.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"dry", "Musim Kemarau", "peralihan-musim", "kemaru", "", "\x00", "ü"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := seasons.Parse(s)
		if err != nil {
			var pe *parseError
			require.ErrorAs(t, err, &pe)
			require.Equal(t, s, pe.input)
			if pe.near != "" {
				require.Contains(t, seasons.Codes(), pe.near)
			}
			return
		}
		require.True(t, seasons.IsValid(v))
		back, err := seasons.Parse(v.String())
		require.NoError(t, err)
		require.Equal(t, v, back)
	})
}

func TestListing(t *testing.T) {
	list, err := seasons.Listing(seasons.Parse)
	require.NoError(t, err)
	assert.Equal(t, "season\tdry\tdry\nseason\tkemarau\tdry\nseason\tdry season\tdry\nseason\tmusim kemarau\tdry\nseason\tkering\tdry\n"+
		"season\twet\twet\nseason\tpenghujan\twet\nseason\twet season\twet\nseason\thujan\twet\nseason\trainy season\twet\nseason\tmonsoon\twet\n"+
		"season\tperalihan musim\tperalihan_musim\nseason\tpancaroba\tperalihan_musim\nseason\ttransition\tperalihan_musim\n", list)
	_, err = seasons.Listing(func(s string) (season, error) { return dry, nil })
	assert.EqualError(t, err, `enum: season spelling "wet" parses to dry, not wet`)
	_, err = seasons.Listing(func(s string) (season, error) { return 0, errors.New("no " + s) })
	assert.EqualError(t, err, "no dry")
}

func TestCheck(t *testing.T) {
	list, err := seasons.Check()
	require.NoError(t, err)
	want, err := seasons.Listing(seasons.Parse)
	require.NoError(t, err)
	assert.Equal(t, want, list)
}
