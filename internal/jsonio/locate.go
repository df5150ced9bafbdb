package jsonio

import (
	"bytes"
	"encoding"
	"encoding/json"
	"reflect"
	"strconv"
	"strings"
)

// unknownField finds where encoding/json met the unknown field name while
// decoding data into a value of type t: the first object key, in document
// order, that the Go type at its place has no field for. It returns the
// key's path ("programs[3].budget[1].yaer") and the offset of its opening
// quote. encoding/json itself reports neither.
func unknownField(data []byte, t reflect.Type, name string) (path string, off int64, ok bool) {
	w := &typeWalker{dec: json.NewDecoder(bytes.NewReader(data)), fields: fieldTables{}, data: data, name: name}
	w.dec.UseNumber()
	w.value(t, "")
	return w.path, w.off, w.found
}

var (
	jsonUnmarshaler = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()
)

type typeWalker struct {
	dec    *json.Decoder
	fields fieldTables
	data   []byte
	name   string
	path   string
	off    int64
	found  bool
	err    bool
}

// value reads one JSON value that decodes into type t (nil: any value)
// at path, and reports whether the walk should go on.
func (w *typeWalker) value(t reflect.Type, path string) bool {
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t != nil && (reflect.PointerTo(t).Implements(jsonUnmarshaler) || reflect.PointerTo(t).Implements(textUnmarshaler)) {
		t = nil // decoded by its own method: its keys are its business
	}
	tok, err := w.dec.Token()
	if err != nil {
		w.err = true
		return false
	}
	d, ok := tok.(json.Delim)
	if !ok {
		return true
	}
	switch d {
	case '[':
		var elem reflect.Type
		if t != nil && (t.Kind() == reflect.Slice || t.Kind() == reflect.Array) {
			elem = t.Elem()
		}
		for i := 0; w.dec.More(); i++ {
			if !w.value(elem, path+"["+strconv.Itoa(i)+"]") {
				return false
			}
		}
	case '{':
		for w.dec.More() {
			tok, err := w.dec.Token()
			if err != nil {
				w.err = true
				return false
			}
			key, _ := tok.(string)
			keyPath := key
			if path != "" {
				keyPath = path + "." + key
			}
			var next reflect.Type
			switch {
			case t == nil:
			case t.Kind() == reflect.Map:
				next = t.Elem()
			case t.Kind() == reflect.Struct:
				f := w.fields.of(t).lookup(key)
				if f == nil {
					if key == w.name {
						w.path, w.off, w.found = keyPath, quoteStart(w.data, w.dec.InputOffset()), true
						return false
					}
				} else {
					next = f.typ
				}
			}
			if !w.value(next, keyPath) {
				return false
			}
		}
	}
	if _, err := w.dec.Token(); err != nil { // the closing delimiter
		w.err = true
		return false
	}
	return true
}

// Walk calls visit for each string token of data (keys and values)
// and for each other scalar value, with the path of the value (for a key,
// the path of the field it names), whether it is a key, its text, and its
// byte span. It stops when visit returns false or at the first syntax
// error.
func Walk(data []byte, visit func(path string, key bool, text string, start, end int64) bool) {
	type frame struct {
		array bool
		index int
		key   string
		atKey bool // an object waiting for its next key
	}
	var stack []frame
	path := func() string {
		var b strings.Builder
		for _, f := range stack {
			if f.array {
				b.WriteString("[" + strconv.Itoa(f.index) + "]")
				continue
			}
			if b.Len() > 0 {
				b.WriteByte('.')
			}
			b.WriteString(f.key)
		}
		return b.String()
	}
	// afterValue moves the enclosing frame on once a value is complete.
	afterValue := func() {
		if n := len(stack); n > 0 {
			if stack[n-1].array {
				stack[n-1].index++
			} else {
				stack[n-1].atKey = true
			}
		}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	for {
		tok, err := dec.Token()
		if err != nil {
			return
		}
		end := dec.InputOffset()
		switch t := tok.(type) {
		case json.Delim:
			switch t {
			case '{':
				stack = append(stack, frame{atKey: true})
			case '[':
				stack = append(stack, frame{array: true})
			default:
				stack = stack[:len(stack)-1]
				afterValue()
			}
		case string:
			start := quoteStart(data, end)
			if n := len(stack); n > 0 && !stack[n-1].array && stack[n-1].atKey {
				stack[n-1].key, stack[n-1].atKey = t, false
				if !visit(path(), true, t, start, end) {
					return
				}
				continue
			}
			if !visit(path(), false, t, start, end) {
				return
			}
			afterValue()
		default:
			if !visit(path(), false, "", end-1, end) {
				return
			}
			afterValue()
		}
	}
}

// quoteStart returns the offset of the opening quote of the string token
// that ends at end (just past its closing quote).
func quoteStart(data []byte, end int64) int64 {
	for i := min(end, int64(len(data))) - 2; i >= 0; i-- {
		if data[i] != '"' {
			continue
		}
		backslashes := 0
		for j := i - 1; j >= 0 && data[j] == '\\'; j-- {
			backslashes++
		}
		if backslashes%2 == 0 {
			return i
		}
	}
	return 0
}

// pathAt returns the path ("programs[3].budget[1].year") of the innermost
// value of data that contains the byte at off, or "" for the top level.
// The path is built once, when found, so that the time is linear in the
// document however deep it nests.
func pathAt(data []byte, off int64) string {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	type frame struct {
		array bool
		index int
		key   string
		atKey bool
	}
	var stack []frame
	path := func() string {
		var b strings.Builder
		for _, f := range stack {
			switch {
			case f.array:
				b.WriteString("[" + strconv.Itoa(f.index) + "]")
			case f.atKey:
			default:
				if b.Len() > 0 {
					b.WriteByte('.')
				}
				b.WriteString(f.key)
			}
		}
		return b.String()
	}
	next := func() { // a value is complete: move the enclosing frame on
		if n := len(stack); n > 0 {
			if stack[n-1].array {
				stack[n-1].index++
			} else {
				stack[n-1].atKey = true
			}
		}
	}
	for {
		tok, err := dec.Token()
		if err != nil {
			return path()
		}
		end := dec.InputOffset()
		switch t := tok.(type) {
		case json.Delim:
			if t == '{' || t == '[' {
				if end > off {
					return path()
				}
				stack = append(stack, frame{array: t == '[', atKey: t == '{'})
				continue
			}
			stack = stack[:len(stack)-1]
			if end > off {
				return path()
			}
			next()
		case string:
			if n := len(stack); n > 0 && !stack[n-1].array && stack[n-1].atKey {
				stack[n-1].key, stack[n-1].atKey = t, false
				if end > off {
					return path()
				}
				continue
			}
			if end > off {
				return path()
			}
			next()
		default:
			if end > off {
				return path()
			}
			next()
		}
	}
}
