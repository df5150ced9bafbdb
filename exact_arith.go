package smartcity

import (
	"math"
	"math/bits"
)

// The arithmetic of Numbers is checked: a result is exact or there is
// none. Each operation computes in 128 bits, where no product or sum of
// two Numbers' parts can overflow, reduces the result to lowest terms and
// reports, with ok false, a result that still does not fit in int64 — or
// an operand that holds no value, or a division by zero — and then
// returns the zero Number. Add and Sub of two Numbers over the same
// denominator keep it, as indices of one framework share theirs.

// Add returns x + y; ok is false, and the Number zero, when either holds
// no value or the sum does not fit in int64.
func (x Number) Add(y Number) (sum Number, ok bool) {
	if !x.IsValid() || !y.IsValid() {
		return Number{}, false
	}
	if x.den == y.den {
		s := x.num + y.num
		// Signed overflow: the operands share a sign the sum lacks.
		if (x.num >= 0) != (y.num >= 0) || (s >= 0) == (x.num >= 0) {
			return Number{num: s, den: x.den}, true
		}
	}
	return fit(product(x.num, uint64(y.den)).add(product(y.num, uint64(x.den))), wide(x.den, y.den))
}

// Sub returns x − y; ok is false, and the Number zero, when either holds
// no value or the difference does not fit in int64.
func (x Number) Sub(y Number) (diff Number, ok bool) {
	if !x.IsValid() || !y.IsValid() {
		return Number{}, false
	}
	if x.den == y.den {
		s := x.num - y.num
		// Signed overflow: the operands differ in sign and the
		// difference has the sign of y.
		if (x.num >= 0) == (y.num >= 0) || (s >= 0) == (x.num >= 0) {
			return Number{num: s, den: x.den}, true
		}
	}
	return fit(product(x.num, uint64(y.den)).add(product(y.num, uint64(x.den)).negate()), wide(x.den, y.den))
}

// Mul returns x × y; ok is false, and the Number zero, when either holds
// no value or the product does not fit in int64.
func (x Number) Mul(y Number) (prod Number, ok bool) {
	if !x.IsValid() || !y.IsValid() {
		return Number{}, false
	}
	n := product(x.num, abs64(y.num))
	if y.num < 0 {
		n = n.negate()
	}
	return fit(n, wide(x.den, y.den))
}

// Quo returns x ÷ y; ok is false, and the Number zero, when either holds
// no value, y is zero or the quotient does not fit in int64.
func (x Number) Quo(y Number) (quo Number, ok bool) {
	if !x.IsValid() || !y.IsValid() || y.num == 0 {
		return Number{}, false
	}
	n := product(x.num, uint64(y.den))
	if y.num < 0 {
		n = n.negate()
	}
	return fit(n, u128{}.mul(uint64(x.den), abs64(y.num)))
}

// fit returns n/d in lowest terms, d > 0, if it fits in a Number.
func fit(n s128, d u128) (Number, bool) {
	if d.isZero() {
		return Number{}, false
	}
	if n.m.isZero() {
		return Number{num: 0, den: 1}, true
	}
	if g := gcd128(n.m, d); g != (u128{lo: 1}) {
		n.m, d = n.m.quo(g), d.quo(g)
	}
	limit := uint64(math.MaxInt64)
	if n.neg {
		limit++ // math.MinInt64
	}
	if n.m.hi != 0 || n.m.lo > limit || d.hi != 0 || d.lo > math.MaxInt64 {
		return Number{}, false
	}
	num := int64(n.m.lo)
	if n.neg {
		num = int64(-n.m.lo)
	}
	return Number{num: num, den: int64(d.lo)}, true
}

// cmpProducts compares a × b with c × d exactly.
func cmpProducts(a int64, b uint64, c int64, d uint64) int {
	l, r := product(a, b), product(c, d)
	switch {
	case l.neg && !r.neg:
		return -1
	case !l.neg && r.neg:
		return 1
	case l.neg:
		return r.m.cmp(l.m)
	}
	return l.m.cmp(r.m)
}

// u128 is an unsigned 128-bit integer.
type u128 struct{ hi, lo uint64 }

// s128 is a signed 128-bit integer as a sign and a magnitude; zero is
// never negative.
type s128 struct {
	neg bool
	m   u128
}

// product returns a × b.
func product(a int64, b uint64) s128 {
	m := u128{}.mul(abs64(a), b)
	return s128{neg: a < 0 && !m.isZero(), m: m}
}

// wide returns a × b for two positive denominators.
func wide(a, b int64) u128 { return u128{}.mul(uint64(a), uint64(b)) }

func (x s128) negate() s128 { return s128{neg: !x.neg && !x.m.isZero(), m: x.m} }

// add returns x + y; the magnitudes here stay below 2^127.
func (x s128) add(y s128) s128 {
	if x.neg == y.neg {
		return s128{neg: x.neg, m: x.m.add(y.m)}
	}
	if x.m.cmp(y.m) >= 0 {
		d := x.m.sub(y.m)
		return s128{neg: x.neg && !d.isZero(), m: d}
	}
	return s128{neg: y.neg, m: y.m.sub(x.m)}
}

func (u128) mul(a, b uint64) u128 {
	hi, lo := bits.Mul64(a, b)
	return u128{hi, lo}
}

func (x u128) isZero() bool { return x.hi == 0 && x.lo == 0 }

func (x u128) add(y u128) u128 {
	lo, c := bits.Add64(x.lo, y.lo, 0)
	hi, _ := bits.Add64(x.hi, y.hi, c)
	return u128{hi, lo}
}

func (x u128) sub(y u128) u128 {
	lo, b := bits.Sub64(x.lo, y.lo, 0)
	hi, _ := bits.Sub64(x.hi, y.hi, b)
	return u128{hi, lo}
}

func (x u128) cmp(y u128) int {
	switch {
	case x.hi != y.hi:
		if x.hi < y.hi {
			return -1
		}
		return 1
	case x.lo < y.lo:
		return -1
	case x.lo > y.lo:
		return 1
	}
	return 0
}

func (x u128) trailingZeros() uint {
	if x.lo != 0 {
		return uint(bits.TrailingZeros64(x.lo))
	}
	return 64 + uint(bits.TrailingZeros64(x.hi))
}

func (x u128) rsh(n uint) u128 {
	if n >= 64 {
		return u128{0, x.hi >> (n - 64)}
	}
	return u128{x.hi >> n, x.lo>>n | x.hi<<(64-n)}
}

func (x u128) lsh(n uint) u128 {
	if n >= 64 {
		return u128{x.lo << (n - 64), 0}
	}
	return u128{x.hi<<n | x.lo>>(64-n), x.lo << n}
}

// quo returns x ÷ y, y not zero.
func (x u128) quo(y u128) u128 {
	if y.hi == 0 {
		hi, r := x.hi/y.lo, x.hi%y.lo
		lo, _ := bits.Div64(r, x.lo, y.lo)
		return u128{hi, lo}
	}
	// The quotient fits in 64 bits: estimate it from the top bits of
	// both (Hacker's Delight, divlu), then correct it by one.
	n := uint(bits.LeadingZeros64(y.hi))
	y1, x1 := y.lsh(n), x.rsh(1)
	q, _ := bits.Div64(x1.hi, x1.lo, y1.hi)
	q >>= 63 - n
	if q != 0 {
		q--
	}
	hi, lo := bits.Mul64(y.lo, q)
	r := x.sub(u128{hi + y.hi*q, lo})
	if r.cmp(y) >= 0 {
		q++
	}
	return u128{0, q}
}

// gcd128 returns the greatest common divisor of x and y, not both zero.
func gcd128(x, y u128) u128 {
	switch {
	case x.isZero():
		return y
	case y.isZero():
		return x
	case x.hi == 0 && y.hi == 0:
		return u128{0, gcd(x.lo, y.lo)}
	}
	// Binary GCD: only shifts and subtractions in 128 bits.
	shift := min(x.trailingZeros(), y.trailingZeros())
	x = x.rsh(x.trailingZeros())
	for {
		y = y.rsh(y.trailingZeros())
		if x.cmp(y) > 0 {
			x, y = y, x
		}
		y = y.sub(x)
		if y.isZero() {
			return x.lsh(shift)
		}
	}
}
