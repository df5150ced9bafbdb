package web

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kotacerdas/smartcity/internal/i18n"
)

// Longest file name kept, in bytes, as most file systems allow.
const maxName = 255

// Why an upload's name is refused.
var (
	errNameEmpty = i18n.New(messagesID, "the file has no name")
	errNamePath  = i18n.New(messagesID, "a file name may not hold a path")
	errNameChars = i18n.New(messagesID, "the file name holds characters that are not allowed")
	errNameLong  = i18n.New(messagesID, "the file name is too long")
)

// fileName checks the name an upload was sent with and returns it as the
// portal keeps it. A name with a path — a separator of any system, "..",
// a drive — is refused, not trimmed to its base, since it says the client
// sent what it should not; so are control and bidirectional-override
// characters, text that is not UTF-8, and names longer than 255 bytes.
// Surrounding space is trimmed.
func fileName(name string) (string, error) {
	if len(name) > maxName {
		return "", errNameLong
	}
	if !utf8.ValidString(name) {
		return "", errNameChars
	}
	name = strings.TrimSpace(name)
	switch {
	case name == "":
		return "", errNameEmpty
	case strings.ContainsAny(name, `/\:`), strings.Contains(name, ".."), name == ".":
		return "", errNamePath
	}
	for _, r := range name {
		if unicode.IsControl(r) || bidi(r) || r == utf8.RuneError || r == '\u00ad' || r == '\ufeff' {
			return "", errNameChars
		}
	}
	return name, nil
}

// bidi reports whether r changes the direction of the text around it, which
// can make "gpj.exe" read as "exe.jpg".
func bidi(r rune) bool {
	return (r >= '\u202a' && r <= '\u202e') || (r >= '\u2066' && r <= '\u2069') || r == '\u200e' || r == '\u200f' || r == '\u061c'
}
