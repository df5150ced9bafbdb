package store

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity/internal/memtest"
)

// TestWorkspacePeakRSS opens a database of 1,000 items with their
// histories in a process of its own and reads the whole workspace twice,
// as a dashboard does, holding the growth of the resident set to
// memtest.Bound of the file.
func TestWorkspacePeakRSS(t *testing.T) {
	results := memtest.Peak(t, nil, func(t testing.TB, path string) {
		ctx := context.Background()
		s, err := Open(ctx, path)
		require.NoError(t, err)
		defer s.Close()
		for range 2 {
			w, _, err := s.Workspace(ctx)
			require.NoError(t, err)
			assert.Len(t, w.Items, 1000)
		}
	}, memtest.Doc{Name: "a database of 1,000 items", Make: func() []byte { return database(t, 1000) }})
	memtest.Within(t, results)
}

// database returns the bytes of a database holding a workspace of n
// items.
func database(t testing.TB, n int) []byte {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "portal.db")
	s, err := Open(ctx, path)
	require.NoError(t, err)
	_, err = s.Import(ctx, koordinator, sampleWorkspace(n))
	require.NoError(t, err)
	require.NoError(t, s.Close()) // the last connection checkpoints the WAL into the file
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	return data
}
