package spbetest_test

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"slices"
	"strconv"
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
	require.Empty(t, a.Validate(fw))
	lv, err := fw.LevelsOf(a, spbe.Options{})
	require.NoError(t, err, "every indicator is answered")
	inds := fw.Spec().Indicators
	for i, l := range lv {
		require.True(t, l >= fw.MinLevel() && l <= fw.MaxLevel(), "indicator %d: level %d", inds[i].Number, l)
	}
	assert.Contains(t, fw.Years(), a.Year)
	for _, ans := range a.Indicators {
		if ans.External == nil {
			continue
		}
		c, ok := fw.Conversion(ans.Indicator)
		require.True(t, ok, "indicator %d takes no outside score", ans.Indicator)
		require.Equal(t, c.Source, ans.External.Source)
		l, err := fw.Convert(ans.Indicator, *ans.External)
		require.NoError(t, err)
		pos, _ := fw.Position(ans.Indicator)
		require.Equal(t, l, lv[pos], "indicator %d scores at the converted level", ans.Indicator)
		require.Contains(t, []spbe.Level{spbe.Unanswered, l}, ans.Level)
	}
	data, err := json.Marshal(a)
	require.NoError(t, err)
	back, err := spbe.DecodeAssessment(bytes.NewReader(data), 0)
	require.NoError(t, err)
	assert.Equal(t, a, back)
}

func TestRandomValid(t *testing.T) {
	for fw := range spbe.Frameworks() {
		t.Run(fw.ID(), func(t *testing.T) {
			var stages, evidence, digests, external, pending, converting, onEdge int
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
					if x := ans.External; x != nil {
						external++
						if x.Score == "" {
							pending++
						}
						if ans.Level == spbe.Unanswered {
							converting++
						}
						if c, _ := fw.Conversion(ans.Indicator); slices.Contains(c.Edges, x.Score) {
							onEdge++
						}
					}
				}
			}
			// The generator reaches the optional parts of the document.
			assert.Positive(t, stages)
			assert.Positive(t, evidence)
			assert.Positive(t, digests)
			if len(fw.Conversions()) == 0 {
				assert.Zero(t, external)
				return
			}
			assert.Positive(t, external)
			assert.Positive(t, pending)
			assert.Positive(t, converting)
			assert.Positive(t, onEdge)
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

// FuzzRandom checks Random on a built-in framework (which 0–2: 8/2026,
// 59/2020, 5/2018) or on a framework RandomFramework draws from the same
// seed (which 3).
func FuzzRandom(f *testing.F) {
	for which := range uint8(4) {
		f.Add(uint64(0), uint64(0), which)
		f.Add(uint64(1), uint64(2), which)
	}
	f.Add(uint64(1<<63), uint64(12345), uint8(255))
	builtin := slices.Collect(spbe.Frameworks())
	f.Fuzz(func(t *testing.T, s1, s2 uint64, which uint8) {
		rng := rand.New(rand.NewPCG(s1, s2))
		var fw *spbe.Framework
		if k := int(which) % (len(builtin) + 1); k < len(builtin) {
			fw = builtin[k]
		} else {
			var err error
			fw, err = spbe.NewFramework(spbetest.RandomFramework(rng, "acak"))
			require.NoError(t, err)
		}
		checkRandom(t, fw, spbetest.Random(rng, fw))
	})
}

// TestRandomFrameworkValid checks that generated frameworks load, come
// back from Spec and from JSON as they were, give valid random
// assessments, and reach every optional part of a spec.
func TestRandomFrameworkValid(t *testing.T) {
	var flat, domains, methods, inForce, conversions, edgeLower, levelZero, skipped int
	for seed := range uint64(300) {
		spec := spbetest.RandomFramework(rand.New(rand.NewPCG(seed, 2)), "acak-"+strconv.FormatUint(seed, 10))
		fw, err := spbe.NewFramework(spec)
		require.NoError(t, err, "seed %d", seed)
		require.Equal(t, spec, fw.Spec(), "seed %d", seed)
		data, err := json.Marshal(fw)
		require.NoError(t, err)
		back, err := spbe.UnmarshalFramework(data)
		require.NoError(t, err, "seed %d: %s", seed, data)
		require.Equal(t, spec, back.Spec(), "seed %d", seed)
		for n := range uint64(3) {
			checkRandom(t, fw, spbetest.Random(rand.New(rand.NewPCG(seed, n)), fw))
		}

		if fw.HasDomains() {
			domains++
		} else {
			flat++
		}
		if len(spec.Methods) > 0 {
			methods++
		}
		if spec.InForce {
			inForce++
		}
		if len(spec.Conversions) > 0 {
			conversions++
		}
		for _, c := range spec.Conversions {
			if c.EdgeLower {
				edgeLower++
			}
		}
		if spec.MinLevel == 0 {
			levelZero++
		}
		if len(spec.Bands) < 5 {
			skipped++
		}
	}
	for name, n := range map[string]int{
		"without domains": flat, "with domains": domains, "with methods": methods, "in force": inForce,
		"with conversions": conversions, "edge_lower": edgeLower, "level 0": levelZero, "fewer bands": skipped,
	} {
		assert.Positive(t, n, name)
	}
}

func TestRandomFrameworkDeterministic(t *testing.T) {
	a := spbetest.RandomFramework(rand.New(rand.NewPCG(7, 11)), "x")
	b := spbetest.RandomFramework(rand.New(rand.NewPCG(7, 11)), "x")
	c := spbetest.RandomFramework(rand.New(rand.NewPCG(8, 11)), "x")
	assert.Equal(t, a, b)
	assert.NotEqual(t, a, c)
	assert.Equal(t, spbetest.RandomFramework(nil, "x"), spbetest.RandomFramework(rand.New(rand.NewPCG(0, 0)), "x"), "nil means a zero seed")
	pemdi := must(spbe.Lookup(spbe.PermenPANRB8of2026))
	assert.Equal(t, spbetest.Random(rand.New(rand.NewPCG(3, 4)), pemdi), spbetest.Random(rand.New(rand.NewPCG(3, 4)), pemdi))
}

// FuzzRandomFramework checks that every seed gives a framework that loads
// and comes back from JSON unchanged.
func FuzzRandomFramework(f *testing.F) {
	f.Add(uint64(0), uint64(0))
	f.Add(uint64(59), uint64(2020))
	f.Fuzz(func(t *testing.T, s1, s2 uint64) {
		spec := spbetest.RandomFramework(rand.New(rand.NewPCG(s1, s2)), "acak")
		fw, err := spbe.NewFramework(spec)
		require.NoError(t, err)
		data, err := json.Marshal(fw)
		require.NoError(t, err)
		back, err := spbe.UnmarshalFramework(data)
		require.NoError(t, err)
		require.Equal(t, spec, back.Spec())
	})
}

func BenchmarkRandom(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 2))
	fw := spbe.Default()
	for b.Loop() {
		spbetest.Random(rng, fw)
	}
}
