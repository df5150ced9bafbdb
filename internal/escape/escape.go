// Package escape keeps what a document says from acting as more than
// text in a message: one function, Line, which every message of the
// library and of its command line passes its text through, so that a
// file name, a CSV header or a JSON key with a newline or a terminal
// control in it cannot start a line of its own in a log or on standard
// error, or recolour it.
package escape

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Line returns s with every character that could break a line or steer a
// terminal written as a Go escape: the C0 controls, tab and DEL ("\n",
// "\t", "\x1b"), the C1 controls ("\u0085"), the Unicode line and
// paragraph separators ("\u2028", "\u2029"), the bidirectional overrides
// and isolates ("\u202e") and the byte-order mark; a byte that is not
// UTF-8 is "\xff". Everything else, backslashes included, stays as it is,
// so that a message without such characters comes back unchanged, and
// Line of its own result changes nothing.
func Line(s string) string {
	i := firstUnsafe(s)
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	b.WriteString(s[:i])
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteString(`\x`)
			b.WriteString(hex2(s[i]))
		case !unsafe(r):
			b.WriteString(s[i : i+size])
		case r < 0x80:
			b.WriteString(ascii(byte(r)))
		default:
			b.WriteString(`\u`)
			b.WriteString(hex4(r))
		}
		i += size
	}
	return b.String()
}

// firstUnsafe returns the index of the first character of s that Line
// escapes, or -1.
func firstUnsafe(s string) int {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == 0x7f {
				return i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && size == 1) || unsafe(r) {
			return i
		}
		i += size
	}
	return -1
}

// unsafe reports whether Line escapes the rune r.
func unsafe(r rune) bool {
	switch {
	case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f: // C0, DEL, C1
		return true
	case r == 0x2028, r == 0x2029: // line and paragraph separators
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f, r == 0x061c: // bidi
		return true
	case r == 0xfeff: // byte-order mark, zero-width no-break space
		return true
	}
	return false
}

// ascii writes an ASCII control as Go writes it in a string literal.
func ascii(c byte) string {
	switch c {
	case '\a':
		return `\a`
	case '\b':
		return `\b`
	case '\f':
		return `\f`
	case '\n':
		return `\n`
	case '\r':
		return `\r`
	case '\t':
		return `\t`
	case '\v':
		return `\v`
	}
	return `\x` + hex2(c)
}

func hex2(c byte) string {
	s := strconv.FormatUint(uint64(c), 16)
	if len(s) < 2 {
		s = "0" + s
	}
	return s
}

func hex4(r rune) string {
	s := strconv.FormatUint(uint64(r), 16)
	return strings.Repeat("0", 4-len(s)) + s
}
