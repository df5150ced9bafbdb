package smartcity

import (
	"strconv"
	"time"
)

// bulan holds the Indonesian month names; index 0 is unused. It is never
// written to.
var bulan = [...]string{"", "Januari", "Februari", "Maret", "April", "Mei", "Juni",
	"Juli", "Agustus", "September", "Oktober", "November", "Desember"}

// Month returns the name of m in l: "Agustus" in Indonesian, "August" in
// English. A month outside January..December is written as its number, so
// that a bad date shows up in a report rather than hiding.
func (l Lang) Month(m time.Month) string {
	if m < time.January || m > time.December {
		return strconv.Itoa(int(m))
	}
	if l.english() {
		return m.String()
	}
	return bulan[m]
}

// Date writes a calendar date as day, month name and year, the order both
// languages use in official text: 21 April 2022 is "21 April 2022" in
// both, and the month name follows l ("17 Agustus 2023", "17 August
// 2023"). The date is written as given, not normalised, so that 31
// February stays visible as the mistake it is; a date without a time of
// day needs no time.Time and no location.
func (l Lang) Date(year int, month time.Month, day int) string {
	return strconv.Itoa(day) + " " + l.Month(month) + " " + strconv.Itoa(year)
}

// DateOf writes the date of t in t's location, as [Lang.Date] does: the
// day is the one people there see on their calendar, so convert t with
// t.In first to write it for another place.
func (l Lang) DateOf(t time.Time) string {
	y, m, d := t.Date()
	return l.Date(y, m, d)
}
