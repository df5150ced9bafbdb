// Package input bounds what the library's readers take in, so that a huge or
// endless input is refused with a clear error instead of exhausting memory:
// "input exceeds the size limit of 67108864 bytes", in Indonesian "masukan
// melebihi batas ukuran 64 MiB".
package input

import (
	"fmt"
	"io"
	"io/fs"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/i18n"
)

// DefaultLimit is the size the readers accept unless told otherwise: 64 MiB,
// far above any real masterplan, assessment or results file.
const DefaultLimit int64 = 64 << 20

// ErrTooLarge is returned (wrapped, with the limit) when an input is larger
// than its limit.
var ErrTooLarge = i18n.New(words, "input exceeds the size limit")

// words are the package's messages in Indonesian.
var words = i18n.Table{
	"input exceeds the size limit": "masukan melebihi batas ukuran",
	"%w of %s":                     "%w %s",
}

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

// tooLarge is the error of an input over the limit: "input exceeds the
// size limit of 67108864 bytes", in Indonesian "masukan melebihi batas
// ukuran 64 MiB".
func (l *limited) tooLarge() error { return i18n.Errorf(words, "%w of %s", ErrTooLarge, size(l.limit)) }

// size is a number of bytes in a message: "67108864 bytes" in English, as
// exact as a limit must be, and in Indonesian in the unit a person sets a
// limit in, "64 MiB", "512 KiB" or "100 byte".
type size int64

// String returns the size in English.
func (n size) String() string { return fmt.Sprintf("%d bytes", int64(n)) }

// Message returns the size in lang.
func (n size) Message(lang smartcity.Lang) string {
	switch {
	case i18n.English(lang):
		return n.String()
	case n > 0 && n%(1<<30) == 0:
		return fmt.Sprintf("%d GiB", n>>30)
	case n > 0 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n > 0 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d byte", int64(n))
}

// ReadAll reads all of r, refusing with ErrTooLarge more than limit bytes
// (DefaultLimit when limit <= 0).
//
// A reader that tells its size — a file, a bytes.Reader, a strings.Reader
// or a bytes.Buffer — is read into one buffer of that size and a byte
// more, to see the end: the document is held once, where io.ReadAll holds
// it twice on the way, in its pieces and in the slice it returns. Other
// readers are read with io.ReadAll.
func ReadAll(r io.Reader, limit int64) ([]byte, error) {
	if limit <= 0 {
		limit = DefaultLimit
	}
	size, ok := sizeOf(r)
	if !ok || size < 0 {
		return io.ReadAll(Limit(r, limit))
	}
	buf := make([]byte, 0, min(size, limit)+1)
	lr := Limit(r, limit)
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)] // larger than it said: grow
		}
		n, err := lr.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return buf, err
		}
	}
}

// sizeOf returns the number of bytes r says it holds, if it says.
func sizeOf(r io.Reader) (int64, bool) {
	switch v := r.(type) {
	case interface{ Len() int }:
		return int64(v.Len()), true
	case interface{ Stat() (fs.FileInfo, error) }:
		fi, err := v.Stat()
		if err != nil || !fi.Mode().IsRegular() {
			return 0, false
		}
		return fi.Size(), true
	}
	return 0, false
}
