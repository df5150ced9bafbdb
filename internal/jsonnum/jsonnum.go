// Package jsonnum reads numbers as a JSON document writes them, from the
// text of a json.Number: whether the text is a JSON number, how two
// compare exactly without building their values, and their exact value as
// a smartcity.Number when it fits one. The library's documents keep scores
// and KPI values as written, and check them here.
package jsonnum

import (
	"cmp"
	"strings"

	"github.com/kotacerdas/smartcity"
)

// Valid reports whether s is a number as JSON writes it:
// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
func Valid(s string) bool {
	i := 0
	if i < len(s) && s[i] == '-' {
		i++
	}
	switch {
	case i < len(s) && s[i] == '0':
		i++
	case i < len(s) && s[i] >= '1' && s[i] <= '9':
		for i < len(s) && isDigit(s[i]) {
			i++
		}
	default:
		return false
	}
	if i < len(s) && s[i] == '.' {
		i++
		start := i
		for i < len(s) && isDigit(s[i]) {
			i++
		}
		if i == start {
			return false
		}
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		start := i
		for i < len(s) && isDigit(s[i]) {
			i++
		}
		if i == start {
			return false
		}
	}
	return i == len(s)
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// Compare compares two JSON numbers exactly, returning -1, 0 or +1;
// ok is false when either is not a JSON number or has an exponent too
// large to compare (beyond ±10^15). It works on the digits, so a value
// such as 1e1000000 costs no more than 1.
func Compare(a, b string) (c int, ok bool) {
	x, okx := parseNumber(a)
	y, oky := parseNumber(b)
	if !okx || !oky {
		return 0, false
	}
	return x.compare(y), true
}

// number is a decimal as 0.d × 10^exp with a sign, where the digits d are
// hi followed by lo (two pieces of the text, so that no string is built)
// with no leading or trailing zeros; both are empty for zero.
type number struct {
	neg    bool
	hi, lo string
	exp    int64
}

func (n number) len() int { return len(n.hi) + len(n.lo) }

func (n number) digit(k int) byte {
	if k < len(n.hi) {
		return n.hi[k]
	}
	return n.lo[k-len(n.hi)]
}

// maxExponent bounds the exponents Compare accepts, far beyond any
// KPI yet small enough that exponent arithmetic cannot overflow.
const maxExponent = 1_000_000_000_000_000

// parseNumber reads a JSON number into a number.
func parseNumber(s string) (number, bool) {
	if !Valid(s) {
		return number{}, false
	}
	var n number
	if s[0] == '-' {
		n.neg, s = true, s[1:]
	}
	mant, expText, hasExp := s, "", false
	if i := strings.IndexAny(s, "eE"); i >= 0 {
		mant, expText, hasExp = s[:i], s[i+1:], true
	}
	intPart, frac, _ := strings.Cut(mant, ".")
	intPart = strings.TrimLeft(intPart, "0")
	point := int64(len(intPart)) // digits before the point
	if intPart == "" {
		trimmed := strings.TrimLeft(frac, "0")
		point = -int64(len(frac) - len(trimmed))
		frac = trimmed
	}
	n.hi, n.lo = intPart, strings.TrimRight(frac, "0")
	if n.lo == "" {
		n.hi = strings.TrimRight(n.hi, "0")
	}
	if n.len() == 0 {
		return number{}, true // zero, whatever its sign and exponent
	}
	var exp int64
	if hasExp {
		neg := false
		switch expText[0] {
		case '-':
			neg, expText = true, expText[1:]
		case '+':
			expText = expText[1:]
		}
		expText = strings.TrimLeft(expText, "0")
		if len(expText) > 16 {
			return number{}, false
		}
		for i := 0; i < len(expText); i++ {
			exp = exp*10 + int64(expText[i]-'0')
		}
		if exp > maxExponent {
			return number{}, false
		}
		if neg {
			exp = -exp
		}
	}
	n.exp = point + exp
	return n, true
}

// compare returns -1, 0 or +1 as n is less than, equal to or greater than m.
func (n number) compare(m number) int {
	sign := func(x number) int {
		switch {
		case x.len() == 0:
			return 0
		case x.neg:
			return -1
		}
		return 1
	}
	sn, sm := sign(n), sign(m)
	if sn != sm || sn == 0 {
		return cmp.Compare(sn, sm)
	}
	// Same sign, both non-zero: compare magnitudes, then flip for negatives.
	c := cmp.Compare(n.exp, m.exp)
	for k := 0; c == 0 && k < min(n.len(), m.len()); k++ {
		c = cmp.Compare(n.digit(k), m.digit(k))
	}
	if c == 0 {
		// No trailing zeros, so the longer digit string is the larger.
		c = cmp.Compare(n.len(), m.len())
	}
	return c * sn
}

// maxDigits is the most significant digits, and the most decimals, of a
// number Number reads: an int64 holds every number of 18 digits.
const maxDigits = 18

// pow10 returns 10^k for 0 ≤ k ≤ maxDigits.
func pow10(k int64) int64 {
	p := int64(1)
	for range k {
		p *= 10
	}
	return p
}

// Number reads a JSON number, such as a KPI value or a score, into an
// exact number over a power of ten: "85.5" is 855/10, "1.5e3" is 1500/1,
// "-2.5E-1" is -25/100, the denominator 10 to the count of its decimals.
// ok is false when s is not a JSON number or has more than 18
// significant digits, more than 18 decimals or a value of 10^18 or more,
// which an int64 does not hold.
func Number(s string) (smartcity.Number, bool) {
	n, ok := parseNumber(s)
	if !ok {
		return smartcity.Number{}, false
	}
	if n.len() == 0 {
		return smartcity.NewNumber(0, 1), true
	}
	// The value is 0.d × 10^exp: the digits d over 10^(len − exp).
	decimals := int64(n.len()) - n.exp
	if n.len() > maxDigits || n.exp > maxDigits || decimals > maxDigits {
		return smartcity.Number{}, false
	}
	var v int64
	for k := range n.len() {
		v = v*10 + int64(n.digit(k)-'0')
	}
	if decimals < 0 {
		v, decimals = v*pow10(-decimals), 0 // exp ≤ 18 digits in all
	}
	if n.neg {
		v = -v
	}
	return smartcity.NewNumber(v, pow10(decimals)), true
}

// PlainInteger reports whether s is digits with an optional leading minus,
// with no sign "+", no point and no exponent.
func PlainInteger(s string) bool {
	s = strings.TrimPrefix(s, "-")
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}
