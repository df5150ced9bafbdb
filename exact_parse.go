package smartcity

import (
	"fmt"
	"strconv"
	"strings"
)

// maxDigits is the most significant digits ParseNumber reads: an int64
// holds every number of 18 digits, and no index, score or KPI comes near.
const maxDigits = 18

// maxNumberText bounds the digits ParseNumber looks at on either side of
// the point, so that a hostile cell of millions of zeros is refused at
// once.
const maxNumberText = 1000

// ParseNumber reads an exact number: a fraction "727/200" as Exact writes
// it (a minus only before the numerator, a positive denominator), or a
// plain decimal "3.64", "-0.25", "4" — with a decimal comma, "3,64", as
// spreadsheets in the Indonesian locale write it. A decimal has at most
// 18 significant digits and 18 decimals. Exponents,
// thousands separators, NaN, infinities and fractions that do not fit in
// int64 are refused, so that what is read is exactly what was written.
// The error is a *ParseError that says what is wanted.
func ParseNumber(s string) (Number, error) {
	t := strings.TrimSpace(s)
	var x Number
	var ok bool
	if n, d, isFrac := strings.Cut(t, "/"); isFrac {
		x, ok = parseFraction(n, d)
	} else {
		x, ok = parseDecimal(t)
	}
	if !ok {
		return Number{}, numberError(s)
	}
	return x, nil
}

// parseFraction reads num/den: an optional minus and digits over digits.
func parseFraction(n, d string) (Number, bool) {
	if !allDigits(strings.TrimPrefix(n, "-")) || !allDigits(d) {
		return Number{}, false
	}
	num, err1 := strconv.ParseInt(n, 10, 64)
	den, err2 := strconv.ParseInt(d, 10, 64)
	if err1 != nil || err2 != nil || den == 0 {
		return Number{}, false
	}
	return Number{num: num, den: den}, true
}

// parseDecimal reads [+-]digits[.digits], with a comma for the point when
// there is no point, as a number over a power of ten.
func parseDecimal(t string) (Number, bool) {
	if strings.Count(t, ",") == 1 && !strings.Contains(t, ".") {
		t = strings.Replace(t, ",", ".", 1)
	}
	neg := strings.HasPrefix(t, "-")
	if neg || strings.HasPrefix(t, "+") {
		t = t[1:]
	}
	whole, frac, _ := strings.Cut(t, ".")
	if whole+frac == "" || len(whole) > maxNumberText || len(frac) > maxNumberText ||
		(whole != "" && !allDigits(whole)) || (frac != "" && !allDigits(frac)) {
		return Number{}, false
	}
	whole, frac = strings.TrimLeft(whole, "0"), strings.TrimRight(frac, "0")
	digits := strings.TrimLeft(whole+frac, "0")
	if len(digits) > maxDigits || len(frac) > maxDigits {
		return Number{}, false
	}
	var num int64
	for i := range len(digits) {
		num = num*10 + int64(digits[i]-'0') // below 10^18: no overflow
	}
	if neg {
		num = -num
	}
	return Number{num: num, den: int64(pow10[len(frac)])}, true
}

// numberError is the error of ParseNumber: the text and what is wanted.
func numberError(s string) error {
	return &ParseError{Kind: "number", KindID: "bilangan", Input: s,
		Want:   []string{fmt.Sprintf(`a fraction such as "727/200" or a decimal such as "3.64", at most %d significant digits`, maxDigits)},
		WantID: []string{fmt.Sprintf(`pecahan seperti "727/200" atau desimal seperti "3,64", paling banyak %d angka bermakna`, maxDigits)}}
}
