package workspace

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/spbe"
)

// randomWorkspace builds a workspace for fw with up to three main and one
// supporting item per indicator and level, some levels without a main item,
// and random statuses.
func randomWorkspace(rng *rand.Rand, fw *spbe.Framework) *Workspace {
	w := &Workspace{Instansi: "Kab. Acak", Year: 2026}
	statuses := []Status{Belum, Draf, Proses, Revisi, Diterima, Diterima, Diterima}
	units := []string{"Diskominfo", "Bappeda", "Setda", "BPKAD"}
	for _, ind := range fw.Indicators() {
		for l := spbe.Level(1); l <= fw.MaxLevel(); l++ {
			mains := rng.IntN(4)
			if rng.IntN(8) == 0 {
				mains = 0
			}
			for k := range mains + 1 {
				w.Items = append(w.Items, Item{
					ID: fmt.Sprintf("%d.%d.%d", ind.Number, l, k), Indicator: ind.Number, Level: l, No: k + 1,
					Unit: units[rng.IntN(len(units))], Main: k < mains, Status: statuses[rng.IntN(len(statuses))],
					Due: smartcity.Date{Year: 2026, Month: time.Month(1 + rng.IntN(12)), Day: 1 + rng.IntN(28)},
				})
			}
		}
	}
	return w
}

// Doing what the way lists reaches the plan: once its items are accepted,
// the evidenced index is the plan's, and the effort is the items' count.
// Accepting more never lowers a level.
func TestWayLeadsWhereItsPlanSays(t *testing.T) {
	fw := pemdi(t)
	rng := rand.New(rand.NewPCG(8, 2026))
	for run := range 200 {
		w := randomWorkspace(rng, fw)
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
