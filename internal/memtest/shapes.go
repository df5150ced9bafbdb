package memtest

import (
	"fmt"
	"strconv"
	"strings"
)

// Shape names the parts of a JSON document type that the hostile inputs
// of Hostile fill.
type Shape struct {
	// Array is the field of the document's main array, such as
	// "programs"; "" when the document is an array itself.
	Array string
	// String is a field of the document that holds text, such as
	// "vision"; "" for a string as the one element of Array.
	String string
}

// wrap puts body in the document at field: {"field":body}, or body alone
// for "".
func wrap(field, body string) []byte {
	if field == "" {
		return []byte(body)
	}
	return []byte(`{"` + field + `":` + body + `}`)
}

// Array returns a document whose field holds n copies of elem, at the top
// when field is "".
func Array(field, elem string, n int) []byte {
	var b strings.Builder
	b.Grow(n * (len(elem) + 1))
	b.WriteByte('[')
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(elem)
	}
	b.WriteByte(']')
	return wrap(field, b.String())
}

// Hostile returns the hostile inputs of a JSON document of shape s: n and
// 10n empty elements of its array (3n and 30n bytes), arrays nested 9,000
// deep (as deep as encoding/json reads), a string of 4 MB, an object of
// 100,000 keys, and n/10 elements each with two unknown fields, for many
// problems.
func Hostile(s Shape, n int) []Doc {
	text := func() []byte {
		long := `"` + strings.Repeat("a", 4<<20) + `"`
		if s.String == "" {
			return wrap(s.Array, "["+long+"]")
		}
		return wrap(s.String, long)
	}
	return []Doc{
		{fmt.Sprintf("%d empty elements", n), func() []byte { return Array(s.Array, "{}", n) }},
		{fmt.Sprintf("%d empty elements", 10*n), func() []byte { return Array(s.Array, "{}", 10*n) }},
		{"arrays nested 9,000 deep", func() []byte {
			return wrap(s.Array, strings.Repeat("[", 9000)+strings.Repeat("]", 9000))
		}},
		{"a string of 4 MB", text},
		{"an object of 100,000 keys", func() []byte {
			var b strings.Builder
			b.WriteByte('{')
			for i := range 100_000 {
				if i > 0 {
					b.WriteByte(',')
				}
				b.WriteString(`"k` + strconv.Itoa(i) + `":0`)
			}
			b.WriteByte('}')
			return wrap(s.Array, "["+b.String()+"]")
		}},
		{fmt.Sprintf("%d elements with two unknown fields each", n/10), func() []byte {
			return Array(s.Array, `{"unknown_a":1,"unknown_b":[]}`, n/10)
		}},
	}
}
