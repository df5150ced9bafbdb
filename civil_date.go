package smartcity

import (
	"cmp"
	"fmt"
	"time"
)

// Date is a civil date — a day in the calendar, with no time of day and no
// time zone — written "2006-01-02" in documents. A masterplan's milestones
// (an MoU signed, a workshop held) and an evidence item's due date fall on a
// day, not at an instant, so a time.Time would invite time-zone slips. The
// zero Date means "unset".
type Date struct {
	Year  int        // the year, such as 2022
	Month time.Month // January is 1
	Day   int        // the day of the month, from 1
}

// DateOf returns the civil date of t in t's location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{Year: y, Month: m, Day: d}
}

// ParseDate parses a date written "2006-01-02". The error is a
// *ParseError.
func ParseDate(s string) (Date, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil || len(s) != len(time.DateOnly) {
		return Date{}, dateError(s)
	}
	d := DateOf(t)
	if !d.Valid() {
		return Date{}, dateError(s)
	}
	return d, nil
}

// dateError is the *ParseError of text that is no date.
func dateError(s string) error {
	return &ParseError{Kind: "date", KindID: "tanggal", Input: s, Want: []string{"YYYY-MM-DD"}}
}

// MustParseDate is like ParseDate but panics on error. It is meant for
// constant dates in programs and tests.
func MustParseDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// String returns the date as "2006-01-02", or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

// IsZero reports whether d is the zero Date.
func (d Date) IsZero() bool { return d == Date{} }

// Valid reports whether d is a real day between the years 1 and 9999.
func (d Date) Valid() bool {
	if d.Year < 1 || d.Year > 9999 || d.Month < time.January || d.Month > time.December || d.Day < 1 {
		return false
	}
	return DateOf(time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC)) == d
}

// Compare returns -1, 0 or +1 as d is before, equal to or after e, for
// slices.SortFunc.
func (d Date) Compare(e Date) int {
	if c := cmp.Compare(d.Year, e.Year); c != 0 {
		return c
	}
	if c := cmp.Compare(d.Month, e.Month); c != 0 {
		return c
	}
	return cmp.Compare(d.Day, e.Day)
}

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.Compare(e) < 0 }

// MarshalText implements encoding.TextMarshaler: "2006-01-02", empty text
// for the zero Date, an error for an invalid one.
func (d Date) MarshalText() ([]byte, error) {
	if d.IsZero() {
		return []byte{}, nil
	}
	if !d.Valid() {
		return nil, fmt.Errorf("smartcity: cannot marshal invalid date %04d-%02d-%02d", d.Year, int(d.Month), d.Day)
	}
	return []byte(d.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler; empty text is the zero
// Date.
func (d *Date) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(text))
	if err != nil {
		return err
	}
	*d = v
	return nil
}
