// Package ref checks what a document names outside itself — the file name
// of a bukti dukung, a link to where it is published, the plan a
// realisation reports on — so that no document makes a reader, a report or
// a tool reach a file or an address its user did not choose.
//
// Two kinds of reference are accepted:
//
//   - a relative file name without traversal: no ".." segment, no leading
//     "/" or "\" (an absolute path, or a network share "\\server\share"),
//     no drive letter ("C:"), no scheme ("file:", "javascript:"), no
//     percent-escape of a dot, a separator or "%" ("..%2F"), and no
//     control character, "/" and "\" both counting as separators;
//   - an http or https address with a host, without a user name or
//     password in it, and without a raw space, quote or angle bracket
//     (any of the characters an address writes percent-encoded).
//
// Name accepts the first, Address the second and Check either. A refused
// reference is an error that wraps ErrUnsafe, said in Indonesian and
// English; a problem reporting it has the rule code Rule. ReadFile opens a
// named file only inside a given folder, and only a regular file.
package ref

import (
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kotacerdas/smartcity/internal/escape"
	"github.com/kotacerdas/smartcity/internal/i18n"
)

// Rule is the rule code of a problem with a reference, the same in every
// package: "reference".
const Rule = "reference"

// The JSON schemas say the rules as patterns (RE2 and ECMA-262 alike), for
// tools that check a document before the library reads it. They miss
// only what a pattern cannot say simply — characters outside ASCII that
// reorder text or are spaces, an address url.Parse cannot read — and so
// accept a little more than the checks, never less.
const (
	// UnsafeNamePattern matches a name that Name refuses: an absolute
	// path, a drive or a scheme, a ".." segment, an escaped dot,
	// separator or percent sign, a control character.
	UnsafeNamePattern = `%(2[eEfF]|5[cC]|25)|^\s*([/\\]|[A-Za-z][A-Za-z0-9+.-]*:)|(^|[/\\])[.\s]*\.\.[.\s]*([/\\]|$)|[\x00-\x1f\x7f-\x9f]`
	// UnsafeTextPattern matches text that Check refuses as a name, as
	// UnsafeNamePattern does, except that a word and a colon followed by a
	// space is a label ("Catatan: …"), not a scheme.
	UnsafeTextPattern = `%(2[eEfF]|5[cC]|25)|^\s*([/\\]|[A-Za-z][A-Za-z0-9+.-]*:(\S|$))|(^|[/\\])[.\s]*\.\.[.\s]*([/\\]|$)|[\x00-\x1f\x7f-\x9f]`
	// AddressPattern matches an address that Address accepts: http or
	// https, a host without a user name or password, and no character an
	// address writes percent-encoded.
	AddressPattern = `^\s*[hH][tT][tT][pP][sS]?://[^/?#@\x00-\x20\x7f-\x9f"<>\\^` + "`" + `{|}]+([/?#][^\x00-\x20\x7f-\x9f"<>\\^` + "`" + `{|}]*)?\s*$`
)

// ErrUnsafe is wrapped by every error of a refused reference.
var ErrUnsafe = i18n.New(words, "unsafe reference")

// words are the package's messages in Indonesian, keyed by their English.
var words = i18n.Table{
	"unsafe reference":             "rujukan tidak aman",
	"%s holds a control character": "%s memuat karakter kendali",
	"%s is not valid UTF-8":        "%s bukan UTF-8 yang sah",
	"%s leaves its folder with \"..\"; write a name inside it":                                "%s keluar dari foldernya dengan \"..\"; tulis nama di dalam folder itu",
	"%s is an absolute path; write a name relative to the document":                           "%s adalah path absolut; tulis nama relatif terhadap dokumen",
	"%s names a network share; write a name relative to the document":                         "%s menyebut folder bersama di jaringan; tulis nama relatif terhadap dokumen",
	"%s names a drive; write a name relative to the document":                                 "%s menyebut drive; tulis nama relatif terhadap dokumen",
	"%s is an address, not a file name":                                                       "%s adalah alamat, bukan nama berkas",
	"%s is not an http or https address":                                                      "%s bukan alamat http atau https",
	"%s holds a user name or password":                                                        "%s memuat nama pengguna atau kata sandi",
	"%s holds a space or one of \" < > \\ ^ ` { | }, which an address writes percent-encoded": "%s memuat spasi atau salah satu dari \" < > \\ ^ ` { | }, yang dalam alamat ditulis dengan kode persen",
	"%s holds an encoded dot, slash, backslash or percent sign (%%2E, %%2F, %%5C, %%25)":      "%s memuat titik, garis miring, garis miring terbalik atau tanda persen yang dikodekan (%%2E, %%2F, %%5C, %%25)",
	"%s is not a regular file":                                                                "%s bukan berkas biasa",
}

// refuse is the error of a refused reference s, by the format that says
// why.
func refuse(format, s string) error {
	return i18n.Wrapf(words, ErrUnsafe, format, escape.Quote(s))
}

// Check accepts s when it is an http or https address (see Address) or a
// relative file name (see Name): one with a scheme ("https:", "mailto:")
// is checked as an address, any other as a file name. It suits a field
// that may hold either, such as the evidence of a readiness item; a field
// that holds text which merely mentions a file passes as a name, since a
// name may hold spaces. A word and a colon followed by a space is a label,
// as people write descriptions ("Catatan: data kepegawaian 2023", "Data:
// BPS"), not a scheme — an address never has a space after its scheme —
// and what follows the label is checked as a name.
func Check(s string) error {
	if err := text(s); err != nil {
		return err
	}
	if sch, ok := scheme(s); ok {
		rest := s[len(sch)+1:]
		if r, _ := utf8.DecodeRuneInString(rest); rest != "" && unicode.IsSpace(r) {
			return Name(strings.TrimLeftFunc(rest, unicode.IsSpace))
		}
		return Address(s)
	}
	return Name(s)
}

// Name accepts s when it is a file name relative to the document that
// names it and stays inside the document's folder: no control character,
// no leading "/" or "\", no drive letter, no scheme, no ".." segment ("/"
// and "\" both separate segments, as either system writes them), no
// escaped dot, separator or percent sign ("%2E", "%2F", "%5C", "%25"). Spaces
// and other punctuation are allowed; an empty name is left to the
// field's own rule.
func Name(s string) error {
	if err := text(s); err != nil {
		return err
	}
	t := strings.TrimLeftFunc(s, unicode.IsSpace)
	switch {
	case strings.HasPrefix(t, `\\`) || strings.HasPrefix(t, "//"):
		return refuse("%s names a network share; write a name relative to the document", s)
	case strings.HasPrefix(t, "/") || strings.HasPrefix(t, `\`):
		return refuse("%s is an absolute path; write a name relative to the document", s)
	case drive(t):
		return refuse("%s names a drive; write a name relative to the document", s)
	}
	if _, ok := scheme(t); ok {
		return refuse("%s is an address, not a file name", s)
	}
	if encoded(s) {
		return refuse("%s holds an encoded dot, slash, backslash or percent sign (%%2E, %%2F, %%5C, %%25)", s)
	}
	for seg := range strings.FieldsFuncSeq(s, func(r rune) bool { return r == '/' || r == '\\' }) {
		// Windows drops trailing dots and spaces from a segment: ".. " is
		// "..". A segment of dots and spaces alone that holds ".." is
		// refused however it is read.
		if strings.TrimFunc(seg, func(r rune) bool { return r == '.' || unicode.IsSpace(r) }) == "" && strings.Contains(seg, "..") {
			return refuse("%s leaves its folder with \"..\"; write a name inside it", s)
		}
	}
	return nil
}

// Address accepts s when it is an http or https address with a host,
// without a user name or password, and without the characters RFC 3986
// never lets an address hold unencoded — a space, or one of " < > \ ^ `
// { | }, which would let it break out of the text around it — such as
// "https://jdih.rembangkab.go.id/perbup-12-2023.pdf".
func Address(s string) error {
	if err := text(s); err != nil {
		return err
	}
	t := strings.TrimSpace(s)
	u, err := url.Parse(t)
	if err != nil || (!strings.EqualFold(u.Scheme, "http") && !strings.EqualFold(u.Scheme, "https")) || u.Host == "" || u.Opaque != "" {
		return refuse("%s is not an http or https address", s)
	}
	if strings.ContainsFunc(t, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune("\"<>\\^`{|}", r) }) {
		return refuse("%s holds a space or one of \" < > \\ ^ ` { | }, which an address writes percent-encoded", s)
	}
	if u.User != nil {
		return refuse("%s holds a user name or password", s)
	}
	return nil
}

// text refuses s when it is not valid UTF-8 or holds a control character,
// or a character that reorders the text around it (U+202E and its kin),
// which could make a name show as another.
func text(s string) error {
	if !utf8.ValidString(s) {
		return refuse("%s is not valid UTF-8", s)
	}
	for _, r := range s {
		if unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r) {
			return refuse("%s holds a control character", s)
		}
	}
	return nil
}

// scheme returns the scheme s starts with, as RFC 3986 writes one: a letter,
// then letters, digits, "+", "-" or ".", then ":". A single letter is a
// drive, not a scheme.
func scheme(s string) (string, bool) {
	i := strings.IndexByte(s, ':')
	if i < 2 {
		return "", false
	}
	for j, c := range []byte(s[:i]) {
		letter := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
		if !letter && (j == 0 || !(c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.')) {
			return "", false
		}
	}
	return s[:i], true
}

// encoded reports whether s holds a percent-escape of ".", "/", "\\" or
// "%" — "..%2F..%2Fetc%2Fpasswd" — which a server that decodes a name
// before it uses it would turn into a path that leaves the folder.
func encoded(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		if s[i] != '%' {
			continue
		}
		switch strings.ToLower(s[i+1 : i+3]) {
		case "2e", "2f", "5c", "25":
			return true
		}
	}
	return false
}

// drive reports whether s starts with a drive letter and a colon, "C:".
func drive(s string) bool {
	return len(s) >= 2 && s[1] == ':' && (s[0] >= 'a' && s[0] <= 'z' || s[0] >= 'A' && s[0] <= 'Z')
}
