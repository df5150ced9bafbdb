package pillar

import (
	"fmt"
	"iter"
	"slices"
	"sync"

	"github.com/kotacerdas/smartcity"
)

// ISOTheme is one of the 19 themes of ISO 37120:2018, "Sustainable cities and
// communities — Indicators for city services and quality of life" (the same
// themes organise ISO 37122 and ISO 37123). The zero value means "unset";
// the declared values follow the standard's order.
type ISOTheme uint8

// The 19 themes of ISO 37120:2018 in the standard's order.
const (
	ISOEconomy        ISOTheme = 1 + iota // economy
	ISOEducation                          // education
	ISOEnergy                             // energy
	ISOEnvironment                        // environment and climate change
	ISOFinance                            // finance
	ISOGovernance                         // governance
	ISOHealth                             // health
	ISOHousing                            // housing
	ISOPopulation                         // population and social conditions
	ISORecreation                         // recreation
	ISOSafety                             // safety
	ISOSolidWaste                         // solid waste
	ISOSportCulture                       // sport and culture
	ISOTelecom                            // telecommunication
	ISOTransportation                     // transportation
	ISOAgriculture                        // urban/local agriculture and food security
	ISOUrbanPlanning                      // urban planning
	ISOWastewater                         // wastewater
	ISOWater                              // water
)

const isoThemeCount = 19

// isoThemeTable names the themes; the codes are this library's, the English
// names the standard's, the Indonesian names this library's translations.
var isoThemeTable = [isoThemeCount + 1]entry{
	ISOEconomy:        {code: "economy", nameEN: "Economy", nameID: "Ekonomi"},
	ISOEducation:      {code: "education", nameEN: "Education", nameID: "Pendidikan"},
	ISOEnergy:         {code: "energy", nameEN: "Energy", nameID: "Energi"},
	ISOEnvironment:    {code: "environment", nameEN: "Environment and climate change", nameID: "Lingkungan dan perubahan iklim"},
	ISOFinance:        {code: "finance", nameEN: "Finance", nameID: "Keuangan"},
	ISOGovernance:     {code: "governance", nameEN: "Governance", nameID: "Tata kelola"},
	ISOHealth:         {code: "health", nameEN: "Health", nameID: "Kesehatan"},
	ISOHousing:        {code: "housing", nameEN: "Housing", nameID: "Perumahan"},
	ISOPopulation:     {code: "population", nameEN: "Population and social conditions", nameID: "Kependudukan dan kondisi sosial"},
	ISORecreation:     {code: "recreation", nameEN: "Recreation", nameID: "Rekreasi"},
	ISOSafety:         {code: "safety", nameEN: "Safety", nameID: "Keselamatan"},
	ISOSolidWaste:     {code: "solid_waste", nameEN: "Solid waste", nameID: "Sampah"},
	ISOSportCulture:   {code: "sport_culture", nameEN: "Sport and culture", nameID: "Olahraga dan budaya"},
	ISOTelecom:        {code: "telecommunication", nameEN: "Telecommunication", nameID: "Telekomunikasi"},
	ISOTransportation: {code: "transportation", nameEN: "Transportation", nameID: "Transportasi"},
	ISOAgriculture:    {code: "agriculture", nameEN: "Urban/local agriculture and food security", nameID: "Pertanian perkotaan/lokal dan ketahanan pangan"},
	ISOUrbanPlanning:  {code: "urban_planning", nameEN: "Urban planning", nameID: "Perencanaan kota"},
	ISOWastewater:     {code: "wastewater", nameEN: "Wastewater", nameID: "Air limbah"},
	ISOWater:          {code: "water", nameEN: "Water", nameID: "Air"},
}

var isoThemeAliases = [...]alias[ISOTheme]{
	{"environment", ISOEnvironment},
	{"climate change", ISOEnvironment},
	{"lingkungan", ISOEnvironment},
	{"population", ISOPopulation},
	{"social conditions", ISOPopulation},
	{"sport", ISOSportCulture},
	{"culture", ISOSportCulture},
	{"telecommunications", ISOTelecom},
	{"telecommunication and innovation", ISOTelecom},
	{"transport", ISOTransportation},
	{"agriculture", ISOAgriculture},
	{"urban agriculture", ISOAgriculture},
	{"local agriculture", ISOAgriculture},
	{"food security", ISOAgriculture},
	{"urban local agriculture and food security", ISOAgriculture},
	{"limbah cair", ISOWastewater},
	{"solid waste", ISOSolidWaste},
	{"sampah padat", ISOSolidWaste},
}

var isoThemeIndex = sync.OnceValue(func() *index[ISOTheme] {
	return newIndex("ISO 37120 theme", isoThemeTable[:], isoThemeAliases[:])
})

// AllISOThemes returns the 19 themes of ISO 37120:2018 in the standard's order.
func AllISOThemes() iter.Seq[ISOTheme] {
	return func(yield func(ISOTheme) bool) {
		for t := ISOEconomy; t <= ISOWater; t++ {
			if !yield(t) {
				return
			}
		}
	}
}

// ParseISOTheme returns the theme named by s: its code ("solid_waste"), its
// English name ("Solid waste"), its Indonesian name, or a short form
// ("climate change", "food security"), ignoring case and spacing.
func ParseISOTheme(s string) (ISOTheme, error) { return isoThemeIndex().parse(s) }

// IsValid reports whether t is one of the 19 declared themes.
func (t ISOTheme) IsValid() bool { return t >= ISOEconomy && t <= ISOWater }

// String returns the theme's stable code ("economy" … "water"), "" for the
// zero value and "ISOTheme(n)" otherwise.
func (t ISOTheme) String() string {
	switch {
	case t == 0:
		return ""
	case t.IsValid():
		return isoThemeTable[t].code
	default:
		return fmt.Sprintf("ISOTheme(%d)", uint8(t))
	}
}

// Name returns the theme's name in lang (the zero Lang means Indonesian),
// or "" when t is not valid.
func (t ISOTheme) Name(lang smartcity.Lang) string {
	if !t.IsValid() {
		return ""
	}
	return isoThemeTable[t].name(lang)
}

// Elements returns the elements this library maps to t, in the official
// order. See Element.ISOThemes for the nature of the mapping.
func (t ISOTheme) Elements() []Element {
	var out []Element
	for e := range AllElements() {
		if slices.Contains(crosswalkTable[e].iso, t) {
			out = append(out, e)
		}
	}
	return out
}

// MarshalText implements encoding.TextMarshaler with the stable code; the
// zero value is empty text and an undeclared value is an error.
func (t ISOTheme) MarshalText() ([]byte, error) {
	if t == 0 {
		return []byte{}, nil
	}
	if !t.IsValid() {
		return nil, fmt.Errorf("pillar: cannot marshal undeclared ISOTheme(%d)", uint8(t))
	}
	return []byte(t.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with ParseISOTheme;
// empty text is the zero value.
func (t *ISOTheme) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*t = 0
		return nil
	}
	v, err := ParseISOTheme(string(text))
	if err != nil {
		return err
	}
	*t = v
	return nil
}
