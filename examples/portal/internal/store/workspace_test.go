package store

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

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
