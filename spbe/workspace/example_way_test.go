package workspace_test

import (
	"fmt"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/spbe"
	"github.com/kotacerdas/smartcity/spbe/workspace"
)

// A unit uploads its decree, the internal assessor accepts it, and the
// indicator's level rises; the way to an index of 0.70 lists the fewest
// documents still missing, unit by unit.
func Example() {
	fw, _ := spbe.Lookup(spbe.PermenPANRB8of2026)
	w := workspace.Workspace{Instansi: "Pemerintah Kabupaten Rembang", Year: 2026, Illustrative: true}
	for _, n := range []int{1, 2, 3, 4} {
		for l := spbe.Level(1); l <= 3; l++ {
			status := workspace.Diterima
			if l == 3 {
				status = workspace.Belum
			}
			w.Items = append(w.Items, workspace.Item{
				ID: fmt.Sprintf("%d.%d", n, l), Indicator: n, Level: l, Main: true, Status: status,
				Title: fmt.Sprintf("Bukti indikator %d level %d", n, l), Unit: []string{"Diskominfo", "Bappeda"}[n%2],
				Due: smartcity.MustParseDate("2026-08-17"),
			})
		}
	}
	it := &w.Items[2] // indicator 1, level 3
	it.Document = &spbe.Evidence{Title: "SK Tim Koordinasi SPBE", File: "sk-tim-spbe.pdf"}
	_ = it.Move(workspace.Change{By: "diskominfo", To: workspace.Proses})
	_ = it.Move(workspace.Change{By: "asesor", To: workspace.Diterima})

	s, _ := w.Evaluate(fw, workspace.Options{Today: smartcity.MustParseDate("2026-09-01")})
	one, _ := s.Indicator(1)
	fmt.Println("indikator 1: level", one.Evidenced)
	fmt.Println("indeks:", s.Evidenced.Index, fw.PredicateName(s.Evidenced.Predicate, smartcity.Indonesian))
	fmt.Println("terlambat:", len(s.Overdue))

	way, _ := s.Way(spbe.Target{Index: smartcity.NewNumber(70, 100)}, workspace.WayOptions{})
	fmt.Println("menuju 0.70:", way.Items, "butir, indeks", way.Result.Index, "tercapai:", way.Plan.Reached)
	for _, g := range way.Units {
		for _, o := range g.Items {
			fmt.Printf("  %s: %s (batas %s)\n", g.Unit, o.Title, o.Due)
		}
	}
	// Output:
	// indikator 1: level 3
	// indeks: 0.59 Kurang
	// terlambat: 3
	// menuju 0.70: 3 butir, indeks 0.74 tercapai: true
	//   Bappeda: Bukti indikator 3 level 3 (batas 2026-08-17)
	//   Diskominfo: Bukti indikator 2 level 3 (batas 2026-08-17)
	//   Diskominfo: Bukti indikator 4 level 3 (batas 2026-08-17)
}
