package pillar_test

import (
	"encoding/json"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/pillar"
)

// spellings returns the ways a user may write a value: its code, its names
// in both languages, and those in other case and with surrounding space.
func spellings(code string, names ...string) []string {
	var out []string
	for _, s := range append([]string{code}, names...) {
		out = append(out, s, strings.ToLower(s), strings.ToUpper(s), "  "+s+"\t")
	}
	return out
}

// textRoundTrip checks that every spelling of v parses to v, and that v's
// text and JSON forms, as a value and as a map key, come back as v.
func textRoundTrip[T interface {
	comparable
	String() string
	MarshalText() ([]byte, error)
}, P interface {
	*T
	UnmarshalText([]byte) error
}](t *testing.T, v T, parse func(string) (T, error), names ...string) {
	t.Helper()
	for _, s := range spellings(v.String(), names...) {
		got, err := parse(s)
		require.NoError(t, err, "%q", s)
		require.Equal(t, v, got, "%q", s)
	}
	text, err := v.MarshalText()
	require.NoError(t, err)
	require.Equal(t, v.String(), string(text))
	var back T
	require.NoError(t, P(&back).UnmarshalText(text))
	require.Equal(t, v, back)

	data, err := json.Marshal(map[T][]T{v: {v}})
	require.NoError(t, err)
	var m map[T][]T
	require.NoError(t, json.Unmarshal(data, &m))
	require.Equal(t, map[T][]T{v: {v}}, m)
}

// unmarshalText reads s as a T with its UnmarshalText, the parser of the
// enums that have no Parse function.
func unmarshalText[T any, P interface {
	*T
	UnmarshalText([]byte) error
}](s string) (T, error) {
	var v T
	err := P(&v).UnmarshalText([]byte(s))
	return v, err
}

// TestTextRoundTripProperty: every pillar, element, Giffinger
// characteristic and ISO 37120 theme parses back from its code and its
// names, and goes through text and JSON unchanged.
func TestTextRoundTripProperty(t *testing.T) {
	for p := range pillar.All() {
		textRoundTrip(t, p, pillar.Parse, p.Name(smartcity.Indonesian), p.Name(smartcity.English))
	}
	for e := range pillar.AllElements() {
		textRoundTrip(t, e, pillar.ParseElement, e.Name(smartcity.Indonesian), e.Name(smartcity.English))
	}
	for c := pillar.GiffingerEconomy; c <= pillar.GiffingerLiving; c++ {
		textRoundTrip(t, c, unmarshalText[pillar.GiffingerCharacteristic], c.Name(smartcity.Indonesian), c.Name(smartcity.English))
	}
	for th := range pillar.AllISOThemes() {
		textRoundTrip(t, th, unmarshalText[pillar.ISOTheme], th.Name(smartcity.Indonesian), th.Name(smartcity.English))
	}
}

// TestScorecardRoundTripProperty: generated scorecards on generated scales
// come back from JSON with the same region, scale and values.
func TestScorecardRoundTripProperty(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	elements := make([]pillar.Element, 0, 18)
	for e := range pillar.AllElements() {
		elements = append(elements, e)
	}
	scales := []pillar.Scale{{Min: 0, Max: 100}, {Min: 1, Max: 5}, {Min: 0, Max: 1}, {Min: -3, Max: 3}}
	for i := range 150 {
		scale := scales[rng.IntN(len(scales))]
		values := map[pillar.Element]float64{}
		for _, e := range elements {
			switch rng.IntN(3) {
			case 0: // no value
			case 1: // a decimal as a region reports it
				values[e] = scale.Min + math.Round(rng.Float64()*(scale.Max-scale.Min)*100)/100
			default: // any float on the scale, which JSON must keep exactly
				values[e] = scale.Min + rng.Float64()*(scale.Max-scale.Min)
			}
		}
		s, err := pillar.NewScorecard("Kabupaten Contoh "+string(rune('A'+i%26)), scale, values)
		require.NoError(t, err, "scorecard %d", i)
		data, err := json.Marshal(s)
		require.NoError(t, err)
		var back pillar.Scorecard
		require.NoError(t, json.Unmarshal(data, &back), "%s", data)
		require.Equal(t, s, back, "scorecard %d", i)
		require.Equal(t, s.Summarize(pillar.Weights{}), back.Summarize(pillar.Weights{}))
	}
}
