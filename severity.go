package smartcity

import "github.com/kotacerdas/smartcity/internal/enum"

// Severity is how serious a Problem is. The zero value means "unset".
type Severity uint8

// The severities.
const (
	Error   Severity = 1 + iota // the document is invalid, code "error"
	Warning                     // worth a look, but the document is valid, code "warning"
)

// severities declares the severities; the Indonesian names parse too.
var severities = enum.New[Severity](enum.Spec{Kind: "severity", Names: true, Unknown: func(m enum.Miss) error {
	return &ParseError{Kind: "severity", KindID: "tingkat keparahan", Input: m.Input, Want: m.Codes(), Near: m.Near()}
}}, []enum.Row{
	Error:   {Code: "error", ID: "galat", EN: "error", Aliases: []string{"kesalahan", "err"}},
	Warning: {Code: "warning", ID: "peringatan", EN: "warning", Aliases: []string{"warn"}},
})

// String returns the stable code ("error", "warning").
func (s Severity) String() string { return severities.String(s) }

// Name returns the severity's display name in lang ("galat", "warning"),
// or "" when s is not valid.
func (s Severity) Name(lang Lang) string { return severities.Name(s, lang) }

// MarshalText implements encoding.TextMarshaler with the stable code.
func (s Severity) MarshalText() ([]byte, error) { return severities.MarshalText(s) }

// UnmarshalText implements encoding.TextUnmarshaler: the code or a name in
// either language ("galat", "peringatan"), ignoring case; empty text is
// the zero value.
func (s *Severity) UnmarshalText(text []byte) error { return severities.UnmarshalText(s, text) }
