package spbe_test

import (
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/spbe"
	"github.com/kotacerdas/smartcity/spbe/spbetest"
)

// indeksPemdiWeights returns the weights of indicators 1–20 of
// PermenPANRB 8/2026 in basis points, as Tabel 1 of the Lampiran lists
// them, written out here so that scoring is checked against the text and
// not against the catalogue it reads.
func indeksPemdiWeights() [20]int64 {
	return [20]int64{500, 500, 500, 500, 500, 300, 300, 400, 400, 400, 300, 400, 500, 500, 400, 400, 400, 300, 1000, 1500}
}

// TestPemdiScoreProperty checks, on random Indeks Pemerintah Digital
// assessments — stages, evidence and outside scores included — that:
//   - the index is Σ weight × level / 10000 over the weights of the
//     regulation, and the predikat the band that holds it;
//   - every level 3 scores exactly 3.00, Baik; every level 4 exactly 4.00,
//     Memuaskan; every level 1 exactly 1.00, Kurang; every level 5 but
//     indicator 20 at 4 exactly 4.85, Memuaskan — whether the levels of
//     indicators 5–7 are stated or come from outside scores;
//   - raising one indicator one level, by its stated level or by its
//     outside score, raises Σ weight × level by the indicator's weight and
//     never lowers the index or the predikat.
func TestPemdiScoreProperty(t *testing.T) {
	fw := indeksPemdi(t)
	weights := indeksPemdiWeights()
	rng := rand.New(rand.NewPCG(8, 2026))
	uniform := []struct {
		level  func(number int) spbe.Level
		exact  string
		shown  string
		result spbe.Predicate
	}{
		{func(int) spbe.Level { return 3 }, "3/1", "3.00", spbe.Baik},
		{func(int) spbe.Level { return 4 }, "4/1", "4.00", spbe.Memuaskan},
		{func(int) spbe.Level { return 1 }, "1/1", "1.00", spbe.Kurang},
		{func(n int) spbe.Level { return 5 - spbe.Level(min(1, max(0, n-19))) }, "97/20", "4.85", spbe.Memuaskan},
	}
	for n := range 300 {
		a := spbetest.Random(rng, fw)
		res, err := fw.ScoreAssessment(a, spbe.Options{})
		require.NoError(t, err, "assessment %d", n)
		require.Len(t, res.Levels, len(weights))
		var num int64
		for i, l := range res.Levels {
			num += weights[i] * int64(l)
		}
		require.Equal(t, num, res.Numerator(), "assessment %d", n)
		require.Equal(t, 0, ratOf(res.Index).Cmp(big.NewRat(num, 10_000)), "assessment %d", n)
		require.Equal(t, pemdiBand(num), res.Predicate, "assessment %d: %s", n, res.Index.Exact())
		require.Empty(t, res.Domains)

		for _, u := range uniform {
			b := withLevels(t, fw, a, u.level)
			got, err := fw.ScoreAssessment(b, spbe.Options{})
			require.NoError(t, err, "assessment %d", n)
			require.Equal(t, u.exact, got.Index.Exact(), "assessment %d", n)
			require.Equal(t, u.shown, got.Index.String())
			require.Equal(t, u.result, got.Predicate)
		}

		// Raise one indicator that can rise.
		var can []int
		for i, l := range res.Levels {
			if l < fw.MaxLevel() {
				can = append(can, i)
			}
		}
		if len(can) == 0 {
			continue
		}
		i := can[rng.IntN(len(can))]
		number := fw.Spec().Indicators[i].Number
		up := withLevels(t, fw, a, func(k int) spbe.Level {
			pos, _ := fw.Position(k)
			if k == number {
				return res.Levels[pos] + 1
			}
			return res.Levels[pos]
		})
		raised, err := fw.ScoreAssessment(up, spbe.Options{})
		require.NoError(t, err, "assessment %d", n)
		require.Equal(t, res.Numerator()+weights[i], raised.Numerator(), "assessment %d, indicator %d", n, number)
		require.GreaterOrEqual(t, raised.Index.Cmp(res.Index), 0)
		require.GreaterOrEqual(t, raised.Predicate, res.Predicate)
	}
}

// TestGeneratedFrameworkUniformProperty: under any generated framework an
// assessment with every indicator at level l — levels of indicators with
// conversion tables from outside scores on the tables' edges — scores
// exactly l, with the predikat of the band that holds l.
func TestGeneratedFrameworkUniformProperty(t *testing.T) {
	rng := rand.New(rand.NewPCG(8, 5))
	for n := range 80 {
		fw, err := spbe.NewFramework(spbetest.RandomFramework(rng, "acak"))
		require.NoError(t, err)
		a := spbetest.Random(rng, fw)
		for l := max(fw.MinLevel(), 1); l <= fw.MaxLevel(); l++ {
			res, err := fw.ScoreAssessment(withLevels(t, fw, a, func(int) spbe.Level { return l }), spbe.Options{})
			require.NoError(t, err, "framework %d", n)
			require.Equal(t, 0, res.Index.Cmp(smartcity.NewNumber(int64(l), 1)), "framework %d level %d: %s", n, l, res.Index.Exact())
			want := fw.Bands()[0].Predicate
			for _, b := range fw.Bands() {
				if th, _ := fw.Threshold(b.Predicate); th.Cmp(smartcity.NewNumber(int64(l), 1)) <= 0 {
					want = b.Predicate
				}
			}
			require.Equal(t, want, res.Predicate, "framework %d level %d", n, l)
		}
	}
}

// TestPemdiConversionProperty: under either edge rule, the outside score
// on a table's edge converts to the level the rule gives it, and the
// level never falls as the score rises through the range.
func TestPemdiConversionProperty(t *testing.T) {
	lower := indeksPemdi(t).Spec() // a copy
	for i := range lower.Conversions {
		lower.Conversions[i].EdgeLower = true
	}
	lowerFW, err := spbe.NewFramework(lower)
	require.NoError(t, err)
	rng := rand.New(rand.NewPCG(8, 7))
	for _, fw := range []*spbe.Framework{indeksPemdi(t), lowerFW} {
		for _, c := range fw.Conversions() {
			for l := spbe.Level(1); l <= fw.MaxLevel(); l++ {
				got, err := fw.Convert(c.Indicator, spbe.ExternalScore{Source: c.Source, Score: scoreFor(c, l)})
				require.NoError(t, err)
				require.Equal(t, l, got, "%s %s edge_lower=%v", c.Source, scoreFor(c, l), c.EdgeLower)
			}
			for j, e := range c.Edges {
				got, err := fw.Convert(c.Indicator, spbe.ExternalScore{Source: c.Source, Score: e})
				require.NoError(t, err)
				want := spbe.Level(j + 2)
				if c.EdgeLower {
					want--
				}
				require.Equal(t, want, got, "%s score %s on an edge", c.Source, e)
			}
			lo, hi := decimalRat(t, c.Min), decimalRat(t, c.Max)
			var scores []*big.Rat
			for range 200 {
				// A random score with four decimals within the range.
				x := new(big.Rat).Sub(hi, lo)
				x.Mul(x, big.NewRat(rng.Int64N(10_001), 10_000))
				scores = append(scores, x.Add(x, lo))
			}
			slices.SortFunc(scores, func(a, b *big.Rat) int { return a.Cmp(b) })
			last := spbe.Level(1)
			for _, x := range scores {
				got, err := fw.Convert(c.Indicator, spbe.ExternalScore{Source: c.Source, Score: x.FloatString(6)})
				require.NoError(t, err)
				require.GreaterOrEqual(t, got, last, "%s score %s", c.Source, x.FloatString(6))
				last = got
			}
			require.Equal(t, fw.MaxLevel(), last, "the top of %s's range is the highest level", c.Source)
		}
	}
}

// scoreFor returns a score that converts to level l under c: the bound or
// the edge that begins l when an edge takes the higher level, the edge
// that ends it when it takes the lower.
func scoreFor(c spbe.Conversion, l spbe.Level) string {
	switch {
	case !c.EdgeLower && l == 1:
		return c.Min
	case !c.EdgeLower:
		return c.Edges[l-2]
	case int(l) == len(c.Edges)+1:
		return c.Max
	default:
		return c.Edges[l-1]
	}
}

// withLevels returns a copy of a with the final level of every indicator
// set to level(number): a stated level and the levels of the stages are
// set to it, and an outside score is replaced by one that converts to it
// (a pending score stays pending when the level is 1).
func withLevels(t *testing.T, fw *spbe.Framework, a *spbe.Assessment, level func(number int) spbe.Level) *spbe.Assessment {
	t.Helper()
	b := *a
	b.Indicators = slices.Clone(a.Indicators)
	for k := range b.Indicators {
		ans := &b.Indicators[k]
		l := level(ans.Indicator)
		if ans.Level != spbe.Unanswered || ans.External == nil {
			ans.Level = l
		}
		ans.Stages = slices.Clone(ans.Stages)
		for j := range ans.Stages {
			ans.Stages[j].Level = l
		}
		if ans.External != nil {
			x := *ans.External
			if x.Score != "" || l != 1 {
				c, ok := fw.Conversion(ans.Indicator)
				require.True(t, ok)
				x.Score = scoreFor(c, l)
			}
			ans.External = &x
		}
	}
	return &b
}
