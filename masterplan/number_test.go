package masterplan

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestIsJSONNumber(t *testing.T) {
	for _, s := range []string{"0", "-0", "12", "85.5", "-3.25", "1e3", "1.5E-2", "0.000"} {
		assert.True(t, isJSONNumber(s), s)
	}
	for _, s := range []string{"", "-", "01", "1.", ".5", "+1", "1,5", "1e", "1e+", "NaN", "0x10", " 1"} {
		assert.False(t, isJSONNumber(s), s)
	}
}

func TestCompareNumbers(t *testing.T) {
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
		got, ok := compareNumbers(tt.a, tt.b)
		assert.True(t, ok, tt.a+" "+tt.b)
		assert.Equal(t, tt.want, got, tt.a+" vs "+tt.b)
	}
	_, ok := compareNumbers("00", "0")
	assert.False(t, ok)
	_, ok = compareNumbers("1e99999999999999999", "1")
	assert.False(t, ok, "an exponent beyond 10^15 is not compared")
}

func TestParseHundredths(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		ok   bool
	}{
		{"3.99", 399, true}, {"2.76", 276, true}, {"4", 400, true}, {"3.5", 350, true}, {"0.05", 5, true},
		{"3.999", 0, false}, {"3.", 0, false}, {".5", 0, false}, {"-1", 0, false}, {"3,99", 0, false}, {"", 0, false},
	}
	for _, tt := range tests {
		got, ok := parseHundredths(tt.in)
		assert.Equal(t, tt.ok, ok, tt.in)
		assert.Equal(t, tt.want, got, tt.in)
	}
}

func TestKemendagriKind(t *testing.T) {
	tests := []struct {
		code string
		want RegionKind
		ok   bool
	}{
		{"33.17", Kabupaten, true}, // Rembang
		{"33.74", Kota, true},      // Kota Semarang
		{"32.11", Kabupaten, true}, // Sumedang
		{"33", Provinsi, true},     // Jawa Tengah
		{"3317", 0, false},
		{"33.1", 0, false},
		{"33.00", 0, false},
		{"05.01", 0, false},
		{"33.17.01", 0, false},
		{"", 0, false},
	}
	for _, tt := range tests {
		got, ok := kemendagriKind(tt.code)
		assert.Equal(t, tt.ok, ok, tt.code)
		assert.Equal(t, tt.want, got, tt.code)
	}
}
