package main

import (
	"encoding/json"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPillarsTable(t *testing.T) {
	tests := []struct {
		name  string
		args  []string
		lines []string // the first lines of the table
		last  string
	}{
		{"default Indonesian", []string{"pillars"},
			[]string{"GOV       Tata Kelola Cerdas", "  GOV.SVC Pelayanan Publik", "  GOV.BUR Manajemen Birokrasi",
				"  GOV.POL Efisiensi Kebijakan Publik", "BRD       Pencitraan Daerah Cerdas"},
			"  ENV.ENE Tata Kelola Energi"},
		{"lang id", []string{"pillars", "--lang", "id"},
			[]string{"GOV       Tata Kelola Cerdas"}, "  ENV.ENE Tata Kelola Energi"},
		{"lang en", []string{"pillars", "--lang=en"},
			[]string{"GOV       Smart Governance", "  GOV.SVC Public Service"}, "  ENV.ENE Energy Management"},
		{"lang EN, spaced", []string{"pillars", "-lang", " EN "},
			[]string{"GOV       Smart Governance"}, "  ENV.ENE Energy Management"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runCLI(t, "", tt.args...)
			assert.Equal(t, exitOK, code)
			assert.Empty(t, errOut)
			lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
			require.Len(t, lines, 6+18)
			assert.Equal(t, tt.lines, lines[:len(tt.lines)])
			assert.Equal(t, tt.last, lines[len(lines)-1])
		})
	}
}

func TestPillarsJSON(t *testing.T) {
	code, out, errOut := runCLI(t, "", "pillars", "--json")
	require.Equal(t, exitOK, code, errOut)
	assert.Empty(t, errOut)

	var got []map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &got))
	require.Len(t, got, 6)
	var codes []string
	for _, p := range got {
		assert.ElementsMatch(t, []string{"code", "name_id", "name_en", "elements"}, slices.Collect(maps.Keys(p)))
		codes = append(codes, p["code"].(string))
		els := p["elements"].([]any)
		require.Len(t, els, 3)
		for _, el := range els {
			assert.ElementsMatch(t, []string{"code", "name_id", "name_en"}, slices.Collect(maps.Keys(el.(map[string]any))))
		}
	}
	assert.Equal(t, []string{"GOV", "BRD", "ECO", "LIV", "SOC", "ENV"}, codes)

	// The entries as a script reads them.
	type elementJSON struct {
		Code   string `json:"code"`
		NameID string `json:"name_id"`
		NameEN string `json:"name_en"`
	}
	type pillarJSON struct {
		Code     string        `json:"code"`
		NameID   string        `json:"name_id"`
		NameEN   string        `json:"name_en"`
		Elements []elementJSON `json:"elements"`
	}
	var typed []pillarJSON
	dec := json.NewDecoder(strings.NewReader(out))
	dec.DisallowUnknownFields()
	require.NoError(t, dec.Decode(&typed))
	assert.Equal(t, pillarJSON{
		Code: "LIV", NameID: "Kehidupan Cerdas", NameEN: "Smart Living",
		Elements: []elementJSON{
			{Code: "LIV.HAR", NameID: "Harmonisasi Tata Ruang Wilayah", NameEN: "Spatial Harmony"},
			{Code: "LIV.HEA", NameID: "Kesehatan", NameEN: "Health"},
			{Code: "LIV.MOB", NameID: "Mobilitas", NameEN: "Mobility"},
		},
	}, typed[3])

	// --lang does not change the JSON, which carries both languages.
	code, outEN, _ := runCLI(t, "", "pillars", "--json", "--lang", "en")
	assert.Equal(t, exitOK, code)
	assert.Equal(t, out, outEN)
}

func TestPillarsUsage(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout string // a part of it
		stderr string // a part of it
	}{
		{"help", []string{"pillars", "-h"}, exitOK, "Penggunaan: smartcity pillars [--lang id|en] [--json]", ""},
		{"help long", []string{"pillars", "--help", "--lang", "en"}, exitOK, "-lang string", ""},
		{"bad flag", []string{"pillars", "--bogus"}, exitUsage, "", "opsi tidak dikenal: -bogus"},
		{"bad language", []string{"pillars", "--lang", "fr"}, exitUsage, "", `--lang harus id atau en, bukan "fr"`},
		{"argument", []string{"pillars", "GOV"}, exitUsage, "", `smartcity pillars: argumen "GOV" tidak diharapkan`},
		{"listed", []string{"-h"}, exitOK, "pillars    mendaftar enam pilar kota cerdas", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runCLI(t, "", tt.args...)
			assert.Equal(t, tt.code, code)
			if tt.stdout != "" {
				assert.Contains(t, out, tt.stdout)
			}
			if tt.stderr != "" {
				assert.Contains(t, errOut, tt.stderr)
				assert.NotContains(t, out, "GOV", "nothing on stdout after a usage error")
			}
		})
	}
}
