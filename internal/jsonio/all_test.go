package jsonio

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// grade is a code that knows four values, as the library's enums do.
type grade uint8

func (l *grade) UnmarshalText(b []byte) error {
	switch string(b) {
	case "":
		*l = 0
	case "low":
		*l = 1
	case "high":
		*l = 2
	default:
		return errors.New("unknown grade " + string(b))
	}
	return nil
}

type entry struct {
	Year   int             `json:"year"`
	Amount int64           `json:"amount"`
	Level  grade           `json:"grade"`
	Value  json.Number     `json:"value"`
	Scores map[grade]int   `json:"scores"`
	Pair   [2]string       `json:"pair"`
	Note   *string         `json:"note"`
	Raw    json.RawMessage `json:"raw"`
}

type document struct {
	base
	Entries []entry        `json:"entries"`
	Tags    map[string]int `json:"tags"`
	Any     any            `json:"any"`
	Ratio   float64        `json:"ratio"`
	Done    bool           `json:"done"`
}

const validDocument = `{
  "region": "Rembang",
  "entries": [
    {"year": 2024, "amount": 5, "grade": "low", "value": 1.5, "scores": {"high": 3}, "pair": ["a", "b"], "note": "n", "raw": {"x": [1]}},
    {"year": 2025, "grade": "", "value": 2, "pair": ["c"], "note": null},
    {}
  ],
  "tags": {"a\u00e9": 1},
  "any": {"k": [true, null, "s\n"]},
  "ratio": 0.25,
  "done": true
}`

func TestUnmarshalAllDecodesAsEncodingJSON(t *testing.T) {
	var got, want document
	require.Empty(t, UnmarshalAll([]byte(validDocument), &got))
	require.NoError(t, json.Unmarshal([]byte(validDocument), &want))
	assert.Equal(t, want, got)

	// The walk that finds problems decodes a valid document to the same
	// value, so that what it keeps of an invalid one is what
	// encoding/json would have made of it.
	var walked document
	c := &collector{data: []byte(validDocument), fields: fieldTables{}}
	c.value(reflect.ValueOf(&walked).Elem(), skipSpace([]byte(validDocument), 0))
	assert.Empty(t, c.found)
	assert.Equal(t, want, walked)
}

func TestUnmarshalAllReportsEveryProblem(t *testing.T) {
	doc := `{
  "region": 7,
  "entries": [
    {"year": "2024", "grade": "medium", "amount": 1.5},
    {"yaer": 2025, "value": "sepuluh", "scores": {"mid": 1, "low": 2}}
  ],
  "done": "yes"
}`
	var d document
	errs := UnmarshalAll([]byte(doc), &d)
	type place struct {
		line, col   int
		field, kind string
		text        string
	}
	var got []place
	for _, e := range errs {
		got = append(got, place{e.Line, e.Column, e.Field, e.Kind, e.Err.Error()})
	}
	assert.Equal(t, []place{
		{2, 13, "region", KindType, "cannot use JSON number as string"},
		{4, 19, "entries[0].year", KindType, "cannot use JSON string as int"},
		{4, 31, "entries[0].grade", KindValue, "unknown grade medium"},
		{4, 53, "entries[0].amount", KindType, "cannot use JSON number 1.5 as int64"},
		{5, 6, "entries[1].yaer", KindUnknownField, `unknown field "yaer"`},
		{5, 37, "entries[1].value", KindType, "cannot use JSON string as number"},
		{5, 51, "entries[1].scores.mid", KindValue, "unknown grade mid"},
		{7, 15, "done", KindType, "cannot use JSON string as bool"},
	}, got)
	// What could be decoded is kept.
	require.Len(t, d.Entries, 2)
	assert.Equal(t, map[grade]int{1: 2}, d.Entries[1].Scores)
	assert.Equal(t, grade(0), d.Entries[0].Level)
}

func TestUnmarshalAllSyntaxErrorIsUnmarshals(t *testing.T) {
	for _, doc := range []string{``, `{"region": }`, `{"region": "a"} {}`, `{"entries": [`, strings.Repeat("[", 20000)} {
		var a, b document
		errs := UnmarshalAll([]byte(doc), &a)
		require.Len(t, errs, 1, doc)
		assert.Equal(t, KindSyntax, errs[0].Kind)
		assert.Equal(t, Unmarshal([]byte(doc), &b).Error(), errs[0].Error())
	}
}

// FuzzUnmarshalAll: UnmarshalAll never panics, accepts exactly what
// Unmarshal accepts, decoding it to the same value, never accepts a
// document with a key written twice in one object, and reports at least
// one placed problem for everything else.
func FuzzUnmarshalAll(f *testing.F) {
	f.Add([]byte(validDocument))
	f.Add([]byte(`{"entries": [{"grade": "x", "year": "y"}], "zzz": 1}`))
	f.Add([]byte(`{"entries": [{"scores": {"low": "x"}}], "tags": {"a": 1.5}}`))
	f.Add([]byte(`[1, 2]`))
	f.Add([]byte(`{"region": "a", "entries": [{"scores": {"low": 1, "low": 2}}], "any": {"k": [{"x": 1, "x": 2}]}}`))
	f.Add([]byte(`{"tags": {"a": 1, "\u0061": 2}, "raw": {"y": {}, "y": []}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var all, one document
		errs := UnmarshalAll(data, &all)
		err := Unmarshal(data, &one)
		if json.Valid(data) && hasRepeatedKey(data) {
			require.Error(t, err)
			require.NotEmpty(t, errs)
		}
		if err == nil {
			require.Empty(t, errs)
			require.Equal(t, one, all)
			// The walk for problems decodes it alike.
			var walked document
			c := &collector{data: data, fields: fieldTables{}}
			c.value(reflect.ValueOf(&walked).Elem(), skipSpace(data, 0))
			require.Empty(t, c.found)
			require.Equal(t, one, walked)
			return
		}
		require.NotEmpty(t, errs, "Unmarshal: %v", err)
		for _, e := range errs {
			require.NotEmpty(t, e.Kind)
			require.NotNil(t, e.Err)
			if e.Kind != KindSyntax {
				require.Positive(t, e.Line)
				require.Positive(t, e.Column)
			}
		}
	})
}
