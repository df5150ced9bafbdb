package workspace_test

import (
	"testing"

	"github.com/kotacerdas/smartcity/spbe"
	"github.com/kotacerdas/smartcity/spbe/workspace"
	"github.com/kotacerdas/smartcity/spbe/workspace/workspacetest"
)

// A portal's dashboard evaluates its workspace and plans the way on every
// view: a region's thousand items.
func BenchmarkEvaluateAndWay(b *testing.B) {
	fw, err := spbe.Lookup(spbe.PermenPANRB8of2026)
	if err != nil {
		b.Fatal(err)
	}
	w := workspacetest.Random(1, fw, 1000)
	target := spbe.Target{Predicate: spbe.Memuaskan}
	for b.Loop() {
		s, err := w.Evaluate(fw, workspace.Options{})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := s.Way(target, workspace.WayOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}
