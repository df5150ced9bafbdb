package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSPBECompareRembangJSON(t *testing.T) {
	code, out, errOut := runCLI(t, "", "spbe", "compare", "--json", "--top", "3",
		spbeTestdata("rembang-2023.json"), spbeTestdata("rembang-2024.json"))
	require.Equal(t, exitOK, code, errOut)
	var got spbeCompareJSON
	decodeStrict(t, out, &got)
	assert.Equal(t, "permenpanrb-59-2020", got.Framework)
	assert.Equal(t, spbeSideJSON{Instansi: "Pemerintah Kab. Rembang", Tahun: 2023, Index: "3.64", Predicate: "Sangat Baik", PredicateBasis: "unrounded"}, got.From)
	assert.Equal(t, "3.99", got.To.Index)
	assert.Equal(t, spbeChangeJSON{From: "3.64", To: "3.99", Delta: "0.35", DeltaExact: "44/125"}, got.Index)
	assert.Equal(t, 0, got.PredicateChange)
	var domains []string
	for _, d := range got.Domains {
		domains = append(domains, d.Code+" "+d.From+"→"+d.To+" "+d.Delta)
	}
	assert.Equal(t, []string{"D1 4.50→4.40 -0.10", "D2 3.10→3.70 0.60", "D3 2.36→2.64 0.27", "D4 4.14→4.52 0.37"}, domains)
	assert.Len(t, got.Aspects, 8)
	assert.Len(t, got.Indicators, 47)
	assert.Len(t, got.Gains, 3)
	require.Len(t, got.Losses, 1)
	assert.Equal(t, spbeIndicatorDeltaJSON{
		Indicator: 5, Name: "Kebijakan Internal Layanan Pusat Data", From: 5, To: 4, Delta: -1,
		Contribution: "-0.0130", ContributionExact: "-13/1000",
	}, got.Losses[0])
	var raw map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &raw))
	for _, k := range []string{"from", "to", "index", "predicate_change", "domains", "aspects", "indicators", "gains", "losses"} {
		assert.Contains(t, raw, k)
	}
}

func TestSPBECompareRegions(t *testing.T) {
	code, out, errOut := runCLI(t, "", "spbe", "compare", "--lang", "en",
		spbeTestdata("rembang-2024.json"), spbeTestdata("sumedang-2024.json"))
	require.Equal(t, exitOK, code, errOut)
	lines := strings.Split(out, "\n")
	assert.Equal(t, "Pemerintah Kab. Rembang 2024 → Pemerintah Kab. Sumedang 2024", lines[0])
	assert.Equal(t, "SPBE index 3.99 → 4.51 (+0.52), very good → satisfactory", lines[1])
	assert.Contains(t, out, "D3  SPBE management                                    2.64  3.91  +1.27\n")
	assert.Contains(t, out, "D4  SPBE services                                      4.52  4.69  +0.18\n")
	assert.Contains(t, out, "Biggest gains (contribution to the index)\n28  IT service management  2 → 4  +0.0300\n")
	// In the reconstructed levels Sumedang's third sector service is one
	// level below Rembang's.
	assert.Contains(t, out, "Biggest losses\n47  sector public service 3")
}

func TestSPBECompareErrors(t *testing.T) {
	dir := t.TempDir()
	old := filepath.Join(dir, "lama.json")
	var b strings.Builder
	b.WriteString(`{"instansi": "Kab. Lama", "tahun": 2020, "framework": "permenpanrb-5-2018", "indicators": [`)
	for n := 1; n <= 35; n++ {
		if n > 1 {
			b.WriteString(",")
		}
		b.WriteString(`{"indicator": ` + itoa(n) + `, "level": 3}`)
	}
	b.WriteString("]}")
	require.NoError(t, os.WriteFile(old, []byte(b.String()), 0o600))
	code, _, errOut := runCLI(t, "", "spbe", "compare", old, spbeTestdata("rembang-2024.json"))
	assert.Equal(t, exitFinding, code)
	assert.Contains(t, errOut, "framework mismatch: cannot compare a result of permenpanrb-5-2018 with one of permenpanrb-59-2020")

	code, _, errOut = runCLI(t, "", "spbe", "compare", spbeTestdata("rembang-2024.json"))
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errOut, "two assessment files A and B are required")
	code, _, errOut = runCLI(t, "", "spbe", "compare", "--top", "x", "a", "b")
	assert.Equal(t, exitUsage, code, errOut)
	code, _, errOut = runCLI(t, "{", "spbe", "compare", "-", spbeTestdata("rembang-2024.json"))
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errOut, "malformed")
}
