package plantest_test

import (
	"math/rand/v2"
	"testing"

	"github.com/kotacerdas/smartcity/masterplan"
	"github.com/kotacerdas/smartcity/masterplan/plantest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// checkRandomPlan checks that a random plan of n programmes is valid:
// without any problem from six programmes up, without errors below.
func checkRandomPlan(t *testing.T, p *masterplan.Plan, n int) {
	t.Helper()
	require.Len(t, p.Programs, max(n, 1))
	ps := p.Validate(masterplan.ValidateOptions{})
	require.Empty(t, rules(ps.Errors()))
	if n >= 6 {
		require.Empty(t, rules(p.Validate(strict)), "not even a warning")
	}
	_, err := p.Summarize()
	require.NoError(t, err)
	roundTrip(t, p)
}

func TestRandomPlan(t *testing.T) {
	var kinds [masterplan.Provinsi + 1]int
	var spbe, decimals, down int
	for _, n := range []int{-1, 0, 1, 3, 6, 25} {
		for seed := range uint64(60) {
			p := plantest.Random(rand.New(rand.NewPCG(seed, uint64(n+10))), n)
			checkRandomPlan(t, p, n)
			kinds[p.Region.Kind]++
			if p.Readiness.SPBE != nil {
				spbe++
			}
			for _, pr := range p.Programs {
				for _, k := range pr.KPIs {
					if k.Direction == masterplan.Down {
						down++
					}
					for _, tg := range k.Targets {
						for _, c := range tg.Value {
							if c == '.' {
								decimals++
							}
						}
					}
				}
			}
		}
	}
	// The generator reaches every kind of region and the optional parts.
	assert.Positive(t, kinds[masterplan.Kabupaten])
	assert.Positive(t, kinds[masterplan.Kota])
	assert.Positive(t, kinds[masterplan.Provinsi])
	assert.Positive(t, spbe)
	assert.Positive(t, decimals)
	assert.Positive(t, down)
}

func TestRandomPlanDeterministic(t *testing.T) {
	a := plantest.Random(rand.New(rand.NewPCG(3, 4)), 12)
	b := plantest.Random(rand.New(rand.NewPCG(3, 4)), 12)
	c := plantest.Random(rand.New(rand.NewPCG(5, 4)), 12)
	assert.Equal(t, a, b)
	assert.NotEqual(t, a, c)
	assert.Equal(t, plantest.Random(nil, 6), plantest.Random(rand.New(rand.NewPCG(0, 0)), 6), "nil means a zero seed")
}

func FuzzRandomPlan(f *testing.F) {
	f.Add(uint64(0), uint64(0), uint8(6))
	f.Add(uint64(1), uint64(2), uint8(1))
	f.Add(uint64(1<<63), uint64(99), uint8(40))
	f.Fuzz(func(t *testing.T, s1, s2 uint64, n uint8) {
		checkRandomPlan(t, plantest.Random(rand.New(rand.NewPCG(s1, s2)), int(n)), int(n))
	})
}

func BenchmarkRandom(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 2))
	for b.Loop() {
		plantest.Random(rng, 20)
	}
}
