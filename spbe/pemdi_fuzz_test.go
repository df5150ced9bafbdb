package spbe_test

import (
	"bytes"
	"encoding/json"
	"math"
	"math/big"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/spbe"
	"github.com/kotacerdas/smartcity/spbe/spbetest"
)

// FuzzParseMethod: a Method's UnmarshalText never panics, refuses with a
// *smartcity.ParseError and accepts only a declared method, whose code and
// text form read back to it.
func FuzzParseMethod(f *testing.F) {
	fuzzEnum(f, unmarshalText[spbe.Method], "evaluasi", "Pemantauan", " MONITORING ", "evaluation", "pemantauan 2025", "Method(3)")
}

// FuzzFrameworkRules builds a framework spec from a generated one
// (spbetest.RandomFramework of seed) with fuzzed bands, a fuzzed
// conversion table, fuzzed methods and in_force, encodes it as JSON and
// reads it through UnmarshalFramework, which accepts it exactly when
// NewFramework does. The fields are given as short text, so that the
// fuzzer mutates them quickly:
//   - bands: "predikat:from" items separated by ";", the predikat a digit
//     (1 Kurang … 5 Memuaskan, others undeclared): "1:1;3:2.50;5:4";
//   - table: "min;max;edge;edge…" for the framework's first indicator,
//     from source "sdi";
//   - methods: "year:method" items separated by ";": "2025:pemantauan".
//
// Empty text keeps what the generated spec has. When the framework loads,
// checkFrameworkRules checks what it says.
func FuzzFrameworkRules(f *testing.F) {
	type seed struct {
		seed                  uint64
		bands, table, methods string
		inForce, edgeLower    bool
		score                 string
	}
	// Seeds 1, 2 and 14 draw frameworks with levels 1–5 (2 without
	// domains), seed 15 one with levels 0–5; testdata/fuzz holds the edge
	// cases.
	for _, s := range []seed{
		{1, "1:1.00;2:1.50;3:2.50;4:3.50;5:4.00", "0;100;12.5;37.5;62.5;75", "2025:pemantauan", true, false, "62.5"},
		{2, "1:1;3:2.5;5:4", "1;5;1.5;2.5;3.5;4.0", "", false, true, "3.5"},
		{14, "", "", "", false, false, "4"},
		{15, "1:0;5:4.200", "0;10;1;2;3;4.5", "", false, false, "4.2"},
		{1, "1:1;3:2.50;2:3.50", "", "", false, false, "2.5"}, // predikat not rising
	} {
		f.Add(s.seed, s.bands, s.table, s.methods, s.inForce, s.edgeLower, s.score)
	}
	f.Fuzz(func(t *testing.T, seed uint64, bands, table, methods string, inForce, edgeLower bool, score string) {
		spec := spbetest.RandomFramework(rand.New(rand.NewPCG(seed, 8)), "acak")
		spec.InForce = inForce
		if bands != "" {
			spec.Bands = nil
			for _, item := range strings.Split(bands, ";") {
				p, from, _ := strings.Cut(item, ":")
				var pred spbe.Predicate
				if len(p) == 1 && p[0] >= '0' && p[0] <= '9' {
					pred = spbe.Predicate(p[0] - '0')
				}
				spec.Bands = append(spec.Bands, spbe.Band{Predicate: pred, Name: spbe.Text{ID: p}, From: from})
			}
		}
		if table != "" {
			parts := strings.Split(table, ";")
			c := spbe.Conversion{Indicator: spec.Indicators[0].Number, Source: "sdi", Name: spbe.Text{ID: "SDI"}, Min: parts[0], EdgeLower: edgeLower}
			if len(parts) > 1 {
				c.Max, c.Edges = parts[1], parts[2:]
			}
			spec.Conversions = []spbe.Conversion{c}
		}
		if methods != "" {
			spec.Methods = nil
			for _, item := range strings.Split(methods, ";") {
				y, m, _ := strings.Cut(item, ":")
				year, _ := strconv.Atoi(y)
				method, _ := unmarshalText[spbe.Method](m)
				spec.Methods = append(spec.Methods, spbe.YearMethod{Year: year, Method: method})
			}
		}
		data, err := json.Marshal(spec)
		if err != nil {
			return // an undeclared predikat has no text
		}
		fw, err := spbe.UnmarshalFramework(data)
		_, nerr := spbe.NewFramework(spec)
		require.Equal(t, nerr == nil, err == nil, "NewFramework: %v, UnmarshalFramework: %v", nerr, err)
		if err != nil {
			require.ErrorAs(t, err, new(smartcity.Problems))
			return
		}
		checkFrameworkRules(t, fw, score)
	})
}

// checkFrameworkRules checks what a loaded framework says:
//   - it comes back from json.Marshal → UnmarshalFramework with an equal
//     Spec;
//   - PredicateOf, on either basis, gives the band that holds the index
//     (rounded half-up to two decimals on the Rounded basis), so it never
//     falls as the index rises — checked on the bounds, around them and
//     on the index score reads as (checkBands);
//   - Convert of score, for every table and for an indicator without one,
//     never panics and gives a level in 1…MaxLevel that the edges say, or
//     an error wrapping ErrExternal — and refuses a plain decimal only
//     when it lies outside the range (checkConversions);
//   - Method gives a declared method for every year the framework applies
//     to, the recorded one where there is one, and 0 for other years.
func checkFrameworkRules(t *testing.T, fw *spbe.Framework, score string) {
	t.Helper()
	spec := fw.Spec()
	back, err := spbe.UnmarshalFramework(mustMarshal(t, fw))
	require.NoError(t, err, "a loaded framework does not load back")
	require.Equal(t, spec, back.Spec())

	checkBands(t, fw, score)
	checkConversions(t, fw, score)

	for _, y := range spec.Years {
		m := fw.Method(y)
		require.True(t, m.IsValid(), "year %d: method %v", y, m)
		want := spbe.Evaluasi
		for _, ym := range spec.Methods {
			if ym.Year == y {
				want = ym.Method
			}
		}
		require.Equal(t, want, m, "year %d", y)
	}
	if len(spec.Years) > 0 {
		first := spec.Years[0]
		require.Equal(t, spbe.Method(0), fw.Method(first-1), "the year before the first")
		last := spec.Years[len(spec.Years)-1]
		require.Equal(t, spec.InForce && last < 2999, fw.AppliesTo(last+1))
	}
}

// FuzzConvert converts any text, as the score of any source for any
// indicator, under PermenPANRB 8/2026 and under a copy whose edges take
// the lower level: never a panic, a level in 1…MaxLevel that the table's
// edges say, or an error wrapping ErrExternal (see checkConversions).
func FuzzConvert(f *testing.F) {
	for _, s := range []string{"70", "62.5", "12.5", "0", "100", "100.01", "-0", "+75", "75,0", " 4.2 ", "1e2", "NaN", "Inf", "0x10", "", ".", "4.", ".5", "١٢"} {
		f.Add(5, "sdi", s)
	}
	f.Add(6, "sjig", "1.5")
	f.Add(7, "epss", "4.2")
	f.Add(7, "", "4.2")
	f.Add(8, "sdi", "70")
	f.Add(-1, "sdi", "70")
	pemdiFW, err := spbe.Lookup(spbe.PermenPANRB8of2026)
	require.NoError(f, err)
	spec := pemdiFW.Spec()
	for i := range spec.Conversions {
		spec.Conversions[i].EdgeLower = true
	}
	lower, err := spbe.NewFramework(spec)
	require.NoError(f, err)
	f.Fuzz(func(t *testing.T, indicator int, source, score string) {
		for _, fw := range []*spbe.Framework{pemdiFW, lower} {
			checkConversions(t, fw, score)
			l, err := fw.Convert(indicator, spbe.ExternalScore{Source: source, Score: score})
			if err != nil {
				require.ErrorIs(t, err, spbe.ErrExternal)
				continue
			}
			require.True(t, l >= 1 && l <= fw.MaxLevel(), "level %d", l)
			c, ok := fw.Conversion(indicator)
			require.True(t, ok)
			require.Equal(t, c.Source, source)
		}
	})
}

// maxProbe bounds the indices checkBands reads from the fuzzed text: an
// index no score comes near, yet far beyond every band. Beyond about
// 9.2 × 10¹⁴ PredicateOf on the Rounded basis overflows (see
// TestPemdiPredicateOfHugeIndex).
const maxProbe = 1_000_000_000

// checkBands checks PredicateOf against the bands on the bounds, around
// them and on the index text reads as.
func checkBands(t *testing.T, fw *spbe.Framework, text string) {
	t.Helper()
	bands := fw.Bands()
	require.NotEmpty(t, bands)
	from := make([]*big.Rat, len(bands))
	for i, b := range bands {
		from[i] = decimalRat(t, b.From)
		th, ok := fw.Threshold(b.Predicate)
		require.True(t, ok)
		require.Equal(t, 0, ratOf(th).Cmp(from[i]), "band %s", b.Predicate)
		require.Equal(t, b.Name.ID, fw.PredicateName(b.Predicate, smartcity.Indonesian))
		if i > 0 {
			require.Equal(t, 1, from[i].Cmp(from[i-1]), "bands rise")
			require.Less(t, bands[i-1].Predicate, b.Predicate)
		}
	}
	probes := []*big.Rat{big.NewRat(0, 1), big.NewRat(int64(fw.MaxLevel()), 1), big.NewRat(-1, 10000)}
	for _, f := range from {
		for _, d := range []int64{0, -1, 1, -50, 50, -49, 49} { // ±0.0001, ±0.005, ±0.0049
			probes = append(probes, new(big.Rat).Add(f, big.NewRat(d, spbe.WeightTotal)))
		}
		probes = append(probes, new(big.Rat).Sub(f, big.NewRat(1, 3*spbe.WeightTotal)))
	}
	if x, err := smartcity.ParseNumber(text); err == nil && new(big.Rat).Abs(ratOf(x)).Cmp(big.NewRat(maxProbe, 1)) <= 0 {
		probes = append(probes, ratOf(x))
	}
	slices.SortFunc(probes, func(a, b *big.Rat) int { return a.Cmp(b) })
	for _, basis := range []spbe.PredicateBasis{spbe.Unrounded, spbe.Rounded} {
		var last spbe.Predicate
		for _, r := range probes {
			x := smartcity.NewNumber(r.Num().Int64(), r.Denom().Int64())
			got := fw.PredicateOf(x, basis)
			v := r
			if basis == spbe.Rounded {
				v = roundHundredths(r)
			}
			want := bands[0].Predicate
			for i := range bands {
				if v.Cmp(from[i]) >= 0 {
					want = bands[i].Predicate
				}
			}
			require.Equal(t, want, got, "%s on the %s basis", x.Exact(), basis)
			require.GreaterOrEqual(t, got, last, "%s on the %s basis: the predikat fell", x.Exact(), basis)
			last = got
		}
		n := spbe.Target{Predicate: bands[len(bands)-1].Predicate}.Numerator(fw, basis)
		require.NotEqual(t, int64(math.MaxInt64), n, "a band of the framework")
		if n > 0 {
			require.Equal(t, bands[len(bands)-1].Predicate, fw.PredicateOf(smartcity.NewNumber(n, spbe.WeightTotal), basis))
			require.Less(t, fw.PredicateOf(smartcity.NewNumber(n-1, spbe.WeightTotal), basis), bands[len(bands)-1].Predicate)
		}
	}
}

// plainDecimal reports whether s is text every reader of a decimal
// accepts: an optional sign, 1 to 30 digits, and optionally a point and 1
// to 30 more.
func plainDecimal(s string) bool {
	if s != "" && (s[0] == '+' || s[0] == '-') {
		s = s[1:]
	}
	whole, frac, point := strings.Cut(s, ".")
	digits := func(d string) bool {
		return len(d) >= 1 && len(d) <= 30 && strings.Trim(d, "0123456789") == ""
	}
	return digits(whole) && (!point || digits(frac))
}

// checkConversions checks Convert of score for every conversion table,
// against a reading of its own.
func checkConversions(t *testing.T, fw *spbe.Framework, score string) {
	t.Helper()
	for _, c := range fw.Conversions() {
		require.Len(t, c.Edges, int(fw.MaxLevel())-1)
		lo, hi := decimalRat(t, c.Min), decimalRat(t, c.Max)
		x := spbe.ExternalScore{Source: c.Source, Score: score}
		l, err := fw.Convert(c.Indicator, x)
		if score == "" {
			require.NoError(t, err)
			require.Equal(t, spbe.Level(1), l, "a pending score counts at level 1")
			continue
		}
		t2 := strings.TrimSpace(score)
		if strings.Count(t2, ",") == 1 && !strings.Contains(t2, ".") {
			t2 = strings.Replace(t2, ",", ".", 1)
		}
		if err != nil {
			require.ErrorIs(t, err, spbe.ErrExternal, "%q", score)
			// A score is read as a smartcity.Number, of at most 18 digits
			// and 18 decimals; a longer one may be refused wherever it lies.
			if plainDecimal(t2) && len(strings.Map(digitOnly, t2)) <= 18 {
				r := decimalRat(t, t2)
				require.True(t, r.Cmp(lo) < 0 || r.Cmp(hi) > 0, "%s score %q within %s–%s refused: %v", c.Source, score, c.Min, c.Max, err)
			}
		} else {
			r, ok := new(big.Rat).SetString(t2)
			require.True(t, ok, "%q converted but is no number", score)
			require.True(t, r.Cmp(lo) >= 0 && r.Cmp(hi) <= 0, "%q converted but lies outside %s–%s", score, c.Min, c.Max)
			want := spbe.Level(1)
			for _, e := range c.Edges {
				if k := r.Cmp(decimalRat(t, e)); k > 0 || k == 0 && !c.EdgeLower {
					want++
				}
			}
			require.Equal(t, want, l, "%s score %q", c.Source, score)
			require.True(t, l >= 1 && l <= fw.MaxLevel())
		}
		// Another source, or an indicator without a table, is refused.
		_, err = fw.Convert(c.Indicator, spbe.ExternalScore{Source: c.Source + "x", Score: score})
		require.ErrorIs(t, err, spbe.ErrExternal)
	}
	for _, ind := range fw.Indicators() {
		if _, ok := fw.Conversion(ind.Number); !ok {
			_, err := fw.Convert(ind.Number, spbe.ExternalScore{Source: "sdi", Score: score})
			require.ErrorIs(t, err, spbe.ErrExternal)
			break
		}
	}
	_, err := fw.Convert(math.MinInt, spbe.ExternalScore{Source: "sdi", Score: score})
	require.ErrorIs(t, err, spbe.ErrExternal)
}

// decimalRat reads a decimal the framework accepted ("3.50", "4,2", "+4").
func decimalRat(t *testing.T, s string) *big.Rat {
	t.Helper()
	s = strings.TrimSpace(s)
	if strings.Count(s, ",") == 1 && !strings.Contains(s, ".") {
		s = strings.Replace(s, ",", ".", 1)
	}
	r, ok := new(big.Rat).SetString(s)
	require.True(t, ok, "%q", s)
	return r
}

// roundHundredths rounds r half away from zero to two decimals, as the
// published results are rounded.
func roundHundredths(r *big.Rat) *big.Rat {
	n := new(big.Int).Mul(new(big.Int).Abs(r.Num()), big.NewInt(200))
	n.Add(n, r.Denom())
	n.Quo(n, new(big.Int).Mul(r.Denom(), big.NewInt(2)))
	if r.Sign() < 0 {
		n.Neg(n)
	}
	return new(big.Rat).SetFrac(n, big.NewInt(100))
}

// FuzzScoreExternal gives one answer of a random Indeks Pemerintah
// Digital assessment an outside score and a stated level, carries the
// assessment through JSON, and scores it:
//   - scoring succeeds exactly when Validate and LevelsOf do, and an
//     outside score that cannot be converted is an error wrapping
//     ErrExternal;
//   - a stated level other than the converted one is refused;
//   - a scored result takes every outside score's converted level (1 when
//     pending), records each in Result.External in indicator order, and
//     has the index Σ weight × level / 10000 and the predikat of the band
//     that holds it.
func FuzzScoreExternal(f *testing.F) {
	f.Add(uint64(1), uint64(2), 5, "sdi", "70", uint8(0))
	f.Add(uint64(1), uint64(2), 5, "sdi", "62.5", uint8(4))
	f.Add(uint64(3), uint64(4), 6, "sjig", "1.5", uint8(2))
	f.Add(uint64(3), uint64(4), 7, "epss", "", uint8(1))
	f.Add(uint64(5), uint64(6), 7, "epss", "4.2", uint8(4))
	f.Add(uint64(5), uint64(6), 8, "sdi", "70", uint8(3))
	f.Add(uint64(7), uint64(8), 5, "sdi", "100.0001", uint8(5))
	f.Add(uint64(7), uint64(8), 5, "", "70", uint8(0))
	fw, err := spbe.Lookup(spbe.PermenPANRB8of2026)
	require.NoError(f, err)
	f.Fuzz(func(t *testing.T, s1, s2 uint64, indicator int, source, score string, level uint8) {
		a := spbetest.Random(rand.New(rand.NewPCG(s1, s2)), fw)
		ans := &a.Indicators[0]
		for k := range a.Indicators {
			if a.Indicators[k].Indicator == indicator {
				ans = &a.Indicators[k]
			}
		}
		ans.Indicator, ans.Level, ans.Stages = indicator, spbe.Level(level), nil
		ans.External = &spbe.ExternalScore{Source: source, Score: score}

		if !utf8.ValidString(source) || !utf8.ValidString(score) {
			return // JSON carries only UTF-8 text
		}
		data := mustMarshal(t, a)
		decoded, err := spbe.DecodeAssessment(bytes.NewReader(data), 0)
		require.NoError(t, err, "%s", data)
		require.Equal(t, a, decoded, "JSON carries the assessment")

		res, err := fw.ScoreAssessment(decoded, spbe.Options{})
		verr := decoded.Validate(fw)
		_, lerr := fw.LevelsOf(decoded, spbe.Options{})
		require.Equal(t, err == nil, lerr == nil, "ScoreAssessment: %v, LevelsOf: %v", err, lerr)
		if verr != nil {
			require.Error(t, err, "an invalid assessment scored")
		}
		converted, cerr := fw.Convert(indicator, *ans.External)
		if cerr != nil {
			require.ErrorIs(t, cerr, spbe.ErrExternal)
			require.ErrorIs(t, err, spbe.ErrExternal, "an outside score that does not convert")
			return
		}
		if err != nil {
			return
		}
		if level != 0 && score != "" {
			// A stated level must equal the converted one. (A pending
			// score is exempt here: see TestPemdiPendingScoreWithStatedLevel.)
			require.Equal(t, converted, spbe.Level(level), "a stated level that differs from the converted one scored")
		}
		var num int64
		var seen []int
		for i, ind := range fw.Indicators() {
			num += int64(res.Levels[i]) * ind.WeightBP
		}
		require.Equal(t, num, res.Numerator())
		for _, x := range res.External {
			seen = append(seen, x.Indicator)
			pos, ok := fw.Position(x.Indicator)
			require.True(t, ok)
			want, err := fw.Convert(x.Indicator, spbe.ExternalScore{Source: x.Source, Score: x.Score})
			require.NoError(t, err)
			require.Equal(t, want, x.Level)
			require.Equal(t, want, res.Levels[pos])
			require.Equal(t, x.Score == "", x.Pending)
		}
		require.True(t, slices.IsSorted(seen), "%v", seen)
		require.Contains(t, seen, indicator)
		require.Equal(t, pemdiBand(res.Numerator()), res.Predicate)
	})
}

// pemdiBand is the predikat of the index n/10000 under PermenPANRB 8/2026:
// Kurang below 1.50, Cukup from 1.50, Baik from 2.50, Sangat Baik from
// 3.50, Memuaskan from 4.00.
func pemdiBand(n int64) spbe.Predicate {
	switch {
	case n >= 40000:
		return spbe.Memuaskan
	case n >= 35000:
		return spbe.SangatBaik
	case n >= 25000:
		return spbe.Baik
	case n >= 15000:
		return spbe.Cukup
	}
	return spbe.Kurang
}

// mustMarshal encodes v as JSON.
func mustMarshal(t testing.TB, v any) []byte {
	t.Helper()
	data, err := json.Marshal(v)
	require.NoError(t, err)
	return data
}

// ratOf returns x as a big.Rat, the oracle's exact number.
func ratOf(x smartcity.Number) *big.Rat { return big.NewRat(x.Num(), x.Den()) }

// digitOnly keeps the digits of a string, for counting them.
func digitOnly(r rune) rune {
	if r >= '0' && r <= '9' {
		return r
	}
	return -1
}
