package spbe

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
)

// errParse stands in a table for a *smartcity.ParseError.
var errParse = errors.New("a *smartcity.ParseError")

func TestParseLevel(t *testing.T) {
	tests := []struct {
		in   string
		want Level
		ok   bool
	}{
		{"0", 0, true}, {"3", 3, true}, {" 5 ", 5, true}, {"9", 9, true},
		{"3.0", 3, true}, {"5,00", 5, true}, {" 4,0 ", 4, true},
		{"10", 0, false}, {"-1", 0, false}, {"3,5", 0, false}, {"3.01", 0, false}, {"3.", 0, false}, {",0", 0, false}, {"", 0, false}, {"tiga", 0, false}, {"٣", 0, false},
	}
	for _, tc := range tests {
		got, err := ParseLevel(tc.in)
		if !tc.ok {
			var pe *smartcity.ParseError
			require.ErrorAs(t, err, &pe, tc.in)
			assert.Equal(t, "level", pe.Kind)
			assert.ErrorAs(t, err, new(*smartcity.ParseError))
			continue
		}
		require.NoError(t, err, tc.in)
		assert.Equal(t, tc.want, got, tc.in)
		assert.Equal(t, tc.want.String(), got.String())
	}
}

func TestFrameworkParseLevelByName(t *testing.T) {
	fw := Default()
	tests := []struct {
		number int
		in     string
		want   Level
		err    error
	}{
		{1, "Terdefinisi", 3, nil},
		{1, "terpadu  dan terukur", 4, nil},
		{1, "integrated and measured", 4, nil},
		{32, "Transaksi", 3, nil},
		{32, "kolaborasi", 4, nil},
		{32, "Terdefinisi", 0, errParse}, // a process name on a service indicator
		{31, "Terdefinisi", 3, nil},      // the last process indicator
		{31, "Transaksi", 0, errParse},
		{1, "4", 4, nil},
		{1, "0", Unanswered, nil},
		{1, "6", 0, ErrLevelRange},
		{1, "sangat", 0, errParse},
		{48, "3", 3, nil}, // no indicator 48: a number still reads
		{48, "Terdefinisi", 0, errParse},
	}
	for _, tc := range tests {
		got, err := fw.parseLevel(tc.number, tc.in)
		if tc.err == errParse {
			assert.ErrorAs(t, err, new(*smartcity.ParseError), tc.in)
			continue
		}
		if tc.err != nil {
			assert.ErrorIs(t, err, tc.err, tc.in)
			continue
		}
		require.NoError(t, err, tc.in)
		assert.Equal(t, tc.want, got, tc.in)
	}
	assert.Equal(t, "Rintisan", fw.LevelName(1, 1).ID)
	assert.Equal(t, "Optimum", fw.LevelName(47, 5).ID)
	assert.Equal(t, "information", fw.LevelName(47, 1).EN)
	assert.Equal(t, "Rintisan", fw.LevelName(31, 1).ID)
	assert.Equal(t, "Informasi", fw.LevelName(32, 1).ID)
	assert.Equal(t, Text{}, fw.LevelName(47, 0))
	assert.Equal(t, Text{}, fw.LevelName(99, 1))
	assert.Equal(t, Text{}, fw.LevelName(0, 1))
}

func TestLevelsCount(t *testing.T) {
	a := Levels{3, 0, 4, 0}
	assert.Equal(t, 2, a.count(Unanswered))
	assert.Len(t, Default().NewLevels(), 47)
	assert.Equal(t, 47, Default().NewLevels().count(Unanswered))
}

func TestPredicateFor(t *testing.T) {
	tests := []struct {
		name      string
		num, den  int64
		unrounded Predicate
		rounded   Predicate
	}{
		{"Pacitan 2024: 3.4985", 34985, 10000, Baik, SangatBaik},
		{"Boven Digoel 2023: 1.7995", 17995, 10000, Kurang, Cukup},
		{"Luwu 2024: 2.5985", 25985, 10000, Cukup, Baik},
		{"Wonogiri 2024: exactly 4.2", 42000, 10000, Memuaskan, Memuaskan},
		{"just below 4.2", 41999, 10000, SangatBaik, Memuaskan},
		{"4.1949", 41949, 10000, SangatBaik, SangatBaik},
		{"3.5", 7, 2, SangatBaik, SangatBaik},
		{"2.6", 13, 5, Baik, Baik},
		{"1.8", 9, 5, Cukup, Cukup},
		{"0", 0, 1, Kurang, Kurang},
		{"5", 5, 1, Memuaskan, Memuaskan},
		{"D3-like 26/11", 26, 11, Cukup, Cukup},
	}
	fw := Default()
	for _, tc := range tests {
		x := smartcity.NewNumber(tc.num, tc.den)
		assert.Equal(t, tc.unrounded, fw.PredicateOf(x, Unrounded), tc.name)
		assert.Equal(t, tc.unrounded, fw.PredicateOf(x, 0), tc.name+": the zero basis is unrounded")
		assert.Equal(t, tc.rounded, fw.PredicateOf(x, Rounded), tc.name)
	}
	assert.Equal(t, Predicate(0), fw.PredicateOf(smartcity.NewNumber(1, 0), Unrounded))
}

func TestPredicateThresholds(t *testing.T) {
	want := map[Predicate]string{Kurang: "0/1", Cukup: "9/5", Baik: "13/5", SangatBaik: "7/2", Memuaskan: "21/5"}
	fw := Default()
	for p, w := range want {
		x, ok := fw.Threshold(p)
		require.True(t, ok, p.String())
		assert.Equal(t, w, x.Exact(), p.String())
		assert.Equal(t, p, fw.PredicateOf(x, Unrounded), "a threshold is in its own band")
	}
	_, ok := fw.Threshold(0)
	assert.False(t, ok)
	assert.True(t, Kurang < Cukup && Cukup < Baik && Baik < SangatBaik && SangatBaik < Memuaskan)
}

func TestPredicateText(t *testing.T) {
	for p := Kurang; p <= Memuaskan; p++ {
		text, err := p.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, p.String(), string(text))
		var q Predicate
		require.NoError(t, q.UnmarshalText(text))
		assert.Equal(t, p, q)
		q = 0
		require.NoError(t, q.UnmarshalText([]byte(p.Name(smartcity.English))))
		assert.Equal(t, p, q)
	}
	for in, want := range map[string]Predicate{"sangat baik": SangatBaik, "SANGAT_BAIK": SangatBaik, " Sangat-Baik ": SangatBaik, "memuaskan": Memuaskan, "very good": SangatBaik} {
		got, err := ParsePredicate(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, got, in)
	}
	assert.Equal(t, "Sangat Baik", SangatBaik.String())
	assert.Equal(t, "Sangat Baik", SangatBaik.Name(0))
	assert.Equal(t, "very good", SangatBaik.Name(smartcity.English))
	assert.Equal(t, "", Predicate(0).String())
	assert.Equal(t, "Predicate(9)", Predicate(9).String())
	_, err := Predicate(9).MarshalText()
	assert.Error(t, err)
	var q Predicate = Baik
	require.NoError(t, q.UnmarshalText(nil))
	assert.Equal(t, Predicate(0), q)
	_, err = ParsePredicate("Sangat Memuaskan")
	var pe *smartcity.ParseError
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, "predicate", pe.Kind)
	assert.Contains(t, err.Error(), `"Sangat Memuaskan"`)

	b, err := json.Marshal(struct {
		P Predicate      `json:"p"`
		B PredicateBasis `json:"b"`
		U UnansweredPolicy
	}{Memuaskan, Rounded, UnansweredZero})
	require.NoError(t, err)
	assert.JSONEq(t, `{"p":"Memuaskan","b":"rounded","U":"zero"}`, string(b))
}

func TestEnumsRoundTrip(t *testing.T) {
	for b := Unrounded; b <= Rounded; b++ {
		got, err := ParsePredicateBasis(b.String())
		require.NoError(t, err)
		assert.Equal(t, b, got)
	}
	for u := UnansweredError; u <= UnansweredZero; u++ {
		got, err := ParseUnansweredPolicy(u.String())
		require.NoError(t, err)
		assert.Equal(t, u, got)
	}
	for s := Mandiri; s <= Visitasi; s++ {
		got, err := stages.Parse(s.String())
		require.NoError(t, err)
		assert.Equal(t, s, got)
		got, err = stages.Parse(s.Name(smartcity.Indonesian))
		require.NoError(t, err)
		assert.Equal(t, s, got)
		got, err = stages.Parse(s.Name(smartcity.English))
		require.NoError(t, err)
		assert.Equal(t, s, got)
	}
	assert.Equal(t, Unrounded, PredicateBasis(0).or(Unrounded))
	assert.Equal(t, Rounded, Rounded.or(Unrounded))
	for _, bad := range []func() error{
		func() error { _, err := ParsePredicateBasis("floor"); return err },
		func() error { _, err := ParseUnansweredPolicy("skip"); return err },
		func() error { _, err := stages.Parse("audit"); return err },
	} {
		assert.ErrorAs(t, bad(), new(*smartcity.ParseError))
	}
	for _, m := range []interface{ MarshalText() ([]byte, error) }{PredicateBasis(7), UnansweredPolicy(7), Stage(7)} {
		_, err := m.MarshalText()
		assert.Error(t, err)
	}
	assert.Equal(t, "Stage(7)", Stage(7).String())
	assert.Equal(t, "", Stage(7).Name(smartcity.English))
	assert.Equal(t, "PredicateBasis(7)", PredicateBasis(7).String())
	assert.Equal(t, "UnansweredPolicy(7)", UnansweredPolicy(7).String())
}

func TestWeightedMeanErrors(t *testing.T) {
	_, err := WeightedMean(nil, nil)
	assert.ErrorIs(t, err, ErrWeights)
	_, err = WeightedMean([]smartcity.Number{smartcity.NewNumber(1, 1)}, []int64{0})
	assert.ErrorIs(t, err, ErrWeights)
	_, err = WeightedMean([]smartcity.Number{{}}, []int64{1})
	assert.ErrorAs(t, err, new(smartcity.Problems))
	_, err = WeightedMean([]smartcity.Number{smartcity.NewNumber(1, 1<<62), smartcity.NewNumber(1, (1<<62)-1)}, []int64{1, 1})
	assert.ErrorIs(t, err, errOverflow)
}

func TestTextIn(t *testing.T) {
	tx := Text{ID: "Layanan SPBE", EN: "SPBE services"}
	assert.Equal(t, "Layanan SPBE", tx.In(0))
	assert.Equal(t, "Layanan SPBE", tx.In(smartcity.Indonesian))
	assert.Equal(t, "SPBE services", tx.In(smartcity.English))
	assert.Equal(t, "Kelembagaan", Text{ID: "Kelembagaan"}.In(smartcity.English))
	assert.Equal(t, "Layanan SPBE", tx.String())
}

func TestFormat(t *testing.T) {
	for f := FormatJSON; f <= FormatWideCSV; f++ {
		text, err := f.MarshalText()
		require.NoError(t, err)
		var back Format
		require.NoError(t, back.UnmarshalText(text))
		assert.Equal(t, f, back)
	}
	_, err := formats.Parse("xlsx")
	assert.ErrorAs(t, err, new(*smartcity.ParseError))
	_, err = Format(9).MarshalText()
	assert.Error(t, err)
	var f Format = FormatJSON
	require.NoError(t, f.UnmarshalText(nil))
	assert.Equal(t, Format(0), f)

	for in, want := range map[string]Format{
		"\ufeff\n  {\"instansi\": 1}":       FormatJSON,
		"[]":                                FormatJSON,
		"indikator;level\n1;3\n":            FormatLongCSV,
		"\ufeff\"Indicator\",\"level\"\n":   FormatLongCSV,
		"instansi,tahun,1\nKab. A,2024,3\n": FormatWideCSV,
		"nama,indeks\n":                     FormatWideCSV, // and the wide reader then names the bad column
	} {
		got, err := DetectFormat([]byte(in))
		require.NoError(t, err, in)
		assert.Equal(t, want, got, in)
	}
	_, err = DetectFormat([]byte(" \r\n"))
	assert.ErrorIs(t, err, ErrMalformed)
}

func TestMinNumerator(t *testing.T) {
	want := map[Predicate][2]int64{Cukup: {18000, 17950}, Baik: {26000, 25950}, SangatBaik: {35000, 34950}, Memuaskan: {42000, 41950}}
	fw := Default()
	for p, w := range want {
		for i, basis := range []PredicateBasis{Unrounded, Rounded} {
			n, ok := fw.minNumerator(p, basis)
			require.True(t, ok)
			assert.Equal(t, w[i], n, "%s %s", p, basis)
			assert.Equal(t, p, fw.PredicateOf(smartcity.NewNumber(n, WeightTotal), basis), "%s %s: N earns p", p, basis)
			assert.Less(t, fw.PredicateOf(smartcity.NewNumber(n-1, WeightTotal), basis), p, "%s %s: N−1 does not", p, basis)
		}
	}
	n, ok := fw.minNumerator(Kurang, Unrounded)
	assert.True(t, ok)
	assert.Zero(t, n)
	_, ok = fw.minNumerator(0, Rounded)
	assert.False(t, ok)
	// Boven Digoel 2023: 17995 ≥ 17950, so Cukup on the rounded basis.
	n, _ = fw.minNumerator(Cukup, Rounded)
	assert.GreaterOrEqual(t, int64(17995), n)
}
