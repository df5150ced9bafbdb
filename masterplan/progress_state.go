package masterplan

import (
	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/enum"
)

// KPIState says where a KPI stands against its target in a year, given
// the KPI's direction. The zero value means "unset".
type KPIState uint8

// The states of a KPI.
const (
	KPINotReported KPIState = 1 + iota // no value reported for the year, code "not_reported"
	KPINoData                          // no target to compare with, or values that cannot be compared, code "no_data"
	KPIRegressed                       // worse than the baseline, code "regressed"
	KPIBelowTarget                     // at or past the baseline but short of the target, code "below_target"
	KPIAchieved                        // exactly on target, code "achieved"
	KPIExceeded                        // past the target, code "exceeded"
)

// kpiStates declares the states; the Indonesian names parse too.
var kpiStates = enum.New[KPIState](enum.Spec{Kind: "KPI state", Names: true, Unknown: parseError}, []enum.Row{
	KPINotReported: {Code: "not_reported", ID: "belum dilaporkan", EN: "not reported"},
	KPINoData:      {Code: "no_data", ID: "tidak ada data", EN: "no data"},
	KPIRegressed:   {Code: "regressed", ID: "memburuk", EN: "regressed"},
	KPIBelowTarget: {Code: "below_target", ID: "di bawah target", EN: "below target"},
	KPIAchieved:    {Code: "achieved", ID: "tercapai", EN: "achieved"},
	KPIExceeded:    {Code: "exceeded", ID: "melampaui target", EN: "exceeded", Aliases: []string{"terlampaui"}},
})

// String returns the stable code.
func (s KPIState) String() string { return kpiStates.String(s) }

// isValid reports whether s is a declared state.
func (s KPIState) isValid() bool { return kpiStates.IsValid(s) }

// Name returns the state's display name in lang, or "" when s is not
// valid.
func (s KPIState) Name(lang smartcity.Lang) string { return kpiStates.Name(s, lang) }

// MarshalText implements encoding.TextMarshaler with the stable code.
func (s KPIState) MarshalText() ([]byte, error) { return kpiStates.MarshalText(s) }

// UnmarshalText implements encoding.TextUnmarshaler. It reads a KPI state
// code ("not_reported", "no_data", "regressed", "below_target",
// "achieved", "exceeded") or its Indonesian name ("tercapai"), ignoring
// case; empty text is the zero value.
func (s *KPIState) UnmarshalText(text []byte) error { return kpiStates.UnmarshalText(s, text) }
