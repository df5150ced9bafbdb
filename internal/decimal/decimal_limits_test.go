package decimal

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestParseRefusesTooManyDigits: up to MaxDigits digits on either side of
// the point are read exactly; more are refused at once rather than read
// in time quadratic in their count (four million digits took 38 s).
func TestParseRefusesTooManyDigits(t *testing.T) {
	nines := strings.Repeat("9", MaxDigits)
	for _, s := range []string{nines, "-" + nines + "." + nines, "0," + nines, "+" + nines + "."} {
		r, err := Parse(s)
		require.NoError(t, err, "%d characters", len(s))
		assert.NotZero(t, r.Sign())
	}
	for _, s := range []string{
		nines + "9",
		"0." + nines + "9",
		"-" + strings.Repeat("7", 4_000_000),
		"3." + strings.Repeat("0", 4_000_000),
	} {
		_, err := Parse(s)
		require.Error(t, err)
		assert.Contains(t, err.Error(), "more than 1000 digits before or after the point")
		assert.Less(t, len(err.Error()), 200, "the message does not repeat the input")
	}
}
