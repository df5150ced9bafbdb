package smartcity

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// ErrZeroDenominator is returned by [Lang.Percent] when the whole is zero,
// so that a report can print its own placeholder for a share of nothing
// (for example a pillar with no programmes planned).
var ErrZeroDenominator = errors.New("smartcity: percentage of a zero denominator")

// errPercentPlaces is returned by [Lang.Percent] when the number of
// decimals lies outside 0..maxPlaces.
var errPercentPlaces = errors.New("smartcity: decimal places out of range")

// maxPlaces is the most decimals a figure is written with: [Lang.Percent]
// refuses more, and [Number]'s Round, Format and Percent write maxPlaces
// for more (and none for fewer than 0). Reports never need more, and it
// keeps the output short whatever the input.
const maxPlaces = 9

// english reports whether l writes the English way; the zero Lang is
// Indonesian.
func (l Lang) english() bool { return l.Or(Indonesian) == English }

// separators returns l's thousands separator and decimal separator.
func (l Lang) separators() (group, point byte) {
	if l.english() {
		return ',', '.'
	}
	return '.', ','
}

// Thousands writes n with its thousands grouped the way l does:
// 18755371000 is "18.755.371.000" in Indonesian and "18,755,371,000" in
// English. The digits are grouped as text, so math.MinInt64 needs no
// negation that would overflow.
func (l Lang) Thousands(n int64) string {
	return l.Decimal(strconv.FormatInt(n, 10))
}

// Rupiah writes an amount of whole rupiah, as the library keeps money:
// 1250000000 is "Rp1.250.000.000" in Indonesian, with the symbol against
// the figure as official documents write it, and "IDR 1,250,000,000" in
// English, the ISO 4217 code that English financial text uses. A negative
// amount has its minus sign first ("-Rp1.250.000", "-IDR 1,250,000"), and
// zero is "Rp0".
func (l Lang) Rupiah(amount int64) string {
	digits := strconv.FormatInt(amount, 10) // text, so MinInt64 needs no negation
	sign := ""
	if amount < 0 {
		sign, digits = "-", digits[1:]
	}
	symbol := "Rp"
	if l.english() {
		symbol = "IDR "
	}
	return sign + symbol + l.Decimal(digits)
}

// Decimal rewrites decimal text with a point, as the library's scores and
// indices print themselves ("3.99"), in l's separators, grouping the
// thousands of the whole part: "1234.5" is "1.234,5" in Indonesian and
// "1,234.5" in English. It takes text rather than a float so that the
// digits shown are exactly the digits computed. Text that is not a plain
// decimal number (digits, an optional leading minus, at most one point
// followed by digits) is returned unchanged, so that a placeholder such as
// "-" or "n/a" passes through.
func (l Lang) Decimal(s string) string {
	sign, whole, frac, ok := splitDecimal(s)
	if !ok {
		return s
	}
	group, point := l.separators()
	var b strings.Builder
	b.Grow(len(s) + len(whole)/3)
	b.WriteString(sign)
	for i := range len(whole) {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(group)
		}
		b.WriteByte(whole[i])
	}
	if frac != "" {
		b.WriteByte(point)
		b.WriteString(frac)
	}
	return b.String()
}

// Signed writes decimal text as [Lang.Decimal] does with its sign always
// shown, as a change from one year to the next is written: "0.17" is
// "+0,17" in Indonesian and "+0.17" in English, "-0.05" is "-0,05". A
// value that is zero ("0.00", "-0.00") has no sign, since it has not
// moved.
func (l Lang) Signed(s string) string {
	sign, whole, frac, ok := splitDecimal(s)
	if !ok {
		return s
	}
	text := l.Decimal(whole + pointed(frac))
	if strings.Trim(whole+frac, "0") == "" {
		return text
	}
	if sign == "" {
		sign = "+"
	}
	return sign + text
}

// Percent writes num/den as a percentage rounded half away from zero, as
// [Number] rounds, to places decimals in l's separators: 2/3 to one
// decimal is "66,7%" in Indonesian and "66.7%" in English. The ratio is
// exact before it is rounded, so large counts and amounts neither overflow
// nor drift. A zero den gives [ErrZeroDenominator]; places outside 0..9
// give an error too. For a Number x, the share is
// l.Percent(x.Num(), x.Den(), places), and the zero Number, a share of
// nothing, gives ErrZeroDenominator.
func (l Lang) Percent(num, den int64, places int) (string, error) {
	if den == 0 {
		return "", fmt.Errorf("smartcity: percent of %d/%d: %w", num, den, ErrZeroDenominator)
	}
	if places < 0 || places > maxPlaces {
		return "", fmt.Errorf("smartcity: percent with %d decimals, want 0..%d: %w", places, maxPlaces, errPercentPlaces)
	}
	var buf [48]byte
	text := appendPercent(buf[:0], (num < 0) != (den < 0), abs64(num), abs64(den), places)
	return l.Decimal(string(text)) + "%", nil
}

// splitDecimal splits -?[0-9]+(\.[0-9]+)? into its sign, whole digits and
// fraction digits; ok is false for any other text.
func splitDecimal(s string) (sign, whole, frac string, ok bool) {
	if rest, found := strings.CutPrefix(s, "-"); found {
		sign, s = "-", rest
	}
	whole, frac, hasPoint := strings.Cut(s, ".")
	if !allDigits(whole) || (hasPoint && !allDigits(frac)) {
		return "", "", "", false
	}
	return sign, whole, frac, true
}

// allDigits reports whether s is one or more ASCII digits.
func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := range len(s) {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// pointed returns frac behind a decimal point, or "" for no fraction.
func pointed(frac string) string {
	if frac == "" {
		return ""
	}
	return "." + frac
}
