package jsonnum

import (
	"encoding/json"
	"math/big"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestValid(t *testing.T) {
	for _, s := range []string{"0", "-0", "12", "85.5", "-3.25", "1e3", "1.5E-2", "0.000"} {
		assert.True(t, Valid(s), s)
	}
	for _, s := range []string{"", "-", "01", "1.", ".5", "+1", "1,5", "1e", "1e+", "NaN", "0x10", " 1"} {
		assert.False(t, Valid(s), s)
	}
}

func TestCompare(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"1", "2", -1},
		{"10", "9", 1},
		{"85.5", "85.50", 0},
		{"-0", "0", 0},
		{"-1", "0", -1},
		{"-2.5", "-2.25", -1},
		{"100", "99.999", 1},
		{"0.1", "0.09", 1},
		{"1e2", "100", 0},
		{"1.5e1", "14.9", 1},
		{"1e1000001", "0", 1},
		{"-1e-1000001", "0", -1},
		{"1e1000001", "9e1000000", 1},
		{"0.000e5", "0", 0},
		{"0e10000000000000000", "-0", 0},
		{"123.45e-2", "1.2345", 0},
		{"0.05", "5E-2", 0},
		{"-10", "-9.99", -1},
		{"00", "0", 0}, // not JSON; reported as not comparable below
	}
	for _, tt := range tests[:len(tests)-1] {
		got, ok := Compare(tt.a, tt.b)
		assert.True(t, ok, tt.a+" "+tt.b)
		assert.Equal(t, tt.want, got, tt.a+" vs "+tt.b)
	}
	_, ok := Compare("00", "0")
	assert.False(t, ok)
	_, ok = Compare("1e99999999999999999", "1")
	assert.False(t, ok, "an exponent beyond 10^15 is not compared")
}

// FuzzCompare checks the exact comparison of KPI values against
// big.Rat.
func FuzzCompare(f *testing.F) {
	for _, p := range [][2]string{{"1", "2"}, {"85.5", "85.50"}, {"-0", "0"}, {"1e2", "100"}, {"-2.5", "-2.25"}, {"0.1", "1,0"}} {
		f.Add(p[0], p[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		got, ok := Compare(a, b)
		if !Valid(a) || !Valid(b) {
			require.False(t, ok)
			return
		}
		if !smallExponent(a) || !smallExponent(b) {
			return // big.Rat would build 10^exponent in full
		}
		require.True(t, ok)
		x, okx := new(big.Rat).SetString(a)
		y, oky := new(big.Rat).SetString(b)
		require.True(t, okx && oky)
		require.Equal(t, x.Cmp(y), got, "%s vs %s", a, b)
		require.True(t, json.Valid([]byte(a)))
	})
}

// smallExponent reports whether a number's exponent, if any, has at most
// three digits.
func smallExponent(s string) bool {
	i := strings.IndexAny(s, "eE")
	return i < 0 || len(strings.TrimLeft(s[i+1:], "+-0")) <= 3
}

func TestNumber(t *testing.T) {
	for _, tt := range []struct {
		in, want string // want "" when it does not fit
		den      int64
	}{
		{"85.5", "171/2", 10},
		{"85.50", "171/2", 10},
		{"1e3", "1000/1", 1},
		{"1.5e3", "1500/1", 1},
		{"-2.5E-1", "-1/4", 100},
		{"0", "0/1", 1},
		{"-0.0e5", "0/1", 1},
		{"999999999999999999", "999999999999999999/1", 1},
		{"1e17", "100000000000000000/1", 1},
		{"0.000000000000000001", "1/1000000000000000000", 1e18},
		{"1234567.89012345678", "61728394506172839/50000000000", 1e11},
		{"1e18", "", 0},                  // 10^18 needs 19 digits
		{"1234567890123456789", "", 0},   // 19 significant digits
		{"0.0000000000000000001", "", 0}, // 19 decimals
		{"1e-400", "", 0},
		{"1e1000000", "", 0},
		{"1,5", "", 0},
		{"", "", 0},
		{strings.Repeat("1", 1001), "", 0},
	} {
		x, ok := Number(tt.in)
		assert.Equal(t, tt.want != "", ok, tt.in)
		assert.Equal(t, tt.want, x.Exact(), tt.in)
		if ok {
			assert.Equal(t, tt.den, x.Den(), "%s: over 10 to its decimals", tt.in)
		}
	}
}

// FuzzNumber checks the exact value of what Number reads against big.Rat.
func FuzzNumber(f *testing.F) {
	for _, s := range []string{"85.5", "1e3", "-2.5E-1", "999999999999999999", "1e18", "0.000000000000000001", "-0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		x, ok := Number(s)
		if !ok {
			return
		}
		require.True(t, Valid(s))
		want, ok := new(big.Rat).SetString(s)
		if !ok {
			// big.Rat gives up on an exponent too large for it; Number reads
			// such a number only when its digits are all zeros.
			require.Zero(t, x.Sign(), "%s read as %s", s, x.Exact())
			return
		}
		require.Zero(t, want.Cmp(big.NewRat(x.Num(), x.Den())), "%s read as %s", s, x.Exact())
	})
}
