package store

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity/spbe/workspace"
)

// killEnv names, in the environment of the child process of
// TestKillDuringWrites, the database it writes to.
const killEnv = "PORTAL_STORE_KILL_DB"

// A process killed (SIGKILL) in the middle of its writes loses none of
// the changes it committed. The child commits changes to one item as fast
// as it can, printing each version once UpdateItem returned; the parent
// kills it after a number of commits, reopens the file and finds every
// printed version committed, the audit log whole and the file sound.
func TestKillDuringWrites(t *testing.T) {
	if path := os.Getenv(killEnv); path != "" {
		writeUntilKilled(t, path)
		return
	}
	if testing.Short() {
		t.Skip("runs a child process")
	}
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "portal.db")
	s, err := Open(ctx, path)
	require.NoError(t, err)
	_, err = s.AddItem(ctx, koordinator, newItem("i1.l1"))
	require.NoError(t, err)
	require.NoError(t, s.Close())

	cmd := exec.Command(os.Args[0], "-test.run=^TestKillDuringWrites$", "-test.count=1")
	cmd.Env = append(os.Environ(), killEnv+"="+path)
	out, err := cmd.StdoutPipe()
	require.NoError(t, err)
	cmd.Stderr = os.Stderr
	require.NoError(t, cmd.Start())
	var printed int64
	lines := bufio.NewScanner(out)
	killed := false
	deadline := time.Now().Add(30 * time.Second)
	for lines.Scan() {
		v, ok := strings.CutPrefix(lines.Text(), "committed ")
		if !ok {
			continue
		}
		printed, err = strconv.ParseInt(v, 10, 64)
		require.NoError(t, err)
		if !killed && (printed >= 60 || time.Now().After(deadline)) {
			require.NoError(t, cmd.Process.Kill())
			killed = true
		}
	}
	err = cmd.Wait()
	require.True(t, killed, "the child ended by itself: %v", err)
	require.Error(t, err, "killed")
	require.GreaterOrEqual(t, printed, int64(60))

	s, err = Open(ctx, path)
	require.NoError(t, err)
	defer s.Close()
	integrity(t, s.read)
	v, err := s.Item(ctx, "i1.l1")
	require.NoError(t, err)
	// The child may have committed one more change than it printed.
	assert.GreaterOrEqual(t, v.Version, printed)
	assert.LessOrEqual(t, v.Version, printed+1)
	assert.Equal(t, int(v.Version-1), v.Item.No, "every committed change")
	_, total, err := s.Audit(ctx, 1, 0, "i1.l1")
	require.NoError(t, err)
	assert.Equal(t, int(v.Version), total, "one entry per committed change and the add")
	t.Logf("killed after %d printed commits; the file holds version %d", printed, v.Version)
	// The store writes on after the crash.
	_, err = s.UpdateItem(ctx, koordinator, "i1.l1", v.Version, "count", func(it *workspace.Item) error { it.No++; return nil })
	assert.NoError(t, err)
}

// writeUntilKilled commits changes to item i1.l1 of the database at path
// and prints each version committed, until the process is killed.
func writeUntilKilled(t *testing.T, path string) {
	ctx := context.Background()
	s, err := Open(ctx, path)
	require.NoError(t, err)
	v := int64(1)
	for range 100_000 {
		got, err := s.UpdateItem(ctx, koordinator, "i1.l1", v, "count", func(it *workspace.Item) error {
			it.No++
			return nil
		})
		require.NoError(t, err)
		v = got.Version
		fmt.Printf("committed %d\n", v)
	}
}
