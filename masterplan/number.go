package masterplan

import (
	"math/big"
	"strings"
)

// isJSONNumber reports whether s is a number as JSON writes it:
// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
func isJSONNumber(s string) bool {
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

// compareNumbers compares two JSON numbers exactly, returning -1, 0 or +1;
// ok is false when either is not a JSON number. Plain decimals are compared
// digit by digit; numbers with an exponent go through big.Rat.
func compareNumbers(a, b string) (c int, ok bool) {
	if !isJSONNumber(a) || !isJSONNumber(b) {
		return 0, false
	}
	if strings.ContainsAny(a, "eE") || strings.ContainsAny(b, "eE") {
		x, _ := new(big.Rat).SetString(a)
		y, _ := new(big.Rat).SetString(b)
		return x.Cmp(y), true
	}
	an, ai, af := splitDecimal(a)
	bn, bi, bf := splitDecimal(b)
	if ai == "" && af == "" {
		an = false // -0 is 0
	}
	if bi == "" && bf == "" {
		bn = false
	}
	if an != bn {
		if an {
			return -1, true
		}
		return 1, true
	}
	c = compareMagnitude(ai, af, bi, bf)
	if an {
		c = -c
	}
	return c, true
}

// splitDecimal splits a plain JSON decimal into its sign, its integer digits
// without leading zeros and its fraction digits without trailing zeros.
func splitDecimal(s string) (neg bool, intPart, frac string) {
	if s[0] == '-' {
		neg, s = true, s[1:]
	}
	intPart, frac, _ = strings.Cut(s, ".")
	return neg, strings.TrimLeft(intPart, "0"), strings.TrimRight(frac, "0")
}

func compareMagnitude(ai, af, bi, bf string) int {
	if len(ai) != len(bi) {
		if len(ai) < len(bi) {
			return -1
		}
		return 1
	}
	if c := strings.Compare(ai, bi); c != 0 {
		return c
	}
	return strings.Compare(af, bf)
}

// parseHundredths reads a plain decimal with at most two decimals, such as
// "3.99", "4" or "3.5", as a count of hundredths (399, 400, 350).
func parseHundredths(s string) (int64, bool) {
	intPart, frac, hasDot := strings.Cut(s, ".")
	if intPart == "" || len(intPart) > 6 || len(frac) > 2 || (hasDot && frac == "") {
		return 0, false
	}
	var v int64
	for i := 0; i < len(intPart); i++ {
		if !isDigit(intPart[i]) {
			return 0, false
		}
		v = v*10 + int64(intPart[i]-'0')
	}
	for i := range 2 {
		v *= 10
		if i < len(frac) {
			if !isDigit(frac[i]) {
				return 0, false
			}
			v += int64(frac[i] - '0')
		}
	}
	return v, true
}
