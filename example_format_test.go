package smartcity_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/kotacerdas/smartcity"
)

// Batang's smart-city budget for 2023, in whole rupiah: the APBD and the
// CSR lines, and a cut of one and a quarter million.
func ExampleLang_Rupiah() {
	for _, lang := range []smartcity.Lang{smartcity.Indonesian, smartcity.English} {
		fmt.Println(lang.Rupiah(18_755_371_000), lang.Rupiah(3_300_000_000), lang.Rupiah(-1_250_000))
	}
	// Output:
	// Rp18.755.371.000 Rp3.300.000.000 -Rp1.250.000
	// IDR 18,755,371,000 IDR 3,300,000,000 -IDR 1,250,000
}

// A count of points or a cost without its currency.
func ExampleLang_Thousands() {
	fmt.Println(smartcity.Indonesian.Thousands(1_250_000))
	fmt.Println(smartcity.English.Thousands(1_250_000))
	// Output:
	// 1.250.000
	// 1,250,000
}

// Kabupaten Rembang's SPBE index for 2024, as the library's exact
// arithmetic prints it, in each language's decimals; a placeholder passes
// through.
func ExampleLang_Decimal() {
	fmt.Println(smartcity.Indonesian.Decimal("3.99"), smartcity.Indonesian.Decimal("1234.5"), smartcity.Indonesian.Decimal("n/a"))
	fmt.Println(smartcity.English.Decimal("3.99"), smartcity.English.Decimal("1234.5"), smartcity.English.Decimal("n/a"))
	// Output:
	// 3,99 1.234,5 n/a
	// 3.99 1,234.5 n/a
}

// A change of an index from one year to the next: a rise, a fall and no
// change.
func ExampleLang_Signed() {
	for _, lang := range []smartcity.Lang{smartcity.Indonesian, smartcity.English} {
		fmt.Println(lang.Signed("0.17"), lang.Signed("-0.05"), lang.Signed("0.00"))
	}
	// Output:
	// +0,17 -0,05 0,00
	// +0.17 -0.05 0.00
}

// The CSR share of Batang's 2023 smart-city budget, 3.3 of 22.055 billion
// rupiah, and the share of a pillar that has nothing planned, for which a
// report prints its own placeholder.
func ExampleLang_Percent() {
	for _, lang := range []smartcity.Lang{smartcity.Indonesian, smartcity.English} {
		s, err := lang.Percent(3_300_000_000, 22_055_371_000, 2)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(s)
	}
	_, err := smartcity.Indonesian.Percent(0, 0, 1)
	fmt.Println(errors.Is(err, smartcity.ErrZeroDenominator))
	fmt.Println(err)
	// Output:
	// 14,96%
	// 14.96%
	// true
	// smartcity: percent of 0/0: smartcity: percentage of a zero denominator
}

// Rembang's memorandum of understanding and its first technical workshop.
func ExampleLang_Date() {
	for _, lang := range []smartcity.Lang{smartcity.Indonesian, smartcity.English} {
		fmt.Println(lang.Date(2022, time.April, 21), "·", lang.Date(2022, time.June, 23))
	}
	// Output:
	// 21 April 2022 · 23 Juni 2022
	// 21 April 2022 · 23 June 2022
}

// An instant is written on the calendar of its location: 17:30 UTC on 20
// April is already 21 April in Rembang, seven hours ahead.
func ExampleLang_DateOf() {
	signed := time.Date(2022, time.April, 20, 17, 30, 0, 0, time.UTC)
	wib := time.FixedZone("WIB", 7*60*60)
	fmt.Println(smartcity.Indonesian.DateOf(signed), "·", smartcity.Indonesian.DateOf(signed.In(wib)))
	fmt.Println(smartcity.English.DateOf(signed), "·", smartcity.English.DateOf(signed.In(wib)))
	// Output:
	// 20 April 2022 · 21 April 2022
	// 20 April 2022 · 21 April 2022
}

// The month of a realisation report's heading.
func ExampleLang_Month() {
	fmt.Println(smartcity.Indonesian.Month(time.August), smartcity.Indonesian.Month(time.December))
	fmt.Println(smartcity.English.Month(time.August), smartcity.English.Month(time.December))
	// Output:
	// Agustus Desember
	// August December
}
