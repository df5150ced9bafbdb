package masterplan

import (
	"bytes"
	"encoding/json"
	"errors"
	"strconv"
	"strings"

	"github.com/kotacerdas/smartcity/internal/jsonio"
	"github.com/kotacerdas/smartcity/pillar"
)

// decodeError turns a jsonio error into a *DecodeError and, where Go's
// decoder leaves the place vague, finds it. The decoder reads a whole
// document before it fills the Plan, so an unknown field or an unknown code
// comes back placed at the end of the document and without a field path;
// here the document's tokens are walked to find the field or value and its
// path in the form Problem paths use ("programs[0].element"). When the text
// occurs more than once, the place is left unknown (line 0) rather than
// guessed.
func decodeError(data []byte, je *jsonio.Error) *DecodeError {
	de := &DecodeError{Line: je.Line, Column: je.Column, Field: je.Field, Err: je.Err}
	var (
		pe  *ParseError
		ppe *pillar.ParseError
	)
	switch {
	case errors.As(je.Err, &pe):
		// A code is a value or, when no value has its text, a map key
		// such as a pillar of pillar_scores.
		if de.place(data, false, pe.Input) == 0 {
			de.place(data, true, pe.Input)
		}
	case errors.As(je.Err, &ppe):
		if de.place(data, false, ppe.Input) == 0 {
			de.place(data, true, ppe.Input)
		}
	case strings.HasPrefix(je.Err.Error(), "unknown field "):
		if name, err := strconv.Unquote(strings.TrimPrefix(je.Err.Error(), "unknown field ")); err == nil {
			de.place(data, true, name)
		}
	case je.Field != "" && je.Line > 0:
		// A value of the wrong type: the position is exact; add indexes to
		// the path.
		off := offsetOf(data, je.Line, je.Column)
		walkTokens(data, func(path string, _ bool, _ string, start, end int64) bool {
			if off >= start && off < end {
				de.Field = path
				return false
			}
			return true
		})
	}
	return de
}

// place sets the position and path of the one string token equal to text
// (a key when key is set, a value otherwise), or clears the position when
// there is not exactly one; it returns how many it found, counting no
// further than two.
func (de *DecodeError) place(data []byte, key bool, text string) int {
	found := 0
	walkTokens(data, func(path string, isKey bool, s string, start, _ int64) bool {
		if isKey == key && s == text {
			found++
			if found == 1 {
				de.Field = path
				de.Line, de.Column = lineColumn(data, start)
			}
		}
		return found < 2
	})
	if found != 1 {
		de.Line, de.Column, de.Field = 0, 0, ""
	}
	return found
}

// walkTokens calls visit for each string token of data (keys and values)
// and for each other scalar value, with the path of the value (for a key,
// the path of the field it names), whether it is a key, its text, and its
// byte span. It stops when visit returns false or at the first syntax
// error.
func walkTokens(data []byte, visit func(path string, key bool, text string, start, end int64) bool) {
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
	for i := end - 2; i >= 0; i-- {
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

// lineColumn converts a byte offset into a 1-based line and column, as
// jsonio counts them.
func lineColumn(data []byte, off int64) (line, col int) {
	before := data[:min(max(off, 0), int64(len(data)))]
	line = bytes.Count(before, []byte("\n")) + 1
	col = len(before) - (bytes.LastIndexByte(before, '\n') + 1) + 1
	return line, col
}

// offsetOf converts a 1-based line and column back into a byte offset.
func offsetOf(data []byte, line, col int) int64 {
	off := 0
	for l := 1; l < line; l++ {
		i := bytes.IndexByte(data[off:], '\n')
		if i < 0 {
			return int64(len(data))
		}
		off += i + 1
	}
	return int64(off + col - 1)
}
