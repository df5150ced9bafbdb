package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"text/tabwriter"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/memtest"
	"github.com/kotacerdas/smartcity/spbe"
)

func TestSPBECohortJSON(t *testing.T) {
	file := filepath.Join("testdata", "spbe", "named-2023-2024.csv")
	out := runOK(t, "", "spbe", "cohort", "--json", "--unanswered", "zero", "--predicate-basis", "rounded", file)
	var got spbeCohortJSON
	decodeStrict(t, out, &got)
	assert.Equal(t, 6, got.N)
	assert.Equal(t, "rounded", got.PredicateBasis)
	var ranks []string
	for _, m := range got.Members {
		ranks = append(ranks, itoa(m.Rank)+" "+m.Index+" "+m.Predicate)
	}
	// Boven Digoel and Nias Barat are both shown 1.80 but differ exactly
	// (1.7995 and 1.7975), so they do not tie.
	assert.Equal(t, []string{"1 4.14 Sangat Baik", "2 3.94 Sangat Baik", "3 3.64 Sangat Baik", "4 1.80 Cukup", "5 1.80 Cukup", "6 1.05 Kurang"}, ranks)
	assert.Equal(t, "Pemerintah Kab. Boven Digoel", got.Members[3].Instansi)
	assert.Equal(t, "3599/2000", got.Members[3].IndexExact)
	assert.Equal(t, "Pemerintah Kab. Nias Barat", got.Members[4].Instansi)
	assert.Equal(t, "719/400", got.Members[4].IndexExact)
	assert.Equal(t, 100.0, got.Members[0].Percentile)
	assert.Equal(t, 0.0, got.Members[5].Percentile)
	assert.Equal(t, []string{"5.00", "3.60", "2.55", "4.76"}, got.Members[0].Domains)
	assert.Equal(t, 6, got.Index.N)
	exact := make([]float64, len(got.Members))
	var sum float64
	for k, m := range got.Members {
		r, ok := new(big.Rat).SetString(m.IndexExact)
		require.True(t, ok)
		exact[k], _ = r.Float64()
		sum += exact[k]
	}
	assert.InDelta(t, sum/6, got.Index.Mean, 1e-12)
	assert.InDelta(t, (exact[2]+exact[3])/2, got.Index.Median, 1e-12, "R-7 median of six: the mean of the third and fourth")
	require.Len(t, got.Domains, 4)
	assert.Equal(t, "D4", got.Domains[3].Code)
	assert.InDelta(t, 55.0/182, got.Domains[3].Min, 1e-15, "Banyuasin's D4, 0.30 with unanswered scored 0")
	counts := map[string]int{}
	for _, pc := range got.Predicates {
		counts[pc.Predicate.String()] = pc.Count
	}
	assert.Equal(t, map[string]int{"Memuaskan": 0, "Sangat Baik": 3, "Baik": 0, "Cukup": 2, "Kurang": 1}, counts)

	var raw map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &raw))
	index := raw["index"].(map[string]any)
	for _, k := range []string{"n", "mean", "std_dev", "min", "q1", "median", "q3", "max"} {
		assert.Contains(t, index, k)
	}
	member := raw["members"].([]any)[0].(map[string]any)
	for _, k := range []string{"rank", "percentile", "instansi", "tahun", "index", "index_exact", "predicate", "domains"} {
		assert.Contains(t, member, k)
	}
}

func TestSPBECohortText(t *testing.T) {
	file := filepath.Join("testdata", "spbe", "named-2023-2024.csv")
	code, out, errOut := runCLI(t, "", "spbe", "cohort", "--unanswered", "zero", "--lang", "en", file)
	require.Equal(t, exitOK, code, errOut)
	lines := strings.Split(out, "\n")
	assert.Equal(t, "Cohort of 6 results (permenpanrb-59-2020)", lines[0])
	assert.Contains(t, out, "satisfactory 0, very good 3, good 0, fair 0, poor 3")
	assert.Contains(t, out, "1     Pemerintah Kab. Sumedang      2023  4.14   very good  100.0")

	// Unanswered indicators are an error unless scored as zero.
	code, out, errOut = runCLI(t, "", "spbe", "cohort", file)
	assert.Equal(t, exitFinding, code)
	assert.Empty(t, out)
	assert.Contains(t, errOut, "Banyuasin")
}

func TestSPBECohortEmptyAndSingle(t *testing.T) {
	header := "instansi,tahun"
	for n := 1; n <= 47; n++ {
		header += "," + itoa(n)
	}
	code, out, errOut := runCLI(t, header+"\n", "spbe", "cohort", "--json", "-")
	require.Equal(t, exitOK, code, errOut)
	var got spbeCohortJSON
	decodeStrict(t, out, &got)
	assert.Zero(t, got.N)
	assert.Zero(t, got.Index.N)
	assert.Empty(t, got.Members)
	code, out, _ = runCLI(t, header+"\n", "spbe", "cohort", "-")
	require.Equal(t, exitOK, code)
	assert.Equal(t, "Kohort kosong: berkas tidak memuat hasil.\n", out)

	row := "Kab. Rembang,2024," + strings.Join(strings.Split("55554444444444444333333333322225544444444555555", ""), ",")
	code, out, errOut = runCLI(t, header+"\n"+row+"\n", "spbe", "cohort", "--json", "-")
	require.Equal(t, exitOK, code, errOut)
	decodeStrict(t, out, &got)
	require.Equal(t, 1, got.N)
	assert.Equal(t, 1, got.Members[0].Rank)
	assert.Equal(t, 100.0, got.Members[0].Percentile)
	assert.Equal(t, 3.987, got.Index.Median)
	assert.Zero(t, got.Index.StdDev)
}

func TestSPBECohortErrors(t *testing.T) {
	code, _, errOut := runCLI(t, "", "spbe", "cohort")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errOut, "FILE berisi hasil wajib diberikan")
	code, _, _ = runCLI(t, "", "spbe", "cohort", "--unanswered", "maybe", "x.csv")
	assert.Equal(t, exitUsage, code)
	code, _, errOut = runCLI(t, "instansi,tahun,1\nA,2024,3\n", "spbe", "cohort", "-")
	assert.Equal(t, exitFinding, code)
	assert.Contains(t, errOut, "spbe: masukan rusak: baris 1: tidak ada kolom untuk indikator 2, 3")
}

// The same-framework output held as golden files, and a file of 2025 and
// 2026 results ranked as one cohort per framework.
func TestSPBECohortGolden(t *testing.T) {
	named := filepath.Join("testdata", "spbe", "named-2023-2024.csv")
	goldenCases(t, "spbe", []string{"spbe", "cohort"}, []goldenCase{
		{"cohort-named.id.txt", []string{"--unanswered", "zero", named}},
		{"cohort-pemdi-2026.en.txt", []string{"--lang", "en", spbeCLITestdata("cohort-pemdi-2026.csv")}},
		{"cohort-2025-2026.id.txt", []string{spbeCLITestdata("cohort-2025-2026.json")}},
		{"cohort-2025-2026.en.txt", []string{"--lang", "en", spbeCLITestdata("cohort-2025-2026.json")}},
		{"cohort-2025-2026.out.json", []string{"--json", spbeCLITestdata("cohort-2025-2026.json")}},
	})
}

// A regency's file of 2025 and 2026 results: the years choose the
// frameworks, and each framework's results are ranked apart, the newest
// first, every predikat in its own bands.
func TestSPBECohortMixedFile(t *testing.T) {
	file := spbeCLITestdata("cohort-2025-2026.json")
	out := runOK(t, "", "spbe", "cohort", "--json", file)
	dec := json.NewDecoder(strings.NewReader(out))
	dec.DisallowUnknownFields()
	var cohorts []spbeCohortJSON
	for dec.More() {
		var c spbeCohortJSON
		require.NoError(t, dec.Decode(&c))
		cohorts = append(cohorts, c)
	}
	require.Len(t, cohorts, 2)
	pemdi, spbe59 := cohorts[0], cohorts[1]
	assert.Equal(t, "permenpanrb-8-2026", pemdi.Framework)
	assert.Equal(t, "permenpanrb-59-2020", spbe59.Framework)
	assert.Equal(t, 2, pemdi.Cohorts)
	assert.Equal(t, 2, spbe59.Cohorts)
	assert.Equal(t, 3, pemdi.N)
	assert.Equal(t, 2, spbe59.N)
	assert.Equal(t, []spbeDomainStatsJSON{}, pemdi.Domains)
	assert.Len(t, spbe59.Domains, 4)
	var ranks []string
	for _, m := range pemdi.Members {
		ranks = append(ranks, itoa(m.Rank)+" "+m.Instansi+" "+itoa(m.Tahun)+" "+m.Index+" "+m.Predicate)
		assert.Empty(t, m.Domains)
	}
	assert.Equal(t, []string{
		"1 Pemerintah Kab. Contoh 2026 4.00 Memuaskan", // Memuaskan from 4.00 in the Pemdi bands
		"2 Pemerintah Kab. Sumedang 2026 3.84 Sangat Baik",
		"3 Pemerintah Kab. Rembang 2026 3.69 Sangat Baik",
	}, ranks)
	assert.Equal(t, 1, countOf(pemdi.Predicates, "Memuaskan"))
	assert.Equal(t, 1, countOf(spbe59.Predicates, "Memuaskan"), "Sumedang's 4.51")
	assert.Equal(t, "Pemerintah Kab. Sumedang", spbe59.Members[0].Instansi)
	assert.Equal(t, 2025, spbe59.Members[0].Tahun)

	out = runOK(t, "", "spbe", "cohort", file)
	first, _, _ := strings.Cut(out, "\n")
	assert.Equal(t, "Berkas memuat hasil dari 2 kerangka penilaian: permenpanrb-8-2026 (3 hasil), permenpanrb-59-2020 (2 hasil). "+
		"Indeks dari kerangka yang berbeda tidak diperingkat bersama, jadi hasil setiap kerangka menjadi kohort tersendiri, yang terbaru lebih dulu.", first)
	assert.Less(t, strings.Index(out, "Kohort 3 hasil (permenpanrb-8-2026)"), strings.Index(out, "Kohort 2 hasil (permenpanrb-59-2020)"))
	out = runOK(t, "", "spbe", "cohort", "--lang", "en", file)
	assert.True(t, strings.HasPrefix(out, "The file holds results of 2 frameworks: permenpanrb-8-2026 (3 results), permenpanrb-59-2020 (2 results). "+
		"Indices of different frameworks are not ranked together"), out)
}

// countOf returns the count of the named predikat.
func countOf(pcs []spbe.PredicateCount, name string) int {
	for _, pc := range pcs {
		if pc.Predicate.String() == name {
			return pc.Count
		}
	}
	return -1
}

// A wide CSV of 20 indicator columns is the Indeks Pemerintah Digital: no
// domains, and its own bands (2.57 is Baik, where the SPBE bands make it
// Cukup).
func TestSPBECohortPemdiWide(t *testing.T) {
	out := runOK(t, "", "spbe", "cohort", "--json", spbeCLITestdata("cohort-pemdi-2026.csv"))
	var got spbeCohortJSON
	decodeStrict(t, out, &got)
	assert.Equal(t, "permenpanrb-8-2026", got.Framework)
	assert.Equal(t, 1, got.Cohorts)
	assert.Equal(t, []spbeDomainStatsJSON{}, got.Domains)
	require.Equal(t, 3, got.N)
	assert.Equal(t, "2.57", got.Members[2].Index)
	assert.Equal(t, "Baik", got.Members[2].Predicate)
	assert.Equal(t, map[string]int{"Memuaskan": 1, "Sangat Baik": 1, "Baik": 1, "Cukup": 0, "Kurang": 0}, map[string]int{
		"Memuaskan": countOf(got.Predicates, "Memuaskan"), "Sangat Baik": countOf(got.Predicates, "Sangat Baik"),
		"Baik": countOf(got.Predicates, "Baik"), "Cukup": countOf(got.Predicates, "Cukup"), "Kurang": countOf(got.Predicates, "Kurang"),
	})
}

// With --framework the cohort is of that one framework: every assessment
// is scored under it, and one of another framework is refused.
func TestSPBECohortFrameworkFlag(t *testing.T) {
	code, out, errOut := runCLI(t, "", "spbe", "cohort", "--json", "--framework", "permenpanrb-8-2026", spbeCLITestdata("cohort-pemdi-2026.csv"))
	require.Equal(t, exitOK, code, errOut)
	var got spbeCohortJSON
	decodeStrict(t, out, &got)
	assert.Equal(t, "permenpanrb-8-2026", got.Framework)
	assert.Equal(t, 3, got.N)

	// An empty file makes an empty cohort of the framework named.
	header := "instansi,tahun," + numbersCSV(20) + "\n"
	code, out, errOut = runCLI(t, header, "spbe", "cohort", "--json", "--framework", "permenpanrb-8-2026", "-")
	require.Equal(t, exitOK, code, errOut)
	decodeStrict(t, out, &got)
	assert.Equal(t, "permenpanrb-8-2026", got.Framework)
	assert.Zero(t, got.N)

	// The 2025 results have 47 indicators, not the 20 of 8/2026.
	code, out, errOut = runCLI(t, "", "spbe", "cohort", "--framework", "permenpanrb-8-2026", spbeCLITestdata("cohort-2025-2026.json"))
	assert.Equal(t, exitFinding, code)
	assert.Empty(t, out)
	assert.Contains(t, errOut, `"Pemerintah Kab. Rembang" 2025`)
	assert.Contains(t, errOut, `"Pemerintah Kab. Sumedang" 2025`)
	assert.NotContains(t, errOut, "2026:")

	code, _, errOut = runCLI(t, "", "spbe", "cohort", "--framework", "permenpanrb-9-2099", spbeCLITestdata("cohort-pemdi-2026.csv"))
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errOut, "--framework")
}

// A member of a year before the first evaluation has no framework, in a
// file that mixes them too.
func TestSPBECohortNoFrameworkForYear(t *testing.T) {
	early := "[" + strings.Replace(assessment2018(), `"tahun": 2020, "framework": "permenpanrb-5-2018", `, `"tahun": 2010, `, 1) + "]"
	code, out, errOut := runCLI(t, early, "spbe", "cohort", "-")
	assert.Equal(t, exitFinding, code)
	assert.Empty(t, out)
	assert.Contains(t, errOut, "2010")
}

// testCohorts ranks the results of the test files: one framework with
// domains, one without, a file of both, and none.
func testCohorts(t *testing.T) map[string][]*spbe.Cohort {
	t.Helper()
	out := map[string][]*spbe.Cohort{}
	for name, file := range map[string]string{
		"named": filepath.Join("testdata", "spbe", "named-2023-2024.csv"), "pemdi": spbeCLITestdata("cohort-pemdi-2026.csv"),
		"mixed": spbeCLITestdata("cohort-2025-2026.json"),
	} {
		data, err := os.ReadFile(file)
		require.NoError(t, err)
		results, err := scoreAll(data, nil, spbe.Options{Unanswered: spbe.UnansweredZero}, spbe.ReadOptions{})
		require.NoError(t, err)
		var members []spbe.Member
		for k, s := range results {
			if k == 1 {
				s.Instansi, s.Year = "Kab. <Uji> & \"Łódź\"", 0 // escaped in JSON, wider in characters than bytes
			}
			members = append(members, memberOf(s))
		}
		cohorts, err := cohortsOf(nil, slices.Values(members))
		require.NoError(t, err)
		out[name] = cohorts
	}
	empty, err := cohortsOf(nil, slices.Values([]spbe.Member(nil)))
	require.NoError(t, err)
	out["empty"] = empty
	return out
}

// The ranking is written a member at a time from widths measured first;
// it must be what text/tabwriter writes when it holds every line.
func TestSPBECohortRankingMatchesTabwriter(t *testing.T) {
	for name, cohorts := range testCohorts(t) {
		for _, lang := range []smartcity.Lang{smartcity.Indonesian, smartcity.English} {
			for _, c := range cohorts {
				var got, want bytes.Buffer
				require.NoError(t, writeRanking(&got, c, lang))
				tw := tabwriter.NewWriter(&want, 0, 0, 2, ' ', 0)
				header := "Peringkat\tInstansi\tTahun\tIndeks\tPredikat\tPersentil\n"
				if lang == smartcity.English {
					header = "Rank\tInstansi\tYear\tIndex\tPredicate\tPercentile\n"
				}
				fmt.Fprint(tw, header)
				for _, m := range c.Members() {
					year := ""
					if m.Year != 0 {
						year = strconv.Itoa(m.Year)
					}
					fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\n", m.Rank, m.Instansi, year, lang.Decimal(m.Index.String()),
						c.Framework.PredicateName(m.Predicate, lang), lang.Decimal(strconv.FormatFloat(m.Percentile, 'f', 1, 64)))
				}
				require.NoError(t, tw.Flush())
				assert.Equal(t, want.String(), got.String(), name)
			}
		}
	}
}

// The members are ranked as they are spbe.Scored, each copied out of the one
// Result that ScoreAll reuses: the cohorts are the ones of the members
// spbe.MemberOf makes, each with its own copy.
func TestSPBECohortRanksWhatMemberOfKeeps(t *testing.T) {
	data, err := os.ReadFile(spbeCLITestdata("cohort-2025-2026.json"))
	require.NoError(t, err)
	var want []spbe.Member
	for s, err := range spbe.ScoreAll(bytes.NewReader(data), spbe.ScoreAllOptions{}) {
		require.NoError(t, err)
		want = append(want, spbe.MemberOf(s.Instansi, s.Year, s.Result))
	}
	require.Len(t, want, 5)
	reused := func(yield func(spbe.Member) bool) {
		for s, err := range spbe.ScoreAll(bytes.NewReader(data), spbe.ScoreAllOptions{Reuse: true}) {
			require.NoError(t, err)
			if !yield(memberOf(s)) {
				return
			}
		}
	}
	got, err := cohortsOf(nil, reused)
	require.NoError(t, err)
	wantCohorts, err := spbe.GroupByFramework(want)
	require.NoError(t, err)
	assert.Equal(t, wantCohorts, got)
}

// The bounds of the input are raised by flags in a cohort too.
func TestSPBECohortLimits(t *testing.T) {
	csv := wideRowsCSV(5, strings.Repeat("3", 20))
	code, out, errOut := runCLI(t, csv, "spbe", "cohort", "--max-rows", "4", "-")
	assert.Equal(t, exitFinding, code)
	assert.Empty(t, out)
	assert.Contains(t, errOut, "baris terlalu banyak: lebih dari 4 baris data\n")
	assert.Contains(t, errOut, "misalnya --max-rows 8\n")
	code, out, errOut = runCLI(t, csv, "spbe", "cohort", "--max-rows", "5", "--max-bytes", "1MiB", "-")
	require.Equal(t, exitOK, code, errOut)
	assert.Contains(t, out, "Kohort 5 hasil (permenpanrb-8-2026)")
	code, _, errOut = runCLI(t, csv, "spbe", "cohort", "--max-bytes", "64", "-")
	assert.Equal(t, exitFinding, code)
	assert.Contains(t, errOut, "masukan melebihi batas ukuran 64 byte\n")
}

// TestSPBECohortPeakRSS ranks a wide CSV of 100,000 rows, 13 MB, in a
// process of its own, and holds the growth of the resident set — what the
// system gives the process, which a container's limit counts, not the
// live heap — to 2× the file; the command itself peaks at about 1.5× the
// file in all (README, Performance). TestSPBECohortJSONPeakRSS does the
// same with --json.
func TestSPBECohortPeakRSS(t *testing.T) { cohortPeakRSS(t) }

func TestSPBECohortJSONPeakRSS(t *testing.T) { cohortPeakRSS(t, "--json") }

// cohortPeakRSS measures `smartcity spbe cohort` with args, its output
// discarded, on a wide CSV of 100,000 rows.
func cohortPeakRSS(t *testing.T, args ...string) {
	results := memtest.Peak(t, nil, func(t testing.TB, path string) {
		args := append(append([]string{"spbe", "cohort", "--max-bytes", "64MiB"}, args...), path)
		require.Equal(t, exitOK, run(args, nil, io.Discard, os.Stderr))
	}, memtest.Doc{Name: "wide CSV of 100,000 rows", Make: func() []byte {
		var b bytes.Buffer
		require.NoError(t, writeWideRows(&b, 100_000))
		return b.Bytes()
	}})
	for _, r := range results {
		assert.LessOrEqual(t, float64(r.Growth())/float64(r.Size), 2.0, "cohort %s", args)
	}
}
