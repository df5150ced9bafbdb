package smartcity

import (
	"fmt"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// saysBoth checks that write gives id in Indonesian and for the zero Lang,
// and en in English; what names the case.
func saysBoth(t *testing.T, write func(Lang) string, id, en string, what any) {
	t.Helper()
	assert.Equal(t, id, write(Indonesian), "%v id", what)
	assert.Equal(t, id, write(0), "%v unset lang", what)
	assert.Equal(t, en, write(English), "%v en", what)
}

func TestRupiah(t *testing.T) {
	tests := []struct {
		amount int64
		id, en string
	}{
		{18_755_371_000, "Rp18.755.371.000", "IDR 18,755,371,000"}, // Batang 2023, APBD
		{3_300_000_000, "Rp3.300.000.000", "IDR 3,300,000,000"},    // Batang 2023, CSR
		{1_250_000_000, "Rp1.250.000.000", "IDR 1,250,000,000"},
		{-1_250_000, "-Rp1.250.000", "-IDR 1,250,000"},
		{0, "Rp0", "IDR 0"},
		{999, "Rp999", "IDR 999"},
		{1000, "Rp1.000", "IDR 1,000"},
		{-1, "-Rp1", "-IDR 1"},
		{math.MaxInt64, "Rp9.223.372.036.854.775.807", "IDR 9,223,372,036,854,775,807"},
		{math.MinInt64, "-Rp9.223.372.036.854.775.808", "-IDR 9,223,372,036,854,775,808"},
	}
	for _, tt := range tests {
		saysBoth(t, func(l Lang) string { return l.Rupiah(tt.amount) }, tt.id, tt.en, tt.amount)
	}
}

func TestThousands(t *testing.T) {
	tests := []struct {
		n      int64
		id, en string
	}{
		{18_755_371_000, "18.755.371.000", "18,755,371,000"}, // Batang 2023, APBD
		{22_055_371_000, "22.055.371.000", "22,055,371,000"}, // Batang 2023, APBD + CSR
		{191, "191", "191"}, // regions in the movement by 2022
		{0, "0", "0"},
		{100_000, "100.000", "100,000"},
		{-1234, "-1.234", "-1,234"},
		{math.MinInt64, "-9.223.372.036.854.775.808", "-9,223,372,036,854,775,808"},
	}
	for _, tt := range tests {
		saysBoth(t, func(l Lang) string { return l.Thousands(tt.n) }, tt.id, tt.en, tt.n)
	}
}

func TestDecimal(t *testing.T) {
	tests := []struct {
		in, id, en string
	}{
		{"3.99", "3,99", "3.99"}, // Kab. Rembang SPBE index 2024
		{"4.51", "4,51", "4.51"}, // Kab. Sumedang SPBE index 2024
		{"2.76", "2,76", "2.76"},
		{"-0.35", "-0,35", "-0.35"}, // a fall from one year to the next
		{"4", "4", "4"},
		{"1234.5", "1.234,5", "1,234.5"},
		{"1000000", "1.000.000", "1,000,000"},
		// Not plain decimal text: passed through untouched.
		{"", "", ""},
		{"-", "-", "-"},
		{"n/a", "n/a", "n/a"},
		{"3,99", "3,99", "3,99"},
		{".5", ".5", ".5"},
		{"5.", "5.", "5."},
		{"1.2.3", "1.2.3", "1.2.3"},
		{"+1.5", "+1.5", "+1.5"},
		{"1e3", "1e3", "1e3"},
	}
	for _, tt := range tests {
		saysBoth(t, func(l Lang) string { return l.Decimal(tt.in) }, tt.id, tt.en, tt.in)
	}
}

func TestPercent(t *testing.T) {
	tests := []struct {
		num, den int64
		places   int
		id, en   string
	}{
		{2, 3, 1, "66,7%", "66.7%"},
		{1, 6, 1, "16,7%", "16.7%"},    // one quick win of six pillars
		{50, 191, 1, "26,2%", "26.2%"}, // the 2022 cohort among the 191 regions
		// CSR share of Batang's 2023 smart-city budget: 3.3 of 22.055 billion.
		{3_300_000_000, 22_055_371_000, 2, "14,96%", "14.96%"},
		{1, 16, 1, "6,3%", "6.3%"},    // 6.25: half rounds up
		{-1, 16, 1, "-6,3%", "-6.3%"}, // and away from zero
		{1, 2000, 1, "0,1%", "0.1%"},  // 0.05 rounds up
		{-1, 3000, 1, "0,0%", "0.0%"},
		{3, 3, 0, "100%", "100%"},
		{25, 2, 0, "1.250%", "1,250%"},
		{7, -2, 0, "-350%", "-350%"},
		{math.MaxInt64, 1, 0, "922.337.203.685.477.580.700%", "922,337,203,685,477,580,700%"},
		{math.MinInt64, -1, 0, "922.337.203.685.477.580.800%", "922,337,203,685,477,580,800%"},
	}
	for _, tt := range tests {
		saysBoth(t, func(l Lang) string {
			got, err := l.Percent(tt.num, tt.den, tt.places)
			require.NoError(t, err)
			return got
		}, tt.id, tt.en, fmt.Sprintf("%d/%d", tt.num, tt.den))
	}
}

func TestPercentErrors(t *testing.T) {
	_, err := Indonesian.Percent(3, 0, 1)
	require.ErrorIs(t, err, ErrZeroDenominator)
	assert.EqualError(t, err, "smartcity: percent of 3/0: smartcity: percentage of a zero denominator")

	for _, places := range []int{-1, maxPlaces + 1} {
		_, err = Indonesian.Percent(1, 3, places)
		require.ErrorIs(t, err, errPercentPlaces, "places %d", places)
	}
	got, err := English.Percent(1, 3, maxPlaces)
	require.NoError(t, err)
	assert.Equal(t, "33.333333333%", got)
}

func TestSigned(t *testing.T) {
	for _, tt := range []struct {
		in   string
		lang Lang
		want string
	}{
		{"0.17", Indonesian, "+0,17"},
		{"0.17", English, "+0.17"},
		{"0.17", 0, "+0,17"},
		{"-0.05", Indonesian, "-0,05"},
		{"0.00", Indonesian, "0,00"},
		{"-0.00", English, "0.00"},
		{"-0", English, "0"},
		{"1250.5", Indonesian, "+1.250,5"},
		{"n/a", Indonesian, "n/a"},
		{"+0.17", Indonesian, "+0.17"}, // not plain decimal text: untouched
	} {
		assert.Equal(t, tt.want, tt.lang.Signed(tt.in), "%q %q", tt.in, tt.lang)
	}
}
