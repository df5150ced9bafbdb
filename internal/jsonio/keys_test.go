package jsonio

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/kotacerdas/smartcity"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A key written twice or in another case is refused at its path, every
// one in one pass, wherever it is: a struct, a map, a value that decodes
// itself, an unknown field.
func TestUnmarshalAllRefusesRepeatedAndMiscasedKeys(t *testing.T) {
	doc := `{
  "region": "a", "region": "b",
  "entries": [{"year": 1, "YEAR": 2, "scores": {"low": 1, "low": 2, "LOW": 3}, "raw": {"x": 1, "x": 2}}],
  "tags": {"a": 1, "\u0061": 2, "A": 3},
  "any": [{"k": 1, "k": 2}],
  "Done": true
}`
	// The fuzz oracle sees what the scan sees.
	require.True(t, hasRepeatedKey([]byte(doc)))
	require.False(t, hasRepeatedKey([]byte(validDocument)))

	var d document
	errs := UnmarshalAll([]byte(doc), &d)
	got := placesOf(errs)
	assert.Equal(t, []errPlace{
		{2, 18, "region", KindDuplicateKey},
		{3, 27, "entries[0].YEAR", KindKeyCase},
		{3, 59, "entries[0].scores.low", KindDuplicateKey},
		{3, 69, "entries[0].scores.LOW", KindValue}, // no grade, in the test's type
		{3, 96, "entries[0].raw.x", KindDuplicateKey},
		{4, 20, "tags.a", KindDuplicateKey},
		{5, 20, "any[0].k", KindDuplicateKey},
		{6, 3, "Done", KindKeyCase},
	}, got)
	// Keys of a map are the same only as the same text: "LOW" and "A"
	// are other keys (which the map's key type may refuse on its own).
	assert.Len(t, d.Tags, 2)

	ps, ok := UnmarshalChecked([]byte(doc), &d, Options{}, nil)
	require.True(t, ok)
	assert.Equal(t, "duplicate_key", ps[0].Rule)
	assert.Equal(t, "key_case", ps[1].Rule)
	assert.Equal(t, `baris 2, kolom 18: pada region: kolom "region" ditulis lebih dari sekali dalam satu objek`, errs[0].Message(smartcity.Indonesian))
	assert.Equal(t, `line 3, column 27: field entries[0].YEAR: key "YEAR" is written "year"`, errs[1].Message(smartcity.English))
	assert.Equal(t, `baris 3, kolom 27: pada entries[0].YEAR: kolom "YEAR" harus ditulis "year", dengan huruf besar dan kecil yang sama`, errs[1].Message(smartcity.Indonesian))
}

// Unmarshal, and so Decode, refuse the same keys, with the first of them.
func TestUnmarshalRefusesRepeatedAndMiscasedKeys(t *testing.T) {
	for doc, want := range map[string]string{
		`{"region": "a", "region": "b"}`:            `line 1, column 17: field region: duplicate key "region"`,
		`{"REGION": "a"}`:                           `line 1, column 2: field REGION: key "REGION" is written "region"`,
		`{"tags": {"a": 1, "b": 2, "a": 3}}`:        `line 1, column 27: field tags.a: duplicate key "a"`,
		`{"any": {"k": {"x": [{"y": 1, "y": 2}]}}}`: `line 1, column 31: field any.k.x[0].y: duplicate key "y"`,
	} {
		var d document
		err := Unmarshal([]byte(doc), &d)
		require.Error(t, err, doc)
		assert.Equal(t, want, err.Error())
	}
	// Many keys in one map are told apart by their text.
	var m map[string]int
	big := []byte(`{"k0": 0`)
	for i := 1; i < 3*fewKeys; i++ {
		big = append(big, `, "k`+string(rune('0'+i%10))+string(rune('a'+i/10))+`": 0`...)
	}
	require.NoError(t, Unmarshal(append(big, '}'), &m))
	require.Error(t, Unmarshal(append(big, `, "k\u0031a": 1}`...), &m))
}

// hasRepeatedKey reports whether an object of data, valid JSON, holds a
// key twice, as the same text: the fuzz oracle, read with encoding/json's
// tokens rather than the scan under test.
func hasRepeatedKey(data []byte) bool {
	dec := json.NewDecoder(bytes.NewReader(data))
	type level struct {
		keys   map[string]bool
		object bool
		isKey  bool
	}
	var stack []*level
	for {
		tok, err := dec.Token()
		if err != nil {
			return false
		}
		var top *level
		if len(stack) > 0 {
			top = stack[len(stack)-1]
		}
		if top != nil && top.object && top.isKey {
			if s, ok := tok.(string); ok {
				if top.keys[s] {
					return true
				}
				top.keys[s] = true
				top.isKey = false
				continue
			}
		}
		if top != nil && top.object {
			top.isKey = true // after this value, a key
		}
		switch tok {
		case json.Delim('{'):
			stack = append(stack, &level{keys: map[string]bool{}, object: true, isKey: true})
		case json.Delim('['):
			stack = append(stack, &level{})
		case json.Delim('}'), json.Delim(']'):
			stack = stack[:len(stack)-1]
			if len(stack) > 0 && stack[len(stack)-1].object {
				stack[len(stack)-1].isKey = true
			}
		}
	}
}

// errPlace is where an error of UnmarshalAll stands and what kind it is.
type errPlace struct {
	line, col   int
	field, kind string
}

// placesOf lists the places of errs, in order.
func placesOf(errs []*Error) []errPlace {
	var out []errPlace
	for _, e := range errs {
		out = append(out, errPlace{e.Line, e.Column, e.Field, e.Kind})
	}
	return out
}
