//go:build !unix

package ref

// nonblock is 0 where opening a file does not wait for a writer.
const nonblock = 0
