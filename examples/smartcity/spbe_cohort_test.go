package main

import (
	"encoding/json"
	"math/big"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSPBECohortJSON(t *testing.T) {
	file := filepath.Join("testdata", "spbe", "named-2023-2024.csv")
	code, out, errOut := runCLI(t, "", "spbe", "cohort", "--json", "--unanswered", "zero", "--predicate-basis", "rounded", file)
	require.Equal(t, exitOK, code, errOut)
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
	assert.Contains(t, errOut, "a FILE of results is required")
	code, _, _ = runCLI(t, "", "spbe", "cohort", "--unanswered", "maybe", "x.csv")
	assert.Equal(t, exitUsage, code)
	code, _, errOut = runCLI(t, "instansi,tahun,1\nA,2024,3\n", "spbe", "cohort", "-")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errOut, "no column for indicators")
}
