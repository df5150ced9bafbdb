package pillar

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
)

func TestGiffingerCatalogue(t *testing.T) {
	// Giffinger et al. 2007 list six characteristics in this order.
	want := []struct{ code, en string }{
		{"economy", "Smart Economy"},
		{"people", "Smart People"},
		{"governance", "Smart Governance"},
		{"mobility", "Smart Mobility"},
		{"environment", "Smart Environment"},
		{"living", "Smart Living"},
	}
	got := slices.Collect(giffingers.All())
	require.Len(t, got, len(want))
	for i, c := range got {
		assert.Equal(t, want[i].code, c.String())
		assert.Equal(t, want[i].en, c.Name(smartcity.English))
		assert.NotEmpty(t, c.Name(smartcity.Indonesian))
		assert.True(t, giffingers.IsValid(c))
		p, err := giffingers.Parse(want[i].en)
		require.NoError(t, err)
		assert.Equal(t, c, p)
	}
	assert.False(t, giffingers.IsValid(0))
	assert.Equal(t, "GiffingerCharacteristic(7)", GiffingerCharacteristic(7).String())
	assert.Empty(t, GiffingerCharacteristic(7).Name(smartcity.English))
}

func TestISOThemeCatalogue(t *testing.T) {
	// ISO 37120:2018's 19 themes.
	want := []string{
		"Economy", "Education", "Energy", "Environment and climate change", "Finance", "Governance",
		"Health", "Housing", "Population and social conditions", "Recreation", "Safety", "Solid waste",
		"Sport and culture", "Telecommunication", "Transportation",
		"Urban/local agriculture and food security", "Urban planning", "Wastewater", "Water",
	}
	got := slices.Collect(AllISOThemes())
	require.Len(t, got, 19)
	for i, th := range got {
		assert.Equal(t, want[i], th.Name(smartcity.English))
		assert.NotEmpty(t, th.Name(smartcity.Indonesian))
		p, err := isoThemes.Parse(th.String())
		require.NoError(t, err)
		assert.Equal(t, th, p)
		p, err = isoThemes.Parse(want[i])
		require.NoError(t, err)
		assert.Equal(t, th, p)
	}
	assert.Equal(t, "solid_waste", ISOSolidWaste.String())
	assert.Equal(t, "ISOTheme(20)", ISOTheme(20).String())
	assert.Empty(t, ISOTheme(20).Name(smartcity.English))
	for _, in := range []string{"climate change", "food security", "Telecommunication and innovation"} {
		_, err := isoThemes.Parse(in)
		assert.NoError(t, err, in)
	}
}

func TestCrosswalkRows(t *testing.T) {
	tests := []struct {
		e         Element
		giffinger []GiffingerCharacteristic
		iso       []ISOTheme
	}{
		{PublicService, []GiffingerCharacteristic{GiffingerGovernance}, []ISOTheme{ISOGovernance, ISOTelecom}},
		{Mobility, []GiffingerCharacteristic{GiffingerMobility}, []ISOTheme{ISOTransportation}},
		{Health, []GiffingerCharacteristic{GiffingerLiving}, []ISOTheme{ISOHealth}},
		{Learning, []GiffingerCharacteristic{GiffingerPeople}, []ISOTheme{ISOEducation}},
		{Security, []GiffingerCharacteristic{GiffingerLiving}, []ISOTheme{ISOSafety}},
		{Waste, []GiffingerCharacteristic{GiffingerEnvironment}, []ISOTheme{ISOSolidWaste, ISOWastewater}},
		{Energy, []GiffingerCharacteristic{GiffingerEnvironment}, []ISOTheme{ISOEnergy}},
		{TourismBranding, []GiffingerCharacteristic{GiffingerLiving, GiffingerEconomy}, []ISOTheme{ISORecreation, ISOSportCulture, ISOEconomy}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.giffinger, tt.e.Giffinger(), tt.e.String())
		assert.Equal(t, tt.iso, tt.e.ISOThemes(), tt.e.String())
	}
	assert.Equal(t, []Element{Mobility}, GiffingerMobility.Elements())
	assert.Equal(t, []Element{Community, Learning}, GiffingerPeople.Elements())
	assert.Equal(t, []Element{PublicService, Bureaucracy, PublicPolicy}, GiffingerGovernance.Elements())
	assert.Equal(t, []Element{Bureaucracy, FinancialTransactions}, ISOFinance.Elements())
	assert.Equal(t, []Element{Mobility}, ISOTransportation.Elements())
	assert.Nil(t, GiffingerCharacteristic(0).Elements())
	assert.Nil(t, ISOTheme(0).Elements())
}

// The two directions agree, every element has at least one link each way,
// and every characteristic and theme is reached.
func TestCrosswalkComplete(t *testing.T) {
	for e := range AllElements() {
		assert.NotEmpty(t, e.Giffinger(), e.String())
		assert.NotEmpty(t, e.ISOThemes(), e.String())
		for _, c := range e.Giffinger() {
			assert.Contains(t, c.Elements(), e)
		}
		for _, th := range e.ISOThemes() {
			assert.Contains(t, th.Elements(), e)
		}
	}
	for c := range giffingers.All() {
		for _, e := range c.Elements() {
			assert.Contains(t, e.Giffinger(), c)
		}
		assert.NotEmpty(t, c.Elements(), c.String())
	}
	for th := range AllISOThemes() {
		for _, e := range th.Elements() {
			assert.Contains(t, e.ISOThemes(), th)
		}
		assert.NotEmpty(t, th.Elements(), th.String())
	}
}

// The slices handed out are copies: changing one leaves the table alone.
func TestCrosswalkCopies(t *testing.T) {
	g := Mobility.Giffinger()
	g[0] = GiffingerEconomy
	assert.Equal(t, []GiffingerCharacteristic{GiffingerMobility}, Mobility.Giffinger())
	iso := Mobility.ISOThemes()
	iso[0] = ISOWater
	assert.Equal(t, []ISOTheme{ISOTransportation}, Mobility.ISOThemes())
}

func TestCrosswalkJSON(t *testing.T) {
	type row struct {
		Element   Element                   `json:"element"`
		Giffinger []GiffingerCharacteristic `json:"giffinger"`
		ISO       []ISOTheme                `json:"iso"`
	}
	in := row{Waste, Waste.Giffinger(), Waste.ISOThemes()}
	b, err := json.Marshal(in)
	require.NoError(t, err)
	assert.JSONEq(t, `{"element":"ENV.WST","giffinger":["environment"],"iso":["solid_waste","wastewater"]}`, string(b))
	var out row
	require.NoError(t, json.Unmarshal(b, &out))
	assert.Equal(t, in, out)
	_, err = GiffingerCharacteristic(9).MarshalText()
	assert.Error(t, err)
	_, err = ISOTheme(99).MarshalText()
	assert.Error(t, err)
	var c GiffingerCharacteristic = GiffingerLiving
	require.NoError(t, c.UnmarshalText(nil))
	assert.Equal(t, GiffingerCharacteristic(0), c)
	var th ISOTheme = ISOWater
	require.NoError(t, th.UnmarshalText(nil))
	assert.Equal(t, ISOTheme(0), th)
	assert.ErrorAs(t, th.UnmarshalText([]byte("nope")), new(*smartcity.ParseError))
	assert.ErrorAs(t, c.UnmarshalText([]byte("nope")), new(*smartcity.ParseError))
}
