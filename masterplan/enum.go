package masterplan

import (
	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/enum"
)

// parseError is the *smartcity.ParseError of the package's enums
// (internal/enum): it suggests the nearest code, or lists the codes.
func parseError(m enum.Miss) error {
	return &smartcity.ParseError{Kind: m.Kind, KindID: errorWords[m.Kind], Input: m.Input, Want: m.Codes(), Near: m.Near()}
}

// langIndex maps a language to the column of a [2]string name table: 0 for
// Indonesian (also the zero Lang), 1 for English.
func langIndex(lang smartcity.Lang) int {
	if lang.Or(smartcity.Indonesian) == smartcity.English {
		return 1
	}
	return 0
}
