package masterplan

import (
	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/enum"
)

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

// statuses declares the states; the Indonesian names parse too.
var statuses = enum.New[Status](enum.Spec{Kind: "status", Names: true, Unknown: parseError}, []enum.Row{
	Planned:   {Code: "planned", ID: "direncanakan", EN: "planned", Aliases: []string{"rencana"}},
	Ongoing:   {Code: "ongoing", ID: "berjalan", EN: "ongoing", Aliases: []string{"in progress", "sedang berjalan", "running"}},
	Completed: {Code: "completed", ID: "selesai", EN: "completed", Aliases: []string{"done", "complete"}},
	Postponed: {Code: "postponed", ID: "ditunda", EN: "postponed", Aliases: []string{"deferred"}},
	Cancelled: {Code: "cancelled", ID: "dibatalkan", EN: "cancelled", Aliases: []string{"batal", "canceled", "dropped"}},
})

// String returns the stable code.
func (s Status) String() string { return statuses.String(s) }

// isValid reports whether s is a declared status.
func (s Status) isValid() bool { return statuses.IsValid(s) }

// Name returns the status's display name in lang, or "" when s is not
// valid.
func (s Status) Name(lang smartcity.Lang) string { return statuses.Name(s, lang) }

// MarshalText implements encoding.TextMarshaler with the stable code.
func (s Status) MarshalText() ([]byte, error) { return statuses.MarshalText(s) }

// UnmarshalText implements encoding.TextUnmarshaler. It reads a programme
// status: the code ("planned", "ongoing", "completed", "postponed",
// "cancelled") or the Indonesian word ("direncanakan", "berjalan",
// "selesai", "ditunda", "dibatalkan"), ignoring case; "running", "done"
// and "dropped", as monitoring reports say, are accepted too; empty text
// is the zero value.
func (s *Status) UnmarshalText(text []byte) error { return statuses.UnmarshalText(s, text) }
