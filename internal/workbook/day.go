package workbook

import (
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/kotacerdas/smartcity"
)

// lastSerial is the serial day of 9999-12-31, the last day a workbook
// holds.
const lastSerial = 2958465

// Day reads the date of a cell as a Table's reader returns it: a date
// cell, which the workbook keeps as its serial day ("46251"), or text
// written as a document writes a date ("2026-08-17") or as a Date column
// shows it ("17/08/2026"). ok is false for anything else, a day that does
// not exist included.
func Day(cell string) (d smartcity.Date, ok bool) {
	cell = strings.TrimSpace(cell)
	if d, err := smartcity.ParseDate(cell); err == nil {
		return d, true
	}
	if t, err := time.Parse("02/01/2006", cell); err == nil {
		return smartcity.DateOf(t), true
	}
	if t, err := time.Parse("2/1/2006", cell); err == nil {
		return smartcity.DateOf(t), true
	}
	f, err := strconv.ParseFloat(cell, 64)
	if err != nil || f != math.Trunc(f) || f < 1 || f > lastSerial {
		return smartcity.Date{}, false
	}
	// Day 0 of the serial days is 30 December 1899.
	return smartcity.DateOf(time.Date(1899, 12, 30+int(f), 0, 0, 0, 0, time.UTC)), true
}
