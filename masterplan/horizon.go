package masterplan

import (
	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/enum"
)

// Horizon is a programme's term: short (one year), medium (up to five
// years) or long (beyond five years). The zero value means "unset".
type Horizon uint8

// The programme horizons of the masterplan guidance.
const (
	Short  Horizon = 1 + iota // jangka pendek: one year, code "short"
	Medium                    // jangka menengah: two to five years, code "medium"
	Long                      // jangka panjang: more than five years, code "long"
)

// horizons declares the horizons; the names parse too, as do the
// Indonesian terms without "jangka".
var horizons = enum.New[Horizon](enum.Spec{Kind: "horizon", Names: true, Unknown: parseError}, []enum.Row{
	Short:  {Code: "short", ID: "jangka pendek", EN: "short term", Aliases: []string{"pendek"}},
	Medium: {Code: "medium", ID: "jangka menengah", EN: "medium term", Aliases: []string{"menengah"}},
	Long:   {Code: "long", ID: "jangka panjang", EN: "long term", Aliases: []string{"panjang"}},
})

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
func (h Horizon) String() string { return horizons.String(h) }

// isValid reports whether h is a declared horizon.
func (h Horizon) isValid() bool { return horizons.IsValid(h) }

// Name returns the horizon's display name in lang ("jangka pendek"; in
// English "short term"), or "" when h is not valid.
func (h Horizon) Name(lang smartcity.Lang) string { return horizons.Name(h, lang) }

// MarshalText implements encoding.TextMarshaler with the stable code.
func (h Horizon) MarshalText() ([]byte, error) { return horizons.MarshalText(h) }

// UnmarshalText implements encoding.TextUnmarshaler. It reads a horizon:
// the code ("short", "medium", "long") or the Indonesian term ("jangka
// pendek", "menengah"…), ignoring case; empty text is the zero value.
func (h *Horizon) UnmarshalText(text []byte) error { return horizons.UnmarshalText(h, text) }
