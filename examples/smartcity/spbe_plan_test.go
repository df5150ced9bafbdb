package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity/spbe"
)

// The example the issue names: Rembang 2024 (3.99) → Memuaskan by 2026
// with at most one level per indicator a year.
func TestSPBEPlanRembangJSON(t *testing.T) {
	code, out, errOut := runCLI(t, "", "spbe", "plan", "--target", "Memuaskan", "--max-raise-per-year", "1", "--years", "2", "--json",
		spbeTestdata("rembang-2024.json"))
	require.Equal(t, exitOK, code, errOut)
	assert.Empty(t, errOut)
	var got spbePlanJSON
	decodeStrict(t, out, &got)
	assert.True(t, got.Reached)
	assert.Equal(t, "3.99", got.FromIndex)
	assert.Equal(t, "4.21", got.ToIndex)
	assert.Equal(t, "3987/1000", got.FromIndexExact)
	assert.Equal(t, "Memuaskan", got.ToPredicate)
	assert.Equal(t, 8, got.TotalSteps)
	assert.Equal(t, int64(0), got.TotalCost)
	assert.Equal(t, 2025, got.FirstYear)
	assert.Equal(t, 2, got.Years)
	require.Len(t, got.Steps, 8)
	assert.Equal(t, spbeStepJSON{Indicator: 34, From: 4, To: 5, Year: 2025, IndexAfter: "4.01"}, got.Steps[0])
	assert.Equal(t, "4.21", got.Steps[7].IndexAfter)
	for _, s := range got.Steps {
		assert.LessOrEqual(t, s.Year, 2026)
	}

	// The field names the issue fixes, checked on the raw object.
	var raw map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &raw))
	for _, k := range []string{"reached", "from_index", "to_index", "total_steps", "total_cost", "steps"} {
		assert.Contains(t, raw, k)
	}
	step := raw["steps"].([]any)[0].(map[string]any)
	for _, k := range []string{"indicator", "from", "to", "year", "cost", "index_after"} {
		assert.Contains(t, step, k)
	}
	assert.Equal(t, "4.01", step["index_after"], "indices are strings, as spbe score --json writes them")
}

func TestSPBEPlanText(t *testing.T) {
	out := runOK(t, "", "spbe", "plan", "--target", "4.2", "--max-raise-per-year", "1", "--lang", "en",
		spbeTestdata("rembang-2024.json"))
	lines := strings.Split(out, "\n")
	assert.Equal(t, "Pemerintah Kab. Rembang, 2024 — target 4.2, judged on the unrounded index", lines[0])
	assert.Equal(t, "Index 3.99 very good → 4.21 satisfactory: reached, 8 level raises (2025)", lines[1])
	assert.Contains(t, out, "2025  34 financial management")
	assert.Contains(t, out, "4.21\n")

	out = runOK(t, "", "spbe", "plan", "--target", "Memuaskan", spbeTestdata("rembang-2024.json"))
	assert.Contains(t, out, "Indeks 3,99 Sangat Baik → 4,21 Memuaskan: tercapai, 8 kenaikan level (2025)")
	assert.Contains(t, out, "Tahun  Indikator")
}

func TestSPBEPlanUnreachable(t *testing.T) {
	code, out, errOut := runCLI(t, "", "spbe", "plan", "--target", "5", "--max-raise-per-year", "1", "--years", "1", "--json",
		spbeTestdata("rembang-2024.json"))
	require.Equal(t, exitFinding, code, "a target not reached is a finding")
	assert.Empty(t, errOut)
	var got spbePlanJSON
	decodeStrict(t, out, &got)
	assert.False(t, got.Reached)
	assert.Equal(t, "4.70", got.ToIndex, "the best reachable")
	require.Len(t, got.Bounds, 1)
	assert.Equal(t, "raise-cap", got.Bounds[0].Limit.String())
	assert.Contains(t, got.Reason, "indeks terbaik yang dapat dicapai 4.70; tertahan karena batas kenaikan per tahun")

	code, out, _ = runCLI(t, "", "spbe", "plan", "--target", "5", "--frozen", "28", "--lang", "en", spbeTestdata("rembang-2024.json"))
	require.Equal(t, exitFinding, code)
	assert.Contains(t, out, "NOT reached")
	assert.Contains(t, out, "the best reachable index is 4.96; held by frozen: indicators 28")
}

func TestSPBEPlanCosts(t *testing.T) {
	dir := t.TempDir()
	costs := filepath.Join(dir, "biaya.csv")
	var b strings.Builder
	b.WriteString("\ufeffindikator;biaya\r\n")
	for n := 1; n <= 47; n++ {
		cost := "100.000.000"
		if n >= 32 {
			cost = "1.000.000.000"
		}
		b.WriteString(strings.Join([]string{itoa(n), cost}, ";") + "\r\n")
	}
	require.NoError(t, os.WriteFile(costs, []byte(b.String()), 0o600))
	code, out, errOut := runCLI(t, "", "spbe", "plan", "--target", "Memuaskan", "--costs", costs, "--json", spbeTestdata("rembang-2024.json"))
	require.Equal(t, exitOK, code, errOut)
	var got spbePlanJSON
	decodeStrict(t, out, &got)
	assert.True(t, got.Reached)
	assert.True(t, got.Priced)
	assert.Equal(t, int64(900_000_000), got.TotalCost)
	assert.Equal(t, 9, got.TotalSteps)
	var sum int64
	for _, s := range got.Steps {
		assert.Less(t, s.Indicator, 32)
		assert.Equal(t, int64(100_000_000), s.Cost)
		sum += s.Cost
	}
	assert.Equal(t, got.TotalCost, sum)
	assert.Empty(t, got.Unpriced)

	code, out, _ = runCLI(t, "", "spbe", "plan", "--target", "Memuaskan", "--costs", costs, spbeTestdata("rembang-2024.json"))
	require.Equal(t, exitOK, code)
	assert.Contains(t, out, "biaya total 900.000.000")
	assert.Contains(t, out, "100.000.000")

	// Only some indicators priced.
	partial := filepath.Join(dir, "sebagian.csv")
	require.NoError(t, os.WriteFile(partial, []byte("indikator,cost\n11,5\n12,5\n"), 0o600))
	code, out, _ = runCLI(t, "", "spbe", "plan", "--target", "Memuaskan", "--costs", partial, "--json", spbeTestdata("rembang-2024.json"))
	require.Equal(t, exitFinding, code)
	decodeStrict(t, out, &got)
	assert.False(t, got.Reached)
	// 45 are unpriced; 12 of them are at level 5 already and need no price.
	assert.Len(t, got.Unpriced, 33)
	assert.Equal(t, int64(10), got.TotalCost)

	// A broken costs file names the row and column.
	bad := filepath.Join(dir, "salah.csv")
	require.NoError(t, os.WriteFile(bad, []byte("indikator,cost\n11,lima\n99,5\n"), 0o600))
	code, _, errOut = runCLI(t, "", "spbe", "plan", "--target", "Memuaskan", "--costs", bad, spbeTestdata("rembang-2024.json"))
	assert.Equal(t, exitFinding, code)
	assert.Contains(t, errOut, `baris 2, kolom 2 (cost): "lima" bukan biaya berupa bilangan bulat`)
	assert.Contains(t, errOut, "baris 3, kolom 1 (indikator): indikator tidak dikenal")
	require.NoError(t, os.WriteFile(bad, []byte("nomor,harga\n1,2\n"), 0o600))
	code, _, errOut = runCLI(t, "", "spbe", "plan", "--target", "Memuaskan", "--costs", bad, spbeTestdata("rembang-2024.json"))
	assert.Equal(t, exitFinding, code, errOut)
	assert.Contains(t, errOut, `baris 1: baris judul harus memuat kolom "indikator" dan "cost" (serta, bila perlu, "level")`)
	_, _, errOut = runCLI(t, "", "spbe", "plan", "--lang", "en", "--target", "Memuaskan", "--costs", bad, spbeTestdata("rembang-2024.json"))
	assert.Contains(t, errOut, `line 1: the header needs the columns "indikator" and "cost" (and optionally "level")`)
}

func itoa(n int) string { return strconv.Itoa(n) }

func TestSPBEPlanProfileAndMinimums(t *testing.T) {
	out := runOK(t, "", "spbe", "plan", "--profile", spbeTestdata("sumedang-2024.json"), "--max-raise-per-year", "1", "--json",
		spbeTestdata("rembang-2024.json"))
	var got spbePlanJSON
	decodeStrict(t, out, &got)
	assert.True(t, got.Reached)
	assert.Equal(t, "profile", got.Target)
	assert.Equal(t, 2026, got.Steps[len(got.Steps)-1].Year, "the widest gaps are two levels")
	var gapLevels int
	for _, g := range got.Gaps {
		gapLevels += g.To - g.From
	}
	assert.Equal(t, got.TotalSteps, gapLevels)
	assert.Contains(t, got.Gaps, spbeIndicatorJSON{Indicator: 28, From: 2, To: 4})

	out = runOK(t, "", "spbe", "plan", "--target", "Memuaskan", "--min-level", "29=3, 30=3", "--min-domain", "d3=3", "--json",
		spbeTestdata("rembang-2024.json"))
	decodeStrict(t, out, &got)
	assert.True(t, got.Reached)
	assert.Equal(t, 10, got.TotalSteps)
	assert.True(t, got.Steps[0].Required)
}

func TestSPBEPlanErrors(t *testing.T) {
	file := spbeTestdata("rembang-2024.json")
	tests := []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{file}, exitUsage, "--target (atau --profile) wajib diberikan"},
		{[]string{"--target", "Memuaskan"}, exitUsage, "FILE penilaian wajib diberikan"},
		{[]string{"--target", "bagus", file}, exitUsage, `--target: target "bagus" tidak dikenal`},
		{[]string{"--target", "4.2", "--frozen", "x", file}, exitUsage, `--frozen: "x" bukan nomor indikator`},
		{[]string{"--lang", "en", "--target", "4.2", "--frozen", "x", file}, exitUsage, `--frozen: "x" is not an indicator number`},
		{[]string{"--target", "4.2", "--min-level", "29", file}, exitUsage, `--min-level: "29" bukan NOMOR=LEVEL`},
		{[]string{"--target", "4.2", "--min-level", "29=x", file}, exitUsage, `--min-level: "29=x"`},
		{[]string{"--target", "4.2", "--min-domain", "D3", file}, exitUsage, `--min-domain: "D3" bukan KODE=INDEKS`},
		// A key given twice is refused, never the last of two.
		{[]string{"--target", "4.2", "--min-level", "29=3,30=3,29=4", file}, exitUsage, `--min-level: indikator 29 diberikan dua kali`},
		{[]string{"--lang", "en", "--target", "4.2", "--min-level", "29=3, 29=3", file}, exitUsage, `--min-level: indicator 29 is given twice`},
		{[]string{"--target", "4.2", "--min-domain", "D3=3,d3=4", file}, exitUsage, `--min-domain: domain D3 diberikan dua kali`},
		{[]string{"--lang", "en", "--target", "4.2", "--min-domain", "D1=2, D3=3, D1=2", file}, exitUsage, `--min-domain: domain D1 is given twice`},
		{[]string{"--target", "4.2", "--max-raise-per-year", "-1", file}, exitUsage, "tidak boleh negatif"},
		{[]string{"--target", "4.2", "--predicate-basis", "x", file}, exitUsage, "--predicate-basis"},
		{[]string{"--target", "4.2", "--lang", "fr", file}, exitUsage, "--lang"},
		{[]string{"--target", "4.2", "--frozen", "48", file}, exitFinding, "frozen[0]: indikator tidak dikenal"},
		{[]string{"--target", "4.2", "--min-domain", "D9=3", file}, exitFinding, `min_domains[D9]: permenpanrb-59-2020 tidak memiliki domain "D9"`},
		{[]string{"--target", "4.2", "missing.json"}, exitUsage, "missing.json"},
		{[]string{"--target", "4.2", file, "extra"}, exitUsage, `argumen "extra" tidak diharapkan`},
		{[]string{"--target", "4.2", filepath.Join("testdata", "spbe", "named-2023-2024.csv")}, exitUsage, "memuat 6 penilaian, padahal yang diperlukan satu"},
		{[]string{"--lang", "en", "--target", "4.2", filepath.Join("testdata", "spbe", "named-2023-2024.csv")}, exitUsage, "holds 6 assessments; one is needed"},
	}
	for _, tt := range tests {
		code, _, errOut := runCLI(t, "", append([]string{"spbe", "plan"}, tt.args...)...)
		assert.Equal(t, tt.code, code, "%v: %s", tt.args, errOut)
		assert.Contains(t, errOut, tt.msg, "%v", tt.args)
	}
	// An assessment with a gap cannot be planned.
	code, _, errOut := runCLI(t, "indikator,level\n1,3\n", "spbe", "plan", "--target", "4.2", "-")
	assert.Equal(t, exitFinding, code)
	assert.Contains(t, errOut, "46 dari 47 indikator tidak memiliki level")
}

func TestSPBEPlanHelp(t *testing.T) {
	code, out, _ := runCLI(t, "", "spbe", "plan", "-h", "--lang", "en")
	assert.Equal(t, exitOK, code)
	assert.Contains(t, out, "Usage: smartcity spbe plan --target 4.2|Memuaskan [--max-raise-per-year N] [--years Y] [--costs FILE]\n"+
		"                    [--json | --format text|csv|xlsx [--semicolon] [--bom]] [-o FILE] FILE\n")
	assert.Contains(t, out, "the fewest years in which the target can be met")
	code, out, _ = runCLI(t, "", "spbe", "help")
	assert.Equal(t, exitOK, code)
	for _, c := range []string{"plan", "compare", "cohort"} {
		assert.Contains(t, out, "  "+c+" ")
	}
}

// A Pemdi assessment toward Memuaskan aims at 4.00, the band of 8/2026,
// not at the 4.2 of 59/2020.
func TestSPBEPlanPemdi(t *testing.T) {
	out := runOK(t, "", "spbe", "plan", "--target", "Memuaskan", "--json", pemdi2026)
	var got spbePlanJSON
	decodeStrict(t, out, &got)
	assert.Equal(t, spbe.PermenPANRB8of2026, got.Framework)
	assert.Equal(t, "Memuaskan", got.Target)
	assert.Equal(t, "4.00", got.TargetIndex)
	assert.True(t, got.Reached)
	assert.Equal(t, "3.40", got.FromIndex)
	assert.Equal(t, "Baik", got.FromPredicate)
	assert.Equal(t, "4.00", got.ToIndex)
	assert.Equal(t, "4/1", got.ToIndexExact, "exactly the band's lower bound, short of 4.2")
	assert.Equal(t, "Memuaskan", got.ToPredicate)
	assert.Equal(t, 7, got.TotalSteps)
	assert.Equal(t, 2027, got.FirstYear)
	require.NotEmpty(t, got.Steps)
	assert.Equal(t, "3.95", got.Steps[len(got.Steps)-2].IndexAfter, "the step before the last is below the band")

	// The same target under 59/2020 is the band from 4.2.
	out = runOK(t, "", "spbe", "plan", "--target", "Memuaskan", "--json", spbeTestdata("rembang-2024.json"))
	decodeStrict(t, out, &got)
	assert.Equal(t, "4.20", got.TargetIndex)
	// An index target has no band.
	out = runOK(t, "", "spbe", "plan", "--target", "3.5", "--json", pemdi2026)
	got = spbePlanJSON{}
	decodeStrict(t, out, &got)
	assert.Empty(t, got.TargetIndex)
	assert.Equal(t, "Sangat Baik", got.ToPredicate, "3.50 is Sangat Baik under 8/2026")
}

func TestSPBEPlanPemdiGolden(t *testing.T) {
	goldenCases(t, "spbe", []string{"spbe", "plan"}, []goldenCase{
		{"plan-pemdi-2026.id.txt", []string{"--target", "Memuaskan", pemdi2026}},
		{"plan-pemdi-2026.en.txt", []string{"--target", "satisfactory", "--max-raise-per-year", "1", "--lang", "en", pemdi2026}},
	})
}

func TestSPBEPlanPemdiErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
		msg  string
	}{
		{"--min-domain without domains", []string{"--target", "Memuaskan", "--min-domain", "D1=3", pemdi2026}, exitFinding,
			"smartcity spbe plan: --min-domain: permenpanrb-8-2026 tidak memiliki domain; aspeknya langsung berada di bawah indeks"},
		{"--min-domain without domains, in English", []string{"--lang", "en", "--target", "Memuaskan", "--min-domain", "D1=3", pemdi2026}, exitFinding,
			"smartcity spbe plan: --min-domain: permenpanrb-8-2026 has no domains; its aspects sit directly under the index"},
		{"an indicator it does not have", []string{"--target", "Memuaskan", "--frozen", "21", pemdi2026}, exitFinding,
			"frozen[0]: indikator tidak dikenal"},
		{"a peer of another framework", []string{"--profile", spbeTestdata("rembang-2024.json"), pemdi2026}, exitFinding,
			"adalah penilaian menurut permenpanrb-59-2020, sedangkan FILE menurut permenpanrb-8-2026"},
		{"a peer of another framework, in English", []string{"--lang", "en", "--profile", spbeTestdata("rembang-2024.json"), pemdi2026}, exitFinding,
			"is an assessment of permenpanrb-59-2020, FILE of permenpanrb-8-2026"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			runFails(t, "", tt.code, append([]string{"spbe", "plan"}, tt.args...), tt.msg)
		})
	}
}

// FuzzParseMinFlags: the readers of --min-level and --min-domain never
// panic, and what they accept holds every item once: as many keys as
// items, none kept as the last of two.
func FuzzParseMinFlags(f *testing.F) {
	for _, s := range []string{"29=3,30=3", "29=3,29=4", " 1 = 2 ,, 3=1", "D3=3.0,d3=4", "D1=27/8", "=", ",", "x=1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		items := 0
		for range listItems(s) {
			items++
		}
		if levels, err := parseMinLevels(s); err == nil {
			require.Len(t, levels, items)
		}
		if domains, err := parseMinDomains(s); err == nil {
			require.Len(t, domains, items)
		}
	})
}
