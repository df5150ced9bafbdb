package spbe

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
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
	c, err := Compare(Scored{Result: r23}, Scored{Result: r24})
	require.NoError(t, err)
	assert.False(t, c.IndexOnly)
	assert.Same(t, Default(), c.Framework)
	assert.Equal(t, PermenPANRB59of2020, c.FromFramework)
	assert.Equal(t, PermenPANRB59of2020, c.ToFramework)
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
		assert.Equal(t, Default().aspectW[a], ch.Delta.Den())
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
	c, err := Compare(Scored{Result: rembang}, Scored{Result: sumedang})
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
	back, err := Compare(Scored{Result: sumedang}, Scored{Result: rembang})
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
	_, err := Compare(Scored{Result: r}, Scored{})
	assert.Error(t, err)
	_, err = Compare(Scored{Result: &Result{}}, Scored{Result: r})
	assert.Error(t, err)
	broken := *r
	broken.Levels = broken.Levels[:3]
	_, err = Compare(Scored{Result: r}, Scored{Result: &broken})
	assert.ErrorIs(t, err, errLevelCount)
	_, err = Compare(Scored{Result: &broken}, Scored{Result: r})
	assert.ErrorIs(t, err, errLevelCount)

	// Across frameworks each result is checked against its own.
	p, err := mustPemdi(t).Score(uniform(20, 3), Options{})
	require.NoError(t, err)
	brokenP := *p
	brokenP.Aspects = brokenP.Aspects[:6]
	_, err = Compare(Scored{Result: r}, Scored{Result: &brokenP})
	assert.ErrorIs(t, err, errLevelCount)
	assert.ErrorContains(t, err, "the shape of permenpanrb-8-2026")
	noIndex := *p
	noIndex.Index = smartcity.Number{}
	_, err = Compare(Scored{Result: &noIndex}, Scored{Result: r})
	assert.ErrorIs(t, err, errLevelCount)
}

// mustPemdi returns PermenPANRB 8/2026, the Indeks Pemerintah Digital.
func mustPemdi(t testing.TB) *Framework {
	t.Helper()
	fw, err := Lookup(PermenPANRB8of2026)
	require.NoError(t, err)
	return fw
}

// A 2025 result under 59/2020 and a 2026 one under the Indeks Pemerintah
// Digital share no indicators, aspects or domains: only the indices are
// compared, and each predikat is in its own framework's bands.
func TestCompareAcrossFrameworksIndexOnly(t *testing.T) {
	spbe2025, err := Default().Score(uniform(47, 4), Options{})
	require.NoError(t, err)
	pemdi2026, err := mustPemdi(t).Score(uniform(20, 4), Options{})
	require.NoError(t, err)

	c, err := Compare(Scored{Result: spbe2025}, Scored{Result: pemdi2026})
	require.NoError(t, err)
	assert.True(t, c.IndexOnly)
	assert.Nil(t, c.Framework, "no framework is shared")
	assert.Equal(t, PermenPANRB59of2020, c.FromFramework)
	assert.Equal(t, PermenPANRB8of2026, c.ToFramework)
	assert.Equal(t, []IndicatorChange{}, c.Indicators)
	assert.Equal(t, []Change{}, c.Aspects)
	assert.Equal(t, []Change{}, c.Domains)
	assert.Empty(t, c.Gains(-1))
	assert.Empty(t, c.Losses(-1))
	assert.Equal(t, "4.00", c.Index.From.String())
	assert.Equal(t, "4.00", c.Index.To.String())
	assert.Zero(t, c.Index.Delta.Cmp(smartcity.NewNumber(0, 1)))
	// 4.00 is Sangat Baik under 59/2020 (Memuaskan from 4.2) and
	// Memuaskan under 8/2026 (from 4.00): one band up, the index unmoved.
	assert.Equal(t, SangatBaik, c.FromPredicate)
	assert.Equal(t, Memuaskan, c.ToPredicate)
	assert.Equal(t, 1, c.PredicateChange())

	// Rembang's 3.99 against a Pemdi 3.00: the index fell by 0.987.
	rembang := scoreTestdata(t, "rembang-2024.json")
	pemdi3, err := mustPemdi(t).Score(uniform(20, 3), Options{Basis: Rounded})
	require.NoError(t, err)
	c, err = Compare(Scored{Result: rembang}, Scored{Result: pemdi3})
	require.NoError(t, err)
	assert.True(t, c.IndexOnly)
	assert.Equal(t, "-987/1000", c.Index.Delta.Exact())
	assert.Equal(t, "-0.99", c.Index.Delta.String())
	assert.Equal(t, -1, c.PredicateChange(), "Sangat Baik → Baik")

	// Backwards, the other way round; 5/2018 against 59/2020 likewise.
	back, err := Compare(Scored{Result: pemdi3}, Scored{Result: rembang})
	require.NoError(t, err)
	assert.True(t, back.IndexOnly)
	assert.Equal(t, PermenPANRB8of2026, back.FromFramework)
	assert.Equal(t, "987/1000", back.Index.Delta.Exact())
	old, err := Lookup(PermenPANRB5of2018)
	require.NoError(t, err)
	o, err := old.Score(uniform(35, 3), Options{})
	require.NoError(t, err)
	c, err = Compare(Scored{Result: o}, Scored{Result: rembang})
	require.NoError(t, err)
	assert.True(t, c.IndexOnly)
	assert.Equal(t, PermenPANRB5of2018, c.FromFramework)

	// The flag and the ids are in the JSON form, and the empty lists are
	// lists.
	data, err := json.Marshal(c)
	require.NoError(t, err)
	var raw map[string]any
	require.NoError(t, json.Unmarshal(data, &raw))
	assert.Equal(t, true, raw["index_only"])
	assert.Equal(t, PermenPANRB5of2018, raw["from_framework"])
	assert.Equal(t, PermenPANRB59of2020, raw["to_framework"])
	assert.Equal(t, []any{}, raw["indicators"])
	assert.Equal(t, []any{}, raw["domains"])
}

// Two results of the Indeks Pemerintah Digital compare indicator by
// indicator and aspect by aspect (A1–A7); there are no domains.
func TestComparePemdiAspects(t *testing.T) {
	fw := mustPemdi(t)
	from, err := fw.Score(uniform(20, 3), Options{})
	require.NoError(t, err)
	lv := uniform(20, 3)
	lv[0], lv[19] = 2, 5 // indicator 1 (5 %) down, indicator 20 (15 %) up two
	to, err := fw.Score(lv, Options{})
	require.NoError(t, err)

	c, err := Compare(Scored{Result: from}, Scored{Result: to})
	require.NoError(t, err)
	assert.False(t, c.IndexOnly)
	assert.Same(t, fw, c.Framework)
	assert.Equal(t, PermenPANRB8of2026, c.FromFramework)
	assert.Equal(t, PermenPANRB8of2026, c.ToFramework)
	assert.Equal(t, []Change{}, c.Domains)
	require.Len(t, c.Indicators, 20)
	var codes, deltas []string
	for a, ch := range c.Aspects {
		codes = append(codes, fw.AspectAt(a).Code)
		deltas = append(deltas, ch.Delta.String())
	}
	assert.Equal(t, []string{"A1", "A2", "A3", "A4", "A5", "A6", "A7"}, codes)
	// A1 (2·5 % + 3·5 %)/10 % = 2.50; A7 (3·10 % + 5·15 %)/25 % = 4.20.
	assert.Equal(t, []string{"-0.50", "0.00", "0.00", "0.00", "0.00", "0.00", "1.20"}, deltas)
	assert.Equal(t, "3.00", c.Index.From.String())
	assert.Equal(t, "3.25", c.Index.To.String())
	assert.Equal(t, "1/4", c.Index.Delta.Exact())
	assert.Equal(t, 0, c.PredicateChange(), "Baik both: Sangat Baik begins at 3.50")
	gains, losses := c.Gains(-1), c.Losses(-1)
	require.Len(t, gains, 1)
	assert.Equal(t, IndicatorChange{Indicator: 20, From: 3, To: 5, Delta: 2, Contribution: smartcity.NewNumber(3000, WeightTotal)}, gains[0])
	require.Len(t, losses, 1)
	assert.Equal(t, "-1/20", losses[0].Contribution.Exact())

	// 4.00 is Memuaskan in the Pemdi bands: two bands up from Baik.
	top, err := fw.Score(uniform(20, 4), Options{})
	require.NoError(t, err)
	c, err = Compare(Scored{Result: from}, Scored{Result: top})
	require.NoError(t, err)
	assert.Equal(t, Memuaskan, c.ToPredicate)
	assert.Equal(t, 2, c.PredicateChange())
}

// A framework read back from its own JSON is another *Framework with the
// same id: its results compare in full with the built-in's.
func TestCompareSameIDFramework(t *testing.T) {
	data, err := json.Marshal(Default())
	require.NoError(t, err)
	copyFW, err := DecodeFramework(bytes.NewReader(data), 0)
	require.NoError(t, err)
	require.NotSame(t, Default(), copyFW)
	a, err := Default().Score(uniform(47, 3), Options{})
	require.NoError(t, err)
	b, err := copyFW.Score(uniform(47, 4), Options{})
	require.NoError(t, err)
	c, err := Compare(Scored{Result: a}, Scored{Result: b})
	require.NoError(t, err)
	assert.False(t, c.IndexOnly)
	assert.Len(t, c.Domains, 4)
	assert.Len(t, c.Indicators, 47)
	assert.Equal(t, "1/1", c.Index.Delta.Exact())
}

func TestChangeAcrossDenominators(t *testing.T) {
	c := change(smartcity.NewNumber(1, 3), smartcity.NewNumber(1, 2))
	assert.Equal(t, "1/6", c.Delta.Exact())
}
