package main

import (
	"encoding/xml"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// spbe cohort --format svg draws the ranking of one framework's cohort,
// its head and the highlighted members wherever they rank.
func TestSPBECohortSVG(t *testing.T) {
	code, out, errOut := runCLI(t, "", "spbe", "cohort", "--format", "svg", "--top", "1", "--highlight", "pemerintah kab. rendah",
		spbeCLITestdata("cohort-pemdi-2026.csv"))
	require.Equal(t, 0, code, errOut)
	require.Contains(t, out, "<svg")
	assert.Contains(t, out, "Pemerintah Kab. Rendah")
	assert.Contains(t, out, "Pemerintah Kab. Contoh", "the head of one")
	assert.NotContains(t, out, "Pemerintah Kab. Rembang", "neither in the head nor highlighted")
	d := xml.NewDecoder(strings.NewReader(out))
	for {
		_, err := d.Token()
		if err != nil {
			assert.Equal(t, "EOF", err.Error(), "well-formed")
			break
		}
	}

	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"--format", "svg", spbeCLITestdata("cohort-2025-2026.json")}, 2, "--format svg draws one cohort"},
		{[]string{"--format", "svg", "--lang", "id", spbeCLITestdata("cohort-2025-2026.json")}, 2, "menggambar satu kohort"},
		{[]string{"--top", "3", spbeCLITestdata("cohort-pemdi-2026.csv")}, 2, "--top does not apply to --format text"},
		{[]string{"--format", "svg", "--top", "0", spbeCLITestdata("cohort-pemdi-2026.csv")}, 2, "--top must be at least 1"},
		{[]string{"--format", "svg", "--out-dir", t.TempDir(), spbeCLITestdata("cohort-pemdi-2026.csv")}, 2, "--out-dir does not apply to --format svg"},
	}
	for _, tt := range tests {
		code, _, errOut := runCLI(t, "", append([]string{"spbe", "cohort", "--lang", "en"}, tt.args...)...)
		assert.Equal(t, tt.code, code, "%v: %s", tt.args, errOut)
		assert.Contains(t, errOut, tt.want, "%v", tt.args)
	}
}
