package jsonio

import (
	"encoding/json"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/kotacerdas/smartcity/internal/i18n"
)

// The bounds of a document, checked before it is decoded so that a small
// document cannot make the reading take memory or time out of proportion
// to its size: "[{},{},…]" of a million elements is 3 MB of text, and
// hundreds of megabytes once decoded into structs and checked.
const (
	// DefaultMaxItems is how many elements an array, or entries an object
	// read into a map, may hold unless its field declares another cap
	// with the struct tag `maxitems:"N"`, as masterplan declares
	// `maxitems:"2000"` for the programmes of a plan.
	DefaultMaxItems = 10_000
	// DefaultMaxElements is how many array elements and map entries a
	// document may hold in all, however its arrays nest, unless
	// Options.MaxElements says otherwise.
	DefaultMaxElements = 100_000
	// MaxDepth is how deeply a document's arrays and objects may nest.
	MaxDepth = 64
)

// The kinds of the problems of a document over its bounds. Either makes
// the whole document refused, as a syntax error does: nothing of it is
// decoded.
const (
	KindMaxItems = "max_items" // an array or map over its cap, or a document over its elements in all
	KindMaxDepth = "max_depth" // arrays and objects nested deeper than MaxDepth
)

// boundWords are the messages of the bounds in Indonesian.
var boundWords = i18n.Table{
	"%d elements, more than the %d allowed":                                  "%d anggota, melebihi batas %d",
	"the document holds more than %d elements in all its arrays and objects": "dokumen berisi lebih dari %d anggota dalam seluruh daftar dan objeknya",
	"arrays and objects nested more than %d deep":                            "daftar dan objek bersarang lebih dari %d tingkat",
}

// Options bound one reading of a document. The zero value holds the
// defaults.
type Options struct {
	// MaxProblems is how many problems are kept, the rest counted in a
	// closing problem; smartcity.DefaultMaxProblems when <= 0.
	MaxProblems int
	// MaxElements is how many array elements and map entries the
	// document may hold in all; DefaultMaxElements when <= 0.
	MaxElements int
}

// maxElements is o.MaxElements or its default.
func (o Options) maxElements() int {
	if o.MaxElements > 0 {
		return o.MaxElements
	}
	return DefaultMaxElements
}

// overBounds reports the problems of data, when it is JSON to be decoded
// into t, that break its bounds: an array or map with more elements than
// its cap, more than opts.MaxElements in all, nesting deeper than MaxDepth. It
// returns nil for a document within them, and for data that is not JSON,
// whose syntax error the decoding reports. The scan allocates nothing for
// the elements it counts.
func overBounds(data []byte, t reflect.Type, opts Options) []*Error {
	if !json.Valid(data) {
		return nil
	}
	b := &boundScan{collector: collector{data: data, fields: fieldTables{}, max: opts.MaxProblems},
		caps: map[*field]int{}, maxElements: opts.maxElements()}
	b.value(t, skipSpace(data, 0), 0, DefaultMaxItems)
	if len(b.found) == 0 && b.more == 0 {
		return nil
	}
	slices.SortStableFunc(b.found, func(x, y problem) int { return x.off - y.off })
	b.place()
	return b.errs()
}

// boundScan walks a valid document alongside a Go type, counting.
type boundScan struct {
	collector
	steps       []step // where the scan is
	elements    int    // array elements and map entries so far
	maxElements int
	caps        map[*field]int
}

// step is one step of the path of a boundScan: an object key, by the
// offset of its string, or an array index.
type step struct {
	keyAt, index int // keyAt -1 for an index
}

// noteAt notes a problem at byte off, its path built only now.
func (b *boundScan) noteAt(off int, kind string, err error) {
	if len(b.found) >= b.kept() {
		b.more++
		return
	}
	var sb strings.Builder
	for _, s := range b.steps {
		if s.keyAt < 0 {
			sb.WriteString("[" + strconv.Itoa(s.index) + "]")
			continue
		}
		if sb.Len() > 0 {
			sb.WriteByte('.')
		}
		name, _ := key(b.data, s.keyAt)
		sb.WriteString(name)
	}
	b.found = append(b.found, problem{off: off, path: sb.String(), kind: kind, err: err})
}

// capOf is the cap of the elements of field f of a struct: its maxitems
// tag, or DefaultMaxItems.
func (b *boundScan) capOf(owner reflect.Type, f *field) int {
	if c, ok := b.caps[f]; ok {
		return c
	}
	c := DefaultMaxItems
	if tag, ok := owner.FieldByIndex(f.index).Tag.Lookup("maxitems"); ok {
		n, err := strconv.Atoi(tag)
		if err != nil || n <= 0 {
			// The tags are fixed in the library's types; failing here is
			// a bug, not a problem with any input.
			panic("jsonio: the struct tag maxitems:" + strconv.Quote(tag) + " of " + owner.String() + " is not a number greater than 0")
		}
		c = n
	}
	b.caps[f] = c
	return c
}

// value scans the value at i that decodes into t (nil: any value), at
// the given depth, whose elements are capped at limit, and returns the
// index past it. Past maxElements it returns len(data), ending the scan.
func (b *boundScan) value(t reflect.Type, i, depth, limit int) int {
	data := b.data
	if i >= len(data) || (data[i] != '{' && data[i] != '[') {
		return valueEnd(data, i)
	}
	if depth >= MaxDepth {
		b.noteAt(i, KindMaxDepth, i18n.Errorf(boundWords, "arrays and objects nested more than %d deep", MaxDepth))
		return valueEnd(data, i)
	}
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	start := i
	object, closer := data[i] == '{', byte(']')
	if object {
		closer = '}'
	}
	var tab *fieldTable
	var elem reflect.Type
	if t != nil {
		switch {
		case object && t.Kind() == reflect.Struct && !custom(t):
			tab = b.fields.of(t)
		case object && t.Kind() == reflect.Map, !object && (t.Kind() == reflect.Slice || t.Kind() == reflect.Array):
			elem = t.Elem()
		}
	}
	i = skipSpace(data, i+1)
	if i < len(data) && data[i] == closer {
		return i + 1
	}
	n := 0
	for i < len(data) {
		next, nextCap := elem, DefaultMaxItems
		if object {
			end := stringEnd(data, i)
			if tab != nil {
				next = nil
				if f := tab.exactRaw(data[i:end]); f != nil {
					next, nextCap = f.typ, b.capOf(t, f)
				}
			}
			b.steps = append(b.steps, step{keyAt: i})
			i = skipSpace(data, end)
			i = skipSpace(data, i+1) // the colon
		} else {
			b.steps = append(b.steps, step{keyAt: -1, index: n})
		}
		if tab == nil && n < limit { // an element of an array or an entry of a map, within its cap
			b.elements++
			if b.elements > b.maxElements {
				b.steps = b.steps[:len(b.steps)-1]
				b.noteAt(i, KindMaxItems, i18n.Errorf(boundWords, "the document holds more than %d elements in all its arrays and objects", b.maxElements))
				return len(data)
			}
		}
		if tab == nil && n >= limit {
			i = valueEnd(data, i) // counted, not looked into
		} else {
			i = b.value(next, i, depth+1, nextCap)
		}
		b.steps = b.steps[:len(b.steps)-1]
		n++
		i = skipSpace(data, i)
		if i >= len(data) || data[i] == closer {
			i++
			break
		}
		i = skipSpace(data, i+1) // the comma
	}
	if tab == nil && n > limit {
		b.noteAt(start, KindMaxItems, i18n.Errorf(boundWords, "%d elements, more than the %d allowed", n, limit))
	}
	return i
}
