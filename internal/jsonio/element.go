package jsonio

import (
	"errors"
	"strconv"
)

// InArray places err, an error of Unmarshal of element k of a JSON array
// whose text starts at byte start of data, in data as a whole: its line
// and column counted from the start of data, its path under "[k]", as
// Unmarshal of the whole array would say it. A reader that decodes an
// array element by element, holding one at a time, says its errors so.
// An error that is not an *Error is returned as it is.
func InArray(err error, data []byte, start, k int) error {
	var e *Error
	if !errors.As(err, &e) {
		return err
	}
	out := *e
	if out.Line > 0 {
		line, col := Position(data, int64(start))
		if out.Line == 1 {
			out.Column += col - 1
		}
		out.Line += line - 1
	}
	index := "[" + strconv.Itoa(k) + "]"
	switch {
	case out.Field == "":
		out.Field = index
	case out.Field[0] == '[':
		out.Field = index + out.Field
	default:
		out.Field = index + "." + out.Field
	}
	return &out
}
