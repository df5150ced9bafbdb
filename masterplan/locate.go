package masterplan

import (
	"errors"

	"github.com/kotacerdas/smartcity/internal/jsonio"
	"github.com/kotacerdas/smartcity/pillar"
)

// decodeError turns a jsonio error into a *DecodeError and, where Go's
// decoder leaves the place vague, finds it. jsonio places syntax errors,
// values of the wrong type and unknown fields; an unknown code, refused by
// a type's own UnmarshalText, comes back placed at the end of the document
// and without a path. Here the document's tokens are walked to find the
// value and its path in the form Problem paths use ("programs[0].element").
// When the text occurs more than once, the place is left unknown (line 0)
// rather than guessed.
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
	}
	return de
}

// place sets the position and path of the one string token equal to text
// (a key when key is set, a value otherwise), or clears the position when
// there is not exactly one; it returns how many it found, counting no
// further than two.
func (de *DecodeError) place(data []byte, key bool, text string) int {
	found := 0
	jsonio.Walk(data, func(path string, isKey bool, s string, start, _ int64) bool {
		if isKey == key && s == text {
			found++
			if found == 1 {
				de.Field = path
				de.Line, de.Column = jsonio.Position(data, start)
			}
		}
		return found < 2
	})
	if found != 1 {
		de.Line, de.Column, de.Field = 0, 0, ""
	}
	return found
}
