package smartcity_test

import (
	"fmt"
	"math"
	"testing"

	"github.com/kotacerdas/smartcity"
	"github.com/stretchr/testify/assert"
)

// An exact value is written with as many decimals as it takes, and only
// a value whose decimals go on is rounded.
func TestNumberDecimal(t *testing.T) {
	for _, tt := range []struct {
		num, den int64
		places   int
		want     string
	}{
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
	} {
		x := smartcity.NewNumber(tt.num, tt.den)
		assert.Equal(t, tt.want, x.Decimal(tt.places), "%d/%d to %d", tt.num, tt.den, tt.places)
	}
	assert.Empty(t, smartcity.Number{}.Decimal(2))
}

// A report shows an exact value as a decimal in the reader's language,
// and keeps the fraction for machines.
func ExampleNumber_Decimal() {
	x := smartcity.NewNumber(27, 8)
	fmt.Println(x, smartcity.Indonesian.Decimal(x.Decimal(2)), smartcity.English.Decimal(x.Decimal(2)), x.Exact())
	fmt.Println(smartcity.Indonesian.Decimal(smartcity.NewNumber(4, 1).Decimal(2)))
	// Output:
	// 3.38 3,375 3.375 27/8
	// 4,00
}
