// Package idfmt formats numbers, money, percentages and dates for display
// in reports, the Indonesian way by default and the English way on request.
//
// # Conventions
//
// Indonesian groups thousands with a dot and writes a decimal comma
// (18.755.371.000; 3,99; 66,7%); English groups with a comma and writes a
// decimal point (18,755,371,000; 3.99; 66.7%). Rupiah amounts are whole
// rupiah, as the library keeps them: "Rp18.755.371.000" in Indonesian, with
// the symbol written against the figure as Indonesian official documents
// do, and "IDR 18,755,371,000" in English, the ISO 4217 code that English
// financial text uses for the rupiah. A negative amount puts the minus sign
// before the symbol: "-Rp1.250.000", "-IDR 1,250,000". Dates are written
// day, month name, year in both languages: "21 April 2022", "21 Agustus
// 2022" / "21 August 2022".
//
// Functions without a language argument speak Indonesian; the ones ending
// in In, and Percent and Date, take a smartcity.Lang, where the zero
// (unset) Lang means Indonesian, as everywhere in the library.
//
// # Exactness
//
// Nothing here goes through floating point. Integers are grouped as text,
// so math.MinInt64 formats without overflow, and Percent rounds the exact
// ratio half-up through internal/decimal, the one place where the library
// rounds.
package idfmt
