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
	out := runOK(t, "", "spbe", "compare", "--json", "--top", "3",
		spbeTestdata("rembang-2023.json"), spbeTestdata("rembang-2024.json"))
	var got spbeCompareJSON
	decodeStrict(t, out, &got)
	assert.Equal(t, "permenpanrb-59-2020", got.Framework)
	assert.Equal(t, spbeSideJSON{Instansi: "Pemerintah Kab. Rembang", Tahun: 2023, Index: "3.64", Predicate: "Sangat Baik", PredicateBasis: "unrounded"}, got.From)
	assert.Equal(t, "3.99", got.To.Index)
	assert.Equal(t, spbeChangeJSON{From: "3.64", To: "3.99", Delta: "0.35", DeltaExact: "44/125", DeltaValue: 0.352}, got.Index)
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
		Contribution: "-0.0130", ContributionExact: "-13/1000", ContributionValue: -0.013,
	}, got.Losses[0])
	var raw map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &raw))
	for _, k := range []string{"from", "to", "index", "predicate_change", "domains", "aspects", "indicators", "gains", "losses"} {
		assert.Contains(t, raw, k)
	}
}

func TestSPBECompareRegions(t *testing.T) {
	out := runOK(t, "", "spbe", "compare", "--lang", "en",
		spbeTestdata("rembang-2024.json"), spbeTestdata("sumedang-2024.json"))
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

// The same-framework outputs, held as golden files; the cases across
// frameworks say that only the indices are compared.
func TestSPBECompareGolden(t *testing.T) {
	goldenCases(t, "spbe", []string{"spbe", "compare"}, []goldenCase{
		{"compare-rembang-2023-2024.id.txt", []string{spbeTestdata("rembang-2023.json"), spbeTestdata("rembang-2024.json")}},
		{"compare-pemdi-2026.en.txt", []string{"--lang", "en", "--top", "3", spbeCLITestdata("compare-rembang-2026.json"), spbeCLITestdata("compare-sumedang-2026.json")}},
		{"compare-pemdi-2026.id.txt", []string{spbeCLITestdata("compare-rembang-2026.json"), spbeCLITestdata("compare-sumedang-2026.json")}},
		{"compare-2025-2026.id.txt", []string{spbeCLITestdata("compare-rembang-2025.json"), spbeCLITestdata("compare-rembang-2026.json")}},
		{"compare-2025-2026.en.txt", []string{"--lang", "en", spbeCLITestdata("compare-rembang-2025.json"), spbeCLITestdata("compare-rembang-2026.json")}},
		{"compare-2025-2026.json", []string{"--json", spbeCLITestdata("compare-rembang-2025.json"), spbeCLITestdata("compare-rembang-2026.json")}},
	})
}

// A 2025 assessment and a 2026 one name no framework: their years choose
// PermenPANRB 59/2020 and 8/2026, and only the indices are compared.
func TestSPBECompareAcrossFrameworks(t *testing.T) {
	y2025, y2026 := spbeCLITestdata("compare-rembang-2025.json"), spbeCLITestdata("compare-rembang-2026.json")
	out := runOK(t, "", "spbe", "compare", "--json", y2025, y2026)
	var got spbeCompareJSON
	decodeStrict(t, out, &got)
	assert.True(t, got.IndexOnly)
	assert.Empty(t, got.Framework)
	assert.Equal(t, "permenpanrb-59-2020", got.FromFramework)
	assert.Equal(t, "permenpanrb-8-2026", got.ToFramework)
	assert.Equal(t, spbeChangeJSON{From: "3.99", To: "3.69", Delta: "-0.30", DeltaExact: "-297/1000", DeltaValue: -0.297}, got.Index)
	assert.Equal(t, 0, got.PredicateChange, "Sangat Baik in both frameworks' bands")
	var raw map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &raw))
	for _, k := range []string{"domains", "aspects", "indicators", "gains", "losses"} {
		assert.Equal(t, []any{}, raw[k], k)
	}

	out = runOK(t, "", "spbe", "compare", y2025, y2026)
	assert.Contains(t, out, "Indeks 3,99 → 3,69 (-0,30), Sangat Baik → Sangat Baik\n")
	assert.Contains(t, out, "Kerangka penilaiannya berbeda (permenpanrb-59-2020 dan permenpanrb-8-2026), jadi hanya indeksnya yang dibandingkan")
	out = runOK(t, "", "spbe", "compare", "--lang", "en", y2026, y2025)
	assert.Contains(t, out, "Index 3.69 → 3.99 (+0.30), very good → very good\n")
	assert.Contains(t, out, "The frameworks differ (permenpanrb-8-2026 and permenpanrb-59-2020), so only the indices are compared")

	// A framework that names itself counts as much as a year: 5/2018
	// against 59/2020.
	old := filepath.Join(t.TempDir(), "lama.json")
	require.NoError(t, os.WriteFile(old, []byte(assessment2018()), 0o600))
	out = runOK(t, "", "spbe", "compare", "--json", old, spbeTestdata("rembang-2024.json"))
	decodeStrict(t, out, &got)
	assert.True(t, got.IndexOnly)
	assert.Equal(t, "permenpanrb-5-2018", got.FromFramework)
	assert.Equal(t, 1, got.PredicateChange, "Baik → Sangat Baik")

	// A wide CSV of one 2026 row is the Indeks Pemerintah Digital.
	wide := "instansi,tahun," + numbersCSV(20) + "\nPemerintah Kab. Rembang,2026," + strings.Repeat("4,", 19) + "4\n"
	out = runOK(t, wide, "spbe", "compare", "--json", y2025, "-")
	decodeStrict(t, out, &got)
	assert.True(t, got.IndexOnly)
	assert.Equal(t, "permenpanrb-8-2026", got.ToFramework)
	assert.Equal(t, "Memuaskan", got.To.Predicate, "4.00 is Memuaskan in the Pemdi bands")
	assert.Equal(t, 1, got.PredicateChange)
}

// Two results of the Indeks Pemerintah Digital compare aspect by aspect,
// without domains.
func TestSPBEComparePemdiJSON(t *testing.T) {
	out := runOK(t, "", "spbe", "compare", "--json", "--lang", "en",
		spbeCLITestdata("compare-rembang-2026.json"), spbeCLITestdata("compare-sumedang-2026.json"))
	var got spbeCompareJSON
	decodeStrict(t, out, &got)
	assert.False(t, got.IndexOnly)
	assert.Equal(t, "permenpanrb-8-2026", got.Framework)
	assert.Equal(t, got.Framework, got.FromFramework)
	assert.Equal(t, got.Framework, got.ToFramework)
	assert.Equal(t, []spbeChangeJSON{}, got.Domains)
	var aspects []string
	for _, a := range got.Aspects {
		aspects = append(aspects, a.Code+" "+a.Delta)
	}
	assert.Equal(t, []string{"A1 0.00", "A2 0.50", "A3 0.00", "A4 0.00", "A5 0.00", "A6 0.00", "A7 0.40"}, aspects)
	assert.Len(t, got.Indicators, 20)
	require.Len(t, got.Gains, 2)
	assert.Equal(t, spbeIndicatorDeltaJSON{
		Indicator: 19, Name: "user support for digital government services", From: 4, To: 5, Delta: 1,
		Contribution: "0.1000", ContributionExact: "1/10", ContributionValue: 0.1,
	}, got.Gains[0])
	assert.Empty(t, got.Losses)
}

// --framework scores both with the framework named, over their years.
func TestSPBECompareFrameworkFlag(t *testing.T) {
	code, out, errOut := runCLI(t, "", "spbe", "compare", "--json", "--framework", "permenpanrb-59-2020",
		spbeTestdata("rembang-2023.json"), spbeCLITestdata("compare-rembang-2025.json"))
	require.Equal(t, exitOK, code, errOut)
	var got spbeCompareJSON
	decodeStrict(t, out, &got)
	assert.False(t, got.IndexOnly)
	assert.Equal(t, "permenpanrb-59-2020", got.Framework)

	// The 2025 levels are 47 indicators, not the 20 of 8/2026.
	code, _, errOut = runCLI(t, "", "spbe", "compare", "--framework", "permenpanrb-8-2026",
		spbeCLITestdata("compare-rembang-2025.json"), spbeCLITestdata("compare-rembang-2026.json"))
	assert.Equal(t, exitFinding, code)
	assert.Contains(t, errOut, `"Pemerintah Kab. Rembang" 2025`)
	assert.Contains(t, errOut, "indicators[20]")
	assert.Contains(t, errOut, "permenpanrb-8-2026")

	code, _, errOut = runCLI(t, "", "spbe", "compare", "--framework", "permenpanrb-9-2099", "a.json", "b.json")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errOut, "--framework")
}

// assessment2018 is an assessment of PermenPANRB 5/2018 that names its
// framework, every indicator at level 3.
func assessment2018() string {
	var b strings.Builder
	b.WriteString(`{"instansi": "Kab. Lama", "tahun": 2020, "framework": "permenpanrb-5-2018", "indicators": [`)
	for n := 1; n <= 35; n++ {
		if n > 1 {
			b.WriteString(",")
		}
		b.WriteString(`{"indicator": ` + itoa(n) + `, "level": 3}`)
	}
	b.WriteString("]}")
	return b.String()
}

// numbersCSV returns "1,2,…,n".
func numbersCSV(n int) string {
	out := make([]string, n)
	for i := range out {
		out[i] = itoa(i + 1)
	}
	return strings.Join(out, ",")
}

func TestSPBECompareErrors(t *testing.T) {
	code, _, errOut := runCLI(t, "", "spbe", "compare", spbeTestdata("rembang-2024.json"))
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errOut, "dua berkas penilaian, A dan B, wajib diberikan")
	code, _, errOut = runCLI(t, "", "spbe", "compare", "--top", "x", "a", "b")
	assert.Equal(t, exitUsage, code, errOut)
	code, _, errOut = runCLI(t, "{", "spbe", "compare", "-", spbeTestdata("rembang-2024.json"))
	assert.Equal(t, exitFinding, code)
	assert.Contains(t, errOut, "smartcity spbe compare: -: spbe: masukan rusak: baris 1, kolom 1: dokumen berakhir sebelum waktunya")
	_, _, errOut = runCLI(t, "{", "spbe", "compare", "--lang", "en", "-", spbeTestdata("rembang-2024.json"))
	assert.Contains(t, errOut, "smartcity spbe compare: -: spbe: malformed input: line 1, column 1: unexpected end of the document")
	code, _, errOut = runCLI(t, "", "spbe", "compare", "--predicate-basis", "sideways", "a", "b")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errOut, "--predicate-basis")
	code, _, errOut = runCLI(t, "", "spbe", "compare", "--lang", "fr", "a", "b")
	assert.Equal(t, exitUsage, code, errOut)
	code, _, errOut = runCLI(t, "", "spbe", "compare", filepath.Join(t.TempDir(), "none.json"), spbeTestdata("rembang-2024.json"))
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errOut, "none.json")

	// One assessment per file.
	code, _, errOut = runCLI(t, "", "spbe", "compare", spbeCLITestdata("cohort-2025-2026.json"), spbeTestdata("rembang-2024.json"))
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errOut, "cohort-2025-2026.json memuat 5 penilaian, padahal yang diperlukan satu")
	_, _, errOut = runCLI(t, "", "spbe", "compare", "--lang", "en", spbeCLITestdata("cohort-2025-2026.json"), spbeTestdata("rembang-2024.json"))
	assert.Contains(t, errOut, "cohort-2025-2026.json holds 5 assessments; one is needed")

	// A year before the first evaluation has no framework.
	early := strings.Replace(assessment2018(), `"tahun": 2020, "framework": "permenpanrb-5-2018", `, `"tahun": 2010, `, 1)
	code, out, errOut := runCLI(t, early, "spbe", "compare", "-", spbeTestdata("rembang-2024.json"))
	assert.Equal(t, exitFinding, code)
	assert.Empty(t, out)
	assert.Contains(t, errOut, "2010")
}
