package spbe

import (
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/memtest"
)

// member makes a cohort member of 59/2020 with the index x and every domain
// at x.
func member(name string, x smartcity.Number) Member {
	return Member{Instansi: name, Index: x, Domains: []smartcity.Number{x, x, x, x}}
}

func TestCohortRanksTiesAndStats(t *testing.T) {
	c, err := NewCohort(Default(), []Member{
		member("C", smartcity.NewNumber(3, 1)),
		member("A", smartcity.NewNumber(4, 1)),
		member("B", smartcity.NewNumber(30000, 10000)), // equal to C in value, not in form
		member("D", smartcity.NewNumber(2, 1)),
	})
	require.NoError(t, err)
	var got []string
	for _, m := range c.Members() {
		got = append(got, m.Instansi)
	}
	assert.Equal(t, []string{"A", "C", "B", "D"}, got, "ties keep their input order")
	assert.Equal(t, []int{1, 2, 2, 4}, []int{c.rankedAt(0).Rank, c.rankedAt(1).Rank, c.rankedAt(2).Rank, c.rankedAt(3).Rank})
	assert.Equal(t, 100.0, c.rankedAt(0).Percentile)
	assert.InDelta(t, 100.0/3, c.rankedAt(1).Percentile, 1e-12)
	assert.InDelta(t, 100.0/3, c.rankedAt(2).Percentile, 1e-12)
	assert.Equal(t, 0.0, c.rankedAt(3).Percentile)
	// R-7 over 2, 3, 3, 4: Q1 at h = 1.75 → 2.75, Q3 at h = 3.25 → 3.25.
	want := Stats{N: 4, Mean: 3, StdDev: math.Sqrt(2.0 / 3), Min: 2, Q1: 2.75, Median: 3, Q3: 3.25, Max: 4}
	assert.InDelta(t, want.StdDev, c.Index.StdDev, 1e-15)
	c.Index.StdDev = want.StdDev
	assert.Equal(t, want, c.Index)
	require.Len(t, c.Domains, 4)
	assert.Equal(t, 2.75, c.Domains[3].Q1)
	assert.Equal(t, 4, c.Len())
	assert.Equal(t, []PredicateCount{{Memuaskan, 0}, {SangatBaik, 1}, {Baik, 2}, {Cukup, 1}, {Kurang, 0}}, c.Predicates)
	assert.Equal(t, 2, c.count(Baik))
	assert.Zero(t, c.count(0))
	m, ok := c.find("B", 0)
	require.True(t, ok)
	assert.Equal(t, 2, m.Rank)
	_, ok = c.find("Z", 0)
	assert.False(t, ok)
}

func TestCohortEmptyAndSingle(t *testing.T) {
	c, err := NewCohort(Default(), nil)
	require.NoError(t, err)
	assert.Equal(t, 0, c.Len())
	assert.Equal(t, Stats{}, c.Index)
	assert.Equal(t, []Stats{{}, {}, {}, {}}, c.Domains)
	assert.Len(t, c.Predicates, 5)
	assert.Zero(t, c.count(Baik))

	c, err = NewCohort(Default(), []Member{member("Kab. Rembang", smartcity.NewNumber(3987, 1000))})
	require.NoError(t, err)
	require.Equal(t, 1, c.Len())
	assert.Equal(t, 1, c.rankedAt(0).Rank)
	assert.Equal(t, 100.0, c.rankedAt(0).Percentile)
	assert.Equal(t, Stats{N: 1, Mean: 3.987, Min: 3.987, Q1: 3.987, Median: 3.987, Q3: 3.987, Max: 3.987}, c.Index)
	assert.Equal(t, 1, c.count(SangatBaik))
}

func TestCohortRejectsBadMembers(t *testing.T) {
	_, err := NewCohort(Default(), []Member{
		{Instansi: "A", Domains: []smartcity.Number{smartcity.NewNumber(1, 1)}},
		{Instansi: "B", Index: smartcity.NewNumber(1, 1), Domains: []smartcity.Number{smartcity.NewNumber(1, 1), {}, smartcity.NewNumber(1, 1), smartcity.NewNumber(1, 1)}, Predicate: 9},
	})
	var ve smartcity.Problems
	require.True(t, errors.As(err, &ve))
	var fields []string
	for _, p := range ve {
		fields = append(fields, at(p))
	}
	assert.Equal(t, []string{"members[0].index", "members[0].domains", "members[1].domains[1]", "members[1].predicate"}, fields)
}

func TestCohortOfTestdata(t *testing.T) {
	var members []Member
	for _, name := range []string{"rembang-2023.json", "rembang-2024.json", "sumedang-2023.json", "sumedang-2024.json"} {
		a, _ := testdataLevels(t, name)
		members = append(members, MemberOf(a.Instansi+" "+name[len(name)-9:len(name)-5], a.Year, scoreTestdata(t, name)))
	}
	c, err := NewCohort(Default(), members)
	require.NoError(t, err)
	var got []string
	for _, m := range c.Members() {
		got = append(got, m.Index.String())
	}
	assert.Equal(t, []string{"4.51", "4.14", "3.99", "3.64"}, got)
	assert.Equal(t, 1, c.count(Memuaskan))
	var sum int64
	for _, m := range members {
		require.Equal(t, WeightTotal, m.Index.Den())
		sum += m.Index.Num()
	}
	assert.InDelta(t, float64(sum)/4/float64(WeightTotal), c.Index.Mean, 1e-12)
	m, ok := c.find("Pemerintah Kab. Rembang 2024", 2024)
	require.True(t, ok)
	assert.Equal(t, 3, m.Rank)
}

// publishedMembers returns the published rows of a year as cohort members,
// with the published (rounded) values standing for the exact ones.
func publishedMembers(t *testing.T, rows []publishedRow, year int, keep func(publishedRow) bool) []Member {
	t.Helper()
	var out []Member
	for _, row := range rows {
		if row.Year != year || !keep(row) {
			continue
		}
		m := Member{Instansi: row.Name, Year: row.Year, Predicate: row.Predicate}
		var err error
		m.Index, err = smartcity.ParseNumber(row.Index)
		require.NoError(t, err)
		for _, d := range row.Domains {
			x, err := smartcity.ParseNumber(d)
			require.NoError(t, err)
			m.Domains = append(m.Domains, x)
		}
		out = append(out, m)
	}
	return out
}

// The published 2024 results as a cohort, checked against figures worked
// out here another way: by counting and sorting the published values.
func TestCohortOfPublishedResults(t *testing.T) {
	rows := readPublished(t)
	fw := Default()
	kabupaten := func(r publishedRow) bool { return strings.HasPrefix(r.Name, "Pemerintah Kab. ") }
	all := func(publishedRow) bool { return true }

	kab, err := NewCohort(fw, publishedMembers(t, rows, 2024, kabupaten))
	require.NoError(t, err)
	require.Equal(t, 392, kab.Len())
	// Sumedang's national rank among the kabupaten: one more than the
	// number with a higher published index.
	above, ties := 0, 0
	for _, r := range rows {
		if r.Year == 2024 && kabupaten(r) {
			switch h := hundredths(t, r.Index); {
			case h > 451:
				above++
			case h == 451:
				ties++
			}
		}
	}
	sumedang, ok := kab.find("Pemerintah Kab. Sumedang", 2024)
	require.True(t, ok)
	assert.Equal(t, above+1, sumedang.Rank)
	assert.Equal(t, 3, sumedang.Rank, "behind Banyuwangi (4.77) and Kediri (4.63)")
	assert.Equal(t, 1, ties)
	rembang, ok := kab.find("Pemerintah Kab. Rembang", 2024)
	require.True(t, ok)
	assert.Equal(t, 28, rembang.Rank)
	assert.Equal(t, 28, kab.rankedAt(28).Rank, "Rembang's 3.99 is shared")

	national, err := NewCohort(fw, publishedMembers(t, rows, 2024, all))
	require.NoError(t, err)
	require.Equal(t, 615, national.Len())
	var hs []int64
	var sum int64
	memuaskan := 0
	for _, r := range rows {
		if r.Year == 2024 {
			h := hundredths(t, r.Index)
			hs = append(hs, h)
			sum += h
			if r.Predicate == Memuaskan {
				memuaskan++
			}
		}
	}
	slices.Sort(hs)
	// 615 values: the median is the 308th, the quartiles the values
	// at h = 154.5 and 461.5.
	assert.Equal(t, float64(hs[307])/100, national.Index.Median)
	assert.Equal(t, 3.14, national.Index.Median)
	assert.InDelta(t, float64(hs[153]+hs[154])/200, national.Index.Q1, 1e-12)
	assert.InDelta(t, float64(hs[460]+hs[461])/200, national.Index.Q3, 1e-12)
	assert.Equal(t, float64(hs[0])/100, national.Index.Min)
	assert.Equal(t, float64(hs[614])/100, national.Index.Max)
	assert.Equal(t, memuaskan, national.count(Memuaskan))
	assert.Equal(t, 48, national.count(Memuaskan))
	// The mean of all 615 published indices is 3.17, not the national
	// index 3.12 of the 2024 report (and 2.82 for 2023, not 2.79): the
	// report's figure is not the plain mean of the published rows.
	assert.InDelta(t, float64(sum)/100/615, national.Index.Mean, 1e-9)
	assert.Equal(t, "3.17", smartcity.NewNumber(sum, 615*100).String())
	y2023, err := NewCohort(fw, publishedMembers(t, rows, 2023, all))
	require.NoError(t, err)
	assert.InDelta(t, 2.8159, y2023.Index.Mean, 1e-4)

	// The 2023 predikat follow from the rounded index: the counts agree
	// when the cohort derives them on that basis.
	var derived []Member
	for _, m := range publishedMembers(t, rows, 2023, all) {
		want := m.Predicate
		m.Predicate = fw.PredicateOf(m.Index, Rounded)
		assert.Equal(t, want, m.Predicate, m.Instansi)
		derived = append(derived, m)
	}
	c2023, err := NewCohort(fw, derived)
	require.NoError(t, err)
	for _, pc := range y2023.Predicates {
		assert.Equal(t, pc.Count, c2023.count(pc.Predicate))
	}
	assert.Equal(t, 24, c2023.count(Memuaskan))
}

// pemdiMember scores levels under the Indeks Pemerintah Digital, every
// indicator at l, as a member of year 2026.
func pemdiMember(t testing.TB, name string, l Level) Member {
	t.Helper()
	res, err := mustPemdi(t).Score(uniform(20, l), Options{})
	require.NoError(t, err)
	return MemberOf(name, 2026, res)
}

// A cohort of the Indeks Pemerintah Digital has no domains, and counts its
// predikat in the Pemdi bands: Memuaskan from 4.00, Baik from 2.50.
func TestCohortPemdi(t *testing.T) {
	fw := mustPemdi(t)
	hand := Member{Instansi: "Kab. Tangan", Year: 2026, Index: smartcity.NewNumber(25, 10)} // made by hand: no framework, no predikat
	members := []Member{pemdiMember(t, "Kab. Tiga", 3), pemdiMember(t, "Kab. Empat", 4), hand}
	assert.Equal(t, PermenPANRB8of2026, members[0].Framework, "MemberOf names the framework")
	assert.Empty(t, members[0].Domains)
	c, err := NewCohort(fw, members)
	require.NoError(t, err)
	assert.Same(t, fw, c.Framework)
	assert.Equal(t, []Stats{}, c.Domains)
	var got []string
	for _, m := range c.Members() {
		got = append(got, m.Instansi+" "+m.Index.String()+" "+m.Predicate.String()+" "+m.Framework)
	}
	assert.Equal(t, []string{
		"Kab. Empat 4.00 Memuaskan permenpanrb-8-2026",
		"Kab. Tiga 3.00 Baik permenpanrb-8-2026",
		"Kab. Tangan 2.50 Baik permenpanrb-8-2026",
	}, got)
	assert.Equal(t, []PredicateCount{{Memuaskan, 1}, {SangatBaik, 0}, {Baik, 2}, {Cukup, 0}, {Kurang, 0}}, c.Predicates)
	assert.Equal(t, Stats{N: 3, Mean: 9.5 / 3, StdDev: c.Index.StdDev, Min: 2.5, Q1: 2.75, Median: 3, Q3: 3.5, Max: 4}, c.Index)
	assert.InDelta(t, 0.7637626158, c.Index.StdDev, 1e-9)

	// The same indices under 59/2020 are Sangat Baik and Cukup: the bands
	// are the cohort framework's.
	spbe59 := []Member{member("Kab. Empat", smartcity.NewNumber(4, 1)), member("Kab. Tangan", smartcity.NewNumber(25, 10))}
	c59, err := NewCohort(Default(), spbe59)
	require.NoError(t, err)
	assert.Equal(t, 1, c59.count(SangatBaik))
	assert.Equal(t, 1, c59.count(Cukup))
	assert.Zero(t, c59.count(Memuaskan))

	data, err := json.Marshal(c)
	require.NoError(t, err)
	var raw map[string]any
	require.NoError(t, json.Unmarshal(data, &raw))
	assert.Equal(t, []any{}, raw["domains"])
	assert.Equal(t, "permenpanrb-8-2026", raw["framework"])
}

// A member of another framework is refused, by name and with both
// frameworks, and only its framework and index are checked.
func TestCohortRefusesOtherFramework(t *testing.T) {
	r2025 := scoreTestdata(t, "rembang-2024.json")
	spbe2025 := MemberOf("Pemerintah Kab. Rembang", 2025, r2025)
	spbe2025.Index = smartcity.Number{}
	_, err := NewCohort(mustPemdi(t), []Member{pemdiMember(t, "Pemerintah Kab. Rembang", 4), spbe2025})
	require.ErrorIs(t, err, ErrFrameworkMismatch)
	var ve smartcity.Problems
	require.ErrorAs(t, err, &ve)
	assert.True(t, strings.HasPrefix(err.Error(), "spbe: invalid cohort of permenpanrb-8-2026: "), err.Error())
	require.Len(t, ve, 2, "its four domains are not held against a framework without domains")
	assert.Equal(t, "members[1].framework", at(ve[0]))
	assert.Equal(t, `framework mismatch: "Pemerintah Kab. Rembang" 2025 is a result of permenpanrb-59-2020, not permenpanrb-8-2026; `+
		"a cohort ranks one framework's indices: group the members by framework", ve[0].Err.Error())
	assert.Equal(t, "members[1].index", at(ve[1]))

	// A member that names the cohort's framework is welcome.
	_, err = NewCohort(Default(), []Member{MemberOf("Pemerintah Kab. Rembang", 2024, r2025)})
	assert.NoError(t, err)
}

// threeBands returns 59/2020 with three predikat bands only, under the
// given id, for the given years (none: all of 59/2020's).
func threeBands(t testing.TB, id string, years ...int) *Framework {
	t.Helper()
	s := Default().Spec()
	s.ID = id
	if years != nil {
		s.Years, s.Methods = years, nil
	}
	s.Bands = []Band{s.Bands[0], s.Bands[2], s.Bands[4]}
	fw, err := NewFramework(s)
	require.NoError(t, err)
	return fw
}

func TestCohortCountsTheFrameworksBands(t *testing.T) {
	fw := threeBands(t, "contoh-tiga-pita", 2030)
	c, err := NewCohort(fw, []Member{member("A", smartcity.NewNumber(43, 10)), member("B", smartcity.NewNumber(3, 1)), member("C", smartcity.NewNumber(1, 1))})
	require.NoError(t, err)
	assert.Equal(t, []PredicateCount{{Memuaskan, 1}, {Baik, 1}, {Kurang, 1}}, c.Predicates)
	assert.Zero(t, c.count(SangatBaik))

	bad := member("D", smartcity.NewNumber(2, 1))
	bad.Predicate = Cukup
	_, err = NewCohort(fw, []Member{bad})
	var ve smartcity.Problems
	require.ErrorAs(t, err, &ve)
	require.Len(t, ve, 1)
	assert.Equal(t, "members[0].predicate", at(ve[0]))
	assert.EqualError(t, ve[0].Err, "Cukup is not a predikat band of contoh-tiga-pita")
}

// A set of 2025 and 2026 results is ranked as one cohort per framework,
// the newest first.
func TestGroupByFramework(t *testing.T) {
	r24 := scoreTestdata(t, "rembang-2024.json")
	s24 := scoreTestdata(t, "sumedang-2024.json")
	members := []Member{
		MemberOf("Pemerintah Kab. Rembang", 2025, r24),
		pemdiMember(t, "Pemerintah Kab. Rembang", 3),
		MemberOf("Pemerintah Kab. Sumedang", 2025, s24),
		pemdiMember(t, "Pemerintah Kab. Sumedang", 4),
		{Instansi: "Kab. Terbit", Year: 2026, Index: smartcity.NewNumber(35, 10)}, // published, no framework: its year's
		{Instansi: "Kab. Lama", Index: smartcity.NewNumber(2, 1), Domains: []smartcity.Number{smartcity.NewNumber(2, 1), smartcity.NewNumber(2, 1), smartcity.NewNumber(2, 1), smartcity.NewNumber(2, 1)}},
	}
	cs, err := GroupByFramework(members)
	require.NoError(t, err)
	require.Len(t, cs, 2)
	assert.Equal(t, PermenPANRB8of2026, cs[0].Framework.ID())
	assert.Equal(t, PermenPANRB59of2020, cs[1].Framework.ID())
	var got [][]string
	for _, c := range cs {
		var names []string
		for _, m := range c.Members() {
			names = append(names, m.Instansi+" "+m.Index.String()+" "+m.Predicate.String()+" "+m.Framework)
		}
		got = append(got, names)
	}
	assert.Equal(t, [][]string{{
		"Pemerintah Kab. Sumedang 4.00 Memuaskan permenpanrb-8-2026",
		"Kab. Terbit 3.50 Sangat Baik permenpanrb-8-2026",
		"Pemerintah Kab. Rembang 3.00 Baik permenpanrb-8-2026",
	}, {
		"Pemerintah Kab. Sumedang 4.51 Memuaskan permenpanrb-59-2020",
		"Pemerintah Kab. Rembang 3.99 Sangat Baik permenpanrb-59-2020",
		"Kab. Lama 2.00 Cukup permenpanrb-59-2020",
	}}, got)
	assert.Len(t, cs[1].Domains, 4)
	assert.Empty(t, cs[0].Domains)

	// One framework makes one cohort, the same as NewCohort's.
	one, err := GroupByFramework(members[:1])
	require.NoError(t, err)
	require.Len(t, one, 1)
	want, err := NewCohort(Default(), members[:1])
	require.NoError(t, err)
	assert.Equal(t, want, one[0])

	none, err := GroupByFramework(nil)
	require.NoError(t, err)
	assert.Empty(t, none)
}

func TestGroupByFrameworkGivenFrameworks(t *testing.T) {
	custom := threeBands(t, "contoh-tiga-pita", 2019)
	own59 := threeBands(t, PermenPANRB59of2020)
	m := member("A", smartcity.NewNumber(3, 1))
	m.Framework = custom.ID()
	year := member("B", smartcity.NewNumber(3, 1))
	year.Year = 2024
	noYears := threeBands(t, "tanpa-tahun", []int{}...)
	undated := member("C", smartcity.NewNumber(3, 1))
	undated.Framework = noYears.ID()
	cs, err := GroupByFramework([]Member{undated, m, year}, nil, noYears, custom, own59)
	require.NoError(t, err)
	require.Len(t, cs, 3)
	// A framework given with the id of the year's rule stands for it; the
	// one whose last year is the latest comes first, one without years
	// last.
	assert.Same(t, own59, cs[0].Framework)
	assert.Same(t, custom, cs[1].Framework)
	assert.Same(t, noYears, cs[2].Framework)
	assert.Len(t, cs[0].Predicates, 3)
}

func TestGroupByFrameworkProblems(t *testing.T) {
	pemdiWithDomains := pemdiMember(t, "Kab. Salah", 3)
	pemdiWithDomains.Domains = []smartcity.Number{smartcity.NewNumber(3, 1)}
	_, err := GroupByFramework([]Member{
		member("Kab. Baik", smartcity.NewNumber(3, 1)),
		{Instansi: "Kab. Asing", Framework: "permenpanrb-1-1999", Index: smartcity.NewNumber(3, 1)},
		{Instansi: "Kab. Purba", Year: 2010, Index: smartcity.NewNumber(3, 1)},
		pemdiWithDomains,
	})
	var ve smartcity.Problems
	require.ErrorAs(t, err, &ve)
	assert.True(t, strings.HasPrefix(err.Error(), "spbe: invalid cohorts: "), err.Error())
	var fields []string
	for _, p := range ve {
		fields = append(fields, at(p))
	}
	assert.Equal(t, []string{"members[1].framework", "members[2].tahun", "members[3].domains"}, fields)
	assert.ErrorIs(t, err, ErrUnknownFramework)
	assert.ErrorIs(t, err, errNoFramework)
	assert.ErrorContains(t, err, `members[1].framework: unknown framework "permenpanrb-1-1999"`)
	assert.ErrorContains(t, err, "members[2].tahun: no framework for the year: no SPBE or Pemdi evaluation was held in 2010")
	assert.ErrorContains(t, err, "members[3].domains: 1 domain indices for the 0 domains of permenpanrb-8-2026")
}

// A nil framework is Default, as elsewhere; the zero Framework is an
// error, having no indicators.
func TestNewCohortWithoutFramework(t *testing.T) {
	c, err := NewCohort(nil, []Member{member("A", smartcity.NewNumber(3, 1))})
	require.NoError(t, err)
	assert.Same(t, Default(), c.Framework)
	_, err = NewCohort(&Framework{}, nil)
	require.ErrorIs(t, err, errNoIndicators)
	assert.Equal(t, "spbe: kerangka evaluasi tanpa indikator: gunakan Default, Lookup, ForYear atau DecodeFramework", smartcity.ErrorMessage(err, smartcity.Indonesian))
}

// The zero Framework scores and plans nothing and says so, rather than
// give an index of 0.00 Kurang; nil arguments where a value is needed are
// errors, and Assessment.Validate(nil) checks against the framework the
// assessment is scored with.
func TestZeroFrameworkAndNilArguments(t *testing.T) {
	var zero Framework
	_, err := zero.Score(nil, Options{})
	require.ErrorIs(t, err, errNoIndicators)
	_, err = zero.Plan(nil, Target{Index: smartcity.NewNumber(4, 1)}, PlanOptions{})
	require.ErrorIs(t, err, errNoIndicators)
	_, err = zero.ScoreAssessment(&Assessment{}, Options{})
	require.ErrorIs(t, err, errNoIndicators)
	assert.Zero(t, zero.PredicateOf(smartcity.NewNumber(3, 1), Rounded))
	lo, hi := zero.PublishedPredicates(smartcity.NewNumber(3, 1))
	assert.Zero(t, lo+hi)

	_, err = Default().ScoreAssessment(nil, Options{})
	require.ErrorIs(t, err, errNoAssessment)
	require.ErrorIs(t, Default().ScoreInto(nil, Default().NewLevels(), Options{}), errNoResultInto)

	a := &Assessment{Year: 2024, Indicators: []Answer{{Indicator: 99, Level: 3}}}
	ps := a.Validate(nil)
	require.Len(t, ps, 1)
	assert.Equal(t, "unknown_indicator", ps[0].Rule, "checked against 59/2020, the rule of 2024")
	assert.Equal(t, ps, a.Validate(Default()))
	ps = (&Assessment{Framework: "permenpanrb-1-1999"}).Validate(nil)
	require.Len(t, ps, 1)
	assert.Equal(t, "framework", ps[0].Path)
	assert.ErrorIs(t, ps[0], ErrUnknownFramework)
	ps = (&Assessment{Year: 2010}).Validate(nil)
	require.Len(t, ps, 1)
	assert.Equal(t, "tahun", ps[0].Path)
	ps = (&Assessment{}).Validate(&zero)
	require.Len(t, ps, 1)
	assert.Equal(t, "no_indicators", ps[0].Rule)
}

// referenceCohort ranks members as a plain list of Ranked, the way a
// cohort was first computed, for the compact one to be held to: a stable
// sort by exact index, ties sharing the first rank of their run.
func referenceCohort(fw *Framework, members []Member) (ranked []Ranked, index Stats, domains []Stats, predicates []PredicateCount) {
	n, nd := len(members), fw.NumDomains()
	for _, m := range members {
		if m.Predicate == 0 {
			m.Predicate = fw.PredicateOf(m.Index, Unrounded)
		}
		m.Framework = fw.ID()
		m.Domains = append(make([]smartcity.Number, 0, nd), m.Domains...)
		ranked = append(ranked, Ranked{Member: m})
	}
	slices.SortStableFunc(ranked, func(a, b Ranked) int { return b.Index.Cmp(a.Index) })
	for start := 0; start < n; {
		end := start + 1
		for end < n && ranked[end].Index.Cmp(ranked[start].Index) == 0 {
			end++
		}
		pct := 100.0
		if n > 1 {
			pct = 100 * float64(n-end) / float64(n-1)
		}
		for k := start; k < end; k++ {
			ranked[k].Rank, ranked[k].Percentile = start+1, pct
		}
		start = end
	}
	values := func(at func(Member) smartcity.Number) []float64 {
		v := make([]float64, n)
		for k, m := range members {
			v[k] = at(m).Float64()
		}
		return v
	}
	index = summarise(values(func(m Member) smartcity.Number { return m.Index }))
	domains = make([]Stats, nd)
	for d := range nd {
		domains[d] = summarise(values(func(m Member) smartcity.Number { return m.Domains[d] }))
	}
	for i := len(fw.spec.Bands) - 1; i >= 0; i-- {
		pc := PredicateCount{Predicate: fw.spec.Bands[i].Predicate}
		for _, r := range ranked {
			if r.Predicate == pc.Predicate {
				pc.Count++
			}
		}
		predicates = append(predicates, pc)
	}
	return ranked, index, domains, predicates
}

// randomMembers returns n valid members of fw drawn from rng: names that
// share prefixes or not, with a long one now and then; years from small
// to the limits of int64, indices from 0 to 5 in fractions from small to
// the limits of int64, with denominators shared or not and many ties; a
// predikat given or not.
func randomMembers(rng *rand.Rand, fw *Framework, n int) []Member {
	prefixes := []string{"", "Pemerintah Kab. ", "Pemerintah Kota ", "Łódź ", "Pemerintah Kab. Contoh "}
	index := func() smartcity.Number {
		switch rng.IntN(6) {
		case 0:
			return smartcity.NewNumber(rng.Int64N(50000), WeightTotal)
		case 1:
			return smartcity.NewNumber(rng.Int64N(5)+1, 1)
		case 2:
			return smartcity.NewNumber(rng.Int64N(6)*10000, WeightTotal) // equal in value to case 1
		case 3:
			return smartcity.NewNumber(math.MaxInt64-rng.Int64N(3), math.MaxInt64-rng.Int64N(2))
		case 4:
			den := 1 + rng.Int64N(1<<40)
			return smartcity.NewNumber(rng.Int64N(5*den+1), den)
		}
		return smartcity.NewNumber(rng.Int64N(300), 1300)
	}
	members := make([]Member, n)
	for k := range members {
		m := &members[k]
		m.Instansi = prefixes[rng.IntN(len(prefixes))] + strconv.Itoa(rng.IntN(n+1))
		if rng.IntN(200) == 0 {
			m.Instansi = strings.Repeat("x", nameBlock+rng.IntN(3)-1)
		}
		switch rng.IntN(4) {
		case 0:
			m.Year = 2024
		case 1:
			m.Year = rng.IntN(1 << 20)
		case 2:
			m.Year = math.MinInt64 + rng.IntN(2)
		}
		m.Index = index()
		for range fw.NumDomains() {
			m.Domains = append(m.Domains, index())
		}
		if rng.IntN(2) == 0 {
			m.Predicate = fw.spec.Bands[rng.IntN(len(fw.spec.Bands))].Predicate
		}
	}
	return members
}

// The compact cohort ranks, counts and summarises as a plain list of
// Ranked does, member for member, whatever the indices, years and names.
func TestCohortMatchesReference(t *testing.T) {
	for seed := range uint64(40) {
		rng := rand.New(rand.NewPCG(seed, 2026))
		fw := Default()
		if seed%4 == 3 {
			fw = mustPemdi(t)
		}
		n := []int{0, 1, 2, 17, 300, 3000}[seed%6]
		members := randomMembers(rng, fw, n)
		want, index, domains, predicates := referenceCohort(fw, members)
		c, err := NewCohort(fw, members)
		require.NoError(t, err)
		require.Equal(t, n, c.Len())
		for k, m := range c.Members() {
			require.Equal(t, want[k], m, "seed %d, member %d", seed, k)
			require.Equal(t, m, c.rankedAt(k))
		}
		assert.Equal(t, index, c.Index)
		assert.Equal(t, domains, c.Domains)
		assert.Equal(t, predicates, c.Predicates)
		for range min(n, 20) {
			m := members[rng.IntN(n)]
			for _, year := range []int{0, m.Year} {
				got, ok := c.find(m.Instansi, year)
				require.True(t, ok)
				first := slices.IndexFunc(want, func(r Ranked) bool {
					return r.Instansi == m.Instansi && (year == 0 || r.Year == year)
				})
				assert.Equal(t, want[first], got)
			}
		}
	}
}

// NewCohortSeq copies each member while it is yielded: one Member whose
// Domains are overwritten for every member ranks as Members of their own.
func TestNewCohortSeqCopiesEachMember(t *testing.T) {
	members := randomMembers(rand.New(rand.NewPCG(7, 7)), Default(), 500)
	want, err := NewCohort(Default(), members)
	require.NoError(t, err)
	reused := Member{Domains: make([]smartcity.Number, 4)}
	name := make([]byte, 0, 64)
	got, err := NewCohortSeq(Default(), func(yield func(Member) bool) {
		for _, m := range members {
			name = append(name[:0], m.Instansi...)
			copy(reused.Domains, m.Domains)
			reused.Instansi, reused.Year, reused.Index, reused.Predicate = string(name), m.Year, m.Index, m.Predicate
			if !yield(reused) {
				return
			}
		}
	})
	require.NoError(t, err)
	assert.Equal(t, want, got)

	// A problem is reported by the member's place in the sequence.
	_, err = NewCohortSeq(Default(), slices.Values([]Member{members[0], {Instansi: "A"}}))
	var ve smartcity.Problems
	require.ErrorAs(t, err, &ve)
	assert.Equal(t, "members[1].index", at(ve[0]))
}

// GroupByFrameworkSeq ranks as GroupByFramework does, from a sequence.
func TestGroupByFrameworkSeq(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 3))
	members := append(randomMembers(rng, Default(), 200), randomMembers(rng, mustPemdi(t), 100)...)
	for k := range members {
		members[k].Framework = PermenPANRB59of2020
		if k >= 200 {
			members[k].Framework = PermenPANRB8of2026
		}
	}
	rng.Shuffle(len(members), func(i, j int) { members[i], members[j] = members[j], members[i] })
	want, err := GroupByFramework(members)
	require.NoError(t, err)
	got, err := GroupByFrameworkSeq(slices.Values(members))
	require.NoError(t, err)
	assert.Equal(t, want, got)
	require.Len(t, got, 2)
	assert.Equal(t, 100, got[0].Len())
	assert.Equal(t, 200, got[1].Len())
}

// A cohort is written in JSON as `smartcity spbe cohort --json` prints
// it, addressable or not.
func TestCohortJSON(t *testing.T) {
	c, err := NewCohort(Default(), []Member{member("B", smartcity.NewNumber(3, 1)), member("A", smartcity.NewNumber(4, 1))})
	require.NoError(t, err)
	data, err := json.Marshal(c)
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(string(data), `{"framework":"permenpanrb-59-2020","cohorts":1,"predicate_basis":"unrounded","n":2,`), string(data))
	assert.Contains(t, string(data), `"members":[{"rank":1,"percentile":100,"instansi":"A","tahun":0,"index":"4.00","index_exact":"4/1","index_value":4,"predicate":"Sangat Baik","domains":["4.00","4.00","4.00","4.00"]}`)
	byValue, err := json.Marshal(map[string]Cohort{"c": *c})
	require.NoError(t, err)
	assert.Equal(t, `{"c":`+string(data)+`}`, string(byValue))

	c.Basis = Rounded
	data, err = json.Marshal(c.JSON(smartcity.English))
	require.NoError(t, err)
	assert.Contains(t, string(data), `"predicate_basis":"rounded"`)
	assert.Contains(t, string(data), `{"code":"D1","name":"SPBE internal policy",`)

	empty, err := NewCohort(Default(), nil)
	require.NoError(t, err)
	data, err = json.Marshal(empty)
	require.NoError(t, err)
	assert.Contains(t, string(data), `"members":[]`)
}

// Cohorts are written a member at a time, and each must be what
// json.MarshalIndent writes for the whole of it, "cohorts" aside.
func TestCohortsWriteJSON(t *testing.T) {
	rembang, sumedang := scoreTestdata(t, "rembang-2024.json"), scoreTestdata(t, "sumedang-2024.json")
	members := []Member{
		MemberOf("Kab. <Uji> & \"Łódź\"", 0, rembang), // escaped in JSON
		MemberOf("Pemerintah Kab. Sumedang", 2024, sumedang),
		{Instansi: "Kota Contoh", Year: 2026, Index: smartcity.NewNumber(7, 2)},
	}
	all, err := GroupByFramework(members)
	require.NoError(t, err)
	require.Len(t, all, 2)
	one, err := NewCohort(Default(), members[:1])
	require.NoError(t, err)
	none, err := NewCohort(Default(), nil)
	require.NoError(t, err)
	for _, cs := range []Cohorts{all, {one}, {none}} {
		for _, lang := range []smartcity.Lang{smartcity.Indonesian, smartcity.English} {
			var got bytes.Buffer
			require.NoError(t, cs.WriteJSON(&got, lang))
			var want bytes.Buffer
			for _, c := range cs {
				b, err := json.MarshalIndent(c.JSON(lang), "", "  ")
				require.NoError(t, err)
				b = bytes.Replace(b, []byte(`"cohorts": 1,`), []byte(`"cohorts": `+strconv.Itoa(len(cs))+`,`), 1)
				want.Write(append(b, '\n'))
			}
			assert.Equal(t, want.String(), got.String())
		}
	}
}

func TestNameTable(t *testing.T) {
	long := strings.Repeat("Ł", nameBlock) // longer than a block in bytes
	names := []string{"", "", "Pemerintah Kab. Contoh 1", "Pemerintah Kab. Contoh 11", "Pemerintah Kab. Contoh 1", "Pemerintah Kota X",
		long, "Pemerintah Kab. Contoh 12", long + "!", long, "Łódź", "Ł", ""}
	for k := range 3 * nameBlock / 20 { // over several blocks
		names = append(names, "Pemerintah Kab. Contoh "+strconv.Itoa(k))
	}
	var tab nameTable
	for _, s := range names {
		tab.append(s)
	}
	tab.finish()
	assert.Greater(t, len(tab.blocks), 4)
	for k, want := range names {
		require.Equal(t, want, tab.at(k), "name %d", k)
	}
	assert.Nil(t, tab.open, "no buffer is held once the table is finished")
}

func TestInts(t *testing.T) {
	tests := map[string][]int64{
		"same":     {2024, 2024, 2024},
		"16 bits":  {2024, 2023, -32768, 32767},
		"32 bits":  {7, 7, 40000, -7, math.MinInt32},
		"64 bits":  {1, 1 << 40, -1},
		"at once":  {math.MaxInt64, math.MinInt64, 0},
		"one":      {-5},
		"widening": {0, 1, 1 << 20, 1 << 40, 2},
	}
	for name, values := range tests {
		var c ints
		for _, v := range values {
			c.append(v, 0)
		}
		got := make([]int64, len(values))
		for k := range got {
			got[k] = c.at(k)
		}
		assert.Equal(t, values, got, name)
	}
	var c ints
	for range 1000 {
		c.append(2024, 0)
	}
	assert.Zero(t, c.width(), "a value the same for all takes no room")
}

// A cohort of a national file holds a fraction of the Members it ranks:
// names packed, domain numerators in 16 bits, the ranking as positions.
func TestCohortHoldsLittle(t *testing.T) {
	if memtest.RaceEnabled() {
		t.Skip("the race detector changes what the heap holds")
	}
	const n = 20_000
	members := nationalMembers(t, n)
	var c *Cohort
	held := heldBytes(func() any {
		var err error
		c, err = NewCohort(Default(), members)
		require.NoError(t, err)
		return c
	})
	t.Logf("%.1f bytes a member", float64(held)/n)
	assert.LessOrEqual(t, float64(held)/n, 40.0)
}

// An index no levels give — below 0, above the framework's highest level,
// a numerator at the end of int64 — is refused where it enters a cohort,
// at its path, whether the member was made in code or read from JSON;
// one of more digits than a Number holds does not even read.
func TestNewCohortIndexRange(t *testing.T) {
	fw := Default()
	var members []Member
	require.NoError(t, json.Unmarshal([]byte(`[
		{"instansi": "A", "index": "-1/100", "domains": ["1", "1", "1", "1"]},
		{"instansi": "B", "index": "5.01", "domains": ["1", "1", "1", "1"]},
		{"instansi": "C", "index": "9223372036854775807/1", "domains": ["1", "6", "1", "0"]},
		{"instansi": "D", "index": "5", "domains": ["5", "5", "5", "5"]},
		{"instansi": "E", "index": "0", "domains": ["0", "0", "0", "0"]}
	]`), &members))
	_, err := NewCohort(fw, members)
	var ps smartcity.Problems
	require.ErrorAs(t, err, &ps)
	var got []string
	for _, p := range ps {
		assert.Equal(t, "index_range", p.Rule, p.Path)
		assert.ErrorIs(t, p, errIndexRange)
		got = append(got, p.Message(smartcity.English))
	}
	assert.Equal(t, []string{
		"members[0].index: index out of range: index -0.01 is outside 0–5",
		"members[1].index: index out of range: index 5.01 is outside 0–5",
		"members[2].index: index out of range: index 9223372036854775807.00 is outside 0–5",
		"members[2].domains[1]: index out of range: index 6.00 is outside 0–5",
	}, got)
	assert.Contains(t, smartcity.ErrorMessage(err, smartcity.Indonesian), "members[0].index: indeks di luar rentang: indeks -0.01 berada di luar 0–5")
	_, err = GroupByFramework(members)
	require.ErrorAs(t, err, &ps)
	assert.Len(t, ps, 4)

	err = json.Unmarshal([]byte(`[{"instansi": "F", "index": "1234567890123456789"}]`), &members)
	var pe *smartcity.ParseError
	require.ErrorAs(t, err, &pe, "19 digits are more than a Number holds")
}
