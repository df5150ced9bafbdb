//go:build unix

package ref

import (
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A FIFO is refused at once: reading it would wait for a writer forever.
func TestReadFileRefusesAFIFOWithoutWaiting(t *testing.T) {
	dir := folder(t)
	require.NoError(t, syscall.Mkfifo(filepath.Join(dir, "fifo.json"), 0o644))
	done := make(chan error, 1)
	go func() {
		_, err := ReadFile(dir, "fifo.json", 0)
		done <- err
	}()
	select {
	case err := <-done:
		assert.ErrorIs(t, err, ErrUnsafe)
		assert.EqualError(t, err, `"fifo.json" is not a regular file`)
	case <-time.After(10 * time.Second):
		t.Fatal("ReadFile waits on a FIFO")
	}
}
