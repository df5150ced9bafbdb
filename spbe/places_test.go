package spbe

import (
	"strconv"

	"github.com/kotacerdas/smartcity"
)

// at names the place of a problem compactly, for the tests' tables: its
// path, or "line 4, column 2 (level)" for a cell of a CSV file.
func at(p smartcity.Problem) string {
	if p.Line == 0 {
		return p.Path
	}
	s := "line " + strconv.Itoa(p.Line)
	if p.Column > 0 {
		s += ", column " + strconv.Itoa(p.Column)
	}
	if p.Path != "" {
		s += " (" + p.Path + ")"
	}
	return s
}

// At is at, for the package's external tests (places_ext_test.go).
var At = at
