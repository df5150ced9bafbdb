package input

import (
	"bytes"
	"io"
	"os"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReadAllWithinAndBeyondTheLimit(t *testing.T) {
	got, err := ReadAll(strings.NewReader("12345"), 5)
	require.NoError(t, err)
	assert.Equal(t, "12345", string(got))

	_, err = ReadAll(strings.NewReader("123456"), 5)
	require.ErrorIs(t, err, ErrTooLarge)
	assert.EqualError(t, err, "input exceeds the size limit of 5 bytes")

	// One byte at a time, the limit still holds and no byte past it is returned.
	var buf bytes.Buffer
	n, err := io.Copy(&buf, Limit(iotest.OneByteReader(strings.NewReader("abcdefgh")), 3))
	require.ErrorIs(t, err, ErrTooLarge)
	assert.Equal(t, int64(3), n)
	assert.Equal(t, "abc", buf.String())
}

func TestDefaultLimitApplies(t *testing.T) {
	r := Limit(strings.NewReader("x"), 0).(*limited)
	assert.Equal(t, DefaultLimit, r.limit)
}

// TestReadAllHoldsASizedInputOnce: a reader that tells its size is read
// into one buffer, not into pieces copied into another at the end, so a
// large document is in memory once while it is read; the limit still
// holds.
func TestReadAllHoldsASizedInputOnce(t *testing.T) {
	data := bytes.Repeat([]byte("rencana induk "), 1<<16)
	var got []byte
	allocs := testing.AllocsPerRun(5, func() {
		var err error
		got, err = ReadAll(bytes.NewReader(data), 0)
		require.NoError(t, err)
	})
	assert.Equal(t, data, got)
	assert.Equal(t, len(data)+1, cap(got), "one byte more, to see the end")
	assert.LessOrEqual(t, allocs, 3.0, "the reader, the limit and the one buffer")

	f, err := os.CreateTemp(t.TempDir(), "doc")
	require.NoError(t, err)
	_, err = f.Write(data)
	require.NoError(t, err)
	_, err = f.Seek(0, io.SeekStart)
	require.NoError(t, err)
	got, err = ReadAll(f, 0)
	require.NoError(t, err)
	assert.Equal(t, data, got)
	require.NoError(t, f.Close())

	_, err = ReadAll(bytes.NewReader(data), int64(len(data)-1))
	require.ErrorIs(t, err, ErrTooLarge)
}
