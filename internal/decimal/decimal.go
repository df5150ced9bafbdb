// Package decimal turns exact ratios into decimal text rounded half-up,
// the way the official SPBE and smart-city results are printed. Scores are
// kept exact everywhere else; this is the one place they are rounded, and only
// for display.
package decimal

import (
	"fmt"
	"math"
	"math/big"
	"strings"
)

// pow10 returns 10^places for the small place counts used for display.
func pow10(places int) int64 {
	p := int64(1)
	for range places {
		p *= 10
	}
	return p
}

// Round returns num/den rounded half-up (half away from zero for negative
// values) to places decimals, as an integer scaled by 10^places: Round(3282,
// 1000, 2) is 328. den must not be zero; places must lie in 0..9.
func Round(num, den int64, places int) int64 {
	if den < 0 {
		num, den = -num, -den
	}
	scale := pow10(places)
	if num > math.MaxInt64/scale/2 || num < -(math.MaxInt64/scale/2) || den > math.MaxInt64/2 {
		r := RoundRat(big.NewRat(num, den), places)
		return r.Int64()
	}
	neg := num < 0
	if neg {
		num = -num
	}
	q := (2*num*scale + den) / (2 * den)
	if neg {
		return -q
	}
	return q
}

// RoundRat returns r rounded half-up (half away from zero) to places
// decimals, as an integer scaled by 10^places.
func RoundRat(r *big.Rat, places int) *big.Int {
	scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(places)), nil)
	num := new(big.Int).Mul(r.Num(), scale)
	num.Mul(num, big.NewInt(2))
	den := new(big.Int).Mul(r.Denom(), big.NewInt(2))
	neg := num.Sign() < 0
	num.Abs(num)
	num.Add(num, r.Denom())
	q := num.Quo(num, den)
	if neg {
		q.Neg(q)
	}
	return q
}

// Format returns num/den rounded half-up to places decimals as text with a
// decimal point: Format(3282, 1000, 2) is "3.28", Format(35, 10, 2) "3.50".
func Format(num, den int64, places int) string {
	return FormatScaled(Round(num, den, places), places)
}

// FormatRat is Format for a big.Rat.
func FormatRat(r *big.Rat, places int) string {
	q := RoundRat(r, places)
	if q.IsInt64() {
		return FormatScaled(q.Int64(), places)
	}
	s := q.String()
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	for len(s) <= places {
		s = "0" + s
	}
	if places > 0 {
		s = s[:len(s)-places] + "." + s[len(s)-places:]
	}
	if neg {
		s = "-" + s
	}
	return s
}

// FormatScaled writes v / 10^places with exactly places decimals:
// FormatScaled(328, 2) is "3.28".
func FormatScaled(v int64, places int) string {
	if places == 0 {
		return fmt.Sprint(v)
	}
	sign := ""
	u := uint64(v)
	if v < 0 {
		sign = "-"
		u = uint64(-(v + 1)) + 1
	}
	scale := uint64(pow10(places))
	return fmt.Sprintf("%s%d.%0*d", sign, u/scale, places, u%scale)
}

// MaxDigits is the most digits Parse reads on either side of the decimal
// point. No score, index or KPI value comes near it, and reading decimal
// digits into an exact number takes time quadratic in their count: a
// four-megabyte cell would take most of a minute.
const MaxDigits = 1000

// Parse reads a plain decimal such as "3.5", "-0.25" or "4" into an exact
// rational. It accepts a decimal comma ("3,5") as spreadsheets in the
// Indonesian locale write it, and rejects exponents, thousands separators,
// NaN and infinities, so that what is read is exactly what was written. It
// refuses more than MaxDigits digits before or after the point.
func Parse(s string) (*big.Rat, error) {
	t := strings.TrimSpace(s)
	if strings.Count(t, ",") == 1 && !strings.Contains(t, ".") {
		t = strings.Replace(t, ",", ".", 1)
	}
	body := strings.TrimPrefix(strings.TrimPrefix(t, "-"), "+")
	if body == "" || body == "." {
		return nil, fmt.Errorf("%q is not a decimal number", s)
	}
	dots := 0
	for _, c := range body {
		switch {
		case c == '.':
			dots++
		case c < '0' || c > '9':
			return nil, fmt.Errorf("%q is not a decimal number", s)
		}
	}
	if dots > 1 {
		return nil, fmt.Errorf("%q is not a decimal number", s)
	}
	if whole, frac, _ := strings.Cut(body, "."); len(whole) > MaxDigits || len(frac) > MaxDigits {
		return nil, fmt.Errorf("a decimal number of %d characters has more than %d digits before or after the point", len(s), MaxDigits)
	}
	r, ok := new(big.Rat).SetString(t)
	if !ok {
		return nil, fmt.Errorf("%q is not a decimal number", s)
	}
	return r, nil
}
