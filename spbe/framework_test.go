package spbe

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/input"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestBuiltin59of2020(t *testing.T) {
	fw := Default()
	assert.Equal(t, PermenPANRB59of2020, fw.ID())
	assert.Equal(t, 47, fw.NumIndicators())
	assert.Equal(t, 8, fw.NumAspects())
	assert.Equal(t, 4, fw.NumDomains())
	assert.Equal(t, []int{2021, 2022, 2023, 2024, 2025}, fw.Years())
	assert.Equal(t, Level(1), fw.MinLevel())
	assert.Equal(t, Level(5), fw.MaxLevel())
	assert.Contains(t, fw.LegalBasis(), "Nomor 59 Tahun 2020")

	// The table of spbe.md: indicators per aspect and the weight of each.
	wantAspects := []struct {
		code, domain string
		first, last  int
		each, total  int64
	}{
		{"A1", "D1", 1, 10, 130, 1300},
		{"A2", "D2", 11, 14, 250, 1000},
		{"A3", "D2", 15, 18, 250, 1000},
		{"A4", "D2", 19, 20, 250, 500},
		{"A5", "D3", 21, 28, 150, 1200},
		{"A6", "D3", 29, 31, 150, 450},
		{"A7", "D4", 32, 41, 275, 2750},
		{"A8", "D4", 42, 47, 300, 1800},
	}
	for a, want := range wantAspects {
		asp := fw.AspectAt(a)
		assert.Equal(t, want.code, asp.Code)
		assert.Equal(t, want.domain, asp.Domain)
		assert.Equal(t, want.total, asp.WeightBP)
		assert.Equal(t, want.domain, fw.DomainAt(fw.domainAt(a)).Code)
		for n := want.first; n <= want.last; n++ {
			pos, ok := fw.Position(n)
			require.True(t, ok)
			assert.Equal(t, n-1, pos)
			ind, ok := fw.Indicator(n)
			require.True(t, ok)
			assert.Equal(t, n, ind.Number)
			assert.Equal(t, want.each, ind.WeightBP, "indicator %d", n)
			assert.Equal(t, want.each, fw.weight[pos], "indicator %d", n)
			assert.Equal(t, a, fw.aspectAt(pos), "indicator %d", n)
			scale := scaleProcess
			if n >= 32 {
				scale = scaleService
			}
			assert.Equal(t, scale, ind.Scale, "indicator %d", n)
			assert.Equal(t, ind, fw.spec.Indicators[pos], "indicator %d", n)
		}
	}
	assert.Equal(t, []int64{1300, 2500, 1650, 4550}, fw.domainW)
	var total int64
	for _, w := range fw.weight {
		total += w
	}
	assert.Equal(t, WeightTotal, total)
	assert.Equal(t, "Kebijakan Internal Arsitektur SPBE Instansi Pusat/Pemerintah Daerah", fw.spec.Indicators[0].Name.ID)
	ind, ok := fw.Indicator(43)
	require.True(t, ok)
	assert.Equal(t, "open data", ind.Name.In(smartcity.English), "indicator 43 by its number")
	pos, ok := fw.Position(43)
	require.True(t, ok)
	assert.Equal(t, 42, pos, "indicator 43 at position 42")
	assert.Equal(t, "Layanan SPBE", fw.DomainAt(3).Name.ID)
	assert.Equal(t, "Layanan Publik Berbasis Elektronik", fw.AspectAt(7).Name.ID)
}

func TestBuiltin5of2018(t *testing.T) {
	fw, err := Lookup(PermenPANRB5of2018)
	require.NoError(t, err)
	assert.Equal(t, 35, fw.NumIndicators())
	assert.Equal(t, 7, fw.NumAspects())
	assert.Equal(t, 3, fw.NumDomains())
	assert.Equal(t, Level(0), fw.MinLevel())
	assert.True(t, fw.validLevel(0))
	assert.Equal(t, []int64{1700, 2800, 5500}, fw.domainW)
	assert.Equal(t, []int64{700, 1000, 800, 800, 1200, 3500, 2000}, fw.aspectW)
	for n, want := range map[int]int64{1: 100, 18: 400, 35: 500} {
		ind, ok := fw.Indicator(n)
		require.True(t, ok)
		assert.Equal(t, want, ind.WeightBP, "indicator %d", n)
	}
	ind, ok := fw.Indicator(35)
	require.True(t, ok)
	assert.Equal(t, "Layanan Publik Instansi Pemerintah", ind.Name.ID)
	assert.Contains(t, fw.Note().EN, "Medium confidence")
}

func TestAccessorsOutOfRange(t *testing.T) {
	fw := Default()
	for _, n := range []int{-1, 0, 48} {
		ind, ok := fw.Indicator(n)
		assert.False(t, ok, "indicator %d", n)
		assert.Equal(t, Indicator{}, ind)
		assert.Equal(t, Text{}, fw.LevelName(n, 3), "indicator %d", n)
	}
	assert.Equal(t, Aspect{}, fw.AspectAt(8))
	assert.Equal(t, Domain{}, fw.DomainAt(-1))
	assert.Equal(t, -1, fw.aspectAt(47))
	assert.Equal(t, -1, fw.domainAt(8))
	_, ok := fw.Position(48)
	assert.False(t, ok)
	n := 0
	for range fw.Indicators() {
		n++
	}
	assert.Equal(t, 47, n)
	for i, a := range fw.Aspects() {
		if i == 2 {
			assert.Equal(t, "A3", a.Code)
			break
		}
	}
	for i, d := range fw.Domains() {
		assert.Equal(t, fw.DomainAt(i), d)
	}
}

func TestLookupAndForYear(t *testing.T) {
	_, err := Lookup("indeks-pemerintah-digital-2025")
	require.ErrorIs(t, err, ErrUnknownFramework)
	assert.Contains(t, err.Error(), `"indeks-pemerintah-digital-2025"`)
	for year, want := range map[int]string{
		2018: PermenPANRB5of2018, 2020: PermenPANRB5of2018, 2021: PermenPANRB59of2020, 2024: PermenPANRB59of2020,
		2025: PermenPANRB59of2020, 2026: PermenPANRB8of2026, 2027: PermenPANRB8of2026, 2999: PermenPANRB8of2026,
	} {
		fw, ok := ForYear(year)
		require.True(t, ok, year)
		assert.Equal(t, want, fw.ID(), year)
	}
	for _, year := range []int{0, 1900, 2017, 3000} {
		_, ok := ForYear(year)
		assert.False(t, ok, year)
	}
	var ids []string
	for fw := range Frameworks() {
		ids = append(ids, fw.ID())
	}
	assert.Equal(t, []string{PermenPANRB8of2026, PermenPANRB59of2020, PermenPANRB5of2018}, ids)
}

func TestBuiltinsAreImmutable(t *testing.T) {
	fw := Default()
	spec := fw.Spec()
	spec.Indicators[0].WeightBP = 9999
	spec.Scales[0].Levels[0].Name.ID = "diubah"
	spec.Years[0] = 1999
	fw.Years()[0] = 1999
	fw.Bands()[0].From = "9"
	ind, _ := Default().Indicator(1)
	assert.Equal(t, int64(130), ind.WeightBP)
	assert.Equal(t, "0", Default().Bands()[0].From)
	assert.Equal(t, "Rintisan", Default().LevelName(1, 1).ID)
	assert.Equal(t, 2021, Default().Years()[0])

	// A framework does not share memory with the spec it was built from.
	spec = Default().Spec()
	built, err := NewFramework(spec)
	require.NoError(t, err)
	spec.Indicators[0].Name.ID = "diubah"
	ind, _ = built.Indicator(1)
	assert.NotEqual(t, "diubah", ind.Name.ID)
}

func TestBuiltinsJSONRoundTrip(t *testing.T) {
	for fw := range Frameworks() {
		t.Run(fw.ID(), func(t *testing.T) {
			data, err := json.Marshal(fw)
			require.NoError(t, err)
			back, err := DecodeFramework(bytes.NewReader(data), 0)
			require.NoError(t, err)
			assert.Equal(t, fw.Spec(), back.Spec())
			assert.Equal(t, fw, back, "the loaded framework is identical, tables included")
			again, err := json.Marshal(back)
			require.NoError(t, err)
			assert.Equal(t, string(data), string(again))
			assert.Contains(t, string(data), fmt.Sprintf(`"weight_bp":%d`, fw.spec.Indicators[0].WeightBP))
			assert.Contains(t, string(data), `"legal_basis":`)
		})
	}
}

// ipd2025 is a hypothetical framework in the shape announced for the
// Indeks Pemerintah Digital: one domain, nine aspects, levels 1–5 with
// level 3 "Terstandarisasi". It loads without a code change.
const ipd2025 = `{
  "id": "ipd-contoh",
  "name": {"id": "Indeks Pemerintah Digital (contoh)", "en": "Digital Government smartcity.Number (example)"},
  "legal_basis": "contoh untuk pengujian",
  "years": [2025],
  "min_level": 1,
  "max_level": 5,
  "bands": [{"predicate": "Kurang", "name": {"id": "Kurang"}, "from": "1"}, {"predicate": "Baik", "name": {"id": "Baik"}, "from": "3"}, {"predicate": "Sangat Baik", "name": {"id": "Sangat Baik"}, "from": "4"}],
  "scales": [{"code": "ipd", "name": {"id": "Tingkat"}, "levels": [
    {"level": 1, "name": {"id": "Rintisan"}}, {"level": 2, "name": {"id": "Terkelola"}},
    {"level": 3, "name": {"id": "Terstandarisasi"}}, {"level": 4, "name": {"id": "Terpadu"}},
    {"level": 5, "name": {"id": "Optimum"}}]}],
  "domains": [{"code": "D1", "name": {"id": "Pemerintah Digital"}, "weight_bp": 10000}],
  "aspects": [
    {"code": "A1", "name": {"id": "Aspek 1"}, "domain": "D1", "weight_bp": 6000},
    {"code": "A9", "name": {"id": "Kepuasan Pengguna"}, "domain": "D1", "weight_bp": 4000}],
  "indicators": [
    {"number": 1, "name": {"id": "Indikator 1"}, "aspect": "A1", "scale": "ipd", "weight_bp": 2500},
    {"number": 2, "name": {"id": "Indikator 2"}, "aspect": "A1", "scale": "ipd", "weight_bp": 3500},
    {"number": 35, "name": {"id": "Kepuasan"}, "aspect": "A9", "scale": "ipd", "weight_bp": 4000}]
}`

func TestLoadFutureFramework(t *testing.T) {
	fw, err := DecodeFramework(strings.NewReader(ipd2025), 0)
	require.NoError(t, err)
	assert.Equal(t, "ipd-contoh", fw.ID())
	assert.True(t, fw.AppliesTo(2025))
	l, err := fw.parseLevel(35, "terstandarisasi")
	require.NoError(t, err)
	assert.Equal(t, Level(3), l)
	_, err = fw.parseLevel(3, "terstandarisasi")
	require.Error(t, err, "the framework has no indicator 3, whose scale would name the level")
	ind, ok := fw.Indicator(35)
	require.True(t, ok)
	assert.Equal(t, "Kepuasan", ind.Name.ID)
	assert.Equal(t, "Terstandarisasi", fw.LevelName(35, 3).ID)
	_, ok = fw.Indicator(3)
	assert.False(t, ok, "indicator 35 is at position 2, and there is no indicator 3")
	res, err := fw.Score(Levels{4, 3, 5}, Options{})
	require.NoError(t, err)
	// (4×2500 + 3×3500 + 5×4000) / 10000 = 4.05
	assert.Equal(t, "81/20", res.Index.Exact())
	assert.Equal(t, SangatBaik, res.Predicate)
	assert.Equal(t, "41/12", res.Aspects[0].Exact())
	pos, ok := fw.Position(35)
	require.True(t, ok)
	assert.Equal(t, 2, pos)
}

func TestDecodeFrameworkReportsEveryProblem(t *testing.T) {
	bad := strings.NewReplacer(
		`"id": "ipd-contoh"`, `"id": "IPD 2025"`,
		`"years": [2025]`, `"years": [2025, 2025, 20]`,
		`"max_level": 5`, `"max_level": 12`,
		`"weight_bp": 2500`, `"weight_bp": 2400`,
		`"aspect": "A9"`, `"aspect": "A7"`,
		`"number": 2,`, `"number": 1,`,
		`{"level": 4, "name": {"id": "Terpadu"}}`, `{"level": 3, "name": {"id": "Terpadu"}}`,
	).Replace(ipd2025)
	_, err := DecodeFramework(strings.NewReader(bad), 0)
	var ve smartcity.Problems
	require.ErrorAs(t, err, &ve)
	assert.ErrorAs(t, err, new(smartcity.Problems))
	assert.ErrorIs(t, err, ErrWeights)
	assert.ErrorIs(t, err, ErrDuplicate)
	assert.ErrorIs(t, err, ErrLevelRange)
	fields := map[string]bool{}
	for _, p := range ve {
		fields[at(p)] = true
	}
	for _, f := range []string{
		"id", "years[1]", "years[2]", "max_level", "scales[0].levels[3].level", "scales[0].levels",
		"indicators[1].number", "indicators[2].aspect", "aspects[0].weight_bp", "aspects[1]", "indicators",
	} {
		assert.True(t, fields[f], "no problem at %s in %v", f, err)
	}
	assert.Contains(t, err.Error(), "the weights add up to 99.00%, not 100%")
}

func TestNewFrameworkRules(t *testing.T) {
	base := Default().Spec()
	tests := []struct {
		name  string
		edit  func(s *FrameworkSpec)
		field string
		is    error
	}{
		{"weights not 100%", func(s *FrameworkSpec) {
			for i := 41; i < 47; i++ {
				s.Indicators[i].WeightBP = 350 // the reports' typo
			}
		}, "indicators", ErrWeights},
		{"aspect weight", func(s *FrameworkSpec) { s.Aspects[0].WeightBP = 1200 }, "aspects[0].weight_bp", ErrWeights},
		{"domain weight", func(s *FrameworkSpec) { s.Domains[3].WeightBP = 4500 }, "domains[3].weight_bp", ErrWeights},
		{"negative weight", func(s *FrameworkSpec) { s.Indicators[3].WeightBP = -130 }, "indicators[3].weight_bp", ErrWeights},
		{"duplicate number", func(s *FrameworkSpec) { s.Indicators[5].Number = 5 }, "indicators[5].number", ErrDuplicate},
		{"duplicate aspect code", func(s *FrameworkSpec) { s.Aspects[1].Code = "A1" }, "aspects[1].code", ErrDuplicate},
		{"duplicate domain code", func(s *FrameworkSpec) { s.Domains[1].Code = "D1" }, "domains[1].code", ErrDuplicate},
		{"duplicate scale", func(s *FrameworkSpec) { s.Scales[1].Code = scaleProcess }, "scales[1].code", ErrDuplicate},
		{"unknown aspect", func(s *FrameworkSpec) { s.Indicators[0].Aspect = "A0" }, "indicators[0].aspect", nil},
		{"unknown domain", func(s *FrameworkSpec) { s.Aspects[0].Domain = "D9" }, "aspects[0].domain", nil},
		{"unknown scale", func(s *FrameworkSpec) { s.Indicators[0].Scale = "proses" }, "indicators[0].scale", nil},
		{"descending numbers", func(s *FrameworkSpec) { s.Indicators[0].Number, s.Indicators[1].Number = 2, 1 }, "indicators[1].number", nil},
		{"min level", func(s *FrameworkSpec) { s.MinLevel = 2 }, "min_level", ErrLevelRange},
		{"max level", func(s *FrameworkSpec) { s.MaxLevel = 1 }, "max_level", ErrLevelRange},
		{"scale gap", func(s *FrameworkSpec) { s.Scales[0].Levels = s.Scales[0].Levels[:4] }, "scales[0].levels", nil},
		{"no indicators", func(s *FrameworkSpec) { s.Indicators = nil }, "indicators", nil},
		{"no name", func(s *FrameworkSpec) { s.Name = Text{} }, "name.id", nil},
		{"no legal basis", func(s *FrameworkSpec) { s.LegalBasis = "" }, "legal_basis", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := base.clone()
			tc.edit(&s)
			_, err := NewFramework(s)
			var ve smartcity.Problems
			require.ErrorAs(t, err, &ve)
			var fields []string
			for _, p := range ve {
				fields = append(fields, at(p))
			}
			assert.Contains(t, fields, tc.field)
			if tc.is != nil {
				assert.ErrorIs(t, err, tc.is)
			}
		})
	}
	_, err := NewFramework(base)
	require.NoError(t, err, "the unedited spec is valid")
}

func TestDecodeFrameworkMalformed(t *testing.T) {
	tests := map[string]string{
		"unknown field": `{"id": "x", "weights": []}`,
		"syntax":        `{"id": "x",`,
		"trailing data": `{"id": "x"} {}`,
		"wrong type":    `{"id": 7}`,
		"empty":         ``,
	}
	for name, in := range tests {
		t.Run(name, func(t *testing.T) {
			_, err := UnmarshalFramework([]byte(in))
			require.ErrorIs(t, err, ErrMalformed)
		})
	}
	_, err := UnmarshalFramework([]byte("{\n  \"id\": \"x\",\n  \"weight\": 1\n}"))
	assert.Contains(t, err.Error(), "line ")
	assert.Contains(t, err.Error(), `unknown field "weight"`)

	_, err = DecodeFramework(strings.NewReader(ipd2025), 100)
	assert.True(t, errors.Is(err, input.ErrTooLarge) && errors.Is(err, ErrMalformed), "%v", err)
}

// LoadFramework reads a file as DecodeFramework reads a reader, and tells
// a file that cannot be opened from one that cannot be read.
func TestLoadFramework(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "ipd.json")
	require.NoError(t, os.WriteFile(path, []byte(ipd2025), 0o600))
	fw, err := LoadFramework(path, 0)
	require.NoError(t, err)
	want, err := UnmarshalFramework([]byte(ipd2025))
	require.NoError(t, err)
	assert.Equal(t, want, fw)

	_, err = LoadFramework(path, 100)
	assert.True(t, errors.Is(err, input.ErrTooLarge) && errors.Is(err, ErrMalformed), "%v", err)

	_, err = LoadFramework(filepath.Join(dir, "none.json"), 0)
	var pathErr *fs.PathError
	require.ErrorAs(t, err, &pathErr)
	assert.ErrorIs(t, err, fs.ErrNotExist)
	assert.NotErrorIs(t, err, ErrMalformed)

	_, err = LoadFramework(dir, 0)
	assert.ErrorIs(t, err, ErrMalformed, "a directory opens but cannot be read")
}
