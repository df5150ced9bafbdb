package spbetest_test

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"testing"

	"github.com/kotacerdas/smartcity/spbe"
	"github.com/kotacerdas/smartcity/spbe/spbetest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// checkRandom checks that a is a valid, complete assessment of fw that
// JSON carries without loss.
func checkRandom(t *testing.T, fw *spbe.Framework, a *spbe.Assessment) {
	t.Helper()
	require.NoError(t, a.Validate(fw))
	lv, err := fw.LevelsOf(a, spbe.Options{})
	require.NoError(t, err, "every indicator is answered")
	for i, l := range lv {
		require.True(t, l >= fw.MinLevel() && l <= fw.MaxLevel(), "indicator %d: level %d", fw.Indicator(i).Number, l)
	}
	assert.True(t, fw.AppliesTo(a.Year), "year %d", a.Year)
	data, err := json.Marshal(a)
	require.NoError(t, err)
	back, err := spbe.DecodeAssessment(bytes.NewReader(data), 0)
	require.NoError(t, err)
	assert.Equal(t, a, back)
}

func TestRandomValid(t *testing.T) {
	for fw := range spbe.Frameworks() {
		t.Run(fw.ID(), func(t *testing.T) {
			var stages, evidence, digests int
			for seed := range uint64(200) {
				a := spbetest.Random(rand.New(rand.NewPCG(seed, 1)), fw)
				checkRandom(t, fw, a)
				for _, ans := range a.Indicators {
					stages += len(ans.Stages)
					evidence += len(ans.Evidence)
					for _, ev := range ans.Evidence {
						if ev.SHA256 != "" {
							digests++
						}
					}
				}
			}
			// The generator reaches the optional parts of the document.
			assert.Positive(t, stages)
			assert.Positive(t, evidence)
			assert.Positive(t, digests)
		})
	}
}

func TestRandomDeterministic(t *testing.T) {
	a := spbetest.Random(rand.New(rand.NewPCG(7, 11)), nil)
	b := spbetest.Random(rand.New(rand.NewPCG(7, 11)), nil)
	c := spbetest.Random(rand.New(rand.NewPCG(8, 11)), nil)
	assert.Equal(t, a, b)
	assert.NotEqual(t, a, c)
	assert.Equal(t, spbe.PermenPANRB59of2020, a.Framework, "nil means the default framework")
	assert.Equal(t, spbetest.Random(nil, nil), spbetest.Random(rand.New(rand.NewPCG(0, 0)), nil), "nil means a zero seed")
}

func FuzzRandom(f *testing.F) {
	f.Add(uint64(0), uint64(0), false)
	f.Add(uint64(1), uint64(2), true)
	f.Add(uint64(1<<63), uint64(12345), false)
	old := must(spbe.Lookup(spbe.PermenPANRB5of2018))
	f.Fuzz(func(t *testing.T, s1, s2 uint64, old5of2018 bool) {
		fw := spbe.Default()
		if old5of2018 {
			fw = old
		}
		checkRandom(t, fw, spbetest.Random(rand.New(rand.NewPCG(s1, s2)), fw))
	})
}

func BenchmarkRandom(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 2))
	fw := spbe.Default()
	for b.Loop() {
		spbetest.Random(rng, fw)
	}
}
