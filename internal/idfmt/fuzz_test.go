package idfmt

import (
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
)

// FuzzRupiah checks that both forms of an amount read back to the amount.
func FuzzRupiah(f *testing.F) {
	for _, n := range []int64{0, 1, -1, 999, 1000, 18_755_371_000, 3_300_000_000, -1_250_000,
		1<<63 - 1, -1 << 63} {
		f.Add(n)
	}
	f.Fuzz(func(t *testing.T, n int64) {
		id := Rupiah(n)
		digits := strings.ReplaceAll(strings.Replace(id, "Rp", "", 1), ".", "")
		back, err := strconv.ParseInt(digits, 10, 64)
		require.NoError(t, err, id)
		require.Equal(t, n, back, id)

		en := RupiahIn(n, smartcity.English)
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

// FuzzDecimalIn checks that localised decimal text reads back to the input,
// and that anything else passes through unchanged.
func FuzzDecimalIn(f *testing.F) {
	for _, s := range []string{"3.99", "-0.35", "1234.5", "4", "", "n/a", "1.2.3", "-", "0.5."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		id, en := DecimalComma(s), DecimalIn(s, smartcity.English)
		if _, _, _, ok := splitDecimal(s); !ok {
			require.Equal(t, s, id)
			require.Equal(t, s, en)
			return
		}
		require.Equal(t, s, strings.ReplaceAll(strings.ReplaceAll(id, ".", ""), ",", "."))
		require.Equal(t, s, strings.ReplaceAll(en, ",", ""))
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
		got, err := Percent(num, den, places, smartcity.English)
		if err != nil {
			return
		}
		require.True(t, strings.HasSuffix(got, "%"), got)
		_, frac, _ := strings.Cut(strings.TrimSuffix(got, "%"), ".")
		require.Len(t, frac, places, got)
	})
}
