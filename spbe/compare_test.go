package spbe

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// scoreTestdata scores a testdata assessment on the basis of its year.
func scoreTestdata(t testing.TB, name string) *Result {
	t.Helper()
	a, levels := testdataLevels(t, name)
	res, err := Default().Score(levels, Options{Basis: basisOf(a.Year)})
	require.NoError(t, err)
	return res
}

// Rembang from 2023 to 2024: 3.64 → 3.99, D1 4.50 → 4.40, D2 3.10 → 3.70,
// D3 2.36 → 2.64, D4 4.14 → 4.52 (the published figures).
func TestCompareRembangYearOverYear(t *testing.T) {
	r23, r24 := scoreTestdata(t, "rembang-2023.json"), scoreTestdata(t, "rembang-2024.json")
	c, err := Compare(r23, r24)
	require.NoError(t, err)
	assert.Equal(t, "3.64", c.Index.From.String())
	assert.Equal(t, "3.99", c.Index.To.String())
	assert.Equal(t, "44/125", c.Index.Delta.Exact(), "39870 − 36350 = 3520 bp")
	assert.Equal(t, "0.35", c.Index.Delta.String())
	var got [][3]string
	for _, d := range c.Domains {
		got = append(got, [3]string{d.From.String(), d.To.String(), d.Delta.String()})
	}
	assert.Equal(t, [][3]string{
		{"4.50", "4.40", "-0.10"},
		{"3.10", "3.70", "0.60"},
		{"2.36", "2.64", "0.27"}, // exactly 3/11 = 0.2727…, though 2.64 − 2.36 shows 0.28
		{"4.14", "4.52", "0.37"}, // 29/7 = 4.1429 → 411/91 = 4.5165
	}, got)
	assert.Equal(t, "3/11", c.Domains[2].Delta.Exact())
	assert.Equal(t, 0, c.PredicateChange())
	assert.Equal(t, SangatBaik, c.FromPredicate)
	assert.Equal(t, SangatBaik, c.ToPredicate)

	// The contributions add up to the index's change.
	var sum int64
	for _, ic := range c.Indicators {
		assert.Equal(t, int64(WeightTotal), ic.Contribution.Den())
		sum += ic.Contribution.Num()
	}
	assert.Equal(t, int64(3520), sum)
	// The aspects too, weighted.
	var asum int64
	for a, ch := range c.Aspects {
		assert.Equal(t, Default().AspectWeights()[a], ch.Delta.Den())
		asum += ch.Delta.Num()
	}
	assert.Equal(t, int64(3520), asum)

	gains := c.Gains(3)
	require.Len(t, gains, 3)
	for _, g := range gains {
		assert.Positive(t, g.Delta)
	}
	assert.GreaterOrEqual(t, gains[0].Contribution.Cmp(gains[1].Contribution), 0)
	assert.GreaterOrEqual(t, gains[1].Contribution.Cmp(gains[2].Contribution), 0)
	losses := c.Losses(-1)
	require.NotEmpty(t, losses, "D1 fell")
	for _, l := range losses {
		assert.Negative(t, l.Delta)
		assert.Negative(t, l.Contribution.Num())
	}
	all := c.Gains(-1)
	assert.Len(t, c.Gains(100), len(all))
	assert.Empty(t, c.Gains(0))
}

func TestCompareRembangWithSumedang(t *testing.T) {
	rembang, sumedang := scoreTestdata(t, "rembang-2024.json"), scoreTestdata(t, "sumedang-2024.json")
	c, err := Compare(rembang, sumedang)
	require.NoError(t, err)
	assert.Equal(t, "3.99", c.Index.From.String())
	assert.Equal(t, "4.51", c.Index.To.String())
	assert.Equal(t, 1, c.PredicateChange(), "Sangat Baik → Memuaskan")
	assert.Equal(t, Memuaskan, c.ToPredicate)
	var deltas []string
	for _, d := range c.Domains {
		deltas = append(deltas, d.Delta.String())
	}
	// D1 4.40 → 5.00, D2 3.70 → 4.30, D3 2.64 → 3.91, D4 4.52 → 4.69;
	// exactly D4 411/91 = 4.5165 → 61/13 = 4.6923, up 0.1758.
	assert.Equal(t, []string{"0.60", "0.60", "1.27", "0.18"}, deltas)
	// The other way round every delta flips.
	back, err := Compare(sumedang, rembang)
	require.NoError(t, err)
	assert.Equal(t, -1, back.PredicateChange())
	assert.Equal(t, "-0.52", back.Index.Delta.String())
	assert.Equal(t, len(c.Gains(-1)), len(back.Losses(-1)))
	for i, g := range c.Gains(-1) {
		assert.Equal(t, g.Indicator, back.Losses(-1)[i].Indicator)
	}
}

func TestCompareErrors(t *testing.T) {
	r := scoreTestdata(t, "rembang-2024.json")
	_, err := Compare(r, nil)
	assert.Error(t, err)
	_, err = Compare(&Result{}, r)
	assert.Error(t, err)
	old, err := Lookup(PermenPANRB5of2018)
	require.NoError(t, err)
	o, err := old.Score(uniform(35, 3), Options{})
	require.NoError(t, err)
	_, err = Compare(o, r)
	assert.ErrorIs(t, err, ErrFrameworkMismatch)
	broken := *r
	broken.Levels = broken.Levels[:3]
	_, err = Compare(r, &broken)
	assert.ErrorIs(t, err, ErrLevelCount)
}

func TestChangeAcrossDenominators(t *testing.T) {
	c := change(NewIndex(1, 3), NewIndex(1, 2))
	assert.Equal(t, "1/6", c.Delta.Exact())
}
