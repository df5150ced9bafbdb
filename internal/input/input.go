// Package input bounds what the library's readers take in, so that a huge or
// endless input is refused with a clear error instead of exhausting memory.
package input

import (
	"errors"
	"fmt"
	"io"
)

// DefaultLimit is the size the readers accept unless told otherwise: 64 MiB,
// far above any real masterplan, assessment or results file.
const DefaultLimit int64 = 64 << 20

// ErrTooLarge is returned (wrapped, with the limit) when an input is larger
// than its limit.
var ErrTooLarge = errors.New("input exceeds the size limit")

// Limit returns a reader that reads from r and fails with ErrTooLarge once
// more than limit bytes (DefaultLimit when limit <= 0) have come from it.
func Limit(r io.Reader, limit int64) io.Reader {
	if limit <= 0 {
		limit = DefaultLimit
	}
	return &limited{r: r, left: limit, limit: limit}
}

type limited struct {
	r     io.Reader
	left  int64
	limit int64
}

// Read reads from the underlying reader and fails with ErrTooLarge once
// the limit is passed.
func (l *limited) Read(p []byte) (int, error) {
	if l.left < 0 {
		return 0, l.tooLarge()
	}
	// Read at most one byte past the limit, enough to tell that there is
	// more. Compared this way, a limit near math.MaxInt64 cannot overflow.
	if l.left < int64(len(p))-1 {
		p = p[:l.left+1]
	}
	n, err := l.r.Read(p)
	l.left -= int64(n)
	if l.left < 0 {
		return n + int(l.left), l.tooLarge()
	}
	return n, err
}

func (l *limited) tooLarge() error { return fmt.Errorf("%w of %d bytes", ErrTooLarge, l.limit) }

// ReadAll reads all of r, refusing with ErrTooLarge more than limit bytes
// (DefaultLimit when limit <= 0).
func ReadAll(r io.Reader, limit int64) ([]byte, error) {
	return io.ReadAll(Limit(r, limit))
}
