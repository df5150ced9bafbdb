package decimal

import (
	"math/big"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFormat(t *testing.T) {
	tests := []struct {
		num, den int64
		places   int
		want     string
	}{
		{3282, 1000, 2, "3.28"},   // PermenPANRB 59/2020 worked example: 3.282 → 3.28
		{34985, 10000, 2, "3.50"}, // Kab. Pacitan 2024: exact 3.4985 is shown 3.50
		{17995, 10000, 2, "1.80"}, // Kab. Boven Digoel 2023: exact 1.7995 is shown 1.80
		{42000, 10000, 2, "4.20"},
		{55, 182, 2, "0.30"}, // one-level D4 answers only: 55/182 = 0.3021…
		{1, 8, 2, "0.13"},
		{-1, 8, 2, "-0.13"},
		{0, 7, 2, "0.00"},
		{7, 1, 0, "7"},
		{2, 3, 1, "0.7"},
		{1, -3, 3, "-0.333"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, Format(tt.num, tt.den, tt.places), "%d/%d", tt.num, tt.den)
		assert.Equal(t, tt.want, FormatRat(big.NewRat(tt.num, tt.den), tt.places), "%d/%d rat", tt.num, tt.den)
	}
}

func TestRoundLargeValuesFallBackToBig(t *testing.T) {
	assert.Equal(t, int64(400), Round(1<<60, 1<<58, 2))
	assert.Equal(t, int64(-1333), Round(-(1<<60), 3<<58, 3))
	assert.Equal(t, "-0.50", FormatRat(big.NewRat(-1, 2), 2))
	assert.Equal(t, "0.05", FormatRat(big.NewRat(1, 20), 2))
}

func TestFormatScaled(t *testing.T) {
	assert.Equal(t, "-0.05", FormatScaled(-5, 2))
	assert.Equal(t, "12.00", FormatScaled(1200, 2))
	assert.Equal(t, "-9223372036854775.808", FormatScaled(-9223372036854775808, 3))
}

func TestParse(t *testing.T) {
	for in, want := range map[string]*big.Rat{
		"3.5": big.NewRat(7, 2), "3,5": big.NewRat(7, 2), " 4 ": big.NewRat(4, 1),
		"-0.25": big.NewRat(-1, 4), "+2.": big.NewRat(2, 1), ".5": big.NewRat(1, 2),
	} {
		got, err := Parse(in)
		require.NoError(t, err, in)
		assert.Zero(t, want.Cmp(got), "%q gave %s", in, got)
	}
	for _, in := range []string{"", ".", "-", "1e3", "NaN", "Inf", "1.2.3", "1,000.5", "1,2,3", "0x10", "3/4"} {
		_, err := Parse(in)
		assert.Error(t, err, in)
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"3.5", "3,5", "-0.25", "", "1e9", "4.2000"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := Parse(s)
		if err != nil {
			return
		}
		// What was read formats back to a value that parses to the same number.
		back, err := Parse(r.FloatString(40))
		require.NoError(t, err)
		if r.Denom().BitLen() < 100 && isTerminating(r) {
			require.Zero(t, r.Cmp(back))
		}
	})
}

// isTerminating reports whether r has a finite decimal expansion.
func isTerminating(r *big.Rat) bool {
	d := new(big.Int).Set(r.Denom())
	for _, p := range []int64{2, 5} {
		bp := big.NewInt(p)
		m := new(big.Int)
		for {
			q, rem := new(big.Int).QuoRem(d, bp, m)
			if rem.Sign() != 0 {
				break
			}
			d = q
		}
	}
	return d.Cmp(big.NewInt(1)) == 0
}
