package jsonio

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kotacerdas/smartcity"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// pillarCode is a code read without regard to case, as the library's
// enums read "GOV" and "gov".
type pillarCode uint8

func (p *pillarCode) UnmarshalText(b []byte) error {
	switch strings.ToUpper(string(b)) {
	case "GOV":
		*p = 1
	case "ECO":
		*p = 2
	default:
		return errors.New("unknown pillar " + string(b))
	}
	return nil
}

// progress decodes itself with Unmarshal, as the library's types with a
// JSON form of their own do.
type progress struct {
	Done  int    `json:"done"`
	Label string `json:"label"`
}

func (p *progress) UnmarshalJSON(data []byte) error {
	var w struct {
		Done  int    `json:"done"`
		Label string `json:"label"`
	}
	if err := Unmarshal(data, &w); err != nil {
		return err
	}
	*p = progress(w)
	return nil
}

type reading struct {
	Name     string                     `json:"name"`
	Score    json.Number                `json:"score"`
	Maybe    *json.Number               `json:"maybe"`
	Pillars  map[pillarCode]json.Number `json:"pillars"`
	Years    map[int]string             `json:"years"`
	Tags     map[string]string          `json:"tags"`
	Progress []progress                 `json:"progress"`
	Raw      json.RawMessage            `json:"raw"`
}

const readingDocument = `{"name": "Rembang", "score": 3.5, "maybe": 2, "pillars": {"GOV": 1, "eco": 2},
 "years": {"2024": "a", "2025": "b"}, "tags": {"a": "x", "A": "y"},
 "progress": [{"done": 1, "label": "x"}], "raw": {"k": "v"}}`

// A UTF-8 byte-order mark may start every document, once, at its very
// start: editors on Windows write it. Lines and columns count from after
// it.
func TestByteOrderMarkStartsAnyDocument(t *testing.T) {
	withBOM := append([]byte("\xef\xbb\xbf"), readingDocument...)
	var want, got reading
	require.NoError(t, Unmarshal([]byte(readingDocument), &want))
	require.NoError(t, Unmarshal(withBOM, &got))
	assert.Equal(t, want, got)
	got = reading{}
	require.Empty(t, UnmarshalAll(withBOM, &got))
	assert.Equal(t, want, got)
	got = reading{}
	ps, ok := UnmarshalChecked(withBOM, &got, Options{}, nil)
	require.True(t, ok)
	require.Empty(t, ps)
	require.NoError(t, Decode(bytes.NewReader(withBOM), &got, 0))
	assert.True(t, StrictOK(withBOM, &got))

	// The place of a problem is the place an editor shows.
	err := Unmarshal([]byte("\xef\xbb\xbf{\"nmae\": 1}"), &got)
	assert.EqualError(t, err, `line 1, column 2: field nmae: unknown field "nmae"`)

	// Only one mark, and only first.
	for _, doc := range []string{"\xef\xbb\xbf\xef\xbb\xbf{}", " \xef\xbb\xbf{}", `{"name": 1}` + "\xef\xbb\xbf"} {
		var r reading
		err := Unmarshal([]byte(doc), &r)
		var je *Error
		require.ErrorAs(t, err, &je, "%q", doc)
		errs := UnmarshalAll([]byte(doc), &r)
		require.NotEmpty(t, errs, "%q", doc)
	}
}

// Text that is not UTF-8 is refused where it stands, in a value or a key,
// in a field, a map, a value that decodes itself or an unknown field —
// never turned into U+FFFD.
func TestTextNotUTF8IsRefused(t *testing.T) {
	doc := "{\"name\": \"Kab. \xc1ceh\",\n \"tags\": {\"k\xff\": \"ok\", \"k\": \"\xe2\x82\"},\n \"raw\": {\"x\": [\"\xc0\xaf\"]},\n \"other\": \"\xff\"}"
	var r reading
	errs := UnmarshalAll([]byte(doc), &r)
	got := placesOf(errs)
	assert.Equal(t, []errPlace{
		{1, 16, "name", KindUTF8},
		{2, 13, "tags.k\ufffd", KindUTF8},
		{2, 29, "tags.k", KindUTF8},
		{3, 17, "raw.x[0]", KindUTF8},
		{4, 2, "other", KindUnknownField},
		{4, 12, "other", KindUTF8},
	}, got)
	ps, ok := UnmarshalChecked([]byte(doc), &r, Options{}, nil)
	require.True(t, ok)
	assert.Equal(t, "utf8", ps[0].Rule)
	assert.Equal(t, "name", ps[0].Path)
	assert.Equal(t, "baris 1, kolom 16 (name): teks bukan UTF-8 (bita 0xC1); simpan berkas sebagai UTF-8", ps[0].Message(smartcity.Indonesian))
	assert.Equal(t, "line 1, column 16 (name): text is not UTF-8 (byte 0xC1); save the file as UTF-8", ps[0].Message(smartcity.English))

	err := Unmarshal([]byte(doc[:strings.Index(doc, ",\n \"other")]+"}"), &r)
	assert.EqualError(t, err, "line 1, column 16: field name: text is not UTF-8 (byte 0xC1); save the file as UTF-8")
	assert.False(t, StrictOK([]byte(`{"name": "`+"\xff"+`"}`), &r))
	// An escape is not a byte: "\ud800" is JSON's business, and valid.
	require.NoError(t, Unmarshal([]byte(`{"name": "\ud800 \u00e9"}`), &r))
}

// A number written as a string is refused where the document wants a
// number (a json.Number), as it is where it wants an int.
func TestNumberAsStringIsRefused(t *testing.T) {
	for doc, want := range map[string]string{
		`{"score": "3.5"}`:                   `line 1, column 15: field score: cannot use JSON string as number`,
		`{"maybe": "2"}`:                     `line 1, column 13: field maybe: cannot use JSON string as number`,
		`{"pillars": {"GOV": "4"}}`:          `line 1, column 23: field pillars.GOV: cannot use JSON string as number`,
		`{"score": "NaN"}`:                   `line 1, column 15: field score: cannot use JSON string as number`,
		"{\"score\": 1,\n \"score\": \"2\"}": `line 2, column 2: field score: duplicate key "score"`,
	} {
		var r reading
		err := Unmarshal([]byte(doc), &r)
		assert.EqualError(t, err, want, doc)
		errs := UnmarshalAll([]byte(doc), &r)
		require.NotEmpty(t, errs, doc)
		assert.Equal(t, want, errs[0].Error(), doc)
	}
	var r reading
	errs := UnmarshalAll([]byte(`{"score": "1"}`), &r)
	require.Len(t, errs, 1)
	assert.Equal(t, "type", errs[0].Problem().Rule)
	assert.Equal(t, "baris 1, kolom 13: pada score: nilai JSON berupa teks tidak dapat dibaca sebagai angka", errs[0].Message(smartcity.Indonesian))
	// Null leaves the number unset, as ever.
	require.NoError(t, Unmarshal([]byte(`{"score": null, "maybe": null}`), &r))
}

// Two spellings of one key of a map whose keys are decoded — a code read
// without regard to case, an integer — name one entry: the second is
// refused at its path, as the same text written twice is.
func TestTwoSpellingsOfOneKeyAreRefused(t *testing.T) {
	for doc, want := range map[string]string{
		`{"pillars": {"GOV": 1, "gov": 2}}`:           `line 1, column 24: field pillars.gov: key "gov" names the same key as "GOV"`,
		`{"pillars": {"eco": 1, "GOV": 2, "Eco": 3}}`: `line 1, column 34: field pillars.Eco: key "Eco" names the same key as "eco"`,
		`{"years": {"0": "a", "-0": "b"}}`:            `line 1, column 22: field years.-0: key "-0" names the same key as "0"`,
	} {
		var r reading
		assert.EqualError(t, Unmarshal([]byte(doc), &r), want, doc)
		errs := UnmarshalAll([]byte(doc), &r)
		require.Len(t, errs, 1, doc)
		assert.Equal(t, want, errs[0].Error())
		assert.Equal(t, "duplicate_key", errs[0].Problem().Rule)
	}
	var r reading
	errs := UnmarshalAll([]byte(`{"pillars": {"GOV": 1, "gov": 2}}`), &r)
	assert.Equal(t, `baris 1, kolom 24: pada pillars.gov: kolom "gov" sama dengan kolom "GOV" yang sudah ditulis dalam objek ini`, errs[0].Message(smartcity.Indonesian))
	// The same text twice is said once, as the same text.
	errs = UnmarshalAll([]byte(`{"pillars": {"GOV": 1, "GOV": 2}}`), &r)
	require.Len(t, errs, 1)
	assert.Equal(t, `line 1, column 24: field pillars.GOV: duplicate key "GOV"`, errs[0].Error())
	// Keys of plain text are other keys in another case.
	require.NoError(t, Unmarshal([]byte(`{"tags": {"a": "x", "A": "y"}}`), &r))
}

// A value that decodes itself with this package is held to its rules,
// and its problem is placed in the whole document: its path under the
// value's, its line and column from the document's start.
func TestNestedProblemsArePlacedInTheDocument(t *testing.T) {
	doc := "{\"progress\": [{\"done\": 1},\n  {\"label\": \"a\", \"DONE\": 2},\n  {\"done\": 1, \"done\": 2}]}"
	var r reading
	err := Unmarshal([]byte(doc), &r)
	assert.EqualError(t, err, `line 2, column 18: field progress[1].DONE: key "DONE" is written "done"`)
	var je *Error
	require.ErrorAs(t, err, &je)
	assert.Equal(t, KindKeyCase, je.Kind)

	errs := UnmarshalAll([]byte(doc), &r)
	var got []string
	for _, e := range errs {
		got = append(got, e.Error())
	}
	assert.Equal(t, []string{
		`line 2, column 18: field progress[1].DONE: key "DONE" is written "done"`,
		`line 3, column 15: field progress[2].done: duplicate key "done"`,
	}, got)
}

// A syntax error names the path of the value it stands in: NaN and
// Infinity, which are not JSON, where they are written.
func TestSyntaxErrorNamesItsPath(t *testing.T) {
	for doc, want := range map[string]string{
		"{\"progress\": [{\"done\": 1},\n {\"done\": NaN}]}": "line 2, column 11: field progress[1].done: invalid character 'N' looking for beginning of value",
		`{"score": Infinity}`:                                "line 1, column 11: field score: invalid character 'I' looking for beginning of value",
		`{"score": 1, "tags": {"a": undefined}}`:             "line 1, column 28: field tags.a: invalid character 'u' looking for beginning of value",
	} {
		var r reading
		assert.EqualError(t, Unmarshal([]byte(doc), &r), want)
		errs := UnmarshalAll([]byte(doc), &r)
		require.Len(t, errs, 1)
		assert.Equal(t, want, errs[0].Error())
	}
	// A path too long to help is left out: the line and column say where.
	var r reading
	deep := `{"raw": ` + strings.Repeat("[", 300) + "x"
	err := Unmarshal([]byte(deep), &r)
	var je *Error
	require.ErrorAs(t, err, &je)
	assert.Empty(t, je.Field)
	assert.Equal(t, 309, je.Column)
}

// FuzzReading: a document read without error is UTF-8 text (after an
// optional byte-order mark) in which no json.Number is written as a
// string and no map holds one key in two spellings; UnmarshalAll and
// Unmarshal agree on it.
func FuzzReading(f *testing.F) {
	f.Add([]byte(readingDocument))
	f.Add(append([]byte("\xef\xbb\xbf"), readingDocument...))
	f.Add([]byte("{\"name\": \"\xc1\", \"tags\": {\"\xff\": \"\"}}"))
	f.Add([]byte(`{"score": "3", "pillars": {"GOV": 1, "gov": 2}, "years": {"1": "", "01": ""}}`))
	f.Add([]byte(`{"progress": [{"DONE": 1}], "score": NaN}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var one, all reading
		err := Unmarshal(data, &one)
		errs := UnmarshalAll(data, &all)
		if err != nil {
			require.NotEmpty(t, errs, "Unmarshal: %v", err)
			var je *Error
			require.ErrorAs(t, err, &je)
			return
		}
		require.Empty(t, errs)
		require.Equal(t, one, all)
		body := trimBOM(data)
		require.True(t, json.Valid(body))
		require.True(t, utf8.Valid(body), "text not UTF-8 was read")
		require.True(t, StrictOK(data, &one))
		var loose struct {
			Score   any            `json:"score"`
			Maybe   any            `json:"maybe"`
			Pillars map[string]any `json:"pillars"`
			Years   map[string]any `json:"years"`
		}
		require.NoError(t, json.Unmarshal(body, &loose))
		for _, v := range []any{loose.Score, loose.Maybe} {
			_, isString := v.(string)
			require.False(t, isString, "a number written as a string was read")
		}
		require.Len(t, one.Pillars, len(loose.Pillars), "two spellings of one pillar were read as one")
		require.Len(t, one.Years, len(loose.Years), "two spellings of one year were read as one")
	})
}
