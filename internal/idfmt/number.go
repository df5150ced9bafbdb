package idfmt

import (
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/decimal"
)

// ErrZeroDenominator is returned by Percent when the whole is zero, so that
// a report can print its own placeholder for a share of nothing (for
// example a pillar with no programmes planned).
var ErrZeroDenominator = errors.New("idfmt: percentage of a zero denominator")

// ErrPlaces is returned by Percent when the number of decimals lies outside
// 0..MaxPlaces.
var ErrPlaces = errors.New("idfmt: decimal places out of range")

// MaxPlaces is the largest number of decimals Percent accepts; reports
// never need more, and it keeps the output short whatever the input.
const MaxPlaces = 9

// separators returns the thousands separator and the decimal separator of
// lang; the zero Lang is Indonesian.
func separators(lang smartcity.Lang) (group, point byte) {
	if lang.Or(smartcity.Indonesian) == smartcity.English {
		return ',', '.'
	}
	return '.', ','
}

// Thousands writes n with its thousands grouped by dots, the Indonesian
// way: Thousands(18755371000) is "18.755.371.000".
func Thousands(n int64) string { return ThousandsIn(n, smartcity.Indonesian) }

// ThousandsIn writes n with its thousands grouped the way lang does: dots
// in Indonesian, commas in English.
func ThousandsIn(n int64, lang smartcity.Lang) string {
	return DecimalIn(strconv.FormatInt(n, 10), lang)
}

// Rupiah writes a whole-rupiah amount the Indonesian way:
// Rupiah(1250000000) is "Rp1.250.000.000", Rupiah(-1250000) is
// "-Rp1.250.000" and Rupiah(0) is "Rp0".
func Rupiah(amount int64) string { return RupiahIn(amount, smartcity.Indonesian) }

// RupiahIn writes a whole-rupiah amount in lang: "Rp1.250.000.000" in
// Indonesian, "IDR 1,250,000,000" in English; a negative amount has its
// minus sign first ("-IDR 1,250,000").
func RupiahIn(amount int64, lang smartcity.Lang) string {
	digits := strconv.FormatInt(amount, 10) // text, so MinInt64 needs no negation
	sign := ""
	if amount < 0 {
		sign, digits = "-", digits[1:]
	}
	symbol := "Rp"
	if lang.Or(smartcity.Indonesian) == smartcity.English {
		symbol = "IDR "
	}
	return sign + symbol + DecimalIn(digits, lang)
}

// DecimalComma rewrites decimal text with a point, such as
// internal/decimal produces, the Indonesian way: "3.99" becomes "3,99" and
// "1234.5" becomes "1.234,5". Text that is not a plain decimal number
// (digits, an optional leading minus, at most one point) is returned
// unchanged, so a placeholder such as "-" or "n/a" passes through.
func DecimalComma(s string) string { return DecimalIn(s, smartcity.Indonesian) }

// DecimalIn rewrites decimal text with a point in lang's separators,
// grouping the thousands of the whole part: "1234.5" is "1.234,5" in
// Indonesian and "1,234.5" in English. Text that is not a plain decimal
// number is returned unchanged.
func DecimalIn(s string, lang smartcity.Lang) string {
	sign, whole, frac, ok := splitDecimal(s)
	if !ok {
		return s
	}
	group, point := separators(lang)
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

// Percent writes num/den as a percentage rounded half-up to places
// decimals, in lang's separators: Percent(2, 3, 1, smartcity.Indonesian) is
// "66,7%" and "66.7%" in English. The ratio is exact before rounding, so
// large counts neither overflow nor drift. A zero den gives
// ErrZeroDenominator; places outside 0..MaxPlaces give ErrPlaces.
func Percent(num, den int64, places int, lang smartcity.Lang) (string, error) {
	if den == 0 {
		return "", fmt.Errorf("idfmt: percent of %d/%d: %w", num, den, ErrZeroDenominator)
	}
	if places < 0 || places > MaxPlaces {
		return "", fmt.Errorf("idfmt: percent with %d decimals, want 0..%d: %w", places, MaxPlaces, ErrPlaces)
	}
	r := new(big.Rat).SetFrac(big.NewInt(num), big.NewInt(den))
	r.Mul(r, big.NewRat(100, 1))
	return DecimalIn(decimal.FormatRat(r, places), lang) + "%", nil
}

// Signed writes decimal text like DecimalIn with its sign always shown, as
// a change is written: "+0,35" or "-0,10" in Indonesian. A value that is
// zero ("0.00", "-0.00") has no sign.
func Signed(s string, lang smartcity.Lang) string {
	sign, whole, frac, ok := splitDecimal(s)
	if !ok {
		return s
	}
	text := DecimalIn(whole+pointed(frac), lang)
	if strings.Trim(whole+frac, "0") == "" {
		return text
	}
	if sign == "" {
		sign = "+"
	}
	return sign + text
}

// pointed returns frac behind a decimal point, or "" for no fraction.
func pointed(frac string) string {
	if frac == "" {
		return ""
	}
	return "." + frac
}
