package input

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// zeros is an endless input that fills nothing in, so that streaming a
// large amount through a limit costs no more than the limit's own work.
type zeros struct{}

func (zeros) Read(p []byte) (int, error) { return len(p), nil }

func TestDefaultLimitIs64MiB(t *testing.T) {
	assert.Equal(t, int64(64*1024*1024), DefaultLimit)
}

// TestDefaultLimitRefusesOneByteMore streams 64 MiB + 1 bytes through the
// default limit without holding them.
func TestDefaultLimitRefusesOneByteMore(t *testing.T) {
	n, err := io.Copy(io.Discard, Limit(io.LimitReader(zeros{}, DefaultLimit), 0))
	require.NoError(t, err)
	assert.Equal(t, DefaultLimit, n)

	n, err = io.Copy(io.Discard, Limit(io.LimitReader(zeros{}, DefaultLimit+1), -1))
	require.ErrorIs(t, err, ErrTooLarge)
	assert.EqualError(t, err, "input exceeds the size limit of 67108864 bytes")
	assert.Equal(t, DefaultLimit, n)
}

// TestHugeLimits: a limit as large as int64 allows, which a caller may
// pass for "no limit", reads everything.
func TestHugeLimits(t *testing.T) {
	for _, limit := range []int64{math.MaxInt64, math.MaxInt64 - 1, math.MaxInt64 / 2, math.MaxInt32 + 1} {
		got, err := ReadAll(strings.NewReader("abc"), limit)
		require.NoError(t, err, "limit %d", limit)
		assert.Equal(t, "abc", string(got))
	}
}

// TestLimitKeepsRefusing: after the limit is passed, every later read
// fails again, and a reader's own error within the limit comes through.
func TestLimitKeepsRefusing(t *testing.T) {
	r := Limit(strings.NewReader("abcdef"), 2)
	buf := make([]byte, 8)
	n, err := r.Read(buf)
	assert.Equal(t, 2, n)
	require.ErrorIs(t, err, ErrTooLarge)
	for range 3 {
		n, err = r.Read(buf)
		assert.Zero(t, n)
		require.ErrorIs(t, err, ErrTooLarge)
	}

	_, err = ReadAll(iotest.TimeoutReader(strings.NewReader("abcdef")), 100)
	require.ErrorIs(t, err, iotest.ErrTimeout)
}

// FuzzReadAll: for any input and limit, ReadAll returns the input when it
// fits and ErrTooLarge naming the limit when it does not, whether the
// input comes at once or a byte at a time.
func FuzzReadAll(f *testing.F) {
	f.Add([]byte("12345"), int64(5), false)
	f.Add([]byte("123456"), int64(5), true)
	f.Add([]byte{}, int64(0), false)
	f.Add([]byte("{}"), int64(-1), false)
	f.Add([]byte("abc"), int64(math.MaxInt64), false)
	f.Add([]byte("abc"), int64(math.MinInt64), true)
	f.Fuzz(func(t *testing.T, data []byte, limit int64, oneByte bool) {
		var r io.Reader = bytes.NewReader(data)
		if oneByte {
			r = iotest.OneByteReader(r)
		}
		got, err := ReadAll(r, limit)
		effective := limit
		if limit <= 0 {
			effective = DefaultLimit
		}
		if int64(len(data)) <= effective {
			require.NoError(t, err)
			require.Equal(t, data, got)
			return
		}
		require.ErrorIs(t, err, ErrTooLarge)
		require.EqualError(t, err, fmt.Sprintf("input exceeds the size limit of %d bytes", effective))
		require.Equal(t, data[:effective], got)
	})
}
