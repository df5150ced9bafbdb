package spbe

import (
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/stretchr/testify/require"
)

// naiveScore sums level × weight indicator by indicator into the aspects
// and domains it belongs to, as the regulation defines the indices: the
// reference the scoring pass must equal, numerator and denominator alike.
func naiveScore(fw *Framework, lv Levels) (total int64, aspects, domains []int64) {
	aspects, domains = make([]int64, len(fw.aspectW)), make([]int64, len(fw.domainW))
	for i, l := range lv {
		p := int64(l) * fw.weight[i]
		a := fw.aspectOf[i]
		aspects[a] += p
		if d := fw.domainOf[a]; d >= 0 {
			domains[d] += p
		}
		total += p
	}
	return total, aspects, domains
}

// checkPass scores random level vectors of fw into a new Result and into
// one reused, and holds both to naiveScore.
func checkPass(t *testing.T, rng *rand.Rand, fw *Framework) {
	t.Helper()
	var reused Result
	for range 20 {
		lv := fw.NewLevels()
		for i := range lv {
			lv[i] = fw.MinLevel() + Level(rng.IntN(int(fw.MaxLevel()-fw.MinLevel())+1))
		}
		if rng.IntN(4) == 0 {
			lv[rng.IntN(len(lv))] = 0 // unanswered, or level 0 where the scale has one
		}
		total, aspects, domains := naiveScore(fw, lv)
		fresh, err := fw.Score(lv, Options{Unanswered: UnansweredZero})
		require.NoError(t, err)
		require.NoError(t, fw.ScoreInto(&reused, lv, Options{Unanswered: UnansweredZero}))
		for _, res := range []*Result{fresh, &reused} {
			require.Equal(t, total, res.Numerator(), fw.ID())
			require.Len(t, res.Aspects, len(aspects))
			for a, want := range aspects {
				require.Equal(t, want, res.Aspects[a].Num(), "%s aspect %d", fw.ID(), a)
				require.Equal(t, fw.aspectW[a], res.Aspects[a].Den(), "%s aspect %d", fw.ID(), a)
			}
			require.Len(t, res.Domains, len(domains))
			for d, want := range domains {
				require.Equal(t, want, res.Domains[d].Num(), "%s domain %d", fw.ID(), d)
				require.Equal(t, fw.domainW[d], res.Domains[d].Den(), "%s domain %d", fw.ID(), d)
			}
		}
	}
}

// TestScorePassIsTheDefinition: the scoring pass gives every index exactly
// as summing indicator by indicator does — under the built-ins, with the
// indicators of aspects and domains interleaved in any order, and for a
// framework larger than the running sums a new Result keeps on the stack.
func TestScorePassIsTheDefinition(t *testing.T) {
	rng := rand.New(rand.NewPCG(8, 2026))
	for _, fw := range builtins() {
		checkPass(t, rng, fw)
	}
	for n := range 10 {
		spec := Default().Spec()
		spec.ID = "acak-" + strconv.Itoa(n)
		spec.Conversions = nil
		rng.Shuffle(len(spec.Indicators), func(i, j int) {
			spec.Indicators[i].Aspect, spec.Indicators[j].Aspect = spec.Indicators[j].Aspect, spec.Indicators[i].Aspect
		})
		reweigh(&spec)
		fw, err := NewFramework(spec)
		require.NoError(t, err)
		require.NotNil(t, fw.aspectRuns.to, "aspects interleaved")
		checkPass(t, rng, fw)
	}
	spec := Default().Spec()
	spec.ID, spec.Conversions = "besar", nil
	spec.Domains, spec.Aspects, spec.Indicators = nil, spec.Aspects[:2], nil
	spec.Aspects[0].Domain, spec.Aspects[1].Domain = "", ""
	for i := range 100 {
		spec.Indicators = append(spec.Indicators, Indicator{Number: i + 1, Name: Text{ID: "i"},
			Aspect: spec.Aspects[i%2].Code, Scale: spec.Scales[0].Code, WeightBP: 100})
	}
	reweigh(&spec)
	fw, err := NewFramework(spec)
	require.NoError(t, err)
	checkPass(t, rng, fw)
}

// reweigh sets the weights of spec's aspects and domains to the sums of
// their indicators' and aspects'.
func reweigh(spec *FrameworkSpec) {
	for a := range spec.Aspects {
		spec.Aspects[a].WeightBP = 0
		for _, ind := range spec.Indicators {
			if ind.Aspect == spec.Aspects[a].Code {
				spec.Aspects[a].WeightBP += ind.WeightBP
			}
		}
	}
	for d := range spec.Domains {
		spec.Domains[d].WeightBP = 0
		for _, asp := range spec.Aspects {
			if asp.Domain == spec.Domains[d].Code {
				spec.Domains[d].WeightBP += asp.WeightBP
			}
		}
	}
}
