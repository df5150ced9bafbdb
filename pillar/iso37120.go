package pillar

import (
	"iter"
	"slices"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/enum"
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

// isoThemes declares the themes; the codes are this library's, the English
// names the standard's, the Indonesian names this library's translations.
var isoThemes = enum.New[ISOTheme](spec("ISO 37120 theme"), []enum.Row{
	ISOEconomy:   {Code: "economy", ID: "Ekonomi", EN: "Economy"},
	ISOEducation: {Code: "education", ID: "Pendidikan", EN: "Education"},
	ISOEnergy:    {Code: "energy", ID: "Energi", EN: "Energy"},
	ISOEnvironment: {Code: "environment", ID: "Lingkungan dan perubahan iklim", EN: "Environment and climate change",
		Aliases: []string{"environment", "climate change", "lingkungan"}},
	ISOFinance:    {Code: "finance", ID: "Keuangan", EN: "Finance"},
	ISOGovernance: {Code: "governance", ID: "Tata kelola", EN: "Governance"},
	ISOHealth:     {Code: "health", ID: "Kesehatan", EN: "Health"},
	ISOHousing:    {Code: "housing", ID: "Perumahan", EN: "Housing"},
	ISOPopulation: {Code: "population", ID: "Kependudukan dan kondisi sosial", EN: "Population and social conditions",
		Aliases: []string{"population", "social conditions"}},
	ISORecreation: {Code: "recreation", ID: "Rekreasi", EN: "Recreation"},
	ISOSafety:     {Code: "safety", ID: "Keselamatan", EN: "Safety"},
	ISOSolidWaste: {Code: "solid_waste", ID: "Sampah", EN: "Solid waste",
		Aliases: []string{"solid waste", "sampah padat"}},
	ISOSportCulture: {Code: "sport_culture", ID: "Olahraga dan budaya", EN: "Sport and culture",
		Aliases: []string{"sport", "culture"}},
	ISOTelecom: {Code: "telecommunication", ID: "Telekomunikasi", EN: "Telecommunication",
		Aliases: []string{"telecommunications", "telecommunication and innovation"}},
	ISOTransportation: {Code: "transportation", ID: "Transportasi", EN: "Transportation",
		Aliases: []string{"transport"}},
	ISOAgriculture: {
		Code: "agriculture", ID: "Pertanian perkotaan/lokal dan ketahanan pangan", EN: "Urban/local agriculture and food security",
		Aliases: []string{
			"agriculture", "urban agriculture", "local agriculture", "food security",
			"urban local agriculture and food security",
		},
	},
	ISOUrbanPlanning: {Code: "urban_planning", ID: "Perencanaan kota", EN: "Urban planning"},
	ISOWastewater:    {Code: "wastewater", ID: "Air limbah", EN: "Wastewater", Aliases: []string{"limbah cair"}},
	ISOWater:         {Code: "water", ID: "Air", EN: "Water"},
})

// AllISOThemes returns the 19 themes of ISO 37120:2018 in the standard's order.
func AllISOThemes() iter.Seq[ISOTheme] { return isoThemes.All() }

// String returns the theme's stable code ("economy" … "water"), "" for the
// zero value and "ISOTheme(n)" otherwise.
func (t ISOTheme) String() string { return isoThemes.String(t) }

// Name returns the theme's name in lang (the zero Lang means Indonesian),
// or "" when t is not valid.
func (t ISOTheme) Name(lang smartcity.Lang) string { return isoThemes.Name(t, lang) }

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
func (t ISOTheme) MarshalText() ([]byte, error) { return isoThemes.MarshalText(t) }

// UnmarshalText implements encoding.TextUnmarshaler. It reads the code
// ("solid_waste"), the English name ("Solid waste"), the Indonesian name
// or a short form ("climate change", "food security"), ignoring case and
// spacing; empty text is the zero value.
func (t *ISOTheme) UnmarshalText(text []byte) error { return isoThemes.UnmarshalText(t, text) }
