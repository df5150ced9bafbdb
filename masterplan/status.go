package masterplan

import "github.com/kotacerdas/smartcity"

// Status is where a programme stands. The zero value means "unset".
type Status uint8

// The states of a programme.
const (
	Planned   Status = 1 + iota // direncanakan: not started, code "planned"
	Ongoing                     // berjalan: under way, code "ongoing"
	Completed                   // selesai: done, code "completed"
	Postponed                   // ditunda: put off, code "postponed"
	Cancelled                   // dibatalkan: dropped, code "cancelled"
)

var statusCodes = [...]string{"", "planned", "ongoing", "completed", "postponed", "cancelled"}

var statusNames = [...][2]string{
	{},
	{"direncanakan", "planned"},
	{"berjalan", "ongoing"},
	{"selesai", "completed"},
	{"ditunda", "postponed"},
	{"dibatalkan", "cancelled"},
}

var statusAliases = [...]alias{
	{"direncanakan", 1}, {"rencana", 1},
	{"berjalan", 2}, {"in progress", 2}, {"sedang berjalan", 2}, {"running", 2},
	{"selesai", 3}, {"done", 3}, {"complete", 3},
	{"ditunda", 4}, {"deferred", 4},
	{"dibatalkan", 5}, {"batal", 5}, {"canceled", 5}, {"dropped", 5},
}

// ParseStatus parses a programme status: the code ("planned", "ongoing",
// "completed", "postponed", "cancelled") or the Indonesian word
// ("direncanakan", "berjalan", "selesai", "ditunda", "dibatalkan"),
// ignoring case; "running", "done" and "dropped", as monitoring reports
// say, are accepted too.
func ParseStatus(s string) (Status, error) {
	return parseEnum[Status]("status", s, statusCodes[:], statusAliases[:])
}

// String returns the stable code.
func (s Status) String() string { return enumString("Status", uint8(s), statusCodes[:]) }

// IsValid reports whether s is a declared status.
func (s Status) IsValid() bool { return s >= Planned && s <= Cancelled }

// Name returns the status's display name in lang, or "" when s is not
// valid.
func (s Status) Name(lang smartcity.Lang) string { return enumName(uint8(s), statusNames[:], lang) }

// MarshalText implements encoding.TextMarshaler with the stable code.
func (s Status) MarshalText() ([]byte, error) {
	return marshalEnum("Status", uint8(s), statusCodes[:])
}

// UnmarshalText implements encoding.TextUnmarshaler; it accepts what
// ParseStatus accepts, and empty text is the zero value.
func (s *Status) UnmarshalText(text []byte) error {
	return unmarshalEnum(s, "status", text, statusCodes[:], statusAliases[:])
}
