package pillar

import "slices"

// crosswalkRow relates one element to the Giffinger characteristics and the
// ISO 37120 themes that cover the same ground, the closest first.
type crosswalkRow struct {
	giffinger []GiffingerCharacteristic
	iso       []ISOTheme
}

// crosswalkTable is this library's own mapping, not an official one. It was
// drawn up from the content of each element against Giffinger's factors and
// ISO 37120's themes; the notes give the factor or reason behind each link.
// Every characteristic and every theme is reached by at least one element.
var crosswalkTable = [elementCount + 1]crosswalkRow{
	// Governance: Giffinger's "public and social services", "transparent
	// governance" and "participation in decision-making"; ISO's governance.
	// Digital public services rest on telecommunication; bureaucracy
	// includes the region's own finances.
	PublicService: {[]GiffingerCharacteristic{GiffingerGovernance}, []ISOTheme{ISOGovernance, ISOTelecom}},
	Bureaucracy:   {[]GiffingerCharacteristic{GiffingerGovernance}, []ISOTheme{ISOGovernance, ISOFinance}},
	PublicPolicy:  {[]GiffingerCharacteristic{GiffingerGovernance}, []ISOTheme{ISOGovernance}},

	// Branding: Giffinger's "image and trademarks" and "entrepreneurship"
	// (Economy), "touristic attractivity" and "cultural facilities"
	// (Living), "attractivity of natural conditions" (Environment).
	TourismBranding:  {[]GiffingerCharacteristic{GiffingerLiving, GiffingerEconomy}, []ISOTheme{ISORecreation, ISOSportCulture, ISOEconomy}},
	BusinessBranding: {[]GiffingerCharacteristic{GiffingerEconomy}, []ISOTheme{ISOEconomy}},
	CityAppearance:   {[]GiffingerCharacteristic{GiffingerLiving, GiffingerEnvironment}, []ISOTheme{ISOUrbanPlanning, ISORecreation}},

	// Economy: Giffinger's "productivity", "flexibility of labour market"
	// and "entrepreneurship"; welfare also touches "social cohesion"
	// (poverty) under Living. The primary sector includes agriculture.
	Industry:              {[]GiffingerCharacteristic{GiffingerEconomy}, []ISOTheme{ISOEconomy, ISOAgriculture}},
	Welfare:               {[]GiffingerCharacteristic{GiffingerEconomy, GiffingerLiving}, []ISOTheme{ISOPopulation, ISOEconomy, ISOHousing}},
	FinancialTransactions: {[]GiffingerCharacteristic{GiffingerEconomy}, []ISOTheme{ISOEconomy, ISOFinance}},

	// Living: "housing quality" and "health conditions" (Living); mobility
	// is a characteristic of its own for Giffinger.
	SpatialHarmony: {[]GiffingerCharacteristic{GiffingerLiving}, []ISOTheme{ISOUrbanPlanning, ISOHousing}},
	Health:         {[]GiffingerCharacteristic{GiffingerLiving}, []ISOTheme{ISOHealth}},
	Mobility:       {[]GiffingerCharacteristic{GiffingerMobility}, []ISOTheme{ISOTransportation}},

	// Society: Giffinger's People ("participation in public life",
	// "affinity to lifelong learning", "level of qualification") and
	// Living's "individual safety".
	Community: {[]GiffingerCharacteristic{GiffingerPeople}, []ISOTheme{ISOPopulation, ISOSportCulture}},
	Learning:  {[]GiffingerCharacteristic{GiffingerPeople}, []ISOTheme{ISOEducation}},
	Security:  {[]GiffingerCharacteristic{GiffingerLiving}, []ISOTheme{ISOSafety}},

	// Environment: "pollution", "environmental protection" and
	// "sustainable resource management".
	EnvironmentalProtection: {[]GiffingerCharacteristic{GiffingerEnvironment}, []ISOTheme{ISOEnvironment, ISOWater}},
	Waste:                   {[]GiffingerCharacteristic{GiffingerEnvironment}, []ISOTheme{ISOSolidWaste, ISOWastewater}},
	Energy:                  {[]GiffingerCharacteristic{GiffingerEnvironment}, []ISOTheme{ISOEnergy}},
}

// Giffinger returns the Giffinger (2007) characteristics that e corresponds
// to, the closest first, or nil when e is not valid. The mapping is this
// library's own reading, not an official crosswalk: use it to line up
// indicators, not to cite.
func (e Element) Giffinger() []GiffingerCharacteristic {
	if !e.IsValid() {
		return nil
	}
	return slices.Clone(crosswalkTable[e].giffinger)
}

// ISOThemes returns the ISO 37120:2018 themes that e corresponds to, the
// closest first, or nil when e is not valid. Like Giffinger, the mapping is
// this library's own.
func (e Element) ISOThemes() []ISOTheme {
	if !e.IsValid() {
		return nil
	}
	return slices.Clone(crosswalkTable[e].iso)
}
