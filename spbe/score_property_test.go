package spbe_test

import (
	"bytes"
	"encoding/json"
	"iter"
	"math/big"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/spbe"
	"github.com/kotacerdas/smartcity/spbe/spbetest"
)

// frameworks returns the built-in frameworks.
func frameworks() []*spbe.Framework { return slices.Collect(spbe.Frameworks()) }

// rat returns x as a big.Rat.
func rat(x smartcity.Number) *big.Rat { return big.NewRat(x.Num(), x.Den()) }

// TestScoreProperty checks the scoring invariants (see checkScore) on 250
// generated assessments of each built-in framework.
func TestScoreProperty(t *testing.T) {
	rng := rand.New(rand.NewPCG(59, 2020))
	for _, fw := range frameworks() {
		for n := range 250 {
			a := spbetest.Random(rng, fw)
			res, err := fw.ScoreAssessment(a, spbe.Options{})
			require.NoError(t, err, "%s assessment %d", fw, n)
			checkScore(t, rng, fw, res)
		}
	}
}

// checkScore checks the scoring invariants on one result of fw:
//   - the index lies in [0, MaxLevel] (0–5 for the built-ins), and so does
//     every aspect and domain;
//   - the index is Σ level × weight / 10000, computed here independently;
//   - index × 10000 = Σ domain index × domain weight = Σ aspect index ×
//     aspect weight, and each domain is the weighted sum of its aspects,
//     exactly;
//   - raising a random level by one never lowers the index, any aspect,
//     any domain or the predikat, and raises Σ level × weight by the
//     indicator's weight exactly.
//
// weightsOf returns fw's weights in basis points by position: of the
// domains, the aspects and the indicators.
func weightsOf(fw *spbe.Framework) (domains, aspects, indicators []int64) {
	for _, d := range fw.Domains() {
		domains = append(domains, d.WeightBP)
	}
	for _, a := range fw.Aspects() {
		aspects = append(aspects, a.WeightBP)
	}
	for _, ind := range fw.Indicators() {
		indicators = append(indicators, ind.WeightBP)
	}
	return domains, aspects, indicators
}

func checkScore(t *testing.T, rng *rand.Rand, fw *spbe.Framework, res *spbe.Result) {
	t.Helper()
	domainW, aspectW, weights := weightsOf(fw)
	domainAt := map[string]int{}
	for d, dom := range fw.Domains() {
		domainAt[dom.Code] = d
	}
	lo, hi := big.NewRat(0, 1), big.NewRat(int64(fw.MaxLevel()), 1)
	inRange := func(x smartcity.Number) bool { r := rat(x); return r.Cmp(lo) >= 0 && r.Cmp(hi) <= 0 }
	require.True(t, inRange(res.Index), "%s: index %s", fw, res.Index.Exact())
	require.Equal(t, spbe.WeightTotal, res.Index.Den())

	var num int64
	for i, l := range res.Levels {
		num += int64(l) * weights[i]
	}
	require.Equal(t, num, res.Numerator())

	total := new(big.Rat).Mul(rat(res.Index), big.NewRat(spbe.WeightTotal, 1))
	byDomain, byAspect := new(big.Rat), new(big.Rat)
	domainOfAspects := make([]*big.Rat, len(res.Domains))
	for d := range domainOfAspects {
		domainOfAspects[d] = new(big.Rat)
	}
	for d, x := range res.Domains {
		require.True(t, inRange(x), "%s domain %d: %s", fw, d, x.Exact())
		byDomain.Add(byDomain, new(big.Rat).Mul(rat(x), big.NewRat(domainW[d], 1)))
	}
	for k, x := range res.Aspects {
		require.True(t, inRange(x), "%s aspect %d: %s", fw, k, x.Exact())
		w := new(big.Rat).Mul(rat(x), big.NewRat(aspectW[k], 1))
		byAspect.Add(byAspect, w)
		if code := fw.AspectAt(k).Domain; fw.HasDomains() {
			d, ok := domainAt[code]
			require.True(t, ok, "%s aspect %d: domain %q", fw, k, code)
			domainOfAspects[d].Add(domainOfAspects[d], w)
		} else {
			require.Empty(t, code)
		}
	}
	if fw.HasDomains() {
		require.Equal(t, 0, total.Cmp(byDomain), "%s: %s ≠ %s", fw, total.RatString(), byDomain.RatString())
	} else {
		require.Empty(t, res.Domains, "%s has no domains", fw)
	}
	require.Equal(t, 0, total.Cmp(byAspect), "%s", fw)
	for d, x := range res.Domains {
		want := new(big.Rat).Quo(domainOfAspects[d], big.NewRat(domainW[d], 1))
		require.Equal(t, 0, rat(x).Cmp(want), "%s domain %d", fw, d)
	}

	i := rng.IntN(fw.NumIndicators())
	if res.Levels[i] == fw.MaxLevel() {
		return
	}
	lv := slices.Clone(res.Levels)
	lv[i]++
	up, err := fw.Score(lv, spbe.Options{Unanswered: spbe.UnansweredZero})
	require.NoError(t, err)
	require.Equal(t, res.Numerator()+weights[i], up.Numerator())
	require.GreaterOrEqual(t, up.Index.Cmp(res.Index), 0)
	for k := range res.Aspects {
		require.GreaterOrEqual(t, up.Aspects[k].Cmp(res.Aspects[k]), 0, "%s aspect %d fell", fw, k)
	}
	for d := range res.Domains {
		require.GreaterOrEqual(t, up.Domains[d].Cmp(res.Domains[d]), 0, "%s domain %d fell", fw, d)
	}
	require.GreaterOrEqual(t, up.Predicate, res.Predicate)
}

// TestGeneratedFrameworkProperty: generated frameworks (with or without
// domains, with random bands, methods and conversion tables) load, come
// back from JSON as they were, and score by the same invariants as the
// built-ins, from level vectors and from random assessments.
func TestGeneratedFrameworkProperty(t *testing.T) {
	rng := rand.New(rand.NewPCG(59, 5))
	for n := range 60 {
		spec := spbetest.RandomFramework(rng, "acak-"+strconv.Itoa(n))
		fw, err := spbe.NewFramework(spec)
		require.NoError(t, err, "framework %d", n)
		require.Equal(t, spec, fw.Spec())
		data, err := json.Marshal(fw)
		require.NoError(t, err)
		back, err := spbe.DecodeFramework(bytes.NewReader(data), 0)
		require.NoError(t, err, "framework %d: %s", n, data)
		require.Equal(t, fw.Spec(), back.Spec())

		for range 10 {
			lv := fw.NewLevels()
			for i := range lv {
				lv[i] = fw.MinLevel() + spbe.Level(rng.IntN(int(fw.MaxLevel()-fw.MinLevel())+1))
			}
			res, err := fw.Score(lv, spbe.Options{})
			require.NoError(t, err)
			checkScore(t, rng, fw, res)
		}
		for range 5 {
			res, err := fw.ScoreAssessment(spbetest.Random(rng, fw), spbe.Options{})
			require.NoError(t, err)
			checkScore(t, rng, fw, res)
		}
	}
}

// TestAssessmentJSONRoundTripProperty: generated assessments of every
// built-in framework come back from JSON as they were.
func TestAssessmentJSONRoundTripProperty(t *testing.T) {
	rng := rand.New(rand.NewPCG(59, 1))
	for _, fw := range frameworks() {
		for n := range 50 {
			a := spbetest.Random(rng, fw)
			data, err := json.Marshal(a)
			require.NoError(t, err)
			back, err := spbe.DecodeAssessment(bytes.NewReader(data), 0)
			require.NoError(t, err, "%s assessment %d", fw, n)
			require.Equal(t, a, back, "%s assessment %d", fw, n)
		}
	}
}

// TestLongCSVRoundTripProperty: a generated assessment written as a long
// CSV, in either dialect, reads back with the final level and stage, the
// explanation and the evidence (titles and their address or file name) of
// every indicator.
func TestLongCSVRoundTripProperty(t *testing.T) {
	rng := rand.New(rand.NewPCG(59, 3))
	for _, fw := range frameworks() {
		for n := range 50 {
			a := statedLevels(t, fw, spbetest.Random(rng, fw))
			opt := spbe.CSVOptions{Semicolon: n%2 == 0, BOM: n%3 == 0}
			var buf bytes.Buffer
			require.NoError(t, spbe.WriteLongCSV(&buf, fw, a, opt))
			back, err := spbe.DecodeLongCSV(&buf, spbe.ReadOptions{Framework: fw})
			require.NoError(t, err, "%s assessment %d", fw, n)
			require.Equal(t, longForm(a), longForm(back), "%s assessment %d", fw, n)
		}
	}
}

// statedLevels returns a with the converted level stated in every answer
// that carries an outside score without one. The CSV writers write an
// answer's stated level, not the one scoring converts, so without this an
// indicator valued by an outside score would read back unanswered (see
// TestPemdiCSVKeepsConvertedLevel).
func statedLevels(t *testing.T, fw *spbe.Framework, a *spbe.Assessment) *spbe.Assessment {
	t.Helper()
	for i := range a.Indicators {
		ans := &a.Indicators[i]
		if ans.External != nil && ans.Level == spbe.Unanswered {
			l, err := fw.Convert(ans.Indicator, *ans.External)
			require.NoError(t, err)
			ans.Level = l
		}
	}
	return a
}

// longForm is what the long CSV keeps of an assessment: per indicator, in
// number order, the final level and stage, the explanation and the
// evidence with one reference each.
func longForm(a *spbe.Assessment) []spbe.Answer {
	out := make([]spbe.Answer, 0, len(a.Indicators))
	for _, ans := range a.Indicators {
		l, s := ans.Final()
		kept := spbe.Answer{Indicator: ans.Indicator, Level: l, Stage: s, Explanation: ans.Explanation}
		for _, ev := range ans.Evidence {
			ref := spbe.Evidence{Title: ev.Title, URL: ev.URL}
			if ev.URL == "" {
				ref.File = ev.File
			}
			kept.Evidence = append(kept.Evidence, ref)
		}
		out = append(out, kept)
	}
	slices.SortFunc(out, func(x, y spbe.Answer) int { return x.Indicator - y.Indicator })
	return out
}

// TestWideCSVRoundTripProperty: generated assessments written as one wide
// CSV, in either dialect, read back with their instansi, year and final
// levels, both with DecodeWideCSV and row by row as ScoreAll reads them,
// and score the same.
func TestWideCSVRoundTripProperty(t *testing.T) {
	rng := rand.New(rand.NewPCG(59, 4))
	for _, fw := range frameworks() {
		for n := range 20 {
			as := make([]spbe.Assessment, 1+rng.IntN(30))
			for i := range as {
				as[i] = *statedLevels(t, fw, spbetest.Random(rng, fw))
				as[i].Instansi += " " + strconv.Itoa(i) // one row per instansi and year
				if rng.IntN(4) == 0 {                   // names a spreadsheet would take for a formula
					as[i].Instansi = "=" + as[i].Instansi + ", \"Kab\"; x"
				}
			}
			var buf bytes.Buffer
			require.NoError(t, spbe.WriteWideCSV(&buf, fw, as, spbe.CSVOptions{Semicolon: n%2 == 0, BOM: n%3 == 0}))
			data := buf.Bytes()

			back, err := spbe.DecodeWideCSV(bytes.NewReader(data), spbe.ReadOptions{})
			require.NoError(t, err, "%s file %d", fw, n)
			require.Len(t, back, len(as))
			next, stop := iter.Pull2(spbe.ScoreAll(bytes.NewReader(data), spbe.ScoreAllOptions{Reuse: true}))
			for i := range as {
				want, err := fw.ScoreAssessment(&as[i], spbe.Options{})
				require.NoError(t, err)
				instansi := as[i].Instansi
				if strings.HasPrefix(instansi, "=") {
					instansi = "'" + instansi // as the writer protects it
				}
				require.Equal(t, instansi, back[i].Instansi, "%s file %d row %d", fw, n, i)
				require.Equal(t, as[i].Year, back[i].Year)
				got, err := fw.ScoreAssessment(&back[i], spbe.Options{})
				require.NoError(t, err)
				require.Equal(t, want.Levels, got.Levels, "%s file %d row %d", fw, n, i)

				s, err, ok := next()
				require.True(t, ok)
				require.NoError(t, err)
				require.Equal(t, back[i].Instansi, s.Instansi)
				require.Same(t, fw, s.Result.Framework)
				require.Equal(t, want.Levels, s.Result.Levels)
				require.Equal(t, 0, want.Index.Cmp(s.Result.Index))
			}
			_, _, more := next()
			require.False(t, more, "no row after the last")
			stop()
		}
	}
}
