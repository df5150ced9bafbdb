package smartcity

import (
	"strings"
	"testing"

	"github.com/kotacerdas/smartcity/internal/escape"
	"github.com/kotacerdas/smartcity/internal/memtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A refused number repeats at most escape.MaxQuoted runes of what it was given,
// and finding them costs no more for a cell of 32 MB than for a short one:
// the message is cut where it is built, not after the whole value is
// copied.
func TestRefusedNumberQuotesAShortPrefix(t *testing.T) {
	huge := strings.Repeat("é", 16<<20) // 32 MB of two-byte runes
	_, err := ParseNumber(huge)
	require.Error(t, err)
	msg := err.Error()
	assert.Contains(t, msg, `"`+strings.Repeat("é", escape.MaxQuoted)+`…"`)
	assert.Less(t, len(msg), 4*escape.MaxQuoted+200)

	allocated := memtest.Allocated(func() {
		_, err := ParseNumber(huge)
		_ = err.Error()
	})
	assert.Less(t, allocated, uint64(64<<10), "bytes allocated to refuse a 32 MB value")
}
