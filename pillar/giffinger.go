package pillar

import (
	"slices"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/enum"
)

// GiffingerCharacteristic is one of the six characteristics of Giffinger et
// al. (2007), "Smart cities: ranking of European medium-sized cities" (TU
// Wien), from which the Indonesian pillars descend. The zero value means
// "unset"; the declared values follow the report's order.
type GiffingerCharacteristic uint8

// Giffinger's six characteristics in the report's order.
const (
	GiffingerEconomy     GiffingerCharacteristic = 1 + iota // Smart Economy (competitiveness), code "economy"
	GiffingerPeople                                         // Smart People (social and human capital), code "people"
	GiffingerGovernance                                     // Smart Governance (participation), code "governance"
	GiffingerMobility                                       // Smart Mobility (transport and ICT), code "mobility"
	GiffingerEnvironment                                    // Smart Environment (natural resources), code "environment"
	GiffingerLiving                                         // Smart Living (quality of life), code "living"
)

// giffingers declares the characteristics; the codes are this library's,
// and the report's glosses ("social and human capital") parse as aliases.
var giffingers = enum.New[GiffingerCharacteristic](spec("Giffinger characteristic"), []enum.Row{
	GiffingerEconomy: {Code: "economy", ID: "Ekonomi Cerdas", EN: "Smart Economy",
		Aliases: []string{"competitiveness", "ekonomi"}},
	GiffingerPeople: {Code: "people", ID: "Masyarakat Cerdas", EN: "Smart People",
		Aliases: []string{"social and human capital", "masyarakat", "society"}},
	GiffingerGovernance: {Code: "governance", ID: "Tata Kelola Cerdas", EN: "Smart Governance",
		Aliases: []string{"participation", "tata kelola"}},
	GiffingerMobility: {Code: "mobility", ID: "Mobilitas Cerdas", EN: "Smart Mobility",
		Aliases: []string{"transport and ict", "mobilitas"}},
	GiffingerEnvironment: {Code: "environment", ID: "Lingkungan Cerdas", EN: "Smart Environment",
		Aliases: []string{"natural resources", "lingkungan"}},
	GiffingerLiving: {Code: "living", ID: "Kehidupan Cerdas", EN: "Smart Living",
		Aliases: []string{"quality of life", "kualitas hidup", "kehidupan"}},
})

// String returns the characteristic's stable code ("economy" … "living"),
// "" for the zero value and "GiffingerCharacteristic(n)" otherwise.
func (c GiffingerCharacteristic) String() string { return giffingers.String(c) }

// Name returns the characteristic's name in lang (the zero Lang means
// Indonesian), or "" when c is not valid.
func (c GiffingerCharacteristic) Name(lang smartcity.Lang) string { return giffingers.Name(c, lang) }

// Elements returns the elements this library maps to c, in the official
// order. See Element.Giffinger for the nature of the mapping.
func (c GiffingerCharacteristic) Elements() []Element {
	var out []Element
	for e := range AllElements() {
		if slices.Contains(crosswalkTable[e].giffinger, c) {
			out = append(out, e)
		}
	}
	return out
}

// MarshalText implements encoding.TextMarshaler with the stable code; the
// zero value is empty text and an undeclared value is an error.
func (c GiffingerCharacteristic) MarshalText() ([]byte, error) { return giffingers.MarshalText(c) }

// UnmarshalText implements encoding.TextUnmarshaler. It reads the code,
// the English name ("Smart People"), the Indonesian name or the report's
// gloss ("social and human capital"), ignoring case and spacing; empty
// text is the zero value.
func (c *GiffingerCharacteristic) UnmarshalText(text []byte) error {
	return giffingers.UnmarshalText(c, text)
}
