package idfmt

import (
	"strconv"
	"time"

	"github.com/kotacerdas/smartcity"
)

// bulan holds the Indonesian month names; index 0 is unused. It is never
// written to.
var bulan = [...]string{"", "Januari", "Februari", "Maret", "April", "Mei", "Juni",
	"Juli", "Agustus", "September", "Oktober", "November", "Desember"}

// MonthName returns the name of m in lang: "Agustus" in Indonesian,
// "August" in English. A month outside January..December is written as its
// number, so that a bad date shows up in a report rather than hiding.
func MonthName(m time.Month, lang smartcity.Lang) string {
	if m < time.January || m > time.December {
		return strconv.Itoa(int(m))
	}
	if lang.Or(smartcity.Indonesian) == smartcity.English {
		return m.String()
	}
	return bulan[m]
}

// Date writes a calendar date as day, month name and year: Date(2022,
// time.April, 21, lang) is "21 April 2022" in both languages, and the month
// name follows lang ("21 Agustus 2022", "21 August 2022"). The date is
// written as given, not normalised, so that 31 February stays visible as
// the mistake it is.
func Date(year int, month time.Month, day int, lang smartcity.Lang) string {
	return strconv.Itoa(day) + " " + MonthName(month, lang) + " " + strconv.Itoa(year)
}

// DateOf writes the date of t, in t's location, as Date does.
func DateOf(t time.Time, lang smartcity.Lang) string {
	y, m, d := t.Date()
	return Date(y, m, d, lang)
}
