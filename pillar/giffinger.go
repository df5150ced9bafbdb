package pillar

import (
	"fmt"
	"iter"
	"slices"
	"sync"

	"github.com/kotacerdas/smartcity"
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

const giffingerCount = 6

// giffingerTable names the characteristics; the codes are this library's.
var giffingerTable = [giffingerCount + 1]entry{
	GiffingerEconomy:     {code: "economy", nameEN: "Smart Economy", nameID: "Ekonomi Cerdas"},
	GiffingerPeople:      {code: "people", nameEN: "Smart People", nameID: "Masyarakat Cerdas"},
	GiffingerGovernance:  {code: "governance", nameEN: "Smart Governance", nameID: "Tata Kelola Cerdas"},
	GiffingerMobility:    {code: "mobility", nameEN: "Smart Mobility", nameID: "Mobilitas Cerdas"},
	GiffingerEnvironment: {code: "environment", nameEN: "Smart Environment", nameID: "Lingkungan Cerdas"},
	GiffingerLiving:      {code: "living", nameEN: "Smart Living", nameID: "Kehidupan Cerdas"},
}

var giffingerAliases = [...]alias[GiffingerCharacteristic]{
	{"competitiveness", GiffingerEconomy},
	{"ekonomi", GiffingerEconomy},
	{"social and human capital", GiffingerPeople},
	{"masyarakat", GiffingerPeople},
	{"society", GiffingerPeople},
	{"participation", GiffingerGovernance},
	{"tata kelola", GiffingerGovernance},
	{"transport and ict", GiffingerMobility},
	{"mobilitas", GiffingerMobility},
	{"natural resources", GiffingerEnvironment},
	{"lingkungan", GiffingerEnvironment},
	{"quality of life", GiffingerLiving},
	{"kualitas hidup", GiffingerLiving},
	{"kehidupan", GiffingerLiving},
}

var giffingerIndex = sync.OnceValue(func() *index[GiffingerCharacteristic] {
	return newIndex("Giffinger characteristic", giffingerTable[:], giffingerAliases[:])
})

// AllGiffinger returns Giffinger's six characteristics in the report's order.
func AllGiffinger() iter.Seq[GiffingerCharacteristic] {
	return func(yield func(GiffingerCharacteristic) bool) {
		for c := GiffingerEconomy; c <= GiffingerLiving; c++ {
			if !yield(c) {
				return
			}
		}
	}
}

// ParseGiffinger returns the characteristic named by s: its code, its
// English name ("Smart People"), its Indonesian name, or the report's
// gloss ("social and human capital"), ignoring case and spacing.
func ParseGiffinger(s string) (GiffingerCharacteristic, error) { return giffingerIndex().parse(s) }

// IsValid reports whether c is one of the six declared characteristics.
func (c GiffingerCharacteristic) IsValid() bool {
	return c >= GiffingerEconomy && c <= GiffingerLiving
}

// String returns the characteristic's stable code ("economy" … "living"),
// "" for the zero value and "GiffingerCharacteristic(n)" otherwise.
func (c GiffingerCharacteristic) String() string {
	switch {
	case c == 0:
		return ""
	case c.IsValid():
		return giffingerTable[c].code
	default:
		return fmt.Sprintf("GiffingerCharacteristic(%d)", uint8(c))
	}
}

// Name returns the characteristic's name in lang (the zero Lang means
// Indonesian), or "" when c is not valid.
func (c GiffingerCharacteristic) Name(lang smartcity.Lang) string {
	if !c.IsValid() {
		return ""
	}
	return giffingerTable[c].name(lang)
}

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
func (c GiffingerCharacteristic) MarshalText() ([]byte, error) {
	if c == 0 {
		return []byte{}, nil
	}
	if !c.IsValid() {
		return nil, fmt.Errorf("pillar: cannot marshal undeclared GiffingerCharacteristic(%d)", uint8(c))
	}
	return []byte(c.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with ParseGiffinger;
// empty text is the zero value.
func (c *GiffingerCharacteristic) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*c = 0
		return nil
	}
	v, err := ParseGiffinger(string(text))
	if err != nil {
		return err
	}
	*c = v
	return nil
}
