//go:build unix

package main

import (
	"syscall"
	"testing"

	"github.com/stretchr/testify/require"
)

// makeFIFO makes a FIFO at path and reports true, where the system has
// FIFOs.
func makeFIFO(t *testing.T, path string) bool {
	require.NoError(t, syscall.Mkfifo(path, 0o644))
	return true
}
