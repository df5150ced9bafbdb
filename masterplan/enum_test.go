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
	isValid() bool
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
		assert.True(t, v.isValid(), code)
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
	assert.False(t, zero.isValid())
	assert.Equal(t, "", zero.Name(smartcity.English))
	text, err := zero.MarshalText()
	require.NoError(t, err)
	assert.Empty(t, text)
	back := T(3)
	require.NoError(t, PT(&back).UnmarshalText(nil))
	assert.Equal(t, zero, back, "empty text is the zero value")

	undeclared := T(len(codes) + 1)
	assert.False(t, undeclared.isValid())
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
		checkEnum(t, "RegionKind", regionKinds.Parse, []string{"kabupaten", "kota", "provinsi"})
	})
	t.Run("Horizon", func(t *testing.T) {
		checkEnum(t, "Horizon", horizons.Parse, []string{"short", "medium", "long"})
	})
	t.Run("Status", func(t *testing.T) {
		checkEnum(t, "Status", statuses.Parse, []string{"planned", "ongoing", "completed", "postponed", "cancelled"})
	})
	t.Run("Source", func(t *testing.T) {
		checkEnum(t, "Source", sources.Parse, []string{"APBD", "APBN", "DAK", "Dana Desa", "CSR", "KPBU", "BLUD", "other"})
	})
	t.Run("Direction", func(t *testing.T) {
		checkEnum(t, "Direction", directions.Parse, []string{"up", "down"})
	})
	t.Run("Stage", func(t *testing.T) {
		checkEnum(t, "Stage", stages.Parse, []string{"application", "mou", "decrees", "bimtek_1", "bimtek_2", "bimtek_3",
			"bimtek_4", "masterplan", "legalisation", "implementation", "evaluation"})
	})
	t.Run("LegalKind", func(t *testing.T) {
		checkEnum(t, "LegalKind", legalKinds.Parse, []string{"Perbup", "Perwal", "Pergub", "Perda"})
	})
	t.Run("BookVolume", func(t *testing.T) {
		checkEnum(t, "BookVolume", bookVolumes.Parse, []string{"analysis", "masterplan", "summary"})
	})
	t.Run("ReadinessPillar", func(t *testing.T) {
		checkEnum(t, "ReadinessPillar", readinessPillars.Parse, []string{"structure", "infrastructure", "superstructure"})
	})
	t.Run("ReadinessSubItem", func(t *testing.T) {
		checkEnum(t, "ReadinessSubItem", subItems.Parse, []string{
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
		{"dana_desa", DanaDesa, wrap(sources.Parse)},
		{"DANA-DESA", DanaDesa, wrap(sources.Parse)},
		{"danadesa", DanaDesa, wrap(sources.Parse)},
		{"lainnya", OtherSource, wrap(sources.Parse)},
		{"apbd", APBD, wrap(sources.Parse)},
		{"Kab.", Kabupaten, wrap(regionKinds.Parse)},
		{"City", Kota, wrap(regionKinds.Parse)},
		{"jangka menengah", Medium, wrap(horizons.Parse)},
		{"Pendek", Short, wrap(horizons.Parse)},
		{"selesai", Completed, wrap(statuses.Parse)},
		{"canceled", Cancelled, wrap(statuses.Parse)},
		{"turun", Down, wrap(directions.Parse)},
		{"Bimtek II", BimtekII, wrap(stages.Parse)},
		{"bimtek-4", BimtekIV, wrap(stages.Parse)},
		{"legalisasi", Legalisation, wrap(stages.Parse)},
		{"Peraturan Wali Kota", Perwal, wrap(legalKinds.Parse)},
		{"perda", Perda, wrap(legalKinds.Parse)},
		{"III", BookSummary, wrap(bookVolumes.Parse)},
		{"Analisis Strategis", BookAnalysis, wrap(bookVolumes.Parse)},
		{"suprastruktur", Superstructure, wrap(readinessPillars.Parse)},
		{"struktur.sdm", StructurePeople, wrap(subItems.Parse)},
		{"suprastruktur.tata_laksana", SuperstructureImplementation, wrap(subItems.Parse)},
		{"Infrastruktur.TIK", InfrastructureDigital, wrap(subItems.Parse)},
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
	add(regionKinds.Listing(regionKinds.Parse))
	add(horizons.Listing(horizons.Parse))
	add(statuses.Listing(statuses.Parse))
	add(sources.Listing(sources.Parse))
	add(directions.Listing(directions.Parse))
	add(stages.Listing(stages.Parse))
	add(legalKinds.Listing(legalKinds.Parse))
	add(bookVolumes.Listing(bookVolumes.Parse))
	add(readinessPillars.Listing(readinessPillars.Parse))
	add(subItems.Listing(subItems.Parse))
	add(kpiStates.Listing(kpiStates.Parse))
	golden.Check(t, filepath.Join("testdata", "spellings.golden"), []byte(b.String()))
}

// TestRefusedSpellings: each enum refuses its spellings with a hyphen or an
// underscore where none stands between two words, as nobody writes a value
// so: "-1" is no book volume and "_bimtek_1" no stage.
func TestRefusedSpellings(t *testing.T) {
	require.NoError(t, regionKinds.Refuses(regionKinds.Parse))
	require.NoError(t, horizons.Refuses(horizons.Parse))
	require.NoError(t, statuses.Refuses(statuses.Parse))
	require.NoError(t, sources.Refuses(sources.Parse))
	require.NoError(t, directions.Refuses(directions.Parse))
	require.NoError(t, stages.Refuses(stages.Parse))
	require.NoError(t, legalKinds.Refuses(legalKinds.Parse))
	require.NoError(t, bookVolumes.Refuses(bookVolumes.Parse))
	require.NoError(t, readinessPillars.Refuses(readinessPillars.Parse))
	require.NoError(t, subItems.Refuses(subItems.Parse))
	require.NoError(t, kpiStates.Refuses(kpiStates.Parse))
	for _, tt := range []struct {
		parse func(string) (any, error)
		in    string
	}{
		{wrap(bookVolumes.Parse), "-1"},
		{wrap(stages.Parse), "_bimtek_1"},
		{wrap(stages.Parse), "bimtek__1"},
		{wrap(regionKinds.Parse), "kab.-"},
		{wrap(sources.Parse), "-apbd"},
	} {
		_, err := tt.parse(tt.in)
		assert.ErrorAs(t, err, new(*smartcity.ParseError), "%q", tt.in)
	}
}

func wrap[T any](parse func(string) (T, error)) func(string) (any, error) {
	return func(s string) (any, error) { return parse(s) }
}

func TestParseErrorMessage(t *testing.T) {
	_, err := horizons.Parse("soon")
	assert.EqualError(t, err, `unknown horizon "soon" (want short, medium or long)`)
	_, err = horizons.Parse("shrot")
	assert.EqualError(t, err, `unknown horizon "shrot" (did you mean short?)`)
	_, err = sources.Parse(" ")
	assert.EqualError(t, err, `empty funding source (want APBD, APBN, DAK, Dana Desa, CSR, KPBU, BLUD or other)`)
	_, err = statuses.Parse(strings.Repeat("x", 100))
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
			assert.Equal(t, p, s.readinessPillar())
			subs = append(subs, s.String())
		}
	}
	var all []string
	for s := range ReadinessSubItems() {
		all = append(all, s.String())
	}
	assert.Equal(t, all, subs)
	assert.Len(t, all, 9)
	assert.Equal(t, ReadinessPillar(0), ReadinessSubItem(0).readinessPillar())
	assert.Equal(t, ReadinessPillar(0), ReadinessSubItem(10).readinessPillar())
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
		s, ok := stageNumber(n)
		require.True(t, ok, n)
		assert.Equal(t, n, s.Number())
	}
	_, ok := stageNumber(11)
	assert.False(t, ok)
	_, ok = stageNumber(-1)
	assert.False(t, ok)
	assert.Equal(t, 1, MoU.Number())
	assert.Equal(t, 3, BimtekI.Number())
	assert.Equal(t, 7, Completion.Number())
	assert.Equal(t, 10, YearlyReview.Number())
	assert.Equal(t, -1, Stage(0).Number())
}

func TestLegalKindFitsRegion(t *testing.T) {
	assert.True(t, Perbup.fitsRegion(Kabupaten))
	assert.False(t, Perbup.fitsRegion(Kota))
	assert.True(t, Perwal.fitsRegion(Kota))
	assert.True(t, Pergub.fitsRegion(Provinsi))
	assert.True(t, Perda.fitsRegion(Kota))
	assert.False(t, Perda.fitsRegion(0))
	assert.False(t, LegalKind(0).fitsRegion(Kota))
	assert.Equal(t, "Perbup 23/2019", LegalBasis{Kind: Perbup, Number: "23", Year: 2019}.Cite())
}

func TestErrorsUnwrap(t *testing.T) {
	var oe *overflowError
	err := error(overflow("total budget"))
	require.ErrorAs(t, err, &oe)
	assert.ErrorIs(t, err, ErrOverflow)
	assert.EqualError(t, err, "masterplan: total budget overflows int64")
}
