package store

import (
	"time"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/spbe/workspace"
)

// timeLayout writes times in UTC, RFC 3339 with all nine digits of the
// nanoseconds, so that the text sorts as the times do.
const timeLayout = "2006-01-02T15:04:05.000000000Z07:00"

// formatTime writes t as the store keeps it.
func formatTime(t time.Time) string { return t.UTC().Format(timeLayout) }

// parseTime reads a time the store wrote; the zero time for "".
func parseTime(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	return time.Parse(time.RFC3339Nano, s)
}

// formatDate writes a due date, "" for none.
func formatDate(d smartcity.Date) string { return d.String() }

// parseDate reads a due date the store wrote.
func parseDate(s string) (smartcity.Date, error) {
	if s == "" {
		return smartcity.Date{}, nil
	}
	return smartcity.ParseDate(s)
}

// parseStatus reads a status's code, "" for the zero status.
func parseStatus(s string) (workspace.Status, error) {
	var st workspace.Status
	return st, st.UnmarshalText([]byte(s))
}

// parseRevision reads a revision's code, "" for the zero one.
func parseRevision(s string) (workspace.Revision, error) {
	var r workspace.Revision
	return r, r.UnmarshalText([]byte(s))
}

// boolInt is SQLite's integer of a bool.
func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
