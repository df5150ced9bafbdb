package smartcity

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The severities' table parses every spelling it lists, and refuses the
// misspellings that internal/enum holds every table to.
func TestSeverityTable(t *testing.T) {
	parse := func(s string) (Severity, error) {
		var v Severity
		err := v.UnmarshalText([]byte(s))
		return v, err
	}
	listing, err := severities.Listing(parse)
	require.NoError(t, err)
	assert.Equal(t, "Severity\terror\terror\nSeverity\tgalat\terror\nSeverity\tkesalahan\terror\nSeverity\terr\terror\n"+
		"Severity\twarning\twarning\nSeverity\tperingatan\twarning\nSeverity\twarn\twarning\n", listing)
	require.NoError(t, severities.Refuses(parse))
}
