package pillar

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
)

func card(t testing.TB, region string, scale Scale, values map[Element]float64) Scorecard {
	t.Helper()
	s, err := NewScorecard(region, scale, values)
	require.NoError(t, err)
	return s
}

func cohortABC(t testing.TB) []Scorecard {
	pct := Scale{Min: 0, Max: 100}
	return []Scorecard{
		card(t, "A", pct, map[Element]float64{PublicService: 10, Mobility: 50, Energy: 70}),
		card(t, "B", pct, map[Element]float64{PublicService: 20, Mobility: 50}),
		card(t, "C", pct, map[Element]float64{PublicService: 60}),
	}
}

func TestNormalizeZScore(t *testing.T) {
	out, err := NormalizeZScore(cohortABC(t))
	require.NoError(t, err)
	require.Len(t, out, 3)
	bound := 2 / math.Sqrt(3) // (n − 1)/√n for n = 3
	for i, region := range []string{"A", "B", "C"} {
		assert.Equal(t, region, out[i].Region())
		assert.InDelta(t, -bound, out[i].scale.Min, 1e-15)
		assert.InDelta(t, bound, out[i].scale.Max, 1e-15)
	}
	// GOV.SVC: 10, 20, 60 → mean 30, sample SD √700.
	sd := math.Sqrt(700)
	for i, want := range []float64{-20 / sd, -10 / sd, 30 / sd} {
		v, ok := out[i].Value(PublicService)
		require.True(t, ok)
		assert.InDelta(t, want, v, 1e-12, out[i].Region())
	}
	// LIV.MOB: the same for A and B, no contrast → 0; C stays without.
	for i := range 2 {
		v, ok := out[i].Value(Mobility)
		require.True(t, ok)
		assert.Equal(t, 0.0, v)
	}
	_, ok := out[2].Value(Mobility)
	assert.False(t, ok)
	// ENV.ENE: only A has it → 0.
	v, ok := out[0].Value(Energy)
	require.True(t, ok)
	assert.Equal(t, 0.0, v)
	_, ok = out[1].Value(Energy)
	assert.False(t, ok)

	// The results are on their scale and aggregate like any scorecard.
	for _, s := range out {
		for e, v := range s.each() {
			assert.True(t, s.scale.contains(v), "%s %s %v", s.Region(), e, v)
		}
	}
	assert.InDelta(t, 30/sd, out[2].Overall().Value, 1e-12)
}

// Two regions reach the bound exactly: ±1/√2.
func TestNormalizeZScoreTwoRegions(t *testing.T) {
	s := Scale{Min: 1, Max: 5}
	out, err := NormalizeZScore([]Scorecard{
		card(t, "Kabupaten Rembang", s, map[Element]float64{PublicService: 3.64}),
		card(t, "Kabupaten Sumedang", s, map[Element]float64{PublicService: 4.14}),
	})
	require.NoError(t, err)
	a, _ := out[0].Value(PublicService)
	b, _ := out[1].Value(PublicService)
	assert.InDelta(t, -1/math.Sqrt2, a, 1e-12)
	assert.InDelta(t, 1/math.Sqrt2, b, 1e-12)
	assert.True(t, out[0].scale.contains(a))
	assert.True(t, out[1].scale.contains(b))
}

func TestNormalizeMinMax(t *testing.T) {
	out, err := NormalizeMinMax(cohortABC(t), Scale{Min: 0, Max: 100})
	require.NoError(t, err)
	for i, want := range []float64{0, 20, 100} {
		v, ok := out[i].Value(PublicService)
		require.True(t, ok)
		assert.InDelta(t, want, v, 1e-12, out[i].Region())
	}
	for i := range 2 {
		v, _ := out[i].Value(Mobility)
		assert.Equal(t, 50.0, v, "no contrast → middle of the scale")
	}
	v, _ := out[0].Value(Energy)
	assert.Equal(t, 50.0, v)
	_, ok := out[2].Value(Energy)
	assert.False(t, ok)
	assert.Equal(t, Scale{Min: 0, Max: 100}, out[0].scale)

	// From a 1–5 scale onto 0–1, with the same shape.
	s := Scale{Min: 1, Max: 5}
	out, err = NormalizeMinMax([]Scorecard{
		card(t, "X", s, map[Element]float64{Health: 2}),
		card(t, "Y", s, map[Element]float64{Health: 3}),
		card(t, "Z", s, map[Element]float64{Health: 4.5}),
	}, Scale{Min: 0, Max: 1})
	require.NoError(t, err)
	for i, want := range []float64{0, 1 / 2.5, 1} {
		v, _ := out[i].Value(Health)
		assert.InDelta(t, want, v, 1e-12)
	}
}

func TestNormalizeErrors(t *testing.T) {
	pct := Scale{Min: 0, Max: 100}
	one := card(t, "A", pct, map[Element]float64{Health: 1})
	other := card(t, "B", Scale{Min: 1, Max: 5}, map[Element]float64{Health: 1})
	tests := []struct {
		name       string
		cohort     []Scorecard
		path, rule string
		msg        string
	}{
		{"nil", nil, "", "cohort_size", "pillar: normalising: empty cohort"},
		{"empty", []Scorecard{}, "", "cohort_size", "pillar: normalising: empty cohort"},
		{"one region", []Scorecard{one}, "", "cohort_size", `pillar: normalising "A" alone: cohort needs at least two regions`},
		{"scales differ", []Scorecard{one, other}, "cohort[1]", "same_scale",
			`pillar: normalising: cohort[1]: "B" is on the scale [1, 5], cohort[0] "A" on [0, 100]: scorecards on different scales`},
		{"zero scorecard", []Scorecard{one, {}}, "cohort[1]", "zero",
			"pillar: invalid cohort: cohort[1]: is the zero Scorecard, not one built by NewScorecard"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			check := func(out []Scorecard, err error) {
				t.Helper()
				assert.Nil(t, out)
				var ps smartcity.Problems
				require.ErrorAs(t, err, &ps)
				require.Len(t, ps, 1)
				assert.Equal(t, [2]string{tt.path, tt.rule}, [2]string{ps[0].Path, ps[0].Rule})
				assert.Equal(t, tt.msg, err.Error())
			}
			check(NormalizeZScore(tt.cohort))
			check(NormalizeMinMax(tt.cohort, pct))
		})
	}
	_, err := NormalizeMinMax([]Scorecard{one, one}, Scale{Min: 1, Max: 1})
	require.ErrorAs(t, err, new(smartcity.Problems))
}

// Values at the ends of a huge scale do not overflow.
func TestNormalizeHugeScale(t *testing.T) {
	s := Scale{Min: -math.MaxFloat64 / 2, Max: math.MaxFloat64 / 2}
	out, err := NormalizeZScore([]Scorecard{
		card(t, "A", s, map[Element]float64{Health: s.Max}),
		card(t, "B", s, map[Element]float64{Health: s.Max}),
		card(t, "C", s, map[Element]float64{Health: s.Min}),
	})
	require.NoError(t, err)
	for _, c := range out {
		v, _ := c.Value(Health)
		assert.False(t, math.IsNaN(v) || math.IsInf(v, 0))
	}
	v, _ := out[2].Value(Health)
	assert.InDelta(t, -2/math.Sqrt(3), v, 1e-12)
}
