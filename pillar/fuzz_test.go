package pillar

import (
	"encoding"
	"encoding/json"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
)

// enumValue is what the four parsed types have in common.
type enumValue interface {
	comparable
	String() string
	Name(smartcity.Lang) string
	encoding.TextMarshaler
}

// checkParse holds the properties every parser keeps, whatever the input:
// no panic; an error is a *smartcity.ParseError whose suggestion parses; a success is
// declared and parses back from its code and names; UnmarshalText agrees with
// the parser; and MarshalText/UnmarshalText round-trip.
func checkParse[T enumValue](t *testing.T, s string, parse func(string) (T, error), unmarshal func([]byte) (T, error)) {
	v, err := parse(s)
	u, uerr := unmarshal([]byte(s))
	if s == "" {
		require.NoError(t, uerr, "empty text is the zero value")
		var zero T
		assert.Equal(t, zero, u)
	} else {
		assert.Equal(t, err == nil, uerr == nil)
		assert.Equal(t, v, u)
	}
	if err != nil {
		var pe *smartcity.ParseError
		require.ErrorAs(t, err, &pe)
		assert.True(t, errors.As(err, new(*smartcity.ParseError)))
		assert.Equal(t, s, pe.Input)
		assert.NotEmpty(t, pe.Error())
		if pe.Near != "" {
			_, serr := parse(pe.Near)
			assert.NoError(t, serr, "suggestion %q", pe.Near)
		}
		return
	}
	require.NotEmpty(t, v.Name(smartcity.English), "a parsed value is declared")
	for _, text := range []string{v.String(), v.Name(smartcity.Indonesian), v.Name(smartcity.English)} {
		back, err := parse(text)
		require.NoError(t, err, text)
		assert.Equal(t, v, back, text)
	}
	b, err := v.MarshalText()
	require.NoError(t, err)
	back, err := unmarshal(b)
	require.NoError(t, err)
	assert.Equal(t, v, back)
}

func seeds(f *testing.F) {
	for _, s := range []string{
		"", " ", "GOV", "gov.svc", "GOV-SVC", "Smart Governance", "tata kelola", "Pelayanan Publik",
		"Layanan Publik", "Tata Kelola Birokrasi", "wajah kota", "Building", "Smart People", "Smart Mobility",
		"Goverance", "LIV.MOV", "solid_waste", "climate change", "Smart Peopel", "&", "smart ", " cerdas",
		"\xff", "ENV.ENE\x00", "İ", "Ｇｏｖ", "ekonomi cerdas cerdas",
	} {
		f.Add(s)
	}
}

func FuzzParse(f *testing.F) {
	seeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		checkParse(t, s, Parse, func(b []byte) (Pillar, error) {
			var p Pillar
			err := p.UnmarshalText(b)
			return p, err
		})
	})
}

func FuzzParseElement(f *testing.F) {
	seeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		checkParse(t, s, ParseElement, func(b []byte) (Element, error) {
			var e Element
			err := e.UnmarshalText(b)
			return e, err
		})
	})
}

func FuzzParseGiffinger(f *testing.F) {
	seeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		checkParse(t, s, giffingers.Parse, func(b []byte) (GiffingerCharacteristic, error) {
			var c GiffingerCharacteristic
			err := c.UnmarshalText(b)
			return c, err
		})
	})
}

func FuzzParseISOTheme(f *testing.F) {
	seeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		checkParse(t, s, isoThemes.Parse, func(b []byte) (ISOTheme, error) {
			var th ISOTheme
			err := th.UnmarshalText(b)
			return th, err
		})
	})
}

// FuzzScorecardJSON: decoding never panics, and whatever decodes encodes
// and decodes back to the same scorecard.
func FuzzScorecardJSON(f *testing.F) {
	for _, s := range []string{
		`{"region":"Kabupaten Rembang","scale":{"min":0,"max":100},"values":{"GOV.SVC":80,"LIV.MOB":30}}`,
		`{"region":"R","scale":{"min":1,"max":5},"values":{"Layanan Publik":3.64}}`,
		`{"region":"R","scale":{"min":1,"max":5},"values":{"GOV.SVC":3,"pelayanan publik":4}}`,
		`{"region":"","scale":{"min":5,"max":1},"values":{"x":1e400}}`,
		`{"region":"R","scale":{"min":0,"max":1}} {}`,
		`{"region":"R","scale":{"min":-0,"max":1e308},"values":{}}`,
		`null`, `[]`, `{`, ``,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var s Scorecard
		if err := s.UnmarshalJSON(data); err != nil || s.isZero() {
			return
		}
		for e, v := range s.each() {
			require.True(t, e.IsValid())
			require.True(t, s.scale.contains(v))
		}
		b, err := json.Marshal(s)
		require.NoError(t, err)
		var back Scorecard
		require.NoError(t, json.Unmarshal(b, &back))
		assert.Equal(t, s, back)
	})
}
