package escape

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestQuote(t *testing.T) {
	assert.Equal(t, `"outcome=x"`, Quote("outcome=x"))
	assert.Equal(t, `""`, Quote(""))
	exact := strings.Repeat("é", MaxQuoted)
	assert.Equal(t, `"`+exact+`"`, Quote(exact), "as long as the cut: whole")
	assert.Equal(t, `"`+exact+`…"`, Quote(exact+"é"), "one rune more: cut")
	assert.Equal(t, `"`+exact+`…"`, Quote(strings.Repeat("é", 70)))
	assert.Equal(t, `"a\nb\xff"`, Quote("a\nb\xff"), "controls and bad bytes as Go escapes them")
}
