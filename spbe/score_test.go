package spbe

import (
	"errors"
	"os"
	"strconv"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
)

// lv reads a level vector written as one digit per indicator.
func lv(t testing.TB, digits string) Levels {
	t.Helper()
	out := make(Levels, len(digits))
	for i, c := range digits {
		l, err := ParseLevel(string(c))
		require.NoError(t, err)
		out[i] = l
	}
	return out
}

// uniform returns n levels all equal to l.
func uniform(n int, l Level) Levels {
	out := make(Levels, n)
	for i := range out {
		out[i] = l
	}
	return out
}

func TestWorkedExampleAspect(t *testing.T) {
	// Lampiran B.4: aspect 2 with levels 3, 4, 3, 2 on indicators 11–14
	// has the index 3.00.
	fw := Default()
	levels := uniform(47, 1)
	copy(levels[10:14], Levels{3, 4, 3, 2})
	res, err := fw.Score(levels, Options{})
	require.NoError(t, err)
	a2, ok := res.Aspect("A2")
	require.True(t, ok)
	assert.Equal(t, "3.00", a2.String())
	assert.Equal(t, "3/1", a2.Exact())
}

func TestWorkedExampleDomain(t *testing.T) {
	// Lampiran B.4: domain 2 with aspect indices 3.00 (A2), 4.00 (A3) and
	// 3.00 (A4) has the index 3.40 — from the aspects by the regulation's
	// formula, and from levels that give those aspect indices.
	fw := Default()
	d2, err := WeightedMean([]smartcity.Number{smartcity.NewNumber(3, 1), smartcity.NewNumber(4, 1), smartcity.NewNumber(3, 1)}, fw.aspectW[1:4])
	require.NoError(t, err)
	assert.Equal(t, "17/5", d2.Exact())
	assert.Equal(t, "3.40", d2.String())

	levels := uniform(47, 1)
	copy(levels[10:20], Levels{3, 4, 3, 2, 4, 4, 4, 4, 3, 3})
	res, err := fw.Score(levels, Options{})
	require.NoError(t, err)
	for code, want := range map[string]string{"A2": "3.00", "A3": "4.00", "A4": "3.00"} {
		got, ok := res.Aspect(code)
		require.True(t, ok)
		assert.Equal(t, want, got.String(), code)
	}
	got, ok := res.Domain("D2")
	require.True(t, ok)
	assert.Equal(t, 0, got.Cmp(d2), "D2 = %s", got.Exact())
}

func TestWorkedExampleIndex(t *testing.T) {
	// Lampiran B.4: domain indices 3.70, 3.40, 3.00 and 3.20 give the
	// Indeks SPBE 3.282, printed 3.28.
	ds := make([]smartcity.Number, 4)
	for i, s := range []string{"3.70", "3.40", "3.00", "3.20"} {
		var err error
		ds[i], err = smartcity.ParseNumber(s)
		require.NoError(t, err)
	}
	idx, err := WeightedMean(ds, Default().domainW)
	require.NoError(t, err)
	assert.Equal(t, "1641/500", idx.Exact())
	assert.Equal(t, "3.282", idx.Format(3))
	assert.Equal(t, "3.28", idx.String())
	assert.Equal(t, Baik, Default().PredicateOf(idx, Unrounded))
}

// namedRows are the published results worth naming, each with levels
// that reproduce it exactly (found with solve59; see published_test.go).
// The official per-indicator levels are not published; these are one set
// of levels consistent with every published figure.
var namedRows = []struct {
	row    publishedRow
	levels string
	exact  string // the exact index
}{
	{publishedRow{2024, "Pemerintah Kab. Pacitan", [4]string{"4.70", "3.00", "2.09", "3.94"}, "3.50", Baik},
		"55555554443333333333322222222224444444443444444", "6997/2000"}, // 3.4985: shown 3.50, Baik on the unrounded basis
	{publishedRow{2024, "Pemerintah Kab. Luwu", [4]string{"1.20", "2.10", "1.27", "3.75"}, "2.60", Cukup},
		"22111111113222222222222111111114444444333444443", "5197/2000"}, // 2.5985
	{publishedRow{2023, "Pemerintah Kab. Nias Barat", [4]string{"1.00", "1.00", "1.00", "2.75"}, "1.80", Cukup},
		"11111111111111111111111111111112222211111555544", "719/400"}, // 1.7975: Cukup on the rounded basis
	{publishedRow{2024, "Pemerintah Kab. Nias Barat", [4]string{"1.00", "1.10", "1.00", "2.70"}, "1.80", Kurang},
		"11111111112111111111111111111112221111111555554", "719/400"}, // 1.7975: Kurang on the unrounded basis
	{publishedRow{2023, "Pemerintah Kab. Boven Digoel", [4]string{"1.90", "1.60", "1.00", "2.17"}, "1.80", Cukup},
		"22222222212222221111111111111112221111111444333", "3599/2000"}, // 1.7995
	{publishedRow{2023, "Pemerintah Kab. Banyuasin", [4]string{"2.40", "1.70", "1.09", "0.30"}, "1.05", Kurang},
		"33332222222222222111211111111111111100000000000", "2109/2000"}, // 11 unanswered, scored 0
	{publishedRow{2024, "Pemerintah Kab. Wonogiri", [4]string{"5.00", "4.30", "2.73", "4.45"}, "4.20", Memuaskan},
		"55555555555554444444333333332225544444444555554", "21/5"}, // exactly 4.2000
	{publishedRow{2023, "Pemerintah Kab. Rembang", [4]string{"4.50", "3.10", "2.36", "4.14"}, "3.64", SangatBaik},
		"55555444444333333333333322222224444444433555544", "727/200"}, // 3.635, rounded half-up
	{publishedRow{2024, "Pemerintah Kab. Rembang", [4]string{"4.40", "3.70", "2.64", "4.52"}, "3.99", SangatBaik},
		"55554444444444444333333333322225544444444555555", "3987/1000"},
	{publishedRow{2023, "Pemerintah Kab. Sumedang", [4]string{"5.00", "3.60", "2.55", "4.76"}, "4.14", SangatBaik},
		"55555555554444443333333333222225555554444555555", "827/200"},
	{publishedRow{2024, "Pemerintah Kab. Sumedang", [4]string{"5.00", "4.30", "3.91", "4.69"}, "4.51", Memuaskan},
		"55555555555554444444444444444435555554444555554", "901/200"},
}

func TestNamedPublishedRows(t *testing.T) {
	for _, tc := range namedRows {
		t.Run(strconv.Itoa(tc.row.Year)+" "+tc.row.Name, func(t *testing.T) {
			levels := lv(t, tc.levels)
			res := checkPublished(t, tc.row, levels)
			assert.Equal(t, tc.exact, res.Index.Exact())
			// The other basis gives another predikat exactly at the
			// boundary rows the notes of the results name.
			other := Unrounded
			if basisOf(tc.row.Year) == Unrounded {
				other = Rounded
			}
			flips := map[string]Predicate{
				"2024 Pemerintah Kab. Pacitan":      SangatBaik,
				"2024 Pemerintah Kab. Luwu":         Baik,
				"2023 Pemerintah Kab. Nias Barat":   Kurang,
				"2024 Pemerintah Kab. Nias Barat":   Cukup,
				"2023 Pemerintah Kab. Boven Digoel": Kurang,
			}
			want, flipped := flips[strconv.Itoa(tc.row.Year)+" "+tc.row.Name]
			if !flipped {
				want = tc.row.Predicate
			}
			assert.Equal(t, want, res.Framework.PredicateOf(res.Index, other))
		})
	}
}

func TestBanyuasinNeedsUnansweredAsZero(t *testing.T) {
	levels := lv(t, "33332222222222222111211111111111111100000000000")
	_, err := Default().Score(levels, Options{})
	require.ErrorIs(t, err, ErrUnanswered)
	require.ErrorAs(t, err, new(smartcity.Problems))
	var ve smartcity.Problems
	require.ErrorAs(t, err, &ve)
	assert.Len(t, ve, 11)
	assert.Equal(t, "levels[36]", at(ve[0]))

	res, err := Default().Score(levels, Options{Unanswered: UnansweredZero, Basis: Rounded})
	require.NoError(t, err)
	assert.Equal(t, 11, res.Unanswered)
	assert.Equal(t, "0.30", res.Domains[3].String())
	assert.Equal(t, "55/182", res.Domains[3].Exact())
}

func TestScoreExactDomains(t *testing.T) {
	// D3 and D4 do not terminate in decimal: D3 = ΣL(21..31)/11 and
	// D4 = (11·ΣL(32..41) + 12·ΣL(42..47)) / 182.
	res, err := Default().Score(lv(t, "55555444444333333333333322222224444444433555544"), Options{})
	require.NoError(t, err)
	want := []string{"9/2", "31/10", "26/11", "29/7"} // D4 = 754/182
	for d, w := range want {
		assert.Equal(t, w, res.Domains[d].Exact(), "D%d", d+1)
	}
	assert.Equal(t, int64(36350), res.Numerator())
	// The index is the weighted mean of the domain indices and of the
	// aspect indices, exactly.
	fromDomains, err := WeightedMean(res.Domains, Default().domainW)
	require.NoError(t, err)
	assert.Equal(t, 0, fromDomains.Cmp(res.Index))
	fromAspects, err := WeightedMean(res.Aspects, Default().aspectW)
	require.NoError(t, err)
	assert.Equal(t, 0, fromAspects.Cmp(res.Index))
	for i := range 47 {
		x, ok := res.Indicator(i + 1)
		require.True(t, ok)
		assert.Equal(t, int64(res.Levels[i]), x.Num(), "indicator %d", i+1)
	}
	for _, n := range []int{0, 48} {
		x, ok := res.Indicator(n)
		assert.False(t, ok)
		assert.Equal(t, smartcity.Number{}, x)
	}
}

func TestScoreRejectsBadLevels(t *testing.T) {
	fw := Default()
	tests := []struct {
		name   string
		levels Levels
		opt    Options
		is     error
		fields []string
	}{
		{"too few", uniform(46, 3), Options{}, errLevelCount, []string{"levels"}},
		{"too many", uniform(48, 3), Options{}, errLevelCount, []string{"levels"}},
		{"above 5", func() Levels { l := uniform(47, 3); l[4], l[46] = 6, 9; return l }(), Options{}, ErrLevelRange, []string{"levels[4]", "levels[46]"}},
		{"above 5 even when zero is allowed", func() Levels { l := uniform(47, 0); l[0] = 7; return l }(), Options{Unanswered: UnansweredZero}, ErrLevelRange, []string{"levels[0]"}},
		{"unanswered", func() Levels { l := uniform(47, 3); l[20] = 0; return l }(), Options{}, ErrUnanswered, []string{"levels[20]"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := &Result{}
			err := fw.ScoreInto(res, tc.levels, tc.opt)
			require.ErrorIs(t, err, tc.is)
			var ve smartcity.Problems
			require.ErrorAs(t, err, &ve)
			var fields []string
			for _, p := range ve {
				fields = append(fields, at(p))
			}
			assert.Equal(t, tc.fields, fields)
			assert.Nil(t, res.Framework, "res is left unchanged")
		})
	}
}

func TestScoreExtremes(t *testing.T) {
	for _, fw := range []*Framework{Default(), must(Lookup(PermenPANRB5of2018))} {
		top, err := fw.Score(uniform(fw.NumIndicators(), 5), Options{})
		require.NoError(t, err)
		assert.Equal(t, "5.00", top.Index.String())
		assert.Equal(t, Memuaskan, top.Predicate)
		for _, d := range top.Domains {
			assert.Equal(t, "5/1", d.Exact())
		}
		bottom, err := fw.Score(uniform(fw.NumIndicators(), 1), Options{})
		require.NoError(t, err)
		assert.Equal(t, "1.00", bottom.Index.String())
		assert.Equal(t, Kurang, bottom.Predicate)
	}
	// 5/2018's scale starts at 0: a level 0 is an answer, not unanswered.
	none, err := must(Lookup(PermenPANRB5of2018)).Score(uniform(35, 0), Options{})
	require.NoError(t, err)
	assert.Equal(t, "0.00", none.Index.String())
	assert.Equal(t, 0, none.Unanswered)
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func TestScoreIntoReusesAndDoesNotAllocate(t *testing.T) {
	fw := Default()
	a := lv(t, "55554444444444444333333333322225544444444555555")
	b := lv(t, "55555555555554444444444444444435555554444555554")
	var res Result
	require.NoError(t, fw.ScoreInto(&res, a, Options{}))
	assert.Equal(t, "3.99", res.Index.String())
	require.NoError(t, fw.ScoreInto(&res, b, Options{}))
	assert.Equal(t, "4.51", res.Index.String())
	assert.Equal(t, "5.00", res.Domains[0].String(), "domains are recomputed, not accumulated")
	allocs := testing.AllocsPerRun(100, func() {
		_ = fw.ScoreInto(&res, a, Options{})
	})
	assert.Zero(t, allocs)
	b[0] = 1
	assert.Equal(t, Level(5), res.Levels[0], "the result keeps its own copy of the levels")
}

func TestScoreConcurrentUse(t *testing.T) {
	// The built-ins are shared; scoring them from many goroutines must
	// neither race nor disturb one another.
	want := map[string]string{}
	for _, tc := range namedRows {
		want[tc.levels] = tc.row.Index
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			var res Result
			for range 50 {
				for levels, idx := range want {
					if err := Default().ScoreInto(&res, lv(t, levels), Options{Unanswered: UnansweredZero}); err != nil || res.Index.String() != idx {
						t.Errorf("%s: got %s, %v; want %s", levels, res.Index, err, idx)
						return
					}
				}
			}
		})
	}
	wg.Wait()
}

func TestNational5of2018(t *testing.T) {
	// The national indices of the 2018 and 2020 evaluations, 1.98 and 2.26,
	// are reachable with 5/2018's weights (17/28/55 %). The national
	// domain averages were not found in a source, so these profiles are
	// constructed: low policy, middling governance, services ahead, as the
	// reports describe.
	fw := must(Lookup(PermenPANRB5of2018))
	tests := []struct {
		year    int
		levels  string
		index   string
		exact   string
		domains []string
	}{
		{2018, "22222222222221111" + "2222211" + "33222222222", "1.98", "99/50", []string{"1.76", "1.71", "2.18"}},
		{2020, "22222222222222222" + "2222221" + "33333322222", "2.26", "113/50", []string{"2.00", "1.86", "2.55"}},
	}
	for _, tc := range tests {
		res, err := fw.Score(lv(t, tc.levels), Options{})
		require.NoError(t, err)
		assert.Equal(t, tc.index, res.Index.String(), tc.year)
		assert.Equal(t, tc.exact, res.Index.Exact(), tc.year)
		for d, want := range tc.domains {
			assert.Equal(t, want, res.Domains[d].String(), "%d D%d", tc.year, d+1)
		}
		assert.Equal(t, Cukup, res.Predicate)
		// The index is the domain average weighted 17/28/55.
		idx, err := WeightedMean(res.Domains, []int64{17, 28, 55})
		require.NoError(t, err)
		assert.Equal(t, 0, idx.Cmp(res.Index))
	}
}

func TestTestdataAssessmentsReproducePublished(t *testing.T) {
	files := map[string]publishedRow{
		"testdata/rembang-2023.json":  namedRows[7].row,
		"testdata/rembang-2024.json":  namedRows[8].row,
		"testdata/sumedang-2023.json": namedRows[9].row,
		"testdata/sumedang-2024.json": namedRows[10].row,
	}
	for file, row := range files {
		t.Run(file, func(t *testing.T) {
			f, err := os.Open(file)
			require.NoError(t, err)
			defer f.Close()
			a, err := DecodeAssessment(f, 0)
			require.NoError(t, err)
			assert.Equal(t, row.Name, a.Instansi)
			assert.Equal(t, row.Year, a.Year)
			fw, err := a.ResolveFramework(nil)
			require.NoError(t, err)
			res, err := fw.ScoreAssessment(a, Options{Basis: basisOf(row.Year)})
			require.NoError(t, err)
			checkPublished(t, row, res.Levels)
		})
	}
}

func TestScoreErrorsAreTyped(t *testing.T) {
	_, err := Default().Score(uniform(47, 8), Options{})
	var p smartcity.Problem
	require.True(t, errors.As(err, &p))
	assert.Equal(t, "levels[0]", at(p))
	assert.Contains(t, err.Error(), "levels[0]: level out of range: level 8 of indicator 1 is above 5")
}
