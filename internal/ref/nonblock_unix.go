//go:build unix

package ref

import "syscall"

// nonblock opens a file without waiting for a writer, should a FIFO take
// the place of the file between its check and its opening.
const nonblock = syscall.O_NONBLOCK
