package spbe

import (
	"strings"

	"github.com/kotacerdas/smartcity/internal/enum"
)

// parseError is the *ParseError of the package's enums (internal/enum),
// whose Want lists the codes: "mandiri, dokumen, interviu or visitasi".
// parseWord says it in Indonesian.
func parseError(m enum.Miss) error {
	codes := m.Codes()
	want := codes[len(codes)-1]
	if n := len(codes); n > 1 {
		want = strings.Join(codes[:n-1], ", ") + " or " + want
	}
	return &ParseError{Kind: m.Kind, Input: m.Input, Want: want}
}
