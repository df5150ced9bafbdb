package workspacetest

import (
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/spbe"
	"github.com/kotacerdas/smartcity/spbe/workspace"
)

// Random returns a workspace for fw with n items, the same for the same
// seed: per indicator and level up to three main items and a supporting
// one, some levels without a main item, four units, random statuses and
// due dates in 2026, ids unique. Documents are set where the status needs
// one. It is for property tests and benchmarks.
func Random(seed uint64, fw *spbe.Framework, n int) *workspace.Workspace {
	rng := rand.New(rand.NewPCG(seed, 2026))
	w := &workspace.Workspace{Instansi: "Pemerintah Kabupaten Acak", Year: 2026, Framework: fw.ID(), Illustrative: true}
	statuses := []workspace.Status{workspace.Belum, workspace.Draf, workspace.Proses, workspace.Revisi, workspace.Diterima, workspace.Diterima, workspace.Diterima}
	unitNames := []string{"Diskominfo", "Bappeda", "Setda", "BPKAD"}
	for round := 0; len(w.Items) < n; round++ {
		for _, ind := range fw.Indicators() {
			for l := spbe.Level(1); l <= fw.MaxLevel(); l++ {
				mains := rng.IntN(4)
				if rng.IntN(8) == 0 {
					mains = 0
				}
				for k := range mains + 1 {
					if len(w.Items) == n {
						return w
					}
					it := workspace.Item{
						ID: fmt.Sprintf("%d.%d.%d.%d", ind.Number, l, round, k), Indicator: ind.Number, Level: l, No: k + 1,
						Title: fmt.Sprintf("Bukti %d level %d nomor %d", ind.Number, l, k+1), Unit: unitNames[rng.IntN(len(unitNames))],
						Main: k < mains, Status: statuses[rng.IntN(len(statuses))],
						Due: smartcity.Date{Year: 2026, Month: time.Month(1 + rng.IntN(12)), Day: 1 + rng.IntN(28)},
					}
					if it.Status == workspace.Revisi {
						it.Reason = "Dokumen tidak tepat"
					}
					if it.Status != workspace.Belum {
						it.Document = Document(it.ID)
					}
					w.Items = append(w.Items, it)
				}
			}
		}
	}
	return w
}
