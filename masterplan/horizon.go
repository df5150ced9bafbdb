package masterplan

import "github.com/kotacerdas/smartcity"

// Horizon is a programme's term: short (one year), medium (up to five
// years) or long (beyond five years). The zero value means "unset".
type Horizon uint8

// The programme horizons of the masterplan guidance.
const (
	Short  Horizon = 1 + iota // jangka pendek: one year, code "short"
	Medium                    // jangka menengah: two to five years, code "medium"
	Long                      // jangka panjang: more than five years, code "long"
)

var horizonCodes = [...]string{"", "short", "medium", "long"}

var horizonNames = [...][2]string{{}, {"jangka pendek", "short term"}, {"jangka menengah", "medium term"}, {"jangka panjang", "long term"}}

var horizonAliases = [...]alias{
	{"pendek", 1}, {"jangka pendek", 1}, {"short term", 1},
	{"menengah", 2}, {"jangka menengah", 2}, {"medium term", 2},
	{"panjang", 3}, {"jangka panjang", 3}, {"long term", 3},
}

// ParseHorizon parses a horizon: the code ("short", "medium", "long") or
// the Indonesian term ("jangka pendek", "menengah"…), ignoring case.
func ParseHorizon(s string) (Horizon, error) {
	return parseEnum[Horizon]("horizon", s, horizonCodes[:], horizonAliases[:])
}

// HorizonFor returns the horizon that a programme of the given number of
// years has: Short for one year, Medium for two to five, Long beyond five.
// It returns the zero Horizon for fewer than one year.
func HorizonFor(years int) Horizon {
	switch {
	case years < 1:
		return 0
	case years == 1:
		return Short
	case years <= 5:
		return Medium
	default:
		return Long
	}
}

// String returns the stable code ("short", "medium", "long").
func (h Horizon) String() string { return enumString("Horizon", uint8(h), horizonCodes[:]) }

// IsValid reports whether h is a declared horizon.
func (h Horizon) IsValid() bool { return h >= Short && h <= Long }

// Name returns the horizon's display name in lang ("jangka pendek"; in
// English "short term"), or "" when h is not valid.
func (h Horizon) Name(lang smartcity.Lang) string { return enumName(uint8(h), horizonNames[:], lang) }

// MarshalText implements encoding.TextMarshaler with the stable code.
func (h Horizon) MarshalText() ([]byte, error) {
	return marshalEnum("Horizon", uint8(h), horizonCodes[:])
}

// UnmarshalText implements encoding.TextUnmarshaler; it accepts what
// ParseHorizon accepts, and empty text is the zero value.
func (h *Horizon) UnmarshalText(text []byte) error {
	return unmarshalEnum(h, "horizon", text, horizonCodes[:], horizonAliases[:])
}
