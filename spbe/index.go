package spbe

import (
	"math/big"
	"strconv"
	"strings"

	"github.com/kotacerdas/smartcity/internal/decimal"
)

// Index is an exact index value, the ratio Num/Den of two integers with a
// positive denominator. Scoring keeps the ratio as computed — the Indeks
// SPBE of a 59/2020 assessment is N/10000 with N the sum of level × weight
// in basis points, a domain index is a weighted sum over the domain's
// weight — and rounds only for display, half-up to two decimals, as the
// official results are printed.
//
// The ratio is not reduced, so two Indexes that are equal in value may
// differ under ==; compare them with Cmp. The zero Index is not valid.
type Index struct {
	num, den int64
}

// NewIndex returns the index num/den. A negative den flips both signs; a
// zero den gives the zero, invalid Index.
func NewIndex(num, den int64) Index {
	if den == 0 {
		return Index{}
	}
	if den < 0 {
		num, den = -num, -den
	}
	return Index{num: num, den: den}
}

// Num returns the numerator.
func (x Index) Num() int64 { return x.num }

// Den returns the denominator, positive for a valid Index.
func (x Index) Den() int64 { return x.den }

// IsValid reports whether x has a positive denominator.
func (x Index) IsValid() bool { return x.den > 0 }

// Cmp compares x and y by value: -1 when x < y, 0 when equal, +1 when
// x > y. An invalid Index counts as 0.
func (x Index) Cmp(y Index) int {
	x, y = x.orZero(), y.orZero()
	if small(x.num) && small(y.num) && small(x.den) && small(y.den) {
		a, b := x.num*y.den, y.num*x.den
		switch {
		case a < b:
			return -1
		case a > b:
			return 1
		}
		return 0
	}
	return x.Rat().Cmp(y.Rat())
}

func (x Index) orZero() Index {
	if x.den <= 0 {
		return Index{num: 0, den: 1}
	}
	return x
}

// small reports whether v is safe to multiply by another small value.
func small(v int64) bool { return v > -(1<<31) && v < 1<<31 }

// Round returns x rounded half-up to places decimals (0 to 9), scaled by
// 10^places: Round(2) of 3.635 is 364. It is 0 for an invalid Index.
func (x Index) Round(places int) int64 {
	if !x.IsValid() {
		return 0
	}
	return decimal.Round(x.num, x.den, places)
}

// Format returns x rounded half-up to places decimals (0 to 9) as text:
// "3.64". It is "" for an invalid Index.
func (x Index) Format(places int) string {
	if !x.IsValid() {
		return ""
	}
	var buf [24]byte
	return string(x.AppendFormat(buf[:0], places))
}

// AppendFormat appends Format(places) to dst without allocating, for
// writers of many results.
func (x Index) AppendFormat(dst []byte, places int) []byte {
	if !x.IsValid() {
		return dst
	}
	v := decimal.Round(x.num, x.den, places)
	u := uint64(v)
	if v < 0 {
		dst = append(dst, '-')
		u = -u
	}
	scale := uint64(1)
	for range places {
		scale *= 10
	}
	dst = strconv.AppendUint(dst, u/scale, 10)
	if places > 0 {
		dst = append(dst, '.')
		frac := u % scale
		for p := scale / 10; p > 0; p /= 10 {
			dst = append(dst, byte('0'+frac/p%10))
		}
	}
	return dst
}

// String returns x as published: rounded half-up to two decimals, "3.64".
func (x Index) String() string { return x.Format(2) }

// Exact returns x as a reduced fraction "num/den" — "727/200", "26/11",
// "4/1" — which (*big.Rat).SetString and ParseIndex read back exactly. It
// is "" for an invalid Index.
func (x Index) Exact() string {
	if !x.IsValid() {
		return ""
	}
	var buf [48]byte
	return string(x.AppendExact(buf[:0]))
}

// AppendExact appends Exact() to dst without allocating.
func (x Index) AppendExact(dst []byte) []byte {
	if !x.IsValid() {
		return dst
	}
	r := x.Reduced()
	dst = strconv.AppendInt(dst, r.num, 10)
	dst = append(dst, '/')
	return strconv.AppendInt(dst, r.den, 10)
}

// Reduced returns x with numerator and denominator divided by their
// greatest common divisor.
func (x Index) Reduced() Index {
	if !x.IsValid() {
		return Index{}
	}
	g := gcd(x.num, x.den)
	return Index{num: x.num / g, den: x.den / g}
}

// gcd returns the greatest common divisor of |a| and b > 0, computed on
// unsigned values so that the most negative int64 is no exception.
func gcd(a, b int64) int64 {
	ua, ub := uint64(a), uint64(b)
	if a < 0 {
		ua = -ua
	}
	for ub != 0 {
		ua, ub = ub, ua%ub
	}
	return int64(ua) // ≤ b, so it fits
}

// Rat returns x as a new big.Rat (0 for an invalid Index).
func (x Index) Rat() *big.Rat {
	x = x.orZero()
	return big.NewRat(x.num, x.den)
}

// Float64 returns the nearest float64, for charts and other display only;
// never compute with it.
func (x Index) Float64() float64 {
	f, _ := x.Rat().Float64()
	return f
}

// ParseIndex reads an exact index: a fraction "num/den" as Exact writes it,
// or a plain decimal such as "3.64" (a decimal comma, "3,64", is accepted as
// spreadsheets in the Indonesian locale write it). Exponents, thousands
// separators and values that do not fit in int64 are refused. The error is
// a *ParseError.
func ParseIndex(s string) (Index, error) {
	fail := &ParseError{Kind: "index", Input: s, Want: `a fraction such as "727/200" or a decimal such as "3.64"`}
	t := strings.TrimSpace(s)
	if n, d, ok := strings.Cut(t, "/"); ok {
		num, err1 := strconv.ParseInt(n, 10, 64)
		den, err2 := strconv.ParseInt(d, 10, 64)
		if err1 != nil || err2 != nil || den <= 0 || strings.HasPrefix(d, "+") || strings.HasPrefix(n, "+") {
			return Index{}, fail
		}
		return Index{num: num, den: den}, nil
	}
	r, err := decimal.Parse(t)
	if err != nil || !r.Num().IsInt64() || !r.Denom().IsInt64() {
		return Index{}, fail
	}
	return Index{num: r.Num().Int64(), den: r.Denom().Int64()}, nil
}

// MarshalText implements encoding.TextMarshaler with the exact fraction, so
// that nothing is lost; the zero Index is empty text.
func (x Index) MarshalText() ([]byte, error) { return []byte(x.Exact()), nil }

// UnmarshalText implements encoding.TextUnmarshaler; it accepts what
// ParseIndex accepts, and empty text is the zero Index.
func (x *Index) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*x = Index{}
		return nil
	}
	v, err := ParseIndex(string(text))
	if err != nil {
		return err
	}
	*x = v
	return nil
}

// WeightedMean returns Σ xsᵢ·wsᵢ / Σ wsᵢ exactly: the regulation's
// aggregation of aspect indices into a domain index (weights: the aspects'
// weights) and of domain indices into the Indeks SPBE (weights: the
// domains'). Weights must be positive and as many as the values; the
// result is reduced. Scoring levels never needs this — Framework.Score
// sums level × weight directly, which is the same value — but it
// reproduces the regulation's worked examples and lets a caller check
// published aggregates.
func WeightedMean(xs []Index, ws []int64) (Index, error) {
	if len(xs) == 0 || len(xs) != len(ws) {
		return Index{}, &ValidationError{Subject: "weighted mean", Problems: []Problem{{
			Field: "weights", Err: errorfWrap(ErrWeights, "%d values need %d positive weights, got %d", len(xs), len(xs), len(ws)),
		}}}
	}
	sum, total := new(big.Rat), new(big.Rat)
	var ps problems
	for i, x := range xs {
		if ws[i] <= 0 {
			ps.add("weights["+strconv.Itoa(i)+"]", "%w: weight %d is not positive", ErrWeights, ws[i])
			continue
		}
		if !x.IsValid() {
			ps.add("values["+strconv.Itoa(i)+"]", "%w: index has no positive denominator", ErrInvalid)
			continue
		}
		w := new(big.Rat).SetInt64(ws[i])
		sum.Add(sum, new(big.Rat).Mul(x.Rat(), w))
		total.Add(total, w)
	}
	if err := ps.err("weighted mean"); err != nil {
		return Index{}, err
	}
	sum.Quo(sum, total)
	if !sum.Num().IsInt64() || !sum.Denom().IsInt64() {
		return Index{}, errorfWrap(ErrOverflow, "spbe: weighted mean %s does not fit in int64", sum.RatString())
	}
	return Index{num: sum.Num().Int64(), den: sum.Denom().Int64()}, nil
}
