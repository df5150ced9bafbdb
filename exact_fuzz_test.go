package smartcity

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"testing"
)

// FuzzParseNumber: whatever ParseNumber reads, Exact writes back to the
// same value, and a decimal read is the value its digits say.
func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{"3.64", "3,64", "727/200", "-9223372036854775808/1", "0/5", "1/0", "4", "1e3", "-0.125", "+.5", "999999999999999999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		x, err := ParseNumber(s)
		if err != nil {
			if err.Error() == "" || ErrorMessage(err, Indonesian) == "" {
				t.Fatalf("%q: an error without a message", s)
			}
			return
		}
		back, err := ParseNumber(x.Exact())
		if err != nil || back.Cmp(x) != 0 {
			t.Fatalf("%q → %s → %v, %v", s, x.Exact(), back.Exact(), err)
		}
		if !strings.Contains(s, "/") {
			t2 := strings.Replace(strings.TrimSpace(s), ",", ".", 1)
			want, ok := new(big.Rat).SetString(t2)
			if !ok || want.Cmp(big.NewRat(x.num, x.den)) != 0 {
				t.Fatalf("%q read as %s, want %v", s, x.Exact(), want)
			}
		}
		for places := range maxPlaces + 1 {
			if got, want := x.Format(places), roundBig(big.NewRat(x.num, x.den), places); got != want {
				t.Fatalf("%q to %d: %s, want %s", s, places, got, want)
			}
		}
	})
}

// FuzzNumberArithmetic checks the checked arithmetic and Cmp against
// math/big on any int64 fractions.
func FuzzNumberArithmetic(f *testing.F) {
	f.Add(int64(1), int64(3), int64(-1), int64(6))
	f.Add(int64(-1<<63), int64(1), int64(1), int64(-1<<63))
	f.Add(int64(1<<62), int64(3), int64(5), int64(1<<61-1))
	f.Fuzz(func(t *testing.T, a, b, c, d int64) {
		x, y := NewNumber(a, b), NewNumber(c, d)
		if !x.IsValid() || !y.IsValid() {
			return
		}
		checkAgainstBig(t, x, y)
		checkRoundAgainstBig(t, x)
	})
}

// FuzzNumberPlaces: every method of Number that takes a count of
// decimals takes any int — negative, 1000, math.MaxInt — without a panic
// or a hang, writes at most maxPlaces decimals, and writes for a count
// out of range what it writes for the nearest one in range.
func FuzzNumberPlaces(f *testing.F) {
	f.Add(int64(3635), int64(1000), 1000)
	f.Add(int64(math.MaxInt64), int64(1), math.MaxInt)
	f.Add(int64(math.MinInt64), int64(3), math.MinInt)
	f.Add(int64(-1), int64(8), -1)
	f.Add(int64(2), int64(3), maxPlaces+1)
	f.Fuzz(func(t *testing.T, num, den int64, places int) {
		x := NewNumber(num, den)
		in := clampPlaces(places)
		for _, m := range []struct {
			name string
			f    func(int) string
		}{
			{"Format", x.Format},
			{"Percent", x.Percent},
			{"Decimal", x.Decimal},
			{"AppendFormat", func(p int) string { return string(x.AppendFormat(nil, p)) }},
			{"Round", func(p int) string { return strconv.FormatInt(x.Round(p), 10) }},
			{"Lang.Percent", func(p int) string { s, _ := English.Percent(num, den, p); return s }},
		} {
			got := m.f(places)
			if len(got) > 48 {
				t.Fatalf("%s(%d) of %d/%d: %q is longer than any figure", m.name, places, num, den, got)
			}
			if m.name != "Lang.Percent" && got != m.f(in) {
				t.Fatalf("%s(%d) of %d/%d: %q, but %q with %d", m.name, places, num, den, got, m.f(in), in)
			}
		}
		if _, err := English.Percent(num, den, places); err == nil && places != in {
			t.Fatalf("Lang.Percent takes %d decimals", places)
		}
	})
}
