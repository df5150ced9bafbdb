package masterplan

import "github.com/kotacerdas/smartcity"

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

var kpiStateCodes = [...]string{"", "not_reported", "no_data", "regressed", "below_target", "achieved", "exceeded"}

var kpiStateNames = [...][2]string{
	{},
	{"belum dilaporkan", "not reported"},
	{"tidak ada data", "no data"},
	{"memburuk", "regressed"},
	{"di bawah target", "below target"},
	{"tercapai", "achieved"},
	{"melampaui target", "exceeded"},
}

var kpiStateAliases = [...]alias{
	{"belum dilaporkan", 1}, {"tidak ada data", 2}, {"memburuk", 3},
	{"di bawah target", 4}, {"tercapai", 5}, {"melampaui target", 6}, {"terlampaui", 6},
}

// ParseKPIState parses a KPI state code ("not_reported", "no_data",
// "regressed", "below_target", "achieved", "exceeded") or its Indonesian
// name ("tercapai"), ignoring case.
func ParseKPIState(s string) (KPIState, error) {
	return parseEnum[KPIState]("KPI state", s, kpiStateCodes[:], kpiStateAliases[:])
}

// String returns the stable code.
func (s KPIState) String() string { return enumString("KPIState", uint8(s), kpiStateCodes[:]) }

// IsValid reports whether s is a declared state.
func (s KPIState) IsValid() bool { return s >= KPINotReported && s <= KPIExceeded }

// Name returns the state's display name in lang, or "" when s is not
// valid.
func (s KPIState) Name(lang smartcity.Lang) string {
	return enumName(uint8(s), kpiStateNames[:], lang)
}

// MarshalText implements encoding.TextMarshaler with the stable code.
func (s KPIState) MarshalText() ([]byte, error) {
	return marshalEnum("KPIState", uint8(s), kpiStateCodes[:])
}

// UnmarshalText implements encoding.TextUnmarshaler; it accepts what
// ParseKPIState accepts, and empty text is the zero value.
func (s *KPIState) UnmarshalText(text []byte) error {
	return unmarshalEnum(s, "KPI state", text, kpiStateCodes[:], kpiStateAliases[:])
}
