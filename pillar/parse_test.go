package pillar

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/golden"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in   string
		want Pillar
	}{
		{"GOV", Governance},
		{"gov", Governance},
		{"Smart Governance", Governance},
		{"  smart   GOVERNANCE ", Governance},
		{"Governance", Governance},
		{"tata kelola", Governance},
		{"Tata Kelola Cerdas", Governance},
		{"Tata Kelola Pemerintahan", Governance},
		{"BRD", Branding},
		{"Smart Branding", Branding},
		{"branding daerah", Branding},
		{"Pencitraan Daerah Cerdas", Branding},
		{"eco", Economy},
		{"Ekonomi Cerdas", Economy},
		{"smart-economy", Economy},
		{"LIV", Living},
		{"Smart Living", Living},
		{"Kehidupan Cerdas", Living},
		{"kualitas hidup", Living},
		{"Smart Mobility", Living}, // Giffinger's name, mapped
		{"SOC", Society},
		{"Smart Society", Society},
		{"Masyarakat Cerdas", Society},
		{"Smart People", Society}, // Giffinger's name, mapped
		{"ENV", Environment},
		{"Smart Environment", Environment},
		{"Lingkungan Cerdas", Environment},
		{"lingkungan hidup", Environment},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := Parse(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestParseElement(t *testing.T) {
	tests := []struct {
		in   string
		want Element
	}{
		{"GOV.SVC", PublicService},
		{"gov.svc", PublicService},
		{"gov-svc", PublicService},
		{"GOV SVC", PublicService},
		{"Pelayanan Publik", PublicService},
		{"Layanan Publik", PublicService},
		{"public service", PublicService},
		{"Manajemen Birokrasi", Bureaucracy},
		{"Tata Kelola Birokrasi", Bureaucracy},
		{"Efisiensi Kebijakan Publik", PublicPolicy},
		{"Kebijakan Publik", PublicPolicy},
		{"Ekosistem Pariwisata", TourismBranding},
		{"tourism branding", TourismBranding},
		{"Ekosistem Bisnis Daerah", BusinessBranding},
		{"wajah kota", CityAppearance},
		{"City Appearance", CityAppearance},
		{"Ekosistem Industri (primer, sekunder, tersier)", Industry},
		{"Kesejahteraan Rakyat", Welfare},
		{"Ekosistem Transaksi Keuangan", FinancialTransactions},
		{"Harmonisasi Tata Ruang Wilayah", SpatialHarmony},
		{"Building", Mobility},
		{"Smart Building", Mobility},
		{"Kesehatan", Health},
		{"Mobilitas / Sarana Transportasi", Mobility},
		{"Smart Mobility", Mobility},
		{"Interaksi Masyarakat / Komunitas", Community},
		{"komunitas", Community},
		{"Ekosistem Belajar", Learning},
		{"Keamanan Masyarakat", Security},
		{"Proteksi Lingkungan", EnvironmentalProtection},
		{"environmental protection", EnvironmentalProtection},
		{"Tata Kelola Sampah dan Limbah", Waste},
		{"tata kelola sampah & limbah", Waste},
		{"Tata Kelola Energi", Energy},
		{"ENV.ENE", Energy},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseElement(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestSpellings lists every spelling the package's enums accept — codes,
// names and aliases, normalised — in testdata/spellings.golden, checks that
// each reads to its own value, and that each enum refuses its spellings
// with a hyphen or an underscore before the first word or after the last,
// as nobody writes a value so: a spelling that goes away, or comes to mean
// another value, shows in review. No spelling can name two values, as
// enum.New refuses such a table.
func TestSpellings(t *testing.T) {
	golden.Spellings(t, filepath.Join("testdata", "spellings.golden"), pillars, elements, giffingers, isoThemes)
}

// TestRefusedSpellings: the parsers refuse a hyphen or an underscore
// before the first word or after the last, as nobody writes a value so;
// other punctuation they read as spacing.
func TestRefusedSpellings(t *testing.T) {
	for _, s := range []string{"-GOV", "gov_", "_GOV.SVC", "(-gov)"} {
		_, err := Parse(s)
		if err == nil {
			_, err = ParseElement(s)
		}
		assert.ErrorAs(t, err, new(*smartcity.ParseError), "%q", s)
	}
	e, err := ParseElement("(GOV.SVC)")
	require.NoError(t, err)
	assert.Equal(t, PublicService, e)
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name       string
		parse      func(string) error
		in         string
		kind       string
		suggestion string
		msg        string
	}{
		{"pillar typo", parsePillarErr, "Goverance", "pillar", "GOV", `unknown pillar "Goverance" (did you mean GOV?)`},
		{"pillar transposed code", parsePillarErr, "gvo", "pillar", "GOV", `unknown pillar "gvo" (did you mean GOV?)`},
		{"pillar smart typo", parsePillarErr, "Smart Enviroment", "pillar", "ENV", `unknown pillar "Smart Enviroment" (did you mean ENV?)`},
		{"pillar unrelated", parsePillarErr, "xyz", "pillar", "", `unknown pillar "xyz"`},
		{"pillar empty", parsePillarErr, "", "pillar", "", `empty pillar`},
		{"pillar blank", parsePillarErr, " \t", "pillar", "", `empty pillar`},
		{"element code for pillar", parsePillarErr, "GOV.SVC", "pillar", "", `unknown pillar "GOV.SVC"`},
		{"element typo", parseElementErr, "Pelayanan Publk", "element", "GOV.SVC", `unknown element "Pelayanan Publk" (did you mean GOV.SVC?)`},
		{"element code typo", parseElementErr, "LIV.MOV", "element", "LIV.MOB", `unknown element "LIV.MOV" (did you mean LIV.MOB?)`},
		{"element typo in name", parseElementErr, "Tata Kelola Enrgi", "element", "ENV.ENE", `unknown element "Tata Kelola Enrgi" (did you mean ENV.ENE?)`},
		{"element pillar code", parseElementErr, "GOV", "element", "", `unknown element "GOV"`},
		{"element empty", parseElementErr, "", "element", "", `empty element`},
		{"giffinger typo", parseGiffingerErr, "Smart Peopel", "Giffinger characteristic", "people", `unknown Giffinger characteristic "Smart Peopel" (did you mean people?)`},
		{"iso typo", parseISOErr, "wastewatr", "ISO 37120 theme", "wastewater", `unknown ISO 37120 theme "wastewatr" (did you mean wastewater?)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.parse(tt.in)
			require.Error(t, err)
			assert.ErrorAs(t, err, new(*smartcity.ParseError))
			var pe *smartcity.ParseError
			require.ErrorAs(t, err, &pe)
			assert.Equal(t, tt.kind, pe.Kind)
			assert.Equal(t, tt.in, pe.Input)
			assert.Equal(t, tt.suggestion, pe.Near)
			assert.Equal(t, tt.msg, err.Error())
		})
	}
}

func parsePillarErr(s string) error    { _, err := Parse(s); return err }
func parseElementErr(s string) error   { _, err := ParseElement(s); return err }
func parseGiffingerErr(s string) error { _, err := giffingers.Parse(s); return err }
func parseISOErr(s string) error       { _, err := isoThemes.Parse(s); return err }

func TestParseErrorTruncatesLongInput(t *testing.T) {
	long := strings.Repeat("governance ", 30)
	_, err := Parse(long)
	require.Error(t, err)
	var pe *smartcity.ParseError
	require.True(t, errors.As(err, &pe))
	assert.Equal(t, long, pe.Input, "the field keeps the whole input")
	assert.Less(t, len(err.Error()), 120, "the message does not")
}

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"GOV.SVC", "gov svc"},
		{"  Smart   Governance ", "governance"},
		{"Ekonomi Cerdas", "ekonomi"},
		{"Tata Kelola Sampah & Limbah", "tata kelola sampah dan limbah"},
		{"Mobilitas / Sarana Transportasi", "mobilitas sarana transportasi"},
		{"smart", "smart"},
		{"cerdas", "cerdas"},
		{"\xff\xfe", ""},
		{"(GOV.SVC)", "gov svc"},
		{"gov--svc", "gov svc"},
		// A hyphen or underscore stands only between two words.
		{"-GOV", "-gov"},
		{" _GOV.SVC ", "_gov.svc"},
		{"Smart Governance-", "smart governance-"},
		{"(-gov)", "(-gov)"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, normalize(tt.in), "%q", tt.in)
	}
}
