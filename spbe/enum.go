package spbe

import (
	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/enum"
)

// parseError is the *smartcity.ParseError of the package's enums
// (internal/enum): it lists the codes, "mandiri, dokumen, interviu or
// visitasi", or suggests the nearest. parseWord says the kind in
// Indonesian.
func parseError(m enum.Miss) error {
	return &smartcity.ParseError{Kind: m.Kind, KindID: parseWordID(m.Kind), Input: m.Input, Want: m.Codes(), Near: m.Near()}
}
