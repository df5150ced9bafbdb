package idfmt_test

import (
	"fmt"
	"time"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/idfmt"
)

func ExampleRupiah() {
	// Batang's 2023 smart-city budget lines.
	fmt.Println(idfmt.Rupiah(18_755_371_000))
	fmt.Println(idfmt.RupiahIn(3_300_000_000, smartcity.English))
	// Output:
	// Rp18.755.371.000
	// IDR 3,300,000,000
}

func ExamplePercent() {
	for _, lang := range []smartcity.Lang{smartcity.Indonesian, smartcity.English} {
		s, err := idfmt.Percent(2, 3, 1, lang)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(s)
	}
	_, err := idfmt.Percent(0, 0, 1, smartcity.Indonesian)
	fmt.Println(err)
	// Output:
	// 66,7%
	// 66.7%
	// idfmt: percent of 0/0: idfmt: percentage of a zero denominator
}

func ExampleDate() {
	// Rembang's MoU and its first technical workshop.
	fmt.Println(idfmt.Date(2022, time.April, 21, smartcity.Indonesian))
	fmt.Println(idfmt.Date(2022, time.June, 23, smartcity.Indonesian))
	fmt.Println(idfmt.Date(2022, time.June, 23, smartcity.English))
	// Output:
	// 21 April 2022
	// 23 Juni 2022
	// 23 June 2022
}

func ExampleDecimalComma() {
	// Kabupaten Rembang's SPBE index for 2024, as internal/decimal prints it.
	fmt.Println(idfmt.DecimalComma("3.99"))
	// Output: 3,99
}
