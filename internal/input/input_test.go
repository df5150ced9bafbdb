package input

import (
	"bytes"
	"io"
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
