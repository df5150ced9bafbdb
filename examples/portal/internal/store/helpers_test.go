package store

import (
	"context"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/spbe"
	"github.com/kotacerdas/smartcity/spbe/workspace"
)

// testClock is a clock that moves a second on every reading, so that the
// times the store writes are known and distinct.
type testClock struct {
	mu  sync.Mutex
	now time.Time
}

func newClock() *testClock {
	return &testClock{now: time.Date(2026, 3, 2, 8, 0, 0, 123456789, time.UTC)}
}

func (c *testClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(time.Second)
	return c.now
}

// openTest opens a store in a new file of the test's temporary folder with
// a test clock, and closes it when the test ends.
func openTest(t testing.TB) (*Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "portal.db")
	s, err := OpenWith(context.Background(), path, Options{Now: newClock().Now})
	require.NoError(t, err)
	t.Cleanup(func() { require.NoError(t, s.Close()) })
	return s, path
}

var (
	koordinator = User{Login: "koordinator", Name: "Koordinator SPBE", Role: Koordinator}
	pelaksana   = User{Login: "pelaksana.diskominfo", Name: "Staf Diskominfo", Role: Pelaksana, Unit: "Diskominfo"}
	asesor      = User{Login: "asesor", Name: "Asesor Internal", Role: Asesor}
)

// sampleItem returns an item numbered n with every field set.
func sampleItem(n int) workspace.Item {
	at := time.Date(2026, 2, 1, 9, 30, 0, n, time.UTC)
	return workspace.Item{
		ID:          fmt.Sprintf("i%d.l2-%d", n%30+1, n),
		Indicator:   n%30 + 1,
		Level:       spbe.Level(n%5 + 1),
		No:          n%4 + 1,
		Title:       fmt.Sprintf("Dokumen kebijakan %d", n),
		Output:      "SK Bupati tentang Tim Koordinasi SPBE",
		Responsible: "Kepala Bidang Aptika",
		Unit:        []string{"Diskominfo", "Bappeda", "BKPSDM"}[n%3],
		Due:         smartcity.MustParseDate("2026-05-31"),
		Main:        n%2 == 0,
		Document:    &spbe.Evidence{Title: "SK", URL: "https://jdih.rembangkab.go.id/sk", File: "bukti/sk.pdf", SHA256: fmt.Sprintf("%064x", n)},
		Status:      workspace.Revisi,
		Revision:    workspace.TidakTepat,
		Reason:      "bukan SK yang berlaku",
		History: []workspace.Change{
			{At: at, By: "pelaksana", From: workspace.Belum, To: workspace.Draf},
			{At: at.Add(time.Hour), By: "pelaksana", From: workspace.Draf, To: workspace.Proses, Reason: "siap"},
			{At: at.Add(2 * time.Hour), By: "asesor", From: workspace.Proses, To: workspace.Revisi,
				Revision: workspace.TidakTepat, Reason: "bukan SK yang berlaku"},
		},
	}
}

// newItem returns an item with nothing uploaded yet.
func newItem(id string) workspace.Item {
	return workspace.Item{ID: id, Indicator: 1, Level: 1, Title: "Kebijakan SPBE", Unit: "Diskominfo", Main: true, Status: workspace.Belum}
}

// sampleWorkspace returns a workspace of n items with claims and outside
// values.
func sampleWorkspace(n int) *workspace.Workspace {
	w := &workspace.Workspace{
		Instansi: "Pemerintah Kabupaten Rembang", Year: 2026, Framework: spbe.PermenPANRB8of2026,
		Target: "Baik", Illustrative: true,
		Claims: []workspace.Claim{{Indicator: 3, Level: 2, Note: "SK sudah ada"}, {Indicator: 1, Level: 4}},
		Outside: []workspace.Outside{
			{Indicator: 5, Score: &spbe.ExternalScore{Source: "SDI", Score: "78.5"}},
			{Indicator: 18, Level: 2},
		},
	}
	for k := range n {
		w.Items = append(w.Items, sampleItem(k))
	}
	return w
}
