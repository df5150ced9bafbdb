package smartcity

import (
	"encoding/json"
	"math"
	"math/big"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNumberRoundsHalfAwayFromZero(t *testing.T) {
	tests := []struct {
		num, den int64
		places   int
		want     string
		round    int64
	}{
		{3282, 1000, 2, "3.28", 328},         // PermenPANRB 59/2020 worked example: 3.282 → 3.28
		{34985, 10000, 2, "3.50", 350},       // Kab. Pacitan 2024: exact 3.4985 is shown 3.50
		{17995, 10000, 2, "1.80", 180},       // Kab. Boven Digoel 2023: exact 1.7995 is shown 1.80
		{36350, 10000, 2, "3.64", 364},       // 3.635: the half rounds up
		{55, 182, 2, "0.30", 30},             // one-level D4 answers only: 0.3021…
		{1, 8, 2, "0.13", 13},                // 0.125
		{-1, 8, 2, "-0.13", -13},             // −0.125: away from zero, not towards +∞
		{-1, 20, 1, "-0.1", -1},              // −0.05
		{-1, 3000, 2, "0.00", 0},             // a value that rounds to zero has no sign
		{0, 7, 2, "0.00", 0},                 //
		{7, 1, 0, "7", 7},                    //
		{2, 3, 1, "0.7", 7},                  //
		{-1, 3, 3, "-0.333", -333},           //
		{-5, 2, 0, "-3", -3},                 // −2.5
		{999, 1000, 2, "1.00", 100},          // the carry reaches the whole part
		{1, 7, 20, "0.142857143", 142857143}, // at most nine decimals
		{1, 7, -3, "0", 0},                   // and none below zero
		{math.MaxInt64, 1, 2, "9223372036854775807.00", math.MaxInt64},
		{math.MinInt64, 1, 1, "-9223372036854775808.0", math.MinInt64},
		{math.MinInt64, 1, 0, "-9223372036854775808", math.MinInt64},
		{math.MaxInt64, math.MaxInt64 - 1, 9, "1.000000000", 1_000_000_000},
	}
	for _, tt := range tests {
		x := NewNumber(tt.num, tt.den)
		assert.Equal(t, tt.want, x.Format(tt.places), "%d/%d", tt.num, tt.den)
		assert.Equal(t, tt.want, string(x.AppendFormat([]byte{}, tt.places)), "%d/%d", tt.num, tt.den)
		assert.Equal(t, tt.round, x.Round(tt.places), "%d/%d", tt.num, tt.den)
	}
	assert.Equal(t, "3.64", NewNumber(727, 200).String())
}

// placed is a fraction written to a number of places, and the text
// wanted.
type placed struct {
	num, den int64
	places   int
	want     string
}

// checkPlaced checks that write gives each row's text.
func checkPlaced(t *testing.T, write func(Number, int) string, rows []placed) {
	t.Helper()
	for _, tt := range rows {
		assert.Equal(t, tt.want, write(NewNumber(tt.num, tt.den), tt.places), "%d/%d to %d", tt.num, tt.den, tt.places)
	}
}

func TestNumberPercent(t *testing.T) {
	checkPlaced(t, Number.Percent, []placed{
		{2, 3, 1, "66.7"},
		{1, 16, 1, "6.3"},
		{-1, 16, 1, "-6.3"},
		{-1, 3000, 1, "0.0"},
		{3, 3, 0, "100"},
		{1, 200, 0, "1"},
		{1, 1000, 2, "0.10"},
		{25, 2, 0, "1250"},
		{math.MinInt64, 1, 0, "-922337203685477580800"},
		{1, 3, 12, "33.333333333"},
	})
	assert.Equal(t, "", Number{}.Percent(1))
}

// An exact value is written with as many decimals as it takes, and only
// a value whose decimals go on is rounded.
func TestNumberDecimal(t *testing.T) {
	checkPlaced(t, Number.Decimal, []placed{
		{27, 8, 0, "3.375"},
		{27, 8, 2, "3.375"},
		{17, 5, 0, "3.4"},
		{17, 5, 2, "3.40"},
		{34, 10, 0, "3.4"},
		{4, 1, 0, "4"},
		{4, 1, 2, "4.00"},
		{3987, 1000, 2, "3.987"},
		{-1, 20, 0, "-0.05"},
		{0, 7, 0, "0"},
		{0, 7, 2, "0.00"},
		{1, 1 << 9, 0, "0.001953125"},
		{1, 1 << 10, 0, "0.000976563"}, // ten places: rounded to nine
		{2, 3, 0, "0.666666667"},
		{26, 11, 2, "2.363636364"},
		{math.MaxInt64, 1, 0, "9223372036854775807"},
		{math.MinInt64, 4, 0, "-2305843009213693952"},
		{1, 8, -1, "0.125"},
		{1, 8, 99, "0.125000000"},
	})
	assert.Empty(t, Number{}.Decimal(2))
}

func TestNumberExactAndText(t *testing.T) {
	x := NewNumber(36350, 10000)
	assert.Equal(t, "727/200", x.Exact())
	assert.Equal(t, int64(36350), x.Num(), "kept as given")
	assert.Equal(t, int64(10000), x.Den())
	assert.Equal(t, "-1/20", NewNumber(5, -100).Exact())
	assert.Equal(t, "0/1", NewNumber(0, 7).Exact())
	assert.Equal(t, "-9223372036854775808/1", NewNumber(math.MinInt64, 1).Exact())
	assert.Equal(t, "-1/2305843009213693952", NewNumber(-2, math.MaxInt64-math.MaxInt64/2).Exact())
	assert.InDelta(t, 3.635, x.Float64(), 1e-12)

	b, err := json.Marshal(map[string]Number{"x": x, "none": {}})
	require.NoError(t, err)
	assert.JSONEq(t, `{"x":"727/200","none":""}`, string(b))
	var back map[string]Number
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Zero(t, back["x"].Cmp(x))
	assert.False(t, back["none"].IsValid())
	assert.Error(t, json.Unmarshal([]byte(`{"x":"1e3"}`), &back))
}

func TestNewNumber(t *testing.T) {
	for _, tt := range []struct {
		num, den int64
		exact    string
	}{
		{3, -4, "-3/4"},
		{1, 0, ""},
		{math.MinInt64, -1, ""}, // 2^63 does not fit
		{1, math.MinInt64, ""},  // nor does it below
		{math.MinInt64, -2, ""}, // the sign of math.MinInt64 is never flipped
		{4, math.MinInt64, ""},
		{0, math.MinInt64, ""},
		{-7, -2, "7/2"},
		{math.MaxInt64, -math.MaxInt64, "-1/1"},
	} {
		x := NewNumber(tt.num, tt.den)
		assert.Equal(t, tt.exact, x.Exact(), "%d/%d", tt.num, tt.den)
		assert.Equal(t, tt.exact != "", x.IsValid())
	}
	var zero Number
	assert.False(t, zero.IsValid())
	assert.Equal(t, "", zero.String())
	assert.Equal(t, "", zero.Exact())
	assert.Equal(t, int64(0), zero.Round(2))
	assert.Zero(t, zero.Sign())
	assert.Zero(t, zero.Float64())
}

func TestNumberCmp(t *testing.T) {
	third := NewNumber(1, 3)
	assert.Zero(t, NewNumber(36350, 10000).Cmp(NewNumber(727, 200)))
	assert.Equal(t, -1, NewNumber(36350, 10000).Cmp(NewNumber(3636, 1000)))
	assert.Equal(t, 1, third.Cmp(NewNumber(-1, 1)))
	assert.Equal(t, 1, NewNumber(1<<40, 3).Cmp(NewNumber(1<<40, 4)))
	assert.Equal(t, -1, NewNumber(math.MaxInt64, math.MaxInt64-1).Cmp(NewNumber(math.MaxInt64-1, math.MaxInt64-2)), "in 128 bits")
	assert.Equal(t, -1, NewNumber(math.MinInt64, 3).Cmp(NewNumber(math.MinInt64+1, 3)))
	assert.Equal(t, -1, Number{}.Cmp(NewNumber(math.MinInt64, 1)), "no value sorts first")
	assert.Equal(t, 1, third.Cmp(Number{}))
	assert.Zero(t, Number{}.Cmp(Number{}))
	assert.Equal(t, -1, NewNumber(-3, 7).Sign())
}

func TestParseNumber(t *testing.T) {
	for in, want := range map[string]string{
		"3.64": "91/25", "3,64": "91/25", " 4 ": "4/1", "727/200": "727/200", "-26/11": "-26/11",
		"0": "0/1", "-0": "0/1", "+2.": "2/1", ".5": "1/2", "-0.25": "-1/4", "0007": "7/1",
		"3.25" + strings.Repeat("0", 996): "13/4",
		"999999999999999999":              "999999999999999999/1",
		"0.000000000000000001":            "1/1000000000000000000",
		"-9223372036854775808/1":          "-9223372036854775808/1",
	} {
		x, err := ParseNumber(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, x.Exact(), in)
	}
	for _, in := range []string{
		"", " ", ".", "-", "+", "1e3", "3.5e0", "NaN", "Inf", "1.2.3", "1,000.5", "1,2,3", "0x10", "1/0", "1/-2",
		"+1/2", "1/+2", "a/b", "1/2/3", "3.5/2", "1 000", "1_000",
		"9999999999999999999",   // 19 digits
		"0.0000000000000000001", // 19 decimals
		"99999999999999999999/1",
		"3." + strings.Repeat("0", 4_000_000),
		strings.Repeat("0", 4_000_000) + "3,5",
	} {
		_, err := ParseNumber(in)
		require.Error(t, err, "%.40q", in)
		assert.Less(t, len(err.Error()), 300, "the message does not repeat a long input")
	}
}

func TestParseNumberSaysWhatItWants(t *testing.T) {
	_, err := ParseNumber("3.5e0")
	assert.EqualError(t, err, `unknown number "3.5e0" (want a fraction such as "727/200" or a decimal such as "3.64", at most 18 significant digits)`)
	assert.Equal(t, `bilangan "3.5e0" tidak dikenal (seharusnya pecahan seperti "727/200" atau desimal seperti "3,64", paling banyak 18 angka bermakna)`, ErrorMessage(err, Indonesian))
	assert.ErrorAs(t, err, new(*ParseError))
	assert.Equal(t, ErrorMessage(err, Indonesian), ErrorMessage(err, 0))
	_, err = ParseNumber(" ")
	assert.Equal(t, `empty number (want a fraction such as "727/200" or a decimal such as "3.64", at most 18 significant digits)`, ErrorMessage(err, English))
	assert.Equal(t, `bilangan kosong (seharusnya pecahan seperti "727/200" atau desimal seperti "3,64", paling banyak 18 angka bermakna)`, ErrorMessage(err, Indonesian))
}

func TestNumberArithmetic(t *testing.T) {
	n := NewNumber
	for _, tt := range []struct {
		name string
		got  func() (Number, bool)
		want string // "" for no result
	}{
		{"same denominator", func() (Number, bool) { return n(36350, 10000).Add(n(1000, 10000)) }, "747/200"},
		{"other denominators", func() (Number, bool) { return n(1, 3).Add(n(1, 6)) }, "1/2"},
		{"sub", func() (Number, bool) { return n(3985, 1000).Sub(n(3635, 1000)) }, "7/20"},
		{"sub negative", func() (Number, bool) { return n(1, 4).Sub(n(1, 3)) }, "-1/12"},
		{"mul", func() (Number, bool) { return n(7, 2).Mul(n(25, 100)) }, "7/8"},
		{"mul negative", func() (Number, bool) { return n(-7, 2).Mul(n(-2, 7)) }, "1/1"},
		{"quo", func() (Number, bool) { return n(3, 4).Quo(n(-9, 8)) }, "-2/3"},
		{"add overflows", func() (Number, bool) { return n(math.MaxInt64, 1).Add(n(1, 1)) }, ""},
		{"add at the edge", func() (Number, bool) { return n(math.MinInt64+1, 1).Add(n(-1, 1)) }, "-9223372036854775808/1"},
		{"sub overflows", func() (Number, bool) { return n(math.MinInt64, 1).Sub(n(1, 1)) }, ""},
		{"sub within", func() (Number, bool) { return n(-1, 1).Sub(n(math.MaxInt64, 1)) }, "-9223372036854775808/1"},
		{"sub of MinInt64", func() (Number, bool) { return n(0, 1).Sub(n(math.MinInt64, 1)) }, ""},
		{"sum over a huge denominator reduces", func() (Number, bool) {
			return n(1, 1<<62).Add(n(1, 1<<62-1))
		}, ""},
		{"reduces through 128 bits", func() (Number, bool) {
			return n(math.MaxInt64, math.MaxInt64-1).Mul(n(math.MaxInt64-1, math.MaxInt64))
		}, "1/1"},
		{"128-bit divisor", func() (Number, bool) {
			return n(3*(1<<40), 1<<61).Add(n(5*(1<<40), 1<<61-1))
		}, ""},
		{"quo by zero", func() (Number, bool) { return n(1, 2).Quo(n(0, 5)) }, ""},
		{"no value", func() (Number, bool) { return n(1, 2).Add(Number{}) }, ""},
		{"no value either side", func() (Number, bool) { return Number{}.Sub(n(1, 2)) }, ""},
	} {
		got, ok := tt.got()
		assert.Equal(t, tt.want != "", ok, tt.name)
		assert.Equal(t, tt.want, got.Exact(), tt.name)
	}
	// Equal denominators are kept, as scoring writes them.
	d, ok := NewNumber(39870, 10000).Sub(NewNumber(36350, 10000))
	require.True(t, ok)
	assert.Equal(t, int64(10000), d.Den())
}

// TestNumberArithmeticMatchesBig checks every operation, Cmp and the
// rounding against math/big on values at the edges of int64.
func TestNumberArithmeticMatchesBig(t *testing.T) {
	edges := []int64{0, 1, -1, 2, 3, 7, -10, 1 << 31, 1<<32 + 1, -(1 << 40), 999_999_999_999_999_999, 1 << 62, 1<<62 - 1,
		math.MaxInt64, math.MaxInt64 - 1, math.MinInt64, math.MinInt64 + 1, 6_700_417, 4_294_967_297}
	var xs []Number
	for _, a := range edges {
		for _, b := range edges {
			if x := NewNumber(a, b); x.IsValid() {
				xs = append(xs, x)
			}
		}
	}
	for _, x := range xs {
		checkRoundAgainstBig(t, x)
		for _, y := range xs {
			checkAgainstBig(t, x, y)
		}
	}
}

func rat(x Number) *big.Rat { return big.NewRat(x.num, x.den) }

func checkAgainstBig(t *testing.T, x, y Number) {
	t.Helper()
	require.Equal(t, rat(x).Cmp(rat(y)), x.Cmp(y), "%s cmp %s", x.Exact(), y.Exact())
	for _, op := range []struct {
		name string
		f    func(Number, Number) (Number, bool)
		g    func(z, a, b *big.Rat) *big.Rat
	}{
		{"+", Number.Add, (*big.Rat).Add},
		{"-", Number.Sub, (*big.Rat).Sub},
		{"*", Number.Mul, (*big.Rat).Mul},
		{"/", Number.Quo, (*big.Rat).Quo},
	} {
		if op.name == "/" && y.num == 0 {
			_, ok := x.Quo(y)
			require.False(t, ok)
			continue
		}
		want := op.g(new(big.Rat), rat(x), rat(y))
		got, ok := op.f(x, y)
		fits := want.Num().IsInt64() && want.Denom().IsInt64()
		require.Equal(t, fits, ok, "%s %s %s = %s", x.Exact(), op.name, y.Exact(), want)
		if ok {
			require.Equal(t, want.String(), got.Exact(), "%s %s %s", x.Exact(), op.name, y.Exact())
		}
	}
}

func checkRoundAgainstBig(t *testing.T, x Number) {
	t.Helper()
	for _, places := range []int{0, 2, 9} {
		want := roundBig(rat(x), places)
		got := x.Format(places)
		require.Equal(t, want, got, "%s to %d", x.Exact(), places)
	}
}

// roundBig rounds r half away from zero with math/big, as the oracle.
func roundBig(r *big.Rat, places int) string {
	scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(places)), nil)
	num := new(big.Int).Mul(new(big.Int).Abs(r.Num()), scale)
	num.Mul(num, big.NewInt(2)).Add(num, r.Denom())
	q := num.Quo(num, new(big.Int).Mul(r.Denom(), big.NewInt(2)))
	s := q.String()
	for len(s) <= places {
		s = "0" + s
	}
	if places > 0 {
		s = s[:len(s)-places] + "." + s[len(s)-places:]
	}
	if r.Sign() < 0 && q.Sign() != 0 {
		s = "-" + s
	}
	return s
}

// TestNumberAppendsWithoutAllocating: writers of a million results append
// each figure into their own buffer.
func TestNumberAppendsWithoutAllocating(t *testing.T) {
	x := NewNumber(36350, 10000)
	assert.Zero(t, testing.AllocsPerRun(100, func() {
		var buf [64]byte
		_ = x.AppendExact(x.AppendFormat(buf[:0], 2))
	}))
	assert.Equal(t, "3.64727/200", string(x.AppendExact(x.AppendFormat(nil, 2))))
}
