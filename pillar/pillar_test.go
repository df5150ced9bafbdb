package pillar

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
)

// The catalogue as smartcity.md §1 gives it: codes in the official order,
// with the Indonesian element names.
var wantCatalogue = []struct {
	code     string
	elements []string
	namesID  []string
}{
	{"GOV", []string{"GOV.SVC", "GOV.BUR", "GOV.POL"}, []string{"Pelayanan Publik", "Manajemen Birokrasi", "Efisiensi Kebijakan Publik"}},
	{"BRD", []string{"BRD.TOU", "BRD.BUS", "BRD.APP"}, []string{"Ekosistem Pariwisata", "Ekosistem Bisnis Daerah", "Wajah Kota"}},
	{"ECO", []string{"ECO.IND", "ECO.WEL", "ECO.TRX"}, []string{"Ekosistem Industri", "Kesejahteraan Rakyat", "Ekosistem Transaksi Keuangan"}},
	{"LIV", []string{"LIV.HAR", "LIV.HEA", "LIV.MOB"}, []string{"Harmonisasi Tata Ruang Wilayah", "Kesehatan", "Mobilitas"}},
	{"SOC", []string{"SOC.COM", "SOC.LRN", "SOC.SEC"}, []string{"Interaksi Masyarakat", "Ekosistem Belajar", "Keamanan Masyarakat"}},
	{"ENV", []string{"ENV.PRO", "ENV.WST", "ENV.ENE"}, []string{"Proteksi Lingkungan", "Tata Kelola Sampah dan Limbah", "Tata Kelola Energi"}},
}

func TestCatalogueOrderAndCodes(t *testing.T) {
	pillars := slices.Collect(All())
	require.Len(t, pillars, len(wantCatalogue))
	var allElements []Element
	for i, p := range pillars {
		want := wantCatalogue[i]
		assert.Equal(t, want.code, p.String())
		assert.True(t, p.IsValid())
		els := slices.Collect(p.Elements())
		require.Len(t, els, 3, "pillar %s", p)
		for j, e := range els {
			assert.Equal(t, want.elements[j], e.String())
			assert.Equal(t, want.namesID[j], e.Name(smartcity.Indonesian))
			assert.Equal(t, p, e.Pillar(), "element %s", e)
		}
		allElements = append(allElements, els...)
	}
	assert.Equal(t, slices.Collect(AllElements()), allElements)
	assert.Len(t, allElements, 18)
}

func TestNamedConstants(t *testing.T) {
	tests := []struct {
		e    Element
		code string
		en   string
	}{
		{PublicService, "GOV.SVC", "Public Service"},
		{Bureaucracy, "GOV.BUR", "Bureaucracy Management"},
		{PublicPolicy, "GOV.POL", "Public Policy Efficiency"},
		{TourismBranding, "BRD.TOU", "Tourism Branding"},
		{BusinessBranding, "BRD.BUS", "Business Branding"},
		{CityAppearance, "BRD.APP", "City Appearance"},
		{Industry, "ECO.IND", "Industry"},
		{Welfare, "ECO.WEL", "Welfare"},
		{FinancialTransactions, "ECO.TRX", "Financial Transactions"},
		{SpatialHarmony, "LIV.HAR", "Spatial Harmony"},
		{Health, "LIV.HEA", "Health"},
		{Mobility, "LIV.MOB", "Mobility"},
		{Community, "SOC.COM", "Community"},
		{Learning, "SOC.LRN", "Learning"},
		{Security, "SOC.SEC", "Security"},
		{EnvironmentalProtection, "ENV.PRO", "Environmental Protection"},
		{Waste, "ENV.WST", "Waste Management"},
		{Energy, "ENV.ENE", "Energy Management"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.code, tt.e.String())
		assert.Equal(t, tt.en, tt.e.Name(smartcity.English))
	}
	pillarNames := []struct {
		p      Pillar
		id, en string
	}{
		{Governance, "Tata Kelola Cerdas", "Smart Governance"},
		{Branding, "Pencitraan Daerah Cerdas", "Smart Branding"},
		{Economy, "Ekonomi Cerdas", "Smart Economy"},
		{Living, "Kehidupan Cerdas", "Smart Living"},
		{Society, "Masyarakat Cerdas", "Smart Society"},
		{Environment, "Lingkungan Cerdas", "Smart Environment"},
	}
	for _, tt := range pillarNames {
		assert.Equal(t, tt.id, tt.p.Name(smartcity.Indonesian))
		assert.Equal(t, tt.en, tt.p.Name(smartcity.English))
	}
}

func TestNamesAndDefinitions(t *testing.T) {
	seen := map[string]bool{}
	check := func(what, s string) {
		t.Helper()
		assert.NotEmpty(t, s, what)
		assert.False(t, seen[s], "%s repeats %q", what, s)
		seen[s] = true
	}
	for p := range All() {
		check(p.String()+" name id", p.Name(smartcity.Indonesian))
		check(p.String()+" name en", p.Name(smartcity.English))
		check(p.String()+" definition id", p.Definition(smartcity.Indonesian))
		check(p.String()+" definition en", p.Definition(smartcity.English))
		// The zero Lang means Indonesian.
		assert.Equal(t, p.Name(smartcity.Indonesian), p.Name(0))
		assert.Equal(t, p.Definition(smartcity.Indonesian), p.Definition(0))
	}
	for e := range AllElements() {
		check(e.String()+" definition id", e.Definition(smartcity.Indonesian))
		check(e.String()+" definition en", e.Definition(smartcity.English))
		assert.Equal(t, e.Name(smartcity.Indonesian), e.Name(0))
		assert.Equal(t, e.Definition(smartcity.Indonesian), e.Definition(0))
	}
}

func TestInvalidValues(t *testing.T) {
	assert.Equal(t, "", Pillar(0).String())
	assert.Equal(t, "Pillar(7)", Pillar(7).String())
	assert.Equal(t, "", Element(0).String())
	assert.Equal(t, "Element(19)", Element(19).String())
	for _, p := range []Pillar{0, 7, 255} {
		assert.False(t, p.IsValid())
		assert.Empty(t, p.Name(smartcity.English))
		assert.Empty(t, p.Definition(smartcity.English))
		assert.Empty(t, slices.Collect(p.Elements()))
	}
	for _, e := range []Element{0, 19, 255} {
		assert.False(t, e.IsValid())
		assert.Equal(t, Pillar(0), e.Pillar())
		assert.Empty(t, e.Name(smartcity.English))
		assert.Empty(t, e.Definition(smartcity.Indonesian))
		assert.Nil(t, e.Giffinger())
		assert.Nil(t, e.ISOThemes())
	}
	_, err := Pillar(7).MarshalText()
	require.Error(t, err)
	_, err = Element(19).MarshalText()
	require.Error(t, err)
}

func TestIteratorsStopEarly(t *testing.T) {
	n := 0
	for range All() {
		n++
		if n == 2 {
			break
		}
	}
	assert.Equal(t, 2, n)
	var got []Element
	for e := range Living.Elements() {
		got = append(got, e)
		break
	}
	assert.Equal(t, []Element{SpatialHarmony}, got)
	n = 0
	for range AllElements() {
		n++
		if n == 5 {
			break
		}
	}
	assert.Equal(t, 5, n)
}

func TestJSON(t *testing.T) {
	type doc struct {
		Pillar  Pillar              `json:"pillar"`
		Element Element             `json:"element"`
		Unset   Element             `json:"unset"`
		Budget  map[Element]int64   `json:"budget"`
		Scores  map[Pillar][]string `json:"scores"`
	}
	in := doc{
		Pillar:  Living,
		Element: Mobility,
		Budget:  map[Element]int64{PublicService: 18755371000, Waste: 3300000000},
		Scores:  map[Pillar][]string{Society: {"a"}},
	}
	b, err := json.Marshal(in)
	require.NoError(t, err)
	assert.JSONEq(t, `{"pillar":"LIV","element":"LIV.MOB","unset":"",
		"budget":{"GOV.SVC":18755371000,"ENV.WST":3300000000},"scores":{"SOC":["a"]}}`, string(b))
	var out doc
	require.NoError(t, json.Unmarshal(b, &out))
	assert.Equal(t, in, out)

	// Input may use any spelling Parse accepts; output is always the code.
	require.NoError(t, json.Unmarshal([]byte(`{"pillar":"Smart Living","element":"sarana transportasi"}`), &out))
	assert.Equal(t, Living, out.Pillar)
	assert.Equal(t, Mobility, out.Element)

	err = json.Unmarshal([]byte(`{"element":"GOV.XYZ"}`), &out)
	var pe *smartcity.ParseError
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, "element", pe.Kind)
	assert.Equal(t, "GOV.XYZ", pe.Input)

	_, err = json.Marshal(doc{Pillar: 9})
	require.Error(t, err)
}

func TestUnmarshalTextEmpty(t *testing.T) {
	p, e := Living, Mobility
	require.NoError(t, p.UnmarshalText(nil))
	require.NoError(t, e.UnmarshalText([]byte{}))
	assert.Equal(t, Pillar(0), p)
	assert.Equal(t, Element(0), e)
	b, err := Pillar(0).MarshalText()
	require.NoError(t, err)
	assert.Empty(t, b)
}
