package masterplan

import (
	"encoding"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/golden"
)

// enumValue is what every enum of the package provides.
type enumValue interface {
	~uint8
	fmt.Stringer
	IsValid() bool
	Name(smartcity.Lang) string
	encoding.TextMarshaler
}

// checkEnum checks one enum against its codes (codes[v-1] for v ≥ 1): the
// code, validity, parsing in any case, text marshalling both ways, the zero
// value and the first undeclared value.
func checkEnum[T enumValue, PT interface {
	*T
	encoding.TextUnmarshaler
}](t *testing.T, typeName string, parse func(string) (T, error), codes []string) {
	t.Helper()
	for i, code := range codes {
		v := T(i + 1)
		assert.Equal(t, code, v.String())
		assert.True(t, v.IsValid(), code)
		assert.NotEmpty(t, v.Name(smartcity.Indonesian), code)
		assert.NotEmpty(t, v.Name(smartcity.English), code)
		assert.Equal(t, v.Name(smartcity.Indonesian), v.Name(0), "the zero Lang is Indonesian")
		for _, in := range []string{code, strings.ToUpper(code), strings.ToLower(code), "  " + code + " "} {
			got, err := parse(in)
			require.NoError(t, err, in)
			assert.Equal(t, v, got, in)
		}
		text, err := v.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, code, string(text))
		var back T
		require.NoError(t, PT(&back).UnmarshalText(text))
		assert.Equal(t, v, back)
	}
	var zero T
	assert.Equal(t, "", zero.String())
	assert.False(t, zero.IsValid())
	assert.Equal(t, "", zero.Name(smartcity.English))
	text, err := zero.MarshalText()
	require.NoError(t, err)
	assert.Empty(t, text)
	back := T(3)
	require.NoError(t, PT(&back).UnmarshalText(nil))
	assert.Equal(t, zero, back, "empty text is the zero value")

	undeclared := T(len(codes) + 1)
	assert.False(t, undeclared.IsValid())
	assert.Equal(t, fmt.Sprintf("%s(%d)", typeName, len(codes)+1), undeclared.String())
	_, err = undeclared.MarshalText()
	assert.Error(t, err)
	assert.Equal(t, "", undeclared.Name(smartcity.Indonesian))

	for _, bad := range []string{"", "  ", "nonsense", codes[0] + "x"} {
		_, err := parse(bad)
		var pe *smartcity.ParseError
		require.ErrorAs(t, err, &pe, bad)
		assert.Equal(t, bad, pe.Input)
		assert.ErrorAs(t, err, new(*smartcity.ParseError))
		require.Error(t, PT(new(T)).UnmarshalText([]byte(bad+"?")))
	}
}

func TestEnums(t *testing.T) {
	t.Run("RegionKind", func(t *testing.T) {
		checkEnum(t, "RegionKind", ParseRegionKind, []string{"kabupaten", "kota", "provinsi"})
	})
	t.Run("Horizon", func(t *testing.T) {
		checkEnum(t, "Horizon", ParseHorizon, []string{"short", "medium", "long"})
	})
	t.Run("Status", func(t *testing.T) {
		checkEnum(t, "Status", ParseStatus, []string{"planned", "ongoing", "completed", "postponed", "cancelled"})
	})
	t.Run("Source", func(t *testing.T) {
		checkEnum(t, "Source", ParseSource, []string{"APBD", "APBN", "DAK", "Dana Desa", "CSR", "KPBU", "BLUD", "other"})
	})
	t.Run("Direction", func(t *testing.T) {
		checkEnum(t, "Direction", ParseDirection, []string{"up", "down"})
	})
	t.Run("Stage", func(t *testing.T) {
		checkEnum(t, "Stage", ParseStage, []string{"application", "mou", "decrees", "bimtek_1", "bimtek_2", "bimtek_3",
			"bimtek_4", "masterplan", "legalisation", "implementation", "evaluation"})
	})
	t.Run("LegalKind", func(t *testing.T) {
		checkEnum(t, "LegalKind", ParseLegalKind, []string{"Perbup", "Perwal", "Pergub", "Perda"})
	})
	t.Run("BookVolume", func(t *testing.T) {
		checkEnum(t, "BookVolume", ParseBookVolume, []string{"analysis", "masterplan", "summary"})
	})
	t.Run("ReadinessPillar", func(t *testing.T) {
		checkEnum(t, "ReadinessPillar", ParseReadinessPillar, []string{"structure", "infrastructure", "superstructure"})
	})
	t.Run("ReadinessSubItem", func(t *testing.T) {
		checkEnum(t, "ReadinessSubItem", ParseReadinessSubItem, []string{
			"structure.people", "structure.finance", "structure.governance",
			"infrastructure.physical", "infrastructure.digital", "infrastructure.social",
			"superstructure.regulation", "superstructure.institutions", "superstructure.implementation"})
	})
}

func TestEnumAliases(t *testing.T) {
	tests := []struct {
		in   string
		want any
		got  func(string) (any, error)
	}{
		{"dana_desa", DanaDesa, wrap(ParseSource)},
		{"DANA-DESA", DanaDesa, wrap(ParseSource)},
		{"danadesa", DanaDesa, wrap(ParseSource)},
		{"lainnya", OtherSource, wrap(ParseSource)},
		{"apbd", APBD, wrap(ParseSource)},
		{"Kab.", Kabupaten, wrap(ParseRegionKind)},
		{"City", Kota, wrap(ParseRegionKind)},
		{"jangka menengah", Medium, wrap(ParseHorizon)},
		{"Pendek", Short, wrap(ParseHorizon)},
		{"selesai", Completed, wrap(ParseStatus)},
		{"canceled", Cancelled, wrap(ParseStatus)},
		{"turun", Down, wrap(ParseDirection)},
		{"Bimtek II", BimtekII, wrap(ParseStage)},
		{"bimtek-4", BimtekIV, wrap(ParseStage)},
		{"legalisasi", Legalisation, wrap(ParseStage)},
		{"Peraturan Wali Kota", Perwal, wrap(ParseLegalKind)},
		{"perda", Perda, wrap(ParseLegalKind)},
		{"III", BookSummary, wrap(ParseBookVolume)},
		{"Analisis Strategis", BookAnalysis, wrap(ParseBookVolume)},
		{"suprastruktur", Superstructure, wrap(ParseReadinessPillar)},
		{"struktur.sdm", StructurePeople, wrap(ParseReadinessSubItem)},
		{"suprastruktur.tata_laksana", SuperstructureImplementation, wrap(ParseReadinessSubItem)},
		{"Infrastruktur.TIK", InfrastructureDigital, wrap(ParseReadinessSubItem)},
	}
	for _, tt := range tests {
		got, err := tt.got(tt.in)
		require.NoError(t, err, tt.in)
		assert.Equal(t, tt.want, got, tt.in)
	}
}

// TestSpellings lists every spelling the package's enums accept — codes,
// names where they parse, and aliases, folded — in
// testdata/spellings.golden, and checks that the parsers read each to its
// value: a spelling that goes away, or comes to mean another value, shows
// in review.
func TestSpellings(t *testing.T) {
	var b strings.Builder
	add := func(list string, err error) {
		require.NoError(t, err)
		b.WriteString(list)
	}
	add(regionKinds.Listing(ParseRegionKind))
	add(horizons.Listing(ParseHorizon))
	add(statuses.Listing(ParseStatus))
	add(sources.Listing(ParseSource))
	add(directions.Listing(ParseDirection))
	add(stages.Listing(ParseStage))
	add(legalKinds.Listing(ParseLegalKind))
	add(bookVolumes.Listing(ParseBookVolume))
	add(readinessPillars.Listing(ParseReadinessPillar))
	add(subItems.Listing(ParseReadinessSubItem))
	add(kpiStates.Listing(ParseKPIState))
	golden.Check(t, filepath.Join("testdata", "spellings.golden"), []byte(b.String()))
}

// TestRefusedSpellings: each enum refuses its spellings with a hyphen or an
// underscore where none stands between two words, as nobody writes a value
// so: "-1" is no book volume and "_bimtek_1" no stage.
func TestRefusedSpellings(t *testing.T) {
	require.NoError(t, regionKinds.Refuses(ParseRegionKind))
	require.NoError(t, horizons.Refuses(ParseHorizon))
	require.NoError(t, statuses.Refuses(ParseStatus))
	require.NoError(t, sources.Refuses(ParseSource))
	require.NoError(t, directions.Refuses(ParseDirection))
	require.NoError(t, stages.Refuses(ParseStage))
	require.NoError(t, legalKinds.Refuses(ParseLegalKind))
	require.NoError(t, bookVolumes.Refuses(ParseBookVolume))
	require.NoError(t, readinessPillars.Refuses(ParseReadinessPillar))
	require.NoError(t, subItems.Refuses(ParseReadinessSubItem))
	require.NoError(t, kpiStates.Refuses(ParseKPIState))
	for _, tt := range []struct {
		parse func(string) (any, error)
		in    string
	}{
		{wrap(ParseBookVolume), "-1"},
		{wrap(ParseStage), "_bimtek_1"},
		{wrap(ParseStage), "bimtek__1"},
		{wrap(ParseRegionKind), "kab.-"},
		{wrap(ParseSource), "-apbd"},
	} {
		_, err := tt.parse(tt.in)
		assert.ErrorAs(t, err, new(*smartcity.ParseError), "%q", tt.in)
	}
}

func wrap[T any](parse func(string) (T, error)) func(string) (any, error) {
	return func(s string) (any, error) { return parse(s) }
}

func TestParseErrorMessage(t *testing.T) {
	_, err := ParseHorizon("soon")
	assert.EqualError(t, err, `unknown horizon "soon" (want short, medium or long)`)
	_, err = ParseHorizon("shrot")
	assert.EqualError(t, err, `unknown horizon "shrot" (did you mean short?)`)
	_, err = ParseSource(" ")
	assert.EqualError(t, err, `empty funding source (want APBD, APBN, DAK, Dana Desa, CSR, KPBU, BLUD or other)`)
	_, err = ParseStatus(strings.Repeat("x", 100))
	assert.Contains(t, err.Error(), strings.Repeat("x", 64)+"…")
	assert.NotContains(t, err.Error(), strings.Repeat("x", 65))
}

func TestNames(t *testing.T) {
	assert.Equal(t, "jangka pendek", Short.Name(smartcity.Indonesian))
	assert.Equal(t, "long term", Long.Name(smartcity.English))
	assert.Equal(t, "Dana Desa", DanaDesa.Name(smartcity.Indonesian))
	assert.Equal(t, "village fund (Dana Desa)", DanaDesa.Name(smartcity.English))
	assert.Equal(t, "tata laksana", SuperstructureImplementation.Name(smartcity.Indonesian))
	assert.Equal(t, "Peraturan Bupati", Perbup.Name(smartcity.Indonesian))
	assert.Equal(t, "Buku III Ringkasan Eksekutif dan Quick Win", BookSummary.Name(smartcity.Indonesian))
	assert.Equal(t, "Kabupaten Rembang", Region{Name: "Rembang", Kind: Kabupaten}.FullName(smartcity.Indonesian))
	assert.Equal(t, "Rembang Regency", Region{Name: "Rembang", Kind: Kabupaten}.FullName(smartcity.English))
	assert.Equal(t, "Semarang City", Region{Name: "Semarang", Kind: Kota}.FullName(smartcity.English))
	assert.Equal(t, "Rembang", Region{Name: "Rembang"}.FullName(smartcity.English))
}

func TestHorizonFor(t *testing.T) {
	tests := []struct {
		years int
		want  Horizon
	}{{-1, 0}, {0, 0}, {1, Short}, {2, Medium}, {5, Medium}, {6, Long}, {10, Long}}
	for _, tt := range tests {
		assert.Equal(t, tt.want, HorizonFor(tt.years), tt.years)
	}
}

func TestReadinessStructure(t *testing.T) {
	var subs []string
	for p := range ReadinessPillars() {
		for s := range p.SubItems() {
			assert.Equal(t, p, s.Pillar())
			subs = append(subs, s.String())
		}
	}
	var all []string
	for s := range ReadinessSubItems() {
		all = append(all, s.String())
	}
	assert.Equal(t, all, subs)
	assert.Len(t, all, 9)
	assert.Equal(t, ReadinessPillar(0), ReadinessSubItem(0).Pillar())
	assert.Equal(t, ReadinessPillar(0), ReadinessSubItem(10).Pillar())
	var none []ReadinessSubItem
	for s := range ReadinessPillar(9).SubItems() {
		none = append(none, s)
	}
	assert.Empty(t, none)
	assert.Equal(t, 2, ReadinessItem{Current: 2, Target: 4}.Gap())
	assert.Equal(t, -1, ReadinessItem{Current: 4, Target: 3}.Gap())
}

func TestStageNumbers(t *testing.T) {
	for n := 0; n <= 10; n++ {
		s, ok := StageNumber(n)
		require.True(t, ok, n)
		assert.Equal(t, n, s.Number())
	}
	_, ok := StageNumber(11)
	assert.False(t, ok)
	_, ok = StageNumber(-1)
	assert.False(t, ok)
	assert.Equal(t, 1, MoU.Number())
	assert.Equal(t, 3, BimtekI.Number())
	assert.Equal(t, 7, Completion.Number())
	assert.Equal(t, 10, YearlyReview.Number())
	assert.Equal(t, -1, Stage(0).Number())
}

func TestLegalKindFitsRegion(t *testing.T) {
	assert.True(t, Perbup.FitsRegion(Kabupaten))
	assert.False(t, Perbup.FitsRegion(Kota))
	assert.True(t, Perwal.FitsRegion(Kota))
	assert.True(t, Pergub.FitsRegion(Provinsi))
	assert.True(t, Perda.FitsRegion(Kota))
	assert.False(t, Perda.FitsRegion(0))
	assert.False(t, LegalKind(0).FitsRegion(Kota))
	assert.Equal(t, "Perbup 23/2019", LegalBasis{Kind: Perbup, Number: "23", Year: 2019}.Cite())
}

func TestErrorsUnwrap(t *testing.T) {
	var oe *OverflowError
	err := error(&OverflowError{What: "total budget"})
	require.ErrorAs(t, err, &oe)
	assert.ErrorIs(t, err, ErrOverflow)
	assert.EqualError(t, err, "masterplan: total budget overflows int64")
}
