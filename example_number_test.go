package smartcity_test

import (
	"fmt"

	"github.com/kotacerdas/smartcity"
)

// A Number is exact and rounded only when shown, half away from zero as
// the regulations round: 3.635 is shown 3.64 and −0.125 is shown -0.13.
// ParseNumber reads a decimal, with a point or the comma of the Indonesian
// locale, or a fraction.
func ExampleParseNumber() {
	for _, s := range []string{"3.635", "3,99", "29/11", "-0.125"} {
		x, err := smartcity.ParseNumber(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%-6s → %s, exactly %s, in Indonesian %s\n", s, x, x.Exact(), smartcity.Indonesian.Decimal(x.String()))
	}
	_, err := smartcity.ParseNumber("3.5e0")
	fmt.Println(smartcity.ErrorMessage(err, smartcity.English))
	fmt.Println(smartcity.ErrorMessage(err, smartcity.Indonesian))
	// Output:
	// 3.635  → 3.64, exactly 727/200, in Indonesian 3,64
	// 3,99   → 3.99, exactly 399/100, in Indonesian 3,99
	// 29/11  → 2.64, exactly 29/11, in Indonesian 2,64
	// -0.125 → -0.13, exactly -1/8, in Indonesian -0,13
	// unknown number "3.5e0" (want a fraction such as "727/200" or a decimal such as "3.64", at most 18 significant digits)
	// bilangan "3.5e0" tidak dikenal (seharusnya pecahan seperti "727/200" atau desimal seperti "3,64", paling banyak 18 angka bermakna)
}

// Numbers are compared with Cmp, never ==: 36350/10000, as scoring writes
// an index, and 727/200 are the same value, and Exact writes both alike.
// Arithmetic is checked: a result that does not fit is reported, not
// wrapped.
func ExampleNumber_Cmp() {
	scored, published := smartcity.NewNumber(36350, 10000), smartcity.NewNumber(727, 200)
	fmt.Println(scored.Cmp(published), scored.Exact(), published.Exact())

	rise, ok := smartcity.NewNumber(39870, 10000).Sub(scored)
	fmt.Println(rise, rise.Exact(), ok)
	_, ok = smartcity.NewNumber(1, 1<<62).Add(smartcity.NewNumber(1, 1<<62-1))
	fmt.Println(ok)
	// Output:
	// 0 727/200 727/200
	// 0.35 44/125 true
	// false
}

// The rate of a budget absorbed, for people and for a machine; the zero
// Number is a rate of nothing planned.
func ExampleNumber_Percent() {
	rate := smartcity.NewNumber(2_500_000, 3_750_000)
	share, _ := smartcity.Indonesian.Percent(rate.Num(), rate.Den(), 1)
	fmt.Println(share, rate.Percent(1))
	var none smartcity.Number
	_, err := smartcity.Indonesian.Percent(none.Num(), none.Den(), 1)
	fmt.Printf("%q %v\n", none.Percent(1), err != nil)
	// Output:
	// 66,7% 66.7
	// "" true
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
