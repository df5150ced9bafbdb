package store

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity/internal/memtest"
	"github.com/kotacerdas/smartcity/spbe"
	"github.com/kotacerdas/smartcity/spbe/workspace"
)

// The workspace read again while nothing was written is a copy of the one
// read before: what a caller changes in its copy is not seen by the next.
func TestWorkspaceKeptIsACopy(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	in := sampleWorkspace(3)
	_, err := s.Import(ctx, koordinator, in)
	require.NoError(t, err)
	a, va, err := s.Workspace(ctx)
	require.NoError(t, err)
	a.Items[0].Title = "changed by a caller"
	a.Items[0].History[0].By = "someone"
	a.Items[0].Document.Title = "changed"
	a.Outside[0].Score.Score = "0"
	a.Claims[0].Level = 5
	va[a.Items[0].ID] = 99
	b, vb, err := s.Workspace(ctx)
	require.NoError(t, err)
	assert.Equal(t, in, b)
	assert.Equal(t, int64(1), vb[b.Items[0].ID])
}

// A write through another Store on the same file, as another process
// makes it, is seen by the next read.
func TestWorkspaceSeesAnotherWriter(t *testing.T) {
	ctx := context.Background()
	s, path := openTest(t)
	_, err := s.Import(ctx, koordinator, sampleWorkspace(3))
	require.NoError(t, err)
	w, _, err := s.Workspace(ctx)
	require.NoError(t, err)
	id := w.Items[1].ID

	other, err := Open(ctx, path)
	require.NoError(t, err)
	defer other.Close()
	_, err = other.UpdateItem(ctx, asesor, id, 1, "edit", func(it *workspace.Item) error {
		it.Title = "from elsewhere"
		return nil
	})
	require.NoError(t, err)

	w, versions, err := s.Workspace(ctx)
	require.NoError(t, err)
	assert.Equal(t, "from elsewhere", w.Items[1].Title)
	assert.Equal(t, int64(2), versions[id])
	// A change refused writes nothing, and the workspace is read as it was.
	_, err = s.UpdateItem(ctx, asesor, id, 1, "edit", func(*workspace.Item) error { return nil })
	require.ErrorIs(t, err, ErrConflict)
	again, _, err := s.Workspace(ctx)
	require.NoError(t, err)
	assert.Equal(t, w, again)
}

// Whatever is written, by this Store or another on the same file, the
// workspace the store keeps and refreshes is the one a fresh read of the
// file finds.
func TestWorkspaceKeptMatchesTheFile(t *testing.T) {
	ctx := context.Background()
	s, path := openTest(t)
	other, err := Open(ctx, path)
	require.NoError(t, err)
	defer other.Close()
	fresh, err := Open(ctx, path)
	require.NoError(t, err)
	defer fresh.Close()
	_, err = s.Import(ctx, koordinator, sampleWorkspace(40))
	require.NoError(t, err)
	rng := rand.New(rand.NewPCG(16, 1))
	steps := 200
	if memtest.RaceEnabled() {
		steps = 50 // each step is ten times slower
	}
	for step := range steps {
		writer := []*Store{s, other}[rng.IntN(2)]
		w, versions, err := writer.Workspace(ctx)
		require.NoError(t, err)
		it := w.Items[rng.IntN(len(w.Items))]
		switch rng.IntN(10) {
		case 0:
			_, err = writer.AddItem(ctx, koordinator, newItem(fmt.Sprintf("new-%d", step)))
		case 1:
			again := sampleWorkspace(40)
			rng.Shuffle(len(again.Items), func(i, j int) { again.Items[i], again.Items[j] = again.Items[j], again.Items[i] })
			again.Items[0].Title = fmt.Sprintf("imported at %d", step)
			_, err = writer.Import(ctx, koordinator, again)
		case 2:
			err = writer.SetClaim(ctx, koordinator, workspace.Claim{Indicator: rng.IntN(5) + 1, Level: spbe.Level(rng.IntN(5))})
		case 3:
			_, err = writer.UpdateItem(ctx, koordinator, it.ID, versions[it.ID]+1, "stale", func(*workspace.Item) error { return nil })
			require.ErrorIs(t, err, ErrConflict)
			err = nil
		default:
			_, err = writer.UpdateItem(ctx, koordinator, it.ID, versions[it.ID], "edit", func(it *workspace.Item) error {
				it.No = step
				it.History = append(it.History, workspace.Change{By: "x", From: it.Status, To: it.Status, Reason: fmt.Sprint(step)})
				return nil
			})
		}
		require.NoError(t, err, "step %d", step)
		fresh.cache = cache{}
		want, wantVersions, err := fresh.Workspace(ctx)
		require.NoError(t, err)
		got, gotVersions, err := s.Workspace(ctx)
		require.NoError(t, err)
		require.Equal(t, want, got, "step %d", step)
		require.Equal(t, wantVersions, gotVersions, "step %d", step)
		for _, f := range []Filter{{Unit: "Bappeda"}, {Status: workspace.Belum}, {Indicator: 3}} {
			vs, err := s.Items(ctx, f)
			require.NoError(t, err)
			var ids []string
			for _, it := range want.Items {
				if f.match(&it) {
					ids = append(ids, it.ID)
				}
			}
			require.Len(t, vs, len(ids))
			for k, v := range vs {
				require.Equal(t, ids[k], v.Item.ID)
				require.Equal(t, wantVersions[v.Item.ID], v.Version)
			}
		}
	}
}
