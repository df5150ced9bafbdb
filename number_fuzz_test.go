package smartcity

import (
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// FuzzRupiah checks that both forms of an amount read back to the amount.
func FuzzRupiah(f *testing.F) {
	for _, n := range []int64{0, 1, -1, 999, 1000, 18_755_371_000, 3_300_000_000, -1_250_000,
		1<<63 - 1, -1 << 63} {
		f.Add(n)
	}
	f.Fuzz(func(t *testing.T, n int64) {
		id := Indonesian.Rupiah(n)
		digits := strings.ReplaceAll(strings.Replace(id, "Rp", "", 1), ".", "")
		back, err := strconv.ParseInt(digits, 10, 64)
		require.NoError(t, err, id)
		require.Equal(t, n, back, id)

		en := English.Rupiah(n)
		digits = strings.ReplaceAll(strings.Replace(en, "IDR ", "", 1), ",", "")
		back, err = strconv.ParseInt(digits, 10, 64)
		require.NoError(t, err, en)
		require.Equal(t, n, back, en)

		// Groups are three digits after the first, which has one to three.
		groups := strings.Split(strings.TrimPrefix(strings.TrimPrefix(id, "-"), "Rp"), ".")
		assert.LessOrEqual(t, len(groups[0]), 3, id)
		for _, g := range groups[1:] {
			assert.Len(t, g, 3, id)
		}
	})
}

// FuzzDecimal checks that localised decimal text reads back to the input,
// that Signed adds no more than a sign to it, and that anything else
// passes through both unchanged.
func FuzzDecimal(f *testing.F) {
	for _, s := range []string{"3.99", "-0.35", "1234.5", "4", "", "n/a", "1.2.3", "-", "0.5."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		id, en := Indonesian.Decimal(s), English.Decimal(s)
		if _, _, _, ok := splitDecimal(s); !ok {
			require.Equal(t, s, id)
			require.Equal(t, s, en)
			require.Equal(t, s, English.Signed(s))
			return
		}
		require.Equal(t, s, strings.ReplaceAll(strings.ReplaceAll(id, ".", ""), ",", "."))
		require.Equal(t, s, strings.ReplaceAll(en, ",", ""))

		unsigned := strings.TrimPrefix(en, "-")
		switch signed := English.Signed(s); signed {
		case unsigned:
			require.Equal(t, "", strings.Trim(unsigned, "0.,"), "only a zero goes without a sign")
		case "+" + unsigned:
			require.False(t, strings.HasPrefix(s, "-"), s)
		default:
			require.Equal(t, "-"+unsigned, signed)
			require.True(t, strings.HasPrefix(s, "-"), s)
		}
	})
}

// FuzzPercent checks that Percent never panics and that a valid result
// carries the requested number of decimals.
func FuzzPercent(f *testing.F) {
	f.Add(int64(2), int64(3), 1)
	f.Add(int64(1), int64(0), 1)
	f.Add(int64(-1<<63), int64(-1), 0)
	f.Add(int64(5), int64(7), -3)
	f.Fuzz(func(t *testing.T, num, den int64, places int) {
		got, err := English.Percent(num, den, places)
		if err != nil {
			return
		}
		require.True(t, strings.HasSuffix(got, "%"), got)
		_, frac, _ := strings.Cut(strings.TrimSuffix(got, "%"), ".")
		require.Len(t, frac, places, got)
	})
}
