package jsonio

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/i18n"
)

// The kinds of problem an Error reports, for callers that name a rule.
const (
	KindSyntax       = "syntax"        // not JSON, empty, cut short or followed by more data
	KindUnknownField = "unknown_field" // an object key the Go type has no field for
	KindType         = "type"          // a JSON value of the wrong kind, or a number out of range
	KindValue        = "value"         // a value its type refused: its UnmarshalText or UnmarshalJSON failed
	KindDuplicateKey = "duplicate_key" // an object key written twice in one object
	KindKeyCase      = "key_case"      // an object key that names a field only in another case
	// KindMoreProblems closes the problems of a document that has more
	// than are kept: its Err is a *smartcity.MoreProblems with the count.
	KindMoreProblems = smartcity.RuleMoreProblems
)

// UnmarshalAll decodes the one JSON value of data into v, a non-nil
// pointer, as strictly as Unmarshal does — unknown fields, values of the
// wrong type, values a type's UnmarshalText or UnmarshalJSON refuses,
// a key written twice in one object (the same text; for a struct, the
// same field, or two spellings of one key of a map), a key that names a
// field only in another case ("TAHUN" for "tahun"), text that is not
// UTF-8, a number written as a string and trailing data are all errors,
// and a byte-order mark may start data — but reports every such problem rather
// than the first, each as an *Error with its line, column and field path,
// in document order. Where a value is refused, v keeps the zero value and
// decoding goes on, so v holds everything that could be decoded.
//
// A syntax error ends the decoding: then the result is that error alone,
// as Unmarshal reports it, and v is not to be used.
//
// A valid document is decoded by encoding/json's Unmarshal over data
// itself, with no copy of the bytes, and then checked for unknown fields
// by a scan that builds nothing; only a document with problems is walked
// value by value, to find them all and their places.
//
// The first smartcity.DefaultMaxProblems problems are kept; the rest are
// counted in a last *Error of kind KindMoreProblems.
func UnmarshalAll(data []byte, v any) []*Error { return unmarshalAll(data, v, Options{}) }

// unmarshalAll is UnmarshalAll within the bounds of opts.
func unmarshalAll(data []byte, v any, opts Options) []*Error {
	data = trimBOM(data)
	if errs := overBounds(data, reflect.TypeOf(v), opts); errs != nil {
		return errs
	}
	err := json.Unmarshal(data, v)
	if err == nil {
		if strictOK(data, reflect.TypeOf(v)) {
			return nil
		}
	} else if syn, ok := syntaxError(err, data); ok {
		e := strictError(data, v)
		if e.Kind != KindSyntax {
			// Decoder found a problem before the bad syntax; the
			// document is still not JSON.
			e = &Error{Kind: KindSyntax, Err: syn, Field: syntaxPath(data, syn.Offset-1)}
			e.Line, e.Column = Position(data, syn.Offset-1)
		}
		return []*Error{e}
	}
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return []*Error{{Kind: KindType, Err: err}}
	}
	rv.Elem().SetZero()
	c := &collector{data: data, fields: fieldTables{}, max: opts.MaxProblems}
	c.value(rv.Elem(), skipSpace(data, 0))
	if len(c.found) == 0 {
		// encoding/json refused what the walk accepts: say what it said
		// rather than nothing.
		return []*Error{strictError(data, v)}
	}
	c.place()
	return c.errs()
}

// syntaxError returns the syntax error of err, from json.Unmarshal of
// data, when it says that data is not one JSON value. A type's
// UnmarshalJSON may return a *json.SyntaxError of its own; then data
// itself is valid.
func syntaxError(err error, data []byte) (*json.SyntaxError, bool) {
	var syn *json.SyntaxError
	return syn, errors.As(err, &syn) && !json.Valid(data)
}

// strictError is Unmarshal's error for data, as an *Error.
func strictError(data []byte, v any) *Error {
	err := Unmarshal(data, v)
	var e *Error
	if errors.As(err, &e) {
		return e
	}
	if err == nil {
		return &Error{Kind: KindValue, Err: errors.New("the document was refused")}
	}
	return &Error{Kind: KindValue, Err: err}
}

// The scan below runs over a document encoding/json has already found to
// be valid JSON, so it does not check the syntax again.

// skipSpace returns the index of the first byte at or after i that is not
// JSON white space.
func skipSpace(data []byte, i int) int {
	for i < len(data) {
		switch data[i] {
		case ' ', '\t', '\n', '\r':
			i++
		default:
			return i
		}
	}
	return i
}

// stringEnd returns the index just past the closing quote of the string
// that opens at i.
func stringEnd(data []byte, i int) int {
	j := i + 1
	for {
		k := bytes.IndexByte(data[j:], '"')
		if k < 0 {
			return len(data)
		}
		j += k
		backslashes := 0
		for b := j - 1; b > i && data[b] == '\\'; b-- {
			backslashes++
		}
		j++
		if backslashes%2 == 0 {
			return j
		}
	}
}

// valueEnd returns the index just past the value that starts at i.
func valueEnd(data []byte, i int) int {
	if i >= len(data) {
		return i
	}
	switch data[i] {
	case '"':
		return stringEnd(data, i)
	case '{', '[':
		depth := 0
		for i < len(data) {
			switch data[i] {
			case '"':
				i = stringEnd(data, i)
				continue
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					return i + 1
				}
			}
			i++
		}
		return i
	}
	for i < len(data) {
		switch data[i] {
		case ',', '}', ']', ' ', '\t', '\n', '\r':
			return i
		}
		i++
	}
	return i
}

// key returns the text of the object key whose string opens at i and the
// index just past it. A key with escapes is unquoted as encoding/json
// does.
func key(data []byte, i int) (string, int) {
	end := stringEnd(data, i)
	raw := data[i+1 : end-1]
	if bytes.IndexByte(raw, '\\') < 0 && utf8.Valid(raw) {
		return string(raw), end
	}
	var s string
	_ = json.Unmarshal(data[i:end], &s)
	return s, end
}

// field is a struct field as encoding/json matches an object key to it.
type field struct {
	name  string
	typ   reflect.Type
	index []int
	pos   int // its place in fieldTable.list
}

// fieldTable holds the fields of one struct type: by exact name, and in
// order for the match without regard to case.
type fieldTable struct {
	byName map[string]*field
	list   []*field
}

// fieldTables are the tables of the struct types one decoding meets,
// built as they are first needed. They live as long as the decoding: the
// package keeps no state between calls.
type fieldTables map[reflect.Type]*fieldTable

// of returns the table of struct type t.
func (ft fieldTables) of(t reflect.Type) *fieldTable {
	if tab, ok := ft[t]; ok {
		return tab
	}
	tab := &fieldTable{byName: map[string]*field{}}
	addFields(tab, t, nil)
	ft[t] = tab
	return tab
}

// addFields adds the fields of struct t, reached through index, to tab;
// an embedded struct without a name lends its fields, a name already
// taken by a shallower field stays with it.
func addFields(tab *fieldTable, t reflect.Type, index []int) {
	var embedded []reflect.StructField
	for i := range t.NumField() {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, _, _ := strings.Cut(tag, ",")
		if f.Anonymous && name == "" {
			ft := f.Type
			if ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			if ft.Kind() == reflect.Struct {
				embedded = append(embedded, f)
				continue
			}
		}
		if !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		if _, taken := tab.byName[name]; taken {
			continue
		}
		fl := &field{name: name, typ: f.Type, index: append(append([]int(nil), index...), i), pos: len(tab.list)}
		tab.byName[name] = fl
		tab.list = append(tab.list, fl)
	}
	for _, f := range embedded {
		ft := f.Type
		if ft.Kind() == reflect.Pointer {
			ft = ft.Elem()
		}
		addFields(tab, ft, append(append([]int(nil), index...), f.Index[0]))
	}
}

// lookup returns the field the key names: the exact name first, then
// without regard to case, as encoding/json matches.
func (tab *fieldTable) lookup(key string) *field {
	if f, ok := tab.byName[key]; ok {
		return f
	}
	for _, f := range tab.list {
		if strings.EqualFold(f.name, key) {
			return f
		}
	}
	return nil
}

// exactRaw returns the field a key names exactly, in its case, the key as
// it is written, quotes included; a plain key, as nearly all are, is
// looked up without a copy.
func (tab *fieldTable) exactRaw(quoted []byte) *field {
	raw := quoted[1 : len(quoted)-1]
	if bytes.IndexByte(raw, '\\') < 0 {
		return tab.byName[string(raw)]
	}
	name, _ := key(quoted, 0)
	return tab.byName[name]
}

// custom reports whether values of type t decode themselves, through
// UnmarshalJSON or UnmarshalText.
func custom(t reflect.Type) bool {
	return t.Implements(jsonUnmarshaler) || t.Implements(textUnmarshaler) ||
		(t.Kind() != reflect.Pointer && (reflect.PointerTo(t).Implements(jsonUnmarshaler) || reflect.PointerTo(t).Implements(textUnmarshaler)))
}

// knownKeys reports whether every object key of data, which is valid JSON
// that decodes into type t, names a field of the struct at its place in
// its own case, and no object holds one key twice.
func knownKeys(data []byte, t reflect.Type) bool {
	k := &keyScan{data: data, fields: fieldTables{}, custom: map[reflect.Type]bool{}}
	_, ok := k.value(t, skipSpace(data, 0))
	return ok
}

// keyScan walks a valid document alongside a Go type, for knownKeys.
type keyScan struct {
	data   []byte
	fields fieldTables
	custom map[reflect.Type]bool
}

// isCustom is custom(t), remembered for the scan.
func (k *keyScan) isCustom(t reflect.Type) bool {
	c, ok := k.custom[t]
	if !ok {
		c = custom(t)
		k.custom[t] = c
	}
	return c
}

// value scans the value at i that decodes into t (nil: any value) and
// returns the index past it and whether all its keys are known.
func (k *keyScan) value(t reflect.Type, i int) (int, bool) {
	data := k.data
	if i >= len(data) {
		return i, true
	}
	for t != nil && t.Kind() == reflect.Pointer && !k.isCustom(t) {
		t = t.Elem()
	}
	if t != nil && k.isCustom(t) {
		t = nil // its keys are its own business
	}
	switch data[i] {
	case '{':
		var tab *fieldTable
		var elem, keyType reflect.Type
		if t != nil {
			switch t.Kind() {
			case reflect.Struct:
				tab = k.fields.of(t)
			case reflect.Map:
				elem = t.Elem()
				if keysDecoded(t.Key()) {
					keyType = t.Key()
				}
			}
		}
		i = skipSpace(data, i+1)
		if i < len(data) && data[i] == '}' {
			return i + 1, true
		}
		var fields seenFields
		var keys seenKeys
		var decoded spellings
		for i < len(data) {
			end := stringEnd(data, i)
			next := elem
			if tab != nil {
				f := tab.exactRaw(data[i:end])
				if f == nil || fields.repeated(f.pos) {
					return i, false
				}
				next = f.typ
			} else if keys.repeated(data, i, end) {
				return i, false
			} else if keyType != nil {
				name, _ := key(data, i)
				kv, ok := decodeKey(keyType, name)
				if decoded == nil {
					decoded = spellings{}
				}
				if !ok {
					return i, false
				}
				if _, dup := decoded.first(kv, name); dup {
					return i, false
				}
			}
			i = skipSpace(data, end)
			i = skipSpace(data, i+1) // the colon
			var ok bool
			if i, ok = k.value(next, i); !ok {
				return i, false
			}
			i = skipSpace(data, i)
			if i >= len(data) || data[i] == '}' {
				return i + 1, true
			}
			i = skipSpace(data, i+1) // the comma
		}
		return i, true
	case '[':
		var elem reflect.Type
		if t != nil && (t.Kind() == reflect.Slice || t.Kind() == reflect.Array) {
			elem = t.Elem()
		}
		i = skipSpace(data, i+1)
		if i < len(data) && data[i] == ']' {
			return i + 1, true
		}
		for i < len(data) {
			var ok bool
			if i, ok = k.value(elem, i); !ok {
				return i, false
			}
			i = skipSpace(data, i)
			if i >= len(data) || data[i] == ']' {
				return i + 1, true
			}
			i = skipSpace(data, i+1)
		}
		return i, true
	}
	if numberString(data, i, t) {
		return i, false
	}
	return valueEnd(data, i), true
}

// seenFields are the fields of a struct an object has named so far, by
// their place in the struct's table.
type seenFields struct {
	first uint64       // the first 64
	more  map[int]bool // the rest, in the rare struct with more fields
}

// repeated notes the field at pos and reports whether it was seen before.
func (s *seenFields) repeated(pos int) bool {
	if pos < 64 {
		bit := uint64(1) << pos
		seen := s.first&bit != 0
		s.first |= bit
		return seen
	}
	if s.more[pos] {
		return true
	}
	if s.more == nil {
		s.more = map[int]bool{}
	}
	s.more[pos] = true
	return false
}

// seenKeys are the keys an object of a map or of any value has had so
// far: their places while they are few, their text once they are many.
type seenKeys struct {
	spans [][2]int
	texts map[string]bool
}

// fewKeys is how many keys seenKeys compares one by one.
const fewKeys = 16

// repeated notes the key whose string spans data[i:end] and reports
// whether the object had it before, as the same text.
func (s *seenKeys) repeated(data []byte, i, end int) bool {
	if s.texts == nil && len(s.spans) < fewKeys {
		for _, sp := range s.spans {
			if sameKey(data, sp[0], sp[1], i, end) {
				return true
			}
		}
		s.spans = append(s.spans, [2]int{i, end})
		return false
	}
	if s.texts == nil {
		s.texts = make(map[string]bool, 2*fewKeys)
		for _, sp := range s.spans {
			name, _ := key(data, sp[0])
			s.texts[name] = true
		}
	}
	name, _ := key(data, i)
	if s.texts[name] {
		return true
	}
	s.texts[name] = true
	return false
}

// sameKey reports whether the key strings data[i:iEnd] and data[j:jEnd]
// are the same text once unquoted.
func sameKey(data []byte, i, iEnd, j, jEnd int) bool {
	a, b := data[i:iEnd], data[j:jEnd]
	if bytes.Equal(a, b) {
		return true
	}
	if bytes.IndexByte(a, '\\') < 0 && bytes.IndexByte(b, '\\') < 0 && utf8.Valid(a) && utf8.Valid(b) {
		return false
	}
	x, _ := key(data, i)
	y, _ := key(data, j)
	return x == y
}

// segment is one step of a path: an object key or an array index.
type segment struct {
	key   string
	index int // -1 for a key
}

// problem is one problem the collector found, before its place is known
// as a line and a column.
type problem struct {
	off          int // the byte the place points at
	line, column int
	path         string
	kind         string
	err          error
}

// collector decodes a valid document value by value into a Go value,
// leaving a value it cannot decode at zero and noting why, so that every
// problem is found in one walk. It runs only on documents with problems,
// so it aims at being right and complete rather than fast.
type collector struct {
	data   []byte
	fields fieldTables
	path   []segment
	found  []problem
	max    int // the most problems kept; the default when <= 0
	more   int // the problems found past max, counted only
}

// pathString is the current path, "programs[3].budget[1].year".
func (c *collector) pathString() string {
	var b strings.Builder
	for _, s := range c.path {
		if s.index >= 0 {
			b.WriteString("[" + strconv.Itoa(s.index) + "]")
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(s.key)
	}
	return b.String()
}

// kept is how many problems the collector keeps.
func (c *collector) kept() int {
	if c.max > 0 {
		return c.max
	}
	return smartcity.DefaultMaxProblems
}

// note records a problem at byte off of the current path, or counts it
// once as many as are kept have been found.
func (c *collector) note(off int, kind string, err error) {
	if len(c.found) >= c.kept() {
		c.more++
		return
	}
	c.found = append(c.found, problem{off: off, path: c.pathString(), kind: kind, err: err})
}

// typeError notes a JSON value at i, ending before end, that cannot be
// decoded into type t. As for encoding/json, the place is the value's
// last byte.
func (c *collector) typeError(i, end int, value string, t reflect.Type) {
	c.note(max(end-1, i), KindType, i18n.Errorf(words, "cannot use JSON %s as %s", jsonValue(value), goType{t}))
}

// jsonKind names the kind of the JSON value that starts with b.
func jsonKind(b byte) string {
	switch b {
	case '"':
		return "string"
	case '{':
		return "object"
	case '[':
		return "array"
	case 't', 'f':
		return "bool"
	case 'n':
		return "null"
	}
	return "number"
}

// value decodes the value at i into v and returns the index past it.
func (c *collector) value(v reflect.Value, i int) int {
	data := c.data
	if i >= len(data) {
		return i
	}
	t := v.Type()
	if custom(t) || t.Kind() == reflect.Interface {
		return c.leaf(v, i)
	}
	if data[i] == 'n' { // null
		switch t.Kind() {
		case reflect.Pointer, reflect.Map, reflect.Slice:
			v.SetZero()
		}
		return i + 4
	}
	switch t.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			v.Set(reflect.New(t.Elem()))
		}
		return c.value(v.Elem(), i)
	case reflect.Struct:
		if data[i] != '{' {
			end := valueEnd(data, i)
			c.typeError(i, end, jsonKind(data[i]), t)
			return end
		}
		return c.object(v, i)
	case reflect.Map:
		if data[i] != '{' {
			end := valueEnd(data, i)
			c.typeError(i, end, jsonKind(data[i]), t)
			return end
		}
		return c.mapValue(v, i)
	case reflect.Slice, reflect.Array:
		if t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.Uint8 {
			return c.leaf(v, i) // base64 text, as encoding/json reads []byte
		}
		if data[i] != '[' {
			end := valueEnd(data, i)
			c.typeError(i, end, jsonKind(data[i]), t)
			return end
		}
		return c.array(v, i)
	}
	return c.leaf(v, i)
}

// object decodes the JSON object at i into struct v.
func (c *collector) object(v reflect.Value, i int) int {
	data := c.data
	tab := c.fields.of(v.Type())
	i = skipSpace(data, i+1)
	if i < len(data) && data[i] == '}' {
		return i + 1
	}
	var seen seenFields
	for i < len(data) {
		start := i
		name, end := key(data, i)
		i = skipSpace(data, end)
		i = skipSpace(data, i+1)
		c.path = append(c.path, segment{key: name, index: -1})
		c.checkUTF8(start, end)
		f := tab.lookup(name)
		switch {
		case f != nil && f.name == name && seen.repeated(f.pos):
			c.note(start, KindDuplicateKey, i18n.Errorf(words, "duplicate key %s", strconv.Quote(name)))
		case f == nil:
			c.note(start, KindUnknownField, i18n.Errorf(words, "unknown field %s", strconv.Quote(name)))
		case f.name != name:
			c.note(start, KindKeyCase, i18n.Errorf(words, "key %s is written %s", strconv.Quote(name), strconv.Quote(f.name)))
		}
		if f == nil {
			i = c.untyped(i)
		} else {
			i = c.value(fieldOf(v, f.index), i)
		}
		c.path = c.path[:len(c.path)-1]
		i = skipSpace(data, i)
		if i >= len(data) || data[i] == '}' {
			return i + 1
		}
		i = skipSpace(data, i+1)
	}
	return i
}

// fieldOf returns the field of struct v at index, allocating the embedded
// pointers on the way.
func fieldOf(v reflect.Value, index []int) reflect.Value {
	for k, x := range index {
		if k > 0 && v.Kind() == reflect.Pointer {
			if v.IsNil() {
				v.Set(reflect.New(v.Type().Elem()))
			}
			v = v.Elem()
		}
		v = v.Field(x)
	}
	return v
}

// mapValue decodes the JSON object at i into map v.
func (c *collector) mapValue(v reflect.Value, i int) int {
	data := c.data
	t := v.Type()
	if v.IsNil() {
		v.Set(reflect.MakeMap(t))
	}
	i = skipSpace(data, i+1)
	if i < len(data) && data[i] == '}' {
		return i + 1
	}
	var seen seenKeys
	var decoded spellings
	if keysDecoded(t.Key()) {
		decoded = spellings{}
	}
	for i < len(data) {
		start := i
		name, end := key(data, i)
		i = skipSpace(data, end)
		i = skipSpace(data, i+1)
		c.path = append(c.path, segment{key: name, index: -1})
		c.checkUTF8(start, end)
		repeated := seen.repeated(data, start, end)
		if repeated {
			c.note(start, KindDuplicateKey, i18n.Errorf(words, "duplicate key %s", strconv.Quote(name)))
		}
		k, ok := c.mapKey(t.Key(), name, data[start:end], start)
		if ok && decoded != nil {
			if prev, dup := decoded.first(k.Interface(), name); dup && !repeated {
				c.note(start, KindDuplicateKey, sameKeyError(name, prev))
			}
		}
		elem := reflect.New(t.Elem()).Elem()
		i = c.value(elem, i)
		if ok {
			v.SetMapIndex(k, elem)
		}
		c.path = c.path[:len(c.path)-1]
		i = skipSpace(data, i)
		if i >= len(data) || data[i] == '}' {
			return i + 1
		}
		i = skipSpace(data, i+1)
	}
	return i
}

// mapKey decodes an object key into a map key of type kt, as encoding/json
// does: a text type's UnmarshalText, a string kind, or an integer.
func (c *collector) mapKey(kt reflect.Type, name string, quoted []byte, at int) (reflect.Value, bool) {
	switch {
	case reflect.PointerTo(kt).Implements(textUnmarshaler):
		kv := reflect.New(kt)
		if err := json.Unmarshal(quoted, kv.Interface()); err != nil {
			c.leafError(at, at+len(quoted), kt, err)
			return reflect.Value{}, false
		}
		return kv.Elem(), true
	case kt.Kind() == reflect.String:
		return reflect.ValueOf(name).Convert(kt), true
	}
	kv := reflect.New(kt)
	if err := json.Unmarshal([]byte(name), kv.Interface()); err != nil {
		c.typeError(at, at+len(quoted), "number "+name, kt)
		return reflect.Value{}, false
	}
	return kv.Elem(), true
}

// array decodes the JSON array at i into slice or array v.
func (c *collector) array(v reflect.Value, i int) int {
	data := c.data
	isSlice := v.Kind() == reflect.Slice
	if isSlice {
		v.SetLen(0)
	}
	n := 0
	i = skipSpace(data, i+1)
	if i < len(data) && data[i] == ']' {
		i++
	} else {
		for i < len(data) {
			c.path = append(c.path, segment{index: n})
			switch {
			case isSlice:
				v.Grow(1)
				v.SetLen(n + 1)
				i = c.value(v.Index(n), i)
			case n < v.Len():
				i = c.value(v.Index(n), i)
			default:
				i = valueEnd(data, i) // past the array's length: dropped, as encoding/json does
			}
			c.path = c.path[:len(c.path)-1]
			n++
			i = skipSpace(data, i)
			if i >= len(data) || data[i] == ']' {
				i++
				break
			}
			i = skipSpace(data, i+1)
		}
	}
	switch {
	case isSlice && n == 0:
		v.Set(reflect.MakeSlice(v.Type(), 0, 0))
	case !isSlice:
		for k := n; k < v.Len(); k++ {
			v.Index(k).SetZero()
		}
	}
	return i
}

// leaf decodes the value at i into v with encoding/json: a string, a
// number, a boolean, or a value of a type that decodes itself. Plain
// strings and integers, most of a document, are read here directly.
func (c *collector) leaf(v reflect.Value, i int) int {
	data := c.data
	end := c.untyped(i)
	raw := data[i:end]
	t := v.Type()
	if numberString(data, i, t) {
		c.typeError(i, end, "string", t)
		return end
	}
	if !custom(t) && t != numberType {
		switch t.Kind() {
		case reflect.String:
			if raw[0] == '"' && bytes.IndexByte(raw, '\\') < 0 && utf8.Valid(raw) {
				v.SetString(string(raw[1 : len(raw)-1]))
				return end
			}
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			if n, err := strconv.ParseInt(string(raw), 10, t.Bits()); err == nil {
				v.SetInt(n)
				return end
			}
		}
	}
	p := reflect.New(t)
	if err := json.Unmarshal(raw, p.Interface()); err != nil {
		c.leafError(i, end, t, err)
		return end
	}
	v.Set(p.Elem())
	return end
}

var numberType = reflect.TypeFor[json.Number]()

// untyped walks the value at i, which decodes as a whole (a type's own
// UnmarshalJSON, an interface, an unknown field), noting every key
// written twice in one of its objects, and returns the index past it.
func (c *collector) untyped(i int) int {
	data := c.data
	if i < len(data) && data[i] == '"' {
		end := stringEnd(data, i)
		c.checkUTF8(i, end)
		return end
	}
	if i >= len(data) || (data[i] != '{' && data[i] != '[') {
		return valueEnd(data, i)
	}
	object, closer := data[i] == '{', byte(']')
	if object {
		closer = '}'
	}
	var seen seenKeys
	i = skipSpace(data, i+1)
	if i < len(data) && data[i] == closer {
		return i + 1
	}
	for n := 0; i < len(data); n++ {
		if object {
			start := i
			name, end := key(data, i)
			i = skipSpace(data, end)
			i = skipSpace(data, i+1)
			c.path = append(c.path, segment{key: name, index: -1})
			c.checkUTF8(start, end)
			if seen.repeated(data, start, end) {
				c.note(start, KindDuplicateKey, i18n.Errorf(words, "duplicate key %s", strconv.Quote(name)))
			}
		} else {
			c.path = append(c.path, segment{index: n})
		}
		i = c.untyped(i)
		c.path = c.path[:len(c.path)-1]
		i = skipSpace(data, i)
		if i >= len(data) || data[i] == closer {
			return i + 1
		}
		i = skipSpace(data, i+1)
	}
	return i
}

// leafError notes err, from decoding the value at i (ending before end)
// into type t.
func (c *collector) leafError(i, end int, t reflect.Type, err error) {
	if c.nested(i, end, err) {
		return
	}
	var typ *json.UnmarshalTypeError
	if errors.As(err, &typ) {
		value := typ.Value
		if value == "" {
			value = jsonKind(c.data[i])
		}
		if typ.Type != nil {
			t = typ.Type
		}
		c.typeError(i, end, value, t)
		return
	}
	if msg, fromJSON := strings.CutPrefix(err.Error(), "json: "); fromJSON {
		err = errors.New(msg)
	}
	c.note(i, KindValue, err)
}

// place gives each problem its line and column, in one pass over the
// document.
func (c *collector) place() {
	line, lineStart, at := 1, 0, 0
	for k := range c.found {
		off := min(c.found[k].off, len(c.data))
		if off < at { // not in order: count again from the start
			line, lineStart, at = 1, 0, 0
		}
		for ; at < off; at++ {
			if c.data[at] == '\n' {
				line, lineStart = line+1, at+1
			}
		}
		c.found[k].line, c.found[k].column = line, off-lineStart+1
	}
}

// errs returns the problems as *Error values, after place.
func (c *collector) errs() []*Error {
	out := make([]*Error, len(c.found))
	for k, p := range c.found {
		out[k] = &Error{Line: p.line, Column: p.column, Field: p.path, Kind: p.kind, Err: p.err}
	}
	if c.more > 0 {
		out = append(out, &Error{Kind: KindMoreProblems, Err: &smartcity.MoreProblems{Errors: c.more}})
	}
	return out
}
