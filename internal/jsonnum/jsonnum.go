// Package jsonnum reads numbers as a JSON document writes them, from the
// text of a json.Number: whether the text is a JSON number, how two
// compare exactly without building their values, and their exact value
// within bounds that keep absurd exponents out of big.Rat. The library's
// documents keep scores and KPI values as written, and check them here.
package jsonnum

import (
	"math/big"
	"strings"
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
		return cmpInt(sn, sm)
	}
	// Same sign, both non-zero: compare magnitudes, then flip for negatives.
	c := cmpInt64(n.exp, m.exp)
	for k := 0; c == 0 && k < min(n.len(), m.len()); k++ {
		c = cmpInt(int(n.digit(k)), int(m.digit(k)))
	}
	if c == 0 {
		// No trailing zeros, so the longer digit string is the larger.
		c = cmpInt(n.len(), m.len())
	}
	return c * sn
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func cmpInt64(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Bounds on the numbers taken into exact arithmetic. A KPI value or a
// score past them is absurd, and big.Rat would build 10^exponent in full.
const (
	// MaxDigits is the longest number text Rat and Exact accept.
	MaxDigits = 1000
	// maxExactExponent bounds the decimal exponent of what Rat reads.
	maxExactExponent = 1000
)

// Rat reads a JSON number, such as a KPI value or a score, into an exact
// rational. ok is false when s is not a JSON number or lies outside the
// bounds above.
func Rat(s string) (*big.Rat, bool) {
	if !Exact(s) {
		return nil, false
	}
	r, ok := new(big.Rat).SetString(s)
	return r, ok
}

// Exact reports whether s is a JSON number within the bounds above, which
// Rat reads.
func Exact(s string) bool {
	if len(s) > MaxDigits {
		return false
	}
	n, ok := parseNumber(s)
	return ok && n.exp <= maxExactExponent && n.exp >= -maxExactExponent
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
