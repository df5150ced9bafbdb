package workspace_test

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/spbe"
	. "github.com/kotacerdas/smartcity/spbe/workspace"
	"github.com/kotacerdas/smartcity/spbe/workspace/workspacetest"
)

// Doing what the way lists reaches the plan: once its items are accepted,
// the evidenced index is the plan's, and the effort is the items' count.
// Accepting more never lowers a level.
func TestWayLeadsWhereItsPlanSays(t *testing.T) {
	fw, err := spbe.Lookup(spbe.PermenPANRB8of2026)
	require.NoError(t, err)
	rng := rand.New(rand.NewPCG(8, 2026))
	for run := range 200 {
		w := workspacetest.Random(uint64(run), fw, 50+rng.IntN(400))
		s, err := w.Evaluate(fw, Options{})
		require.NoError(t, err)
		target := spbe.Target{Index: smartcity.NewNumber(s.Evidenced.Numerator()+int64(rng.IntN(20000)), 10000)}
		for _, opt := range []WayOptions{{}, {FewestRaises: true}} {
			way, err := s.Way(target, opt)
			require.NoError(t, err, run)
			if !opt.FewestRaises {
				require.Equal(t, int64(way.Items), way.Plan.TotalCost, run)
			}
			done := map[string]bool{}
			for _, g := range way.Units {
				for _, o := range g.Items {
					done[o.ID] = true
				}
			}
			after := *w
			after.Items = append([]Item(nil), w.Items...)
			for k := range after.Items {
				if done[after.Items[k].ID] {
					after.Items[k].Status = Diterima
				}
			}
			s2, err := after.Evaluate(fw, Options{})
			require.NoError(t, err)
			require.Zero(t, s2.Evidenced.Index.Cmp(way.Result.Index), "run %d: the way leads to %s, accepting its items gives %s", run, way.Result.Index.Exact(), s2.Evidenced.Index.Exact())
			require.GreaterOrEqual(t, way.Result.Index.Cmp(way.Plan.To), 0, run)
			if way.Plan.Reached {
				require.GreaterOrEqual(t, way.Result.Index.Cmp(target.Index), 0, run)
			}
			for p := range s.Indicators {
				require.GreaterOrEqual(t, s2.Indicators[p].Evidenced, s.Indicators[p].Evidenced, run)
			}
		}
	}
}
