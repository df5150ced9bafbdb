package masterplan

import (
	"errors"
	"math/big"
	"strings"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/decimal"
	"github.com/kotacerdas/smartcity/internal/jsonnum"
)

// ErrOutsidePeriod is returned (wrapped) by Progress.Report for a year
// outside the plan's period.
var ErrOutsidePeriod = errors.New("year outside the plan period")

// Ratio is an exact rational number: an evaluation index, an improvement
// between two indices, an achievement, a budget absorption or a KPI's
// progress. It is computed exactly and rounded only when formatted.
//
// The zero Ratio holds no value and stands for "no data" — a pillar with
// nothing planned has no achievement rather than 0 %. A Ratio is immutable:
// Rat returns a copy. Compare Ratios with Cmp, not ==.
//
// As text (MarshalText) a Ratio is its exact reduced fraction, "17/5"; the
// zero Ratio is empty text.
type Ratio struct {
	r *big.Rat // nil for the zero Ratio; never modified once set
}

// NewRatio returns num/den, or the zero Ratio when den is 0.
func NewRatio(num, den int64) Ratio {
	if den == 0 {
		return Ratio{}
	}
	return Ratio{r: big.NewRat(num, den)}
}

// RatioOf returns a Ratio holding a copy of r, or the zero Ratio for nil.
func RatioOf(r *big.Rat) Ratio {
	if r == nil {
		return Ratio{}
	}
	return Ratio{r: new(big.Rat).Set(r)}
}

// ParseRatio reads a ratio written as a fraction, "17/5" (as Exact writes
// it), or as a plain decimal, "3.40" (a decimal comma, "3,40", is accepted
// as spreadsheets in the Indonesian locale write it). Exponents, thousands
// separators and numbers longer than 1000 characters are refused. The
// error is a *ParseError.
func ParseRatio(s string) (Ratio, error) {
	fail := &ParseError{Type: "ratio", Input: s, Want: []string{"a fraction such as 17/5", "a decimal such as 3.40"}}
	t := strings.TrimSpace(s)
	if len(t) > jsonnum.MaxDigits {
		return Ratio{}, fail
	}
	if n, d, ok := strings.Cut(t, "/"); ok {
		num, okn := new(big.Int).SetString(n, 10)
		den, okd := new(big.Int).SetString(d, 10)
		if !okn || !okd || den.Sign() <= 0 || !jsonnum.PlainInteger(n) || !jsonnum.PlainInteger(d) {
			return Ratio{}, fail
		}
		return Ratio{r: new(big.Rat).SetFrac(num, den)}, nil
	}
	r, err := decimal.Parse(t)
	if err != nil {
		return Ratio{}, fail
	}
	return Ratio{r: r}, nil
}

// IsValid reports whether x holds a value.
func (x Ratio) IsValid() bool { return x.r != nil }

// Rat returns a copy of x's value, or nil for the zero Ratio.
func (x Ratio) Rat() *big.Rat {
	if x.r == nil {
		return nil
	}
	return new(big.Rat).Set(x.r)
}

// Sign returns -1, 0 or +1 as x is negative, zero or positive; 0 for the
// zero Ratio too.
func (x Ratio) Sign() int {
	if x.r == nil {
		return 0
	}
	return x.r.Sign()
}

// Cmp compares x and y by value: -1 when x < y, 0 when equal, +1 when
// x > y. The zero Ratio sorts before every value and equals itself.
func (x Ratio) Cmp(y Ratio) int {
	switch {
	case x.r == nil && y.r == nil:
		return 0
	case x.r == nil:
		return -1
	case y.r == nil:
		return 1
	}
	return x.r.Cmp(y.r)
}

// Sub returns x − y, or the zero Ratio when either is zero.
func (x Ratio) Sub(y Ratio) Ratio {
	if x.r == nil || y.r == nil {
		return Ratio{}
	}
	return Ratio{r: new(big.Rat).Sub(x.r, y.r)}
}

// Exact returns x as a reduced fraction, "17/5", "4/1", "-1/20", which
// ParseRatio and (*big.Rat).SetString read back exactly; "" for the zero
// Ratio. The evaluation's "index_exact" is written this way, as the SPBE
// scorer writes its own.
func (x Ratio) Exact() string {
	if x.r == nil {
		return ""
	}
	return x.r.String()
}

// Format returns x rounded half up to places decimals (0 to 9) with a
// decimal point: "3.40", "-0.05"; "" for the zero Ratio. Ties round
// towards +∞ (0.125 gives "0.13", −0.125 gives "-0.12"), so that a rounded
// difference such as an improvement equals the difference of the rounded
// values whenever the other value has no more decimals than shown: an
// index of 3.145 shown as 3.15 after 3.20 is an improvement of −0.05,
// not −0.06. For values that are not negative this is the usual half-up
// rounding of the published results.
func (x Ratio) Format(places int) string {
	if x.r == nil {
		return ""
	}
	places = min(max(places, 0), 9)
	return formatScaled(roundHalfUp(x.r, places), places)
}

// String returns x with two decimals, as indices are published: "3.40";
// "" for the zero Ratio.
func (x Ratio) String() string { return x.Format(2) }

// Percent returns x as a percentage rounded half up to places decimals in
// lang's separators: 2/3 is "66,7%" in Indonesian and "66.7%" in English
// with one decimal; "" for the zero Ratio, so that a report prints its own
// placeholder for "no data".
func (x Ratio) Percent(places int, lang smartcity.Lang) string {
	s := x.PercentText(places)
	if s == "" {
		return ""
	}
	return lang.Decimal(s) + "%"
}

// PercentText returns x × 100 rounded half up to places decimals with a
// decimal point and no sign of percent, "66.7", for machine-readable
// output; "" for the zero Ratio.
func (x Ratio) PercentText(places int) string {
	if x.r == nil {
		return ""
	}
	places = min(max(places, 0), 9)
	hundred := new(big.Rat).Mul(x.r, big.NewRat(100, 1))
	return formatScaled(roundHalfUp(hundred, places), places)
}

// MarshalText implements encoding.TextMarshaler with the exact fraction;
// the zero Ratio is empty text.
func (x Ratio) MarshalText() ([]byte, error) { return []byte(x.Exact()), nil }

// UnmarshalText implements encoding.TextUnmarshaler; it accepts what
// ParseRatio accepts, and empty text is the zero Ratio.
func (x *Ratio) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*x = Ratio{}
		return nil
	}
	v, err := ParseRatio(string(text))
	if err != nil {
		return err
	}
	*x = v
	return nil
}

// roundHalfUp returns r × 10^places rounded half towards +∞, as an
// integer. internal/decimal, the library's one rounding rule, rounds ties
// away from zero; shifting a negative r by a whole number first makes it
// positive without moving its tie, so the same rule rounds it towards +∞.
func roundHalfUp(r *big.Rat, places int) *big.Int {
	if r.Sign() >= 0 {
		return decimal.RoundRat(r, places)
	}
	// k = ⌈|r|⌉, so r + k ≥ 0.
	k := new(big.Int).Neg(r.Num())
	k.Add(k, r.Denom())
	k.Sub(k, big.NewInt(1))
	k.Quo(k, r.Denom())
	shifted := new(big.Rat).Add(r, new(big.Rat).SetInt(k))
	q := decimal.RoundRat(shifted, places)
	scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(places)), nil)
	return q.Sub(q, k.Mul(k, scale))
}

// formatScaled writes v / 10^places with exactly places decimals.
func formatScaled(v *big.Int, places int) string {
	if v.IsInt64() {
		return decimal.FormatScaled(v.Int64(), places)
	}
	scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(places)), nil)
	// Exact already, so FormatRat does not round again.
	return decimal.FormatRat(new(big.Rat).SetFrac(v, scale), places)
}
