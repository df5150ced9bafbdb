package workspace

import (
	"math/rand/v2"
	"testing"

	"github.com/kotacerdas/smartcity/spbe"
)

// A portal's dashboard evaluates its workspace and plans the way on every
// view: a region's thousand items.
func BenchmarkEvaluateAndWay(b *testing.B) {
	fw := pemdi(b)
	w := randomWorkspace(rand.New(rand.NewPCG(1, 2)), fw)
	for len(w.Items) < 1000 {
		w.Items = append(w.Items, randomWorkspace(rand.New(rand.NewPCG(uint64(len(w.Items)), 3)), fw).Items...)
	}
	w.Items = w.Items[:1000]
	for k := range w.Items {
		w.Items[k].ID = w.Items[k].ID + "." + string(rune('a'+k%26))
	}
	target := spbe.Target{Predicate: spbe.Memuaskan}
	for b.Loop() {
		s, err := w.Evaluate(fw, Options{})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := s.Way(target, WayOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}
