package jsonio

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/memtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// boundedDoc declares caps on its fields, as the library's documents do.
type boundedDoc struct {
	Items  []boundedItem     `json:"items" maxitems:"3"`
	Scores map[string]int    `json:"scores" maxitems:"2"`
	Tags   []string          `json:"tags"`
	Any    any               `json:"any"`
	Nested [][]boundedItem   `json:"nested" maxitems:"2"`
	Named  map[string]string `json:"named"`
}

type boundedItem struct {
	Name string   `json:"name"`
	Subs []string `json:"subs" maxitems:"1"`
}

// An array over its field's cap is refused at the array's path, with the
// count and the cap, before anything is decoded.
func TestBoundsRefuseAnArrayOverItsCap(t *testing.T) {
	doc := "{\n  \"items\": [{}, {}, {}, {}]\n}"
	var d boundedDoc
	errs := UnmarshalAll([]byte(doc), &d)
	require.Len(t, errs, 1)
	e := errs[0]
	assert.Equal(t, KindMaxItems, e.Kind)
	assert.Equal(t, "items", e.Field)
	assert.Equal(t, [2]int{2, 12}, [2]int{e.Line, e.Column}, "at the array's opening bracket")
	assert.Equal(t, "line 2, column 12: field items: 4 elements, more than the 3 allowed", e.Error())
	assert.Equal(t, "baris 2, kolom 12: pada items: 4 anggota, melebihi batas 3", e.Message(smartcity.Indonesian))
	assert.Equal(t, "max_items", e.Problem().Rule)
	assert.Nil(t, d.Items, "nothing is decoded")

	err := Unmarshal([]byte(doc), &d)
	require.ErrorAs(t, err, &e)
	assert.Equal(t, "items", e.Field, "Unmarshal refuses it too")

	ps, ok := UnmarshalChecked([]byte(doc), &d, Options{}, func() smartcity.Problems {
		t.Fatal("a refused document is not checked")
		return nil
	})
	assert.False(t, ok, "the document is not to be used")
	assert.Equal(t, []string{"max_items@items"}, rulesAt(ps))
}

// Every cap is checked where it applies: nested arrays, maps, the elements
// of an array of arrays, and the default of an undeclared field.
func TestBoundsCapEveryArrayAndMap(t *testing.T) {
	for doc, want := range map[string][]string{
		`{"items": [{"subs": ["a", "b"]}]}`:                                     {"max_items@items[0].subs"},
		`{"items": [{"subs": ["a"]}, {"subs": ["a"]}]}`:                         nil,
		`{"scores": {"a": 1, "b": 2, "c": 3}}`:                                  {"max_items@scores"},
		`{"nested": [[], [], []]}`:                                              {"max_items@nested"},
		`{"nested": [[{}, {}, {}, {}]]}`:                                        nil, // the tag caps the outer array alone
		`{"tags": [` + strings.Repeat(`"a",`, DefaultMaxItems) + `"a"]}`:        {"max_items@tags"},
		`{"tags": [` + strings.Repeat(`"a",`, DefaultMaxItems-1) + `"a"]}`:      nil,
		`{"named": {` + strings.Repeat(`"a":"",`, DefaultMaxItems) + `"b":""}}`: {"max_items@named"},
		`{"any": [` + strings.Repeat(`0,`, DefaultMaxItems) + `0]}`:             {"max_items@any"},
		`{"items": [{"subs": ["a", "b"]}], "scores": {"a": 1, "b": 2, "c": 3}}`: {"max_items@items[0].subs", "max_items@scores"},
	} {
		var d boundedDoc
		errs := overBounds([]byte(doc), reflect.TypeFor[*boundedDoc](), Options{})
		var got []string
		for _, e := range errs {
			got = append(got, e.Kind+"@"+e.Field)
		}
		assert.Equal(t, want, got, "%.80s", doc)
		if want == nil {
			assert.Empty(t, UnmarshalAll([]byte(doc), &d), "%.80s", doc)
		}
	}
}

// The elements of all arrays and maps together are capped, however they
// nest.
func TestBoundsCapTheElementsInAll(t *testing.T) {
	doc := `{"nested": [[{"subs": ["a"]}, {}], [{}, {}]]}`
	assert.Nil(t, overBounds([]byte(doc), reflect.TypeFor[*boundedDoc](), Options{MaxElements: 7}))
	errs := overBounds([]byte(doc), reflect.TypeFor[*boundedDoc](), Options{MaxElements: 6})
	require.Len(t, errs, 1)
	assert.Equal(t, KindMaxItems, errs[0].Kind)
	assert.Equal(t, "nested[1]", errs[0].Field, "the array of the seventh element")
	assert.Equal(t, "the document holds more than 6 elements in all its arrays and objects", errs[0].Err.Error())
	assert.Contains(t, errs[0].Message(smartcity.Indonesian), ": dokumen berisi lebih dari 6 anggota dalam seluruh daftar dan objeknya")
}

// Arrays and objects nested deeper than MaxDepth are refused where they
// pass it, up to the depth encoding/json reads at all.
func TestBoundsCapTheDepth(t *testing.T) {
	deep := func(n int) string { return `{"any": ` + strings.Repeat("[", n) + strings.Repeat("]", n) + `}` }
	var d boundedDoc
	assert.Empty(t, UnmarshalAll([]byte(deep(MaxDepth-1)), &d), "the document's object is one level")
	errs := UnmarshalAll([]byte(deep(MaxDepth)), &d)
	require.Len(t, errs, 1)
	assert.Equal(t, KindMaxDepth, errs[0].Kind)
	assert.Equal(t, "any"+strings.Repeat("[0]", MaxDepth-1), errs[0].Field)
	assert.Equal(t, "arrays and objects nested more than 64 deep", errs[0].Err.Error())
	assert.Contains(t, errs[0].Message(smartcity.Indonesian), "daftar dan objek bersarang lebih dari 64 tingkat")
	errs = UnmarshalAll([]byte(deep(9000)), &d)
	require.Len(t, errs, 1)
	assert.Equal(t, KindMaxDepth, errs[0].Kind)
}

// A field's cap must be a number: a bad tag is a bug, found the first
// time the type is read.
func TestBoundsBadTagIsABug(t *testing.T) {
	type bad struct {
		Items []int `json:"items" maxitems:"many"`
	}
	assert.Panics(t, func() { _ = UnmarshalAll([]byte(`{"items": [1]}`), new(bad)) })
}

// The scan that counts allocates no more for more elements, and the walk
// for problems grows linearly with them.
func TestBoundsScanAllocatesLinearly(t *testing.T) {
	memtest.Linear(t, "the bounds of n elements", 20_000, func(n int) func() {
		data := memtest.Array("any", `{"a":[1,2]}`, n)
		return func() { _ = overBounds(data, reflect.TypeFor[*boundedDoc](), Options{MaxElements: 1 << 30}) }
	})
	memtest.Linear(t, "UnmarshalAll of n items, each with a problem", 2_000, func(n int) func() {
		data := memtest.Array("nested", `[{"nme":"x"}]`, n)
		return func() {
			_ = unmarshalAll(data, new(struct {
				Nested [][]boundedItem `json:"nested"`
			}), Options{})
		}
	})
}

func BenchmarkBounds(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		data := memtest.Array("any", `{"a":[1,2]}`, n)
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				_ = overBounds(data, reflect.TypeFor[*boundedDoc](), Options{MaxElements: 1 << 30})
			}
		})
	}
}

// FuzzBounds checks the scan against the token stream of encoding/json:
// a valid document is refused exactly when it holds more elements in all
// than the cap, or nests deeper than MaxDepth, and the scan never panics
// on any input.
func FuzzBounds(f *testing.F) {
	for _, s := range []string{`{"items":[{"subs":["a"]}]}`, `[[[]]]`, `{"a":{"b":[1,2,3]}}`, `"x"`, `[`, `{"any":[[[[[[[[[[]]]]]]]]]]}`} {
		f.Add([]byte(s), uint8(3))
	}
	f.Fuzz(func(t *testing.T, data []byte, maxElements uint8) {
		opts := Options{MaxElements: int(maxElements) + 1}
		errs := overBounds(data, reflect.TypeFor[*any](), opts)
		if !json.Valid(data) {
			assert.Nil(t, errs)
			return
		}
		elements, depth := tokenCounts(t, data)
		assert.Equal(t, elements > opts.MaxElements || depth > MaxDepth, errs != nil, "%d elements, %d deep: %v", elements, depth, errs)
		for _, e := range errs {
			assert.Contains(t, []string{KindMaxItems, KindMaxDepth}, e.Kind)
		}
	})
}

// tokenCounts returns the array elements and object entries of data, a
// valid document, and its depth, from encoding/json's tokens.
func tokenCounts(t *testing.T, data []byte) (elements, depth int) {
	dec := json.NewDecoder(bytes.NewReader(data))
	// A number beyond float64 is still one token.
	dec.UseNumber()
	var stack []bool // whether each open container is an object
	wantKey := false
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return elements, depth
		}
		require.NoError(t, err)
		inObject := len(stack) > 0 && stack[len(stack)-1]
		if d, ok := tok.(json.Delim); ok && (d == '}' || d == ']') {
			stack = stack[:len(stack)-1]
			wantKey = len(stack) > 0 && stack[len(stack)-1]
			continue
		}
		switch {
		case inObject && wantKey: // a key
			elements++
			wantKey = false
			continue
		case len(stack) > 0 && !inObject: // an element of an array
			elements++
		}
		if d, ok := tok.(json.Delim); ok && (d == '{' || d == '[') {
			stack = append(stack, d == '{')
			depth = max(depth, len(stack))
			wantKey = d == '{'
			continue
		}
		wantKey = inObject
	}
}
