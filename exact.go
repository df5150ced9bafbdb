package smartcity

import (
	"cmp"
	"math"
	"math/bits"
	"strconv"
)

// Number is an exact rational number, Num/Den over int64 with a positive
// denominator: an SPBE index, an evaluation score, a budget absorption or
// a KPI's progress. The library computes with Numbers exactly and rounds
// only to show them, always the one way the regulations round: half away
// from zero, to the decimals asked for (3.635 is "3.64", −0.125 is
// "-0.13").
//
// A Number keeps its fraction as given or computed, not reduced: scoring
// writes every index of a framework over the same denominator and pays no
// division to reduce it. So a Number is not comparable — == and map keys
// do not compile — and two Numbers are compared with Cmp. Exact gives the
// reduced fraction, the text to key a map by.
//
// The zero Number holds no value (IsValid is false): an index not
// computed, a rate of nothing planned. It formats as "" and is empty text.
type Number struct {
	_   [0]func() // not comparable: see the type's documentation
	num int64
	den int64 // > 0, or 0 for the zero Number
}

// NewNumber returns num/den. A negative den flips both signs; a zero den
// gives the zero Number, as does a negative den with math.MinInt64 in
// either part, whose sign cannot be flipped within int64. It is small
// enough to inline and calls nothing, so that scoring loops pay one
// comparison for it.
func NewNumber(num, den int64) Number {
	if den > 0 {
		return Number{num: num, den: den}
	}
	if den == 0 || den == math.MinInt64 || num == math.MinInt64 {
		return Number{}
	}
	return Number{num: -num, den: -den}
}

// Num returns the numerator, not necessarily in lowest terms.
func (x Number) Num() int64 { return x.num }

// Den returns the denominator: positive for a valid Number, 0 for the
// zero Number.
func (x Number) Den() int64 { return x.den }

// IsValid reports whether x holds a value.
func (x Number) IsValid() bool { return x.den > 0 }

// Sign returns -1, 0 or +1 as x is negative, zero or positive; 0 for the
// zero Number.
func (x Number) Sign() int {
	switch {
	case x.num < 0:
		return -1
	case x.num > 0:
		return 1
	}
	return 0
}

// Cmp compares x and y by value: -1 when x < y, 0 when they are equal,
// +1 when x > y. The zero Number sorts before every value and equals
// itself. It computes exactly, however large the numbers.
func (x Number) Cmp(y Number) int {
	if x.den == y.den { // the same framework's indices, or two zero Numbers
		return cmp.Compare(x.num, y.num)
	}
	switch {
	case x.den == 0:
		return -1
	case y.den == 0:
		return 1
	}
	return cmpProducts(x.num, uint64(y.den), y.num, uint64(x.den))
}

// Round returns x rounded half away from zero to places decimals (0 to
// 9), scaled by 10^places: Round(2) of 3.635 is 364, of −0.125 is
// −13. It is 0 for the zero Number; a value too large for int64 at that
// scale gives math.MaxInt64 or math.MinInt64.
func (x Number) Round(places int) int64 {
	if !x.IsValid() {
		return 0
	}
	places = clampPlaces(places)
	whole, frac := roundMag(abs64(x.num), uint64(x.den), places)
	hi, v := bits.Mul64(whole, pow10[places])
	v, carry := bits.Add64(v, frac, 0)
	if x.num < 0 {
		if hi != 0 || carry != 0 || v > 1<<63 {
			return math.MinInt64
		}
		return int64(-v) // -(1<<63) wraps to itself, math.MinInt64
	}
	if hi != 0 || carry != 0 || v > math.MaxInt64 {
		return math.MaxInt64
	}
	return int64(v)
}

// Format returns x rounded half away from zero to places decimals (0 to
// 9), with a decimal point: "3.64", "-0.13", "4". It is "" for the
// zero Number. A value that rounds to zero has no sign ("0.00"). Lang's
// methods write it in Indonesian or English.
func (x Number) Format(places int) string {
	if !x.IsValid() {
		return ""
	}
	var buf [48]byte
	return string(x.AppendFormat(buf[:0], places))
}

// AppendFormat appends Format(places) to dst, for writers of many values.
func (x Number) AppendFormat(dst []byte, places int) []byte {
	if !x.IsValid() {
		return dst
	}
	return appendRounded(dst, x.num < 0, abs64(x.num), uint64(x.den), clampPlaces(places))
}

// String returns x as indices are published: rounded half away from zero
// to two decimals, "3.64"; "" for the zero Number.
func (x Number) String() string { return x.Format(2) }

// Percent returns x × 100 rounded half away from zero to places decimals
// (0 to 9), with a decimal point and no percent sign: 2/3 is
// "66.7" to one decimal. It is "" for the zero Number, so that a report
// writes its own placeholder for "no data". It is the machine-readable
// form; Lang.Percent writes a share for people.
func (x Number) Percent(places int) string {
	if !x.IsValid() {
		return ""
	}
	var buf [48]byte
	return string(appendPercent(buf[:0], x.num < 0, abs64(x.num), uint64(x.den), clampPlaces(places)))
}

// Exact returns x as a fraction in lowest terms, "727/200", "4/1",
// "-1/20", which ParseNumber and (*big.Rat).SetString read back exactly;
// "" for the zero Number. Equal values have the same Exact text.
func (x Number) Exact() string {
	if !x.IsValid() {
		return ""
	}
	var buf [48]byte
	return string(x.AppendExact(buf[:0]))
}

// AppendExact appends Exact() to dst, for writers of many values.
func (x Number) AppendExact(dst []byte) []byte {
	if !x.IsValid() {
		return dst
	}
	g := int64(gcd(abs64(x.num), uint64(x.den)))
	dst = strconv.AppendInt(dst, x.num/g, 10)
	dst = append(dst, '/')
	return strconv.AppendInt(dst, x.den/g, 10)
}

// Decimal returns x as people read an exact value: a decimal with a
// point, at least places decimals (0 to 9) and as many more as it
// takes to be exact. With places 2, as indices are published, 27/8 is
// "3.375", 17/5 "3.40" and 4/1 "4.00"; with 0, "3.375", "3.4" and "4". It
// is "" for the zero Number. A value whose decimals do not end within
// 9 places (26/11) is rounded half away from zero to 9. It is
// what a report writes where Exact writes a fraction for machines;
// Lang.Decimal writes it in Indonesian or English ("3,375").
func (x Number) Decimal(places int) string {
	if !x.IsValid() {
		return ""
	}
	// The decimals of n/d, in lowest terms, end after as many places as
	// the larger power of 2 or 5 in d, and never when d has another
	// prime factor.
	d := uint64(x.den) / gcd(abs64(x.num), uint64(x.den))
	twos, fives := 0, 0
	for ; d%2 == 0; d /= 2 {
		twos++
	}
	for ; d%5 == 0; d /= 5 {
		fives++
	}
	exact := max(twos, fives)
	if d != 1 {
		exact = maxPlaces
	}
	return x.Format(max(clampPlaces(places), exact))
}

// Float64 returns a float64 near x, for charts and statistics that are
// shown, never for computing what is published; 0 for the zero Number.
// When Num and Den are both below 2^53, as an index's are, it is the
// float64 nearest x, from one correctly rounded division.
func (x Number) Float64() float64 {
	if !x.IsValid() {
		return 0
	}
	return float64(x.num) / float64(x.den)
}

// MarshalText implements encoding.TextMarshaler with Exact, so that
// nothing is lost; the zero Number is empty text.
func (x Number) MarshalText() ([]byte, error) { return x.AppendExact(nil), nil }

// UnmarshalText implements encoding.TextUnmarshaler: it reads what
// ParseNumber reads, and empty text is the zero Number.
func (x *Number) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*x = Number{}
		return nil
	}
	v, err := ParseNumber(string(text))
	if err != nil {
		return err
	}
	*x = v
	return nil
}

// pow10 holds the powers of ten up to 10^19, the largest in a uint64.
var pow10 = [...]uint64{
	1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
}

// clampPlaces bounds a count of decimals to 0..maxPlaces.
func clampPlaces(places int) int { return min(max(places, 0), maxPlaces) }

// roundMag rounds the magnitude m/d (d > 0) half away from zero to places
// decimals (0 to 18): whole is the whole part, frac the decimals as an
// integer below 10^places. m is at most 2^63, so whole never overflows.
func roundMag(m, d uint64, places int) (whole, frac uint64) {
	whole, rem := m/d, m%d
	scale := pow10[places]
	// rem < d, so rem × scale / d < scale: the quotient fits, and Div64
	// cannot panic.
	hi, lo := bits.Mul64(rem, scale)
	frac, r := bits.Div64(hi, lo, d)
	if r >= d-r { // 2r ≥ d: the rest is a half or more
		frac++
		if frac == scale {
			whole, frac = whole+1, 0
		}
	}
	return whole, frac
}

// appendRounded appends m/d, negative when neg, rounded half away from
// zero to places decimals (0 to 18).
func appendRounded(dst []byte, neg bool, m, d uint64, places int) []byte {
	whole, frac := roundMag(m, d, places)
	if neg && (whole != 0 || frac != 0) {
		dst = append(dst, '-')
	}
	dst = strconv.AppendUint(dst, whole, 10)
	if places > 0 {
		dst = append(dst, '.')
		dst = appendPadded(dst, frac, places)
	}
	return dst
}

// appendPercent appends m/d × 100, negative when neg, rounded half away
// from zero to places decimals (0 to 16): m/d rounded to places + 2
// decimals with the point moved two digits right, so that m × 100 need
// not fit anywhere.
func appendPercent(dst []byte, neg bool, m, d uint64, places int) []byte {
	whole, frac := roundMag(m, d, places+2)
	if neg && (whole != 0 || frac != 0) {
		dst = append(dst, '-')
	}
	hundredths := frac / pow10[places] // the two digits that join the whole part
	if whole != 0 {
		dst = strconv.AppendUint(dst, whole, 10)
		dst = appendPadded(dst, hundredths, 2)
	} else {
		dst = strconv.AppendUint(dst, hundredths, 10)
	}
	if places > 0 {
		dst = append(dst, '.')
		dst = appendPadded(dst, frac%pow10[places], places)
	}
	return dst
}

// appendPadded appends v with leading zeros to width digits; v < 10^width.
func appendPadded(dst []byte, v uint64, width int) []byte {
	for p := pow10[width-1]; p > 0; p /= 10 {
		dst = append(dst, byte('0'+v/p%10))
	}
	return dst
}

// abs64 returns |v| as a uint64, so that math.MinInt64 needs no negation
// that overflows.
func abs64(v int64) uint64 {
	if v < 0 {
		return -uint64(v)
	}
	return uint64(v)
}

// gcd returns the greatest common divisor of a and b > 0.
func gcd(a, b uint64) uint64 {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}
