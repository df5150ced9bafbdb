package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/spbe"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// runCLI runs the tool in-process with stdin and returns its exit code and
// streams.
func runCLI(t testing.TB, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

// spbeTestdata is the spbe package's testdata, whose assessments
// reproduce published results.
func spbeTestdata(name string) string { return filepath.Join("..", "..", "spbe", "testdata", name) }

func TestSPBEScoreJSON(t *testing.T) {
	code, out, errOut := runCLI(t, "", "spbe", "score", "--json", spbeTestdata("rembang-2023.json"))
	require.Equal(t, exitOK, code, errOut)
	assert.Empty(t, errOut)
	var got spbeScoreJSON
	dec := json.NewDecoder(strings.NewReader(out))
	dec.DisallowUnknownFields()
	require.NoError(t, dec.Decode(&got))
	assert.Equal(t, "Pemerintah Kab. Rembang", got.Instansi)
	assert.Equal(t, 2023, got.Tahun)
	assert.Equal(t, "permenpanrb-59-2020", got.Framework)
	assert.Equal(t, "3.64", got.Index, "3.635 rounds half-up")
	assert.Equal(t, "727/200", got.IndexExact)
	assert.Equal(t, "Sangat Baik", got.Predicate)
	assert.Equal(t, "unrounded", got.PredicateBasis)
	var domains []string
	for _, d := range got.Domains {
		domains = append(domains, d.Code+"="+d.Index)
	}
	assert.Equal(t, []string{"D1=4.50", "D2=3.10", "D3=2.36", "D4=4.14"}, domains)
	require.Len(t, got.Aspects, 8)
	assert.Equal(t, spbePartJSON{Code: "A1", Name: "Kebijakan Internal Tata Kelola SPBE", Index: "4.50", IndexExact: "9/2"}, got.Aspects[0])
	// The exact value reads back with big.Rat.
	r, ok := new(big.Rat).SetString(got.IndexExact)
	require.True(t, ok)
	assert.Equal(t, "3.6350", r.FloatString(4))
	// Field names are a contract: check the raw keys too.
	var raw map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &raw))
	for _, k := range []string{"instansi", "tahun", "framework", "index", "index_exact", "predicate", "domains", "aspects"} {
		assert.Contains(t, raw, k)
	}
}

func TestSPBEScoreBasis(t *testing.T) {
	// Pacitan 2024, exactly 3.4985: Baik from the unrounded index, Sangat
	// Baik from the rounded one.
	csv := longCSV("55555554443333333333322222222224444444443444444")
	for basis, want := range map[string]string{"unrounded": "Baik", "rounded": "Sangat Baik"} {
		code, out, errOut := runCLI(t, csv, "spbe", "score", "--json", "--predicate-basis", basis, "-")
		require.Equal(t, exitOK, code, errOut)
		var got spbeScoreJSON
		require.NoError(t, json.Unmarshal([]byte(out), &got))
		assert.Equal(t, "3.50", got.Index)
		assert.Equal(t, "6997/2000", got.IndexExact)
		assert.Equal(t, want, got.Predicate, basis)
		assert.Equal(t, basis, got.PredicateBasis)
		assert.Equal(t, 0, got.Tahun, "the long form has no year")
	}
}

// longCSV writes a long CSV of 47 levels given as digits.
func longCSV(levels string) string {
	var b strings.Builder
	b.WriteString("\ufeffindikator;level\r\n")
	for i, c := range levels {
		fmt.Fprintf(&b, "%d;%c\r\n", i+1, c)
	}
	return b.String()
}

func TestSPBEScoreWideCSV(t *testing.T) {
	code, out, errOut := runCLI(t, "", "spbe", "score", "--json", filepath.Join("testdata", "spbe", "named-2023-2024.csv"))
	require.Equal(t, exitFinding, code, "Banyuasin 2023 has unanswered indicators")
	assert.Empty(t, out, "nothing is printed when an assessment is invalid")
	assert.Contains(t, errOut, `invalid row 6 "Pemerintah Kab. Banyuasin":`)
	assert.Contains(t, errOut, "11 of 47 indicators have no level: 37, 38, 39")

	code, out, errOut = runCLI(t, "", "spbe", "score", "--json", "--unanswered", "zero", "--predicate-basis", "rounded",
		filepath.Join("testdata", "spbe", "named-2023-2024.csv"))
	require.Equal(t, exitOK, code, errOut)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, lines, 6, "one line per assessment")
	want := []struct{ instansi, index, predicate string }{
		{"Pemerintah Kab. Nias Barat", "1.80", "Cukup"},
		{"Pemerintah Kab. Boven Digoel", "1.80", "Cukup"},
		{"Pemerintah Kab. Rembang", "3.64", "Sangat Baik"},
		{"Pemerintah Kab. Sumedang", "4.14", "Sangat Baik"},
		{"Pemerintah Kab. Banyuasin", "1.05", "Kurang"},
		{"Pemerintah Kab. Wonogiri", "3.94", "Sangat Baik"},
	}
	for i, line := range lines {
		var got spbeScoreJSON
		require.NoError(t, json.Unmarshal([]byte(line), &got))
		assert.Equal(t, want[i].instansi, got.Instansi, "input order")
		assert.Equal(t, want[i].index, got.Index, got.Instansi)
		assert.Equal(t, want[i].predicate, got.Predicate, got.Instansi)
		assert.Equal(t, 2023, got.Tahun)
	}
}

func TestSPBEScoreTable(t *testing.T) {
	code, out, errOut := runCLI(t, "", "spbe", "score", spbeTestdata("sumedang-2024.json"))
	require.Equal(t, exitOK, code, errOut)
	lines := strings.Split(out, "\n")
	assert.Equal(t, "Pemerintah Kab. Sumedang, 2024 — Pemantauan dan Evaluasi SPBE (PermenPANRB 59/2020)", lines[0])
	assert.Equal(t, "Indeks SPBE 4.51  Memuaskan  (tepatnya 901/200; predikat dari indeks tanpa pembulatan)", lines[1])
	assert.Contains(t, out, "D3  Manajemen SPBE")
	assert.Contains(t, out, "3.91\n")
	assert.Contains(t, out, "    A8  Layanan Publik Berbasis Elektronik")

	code, out, errOut = runCLI(t, "", "spbe", "score", "--lang", "en", "--unanswered", "zero", "--predicate-basis", "rounded",
		filepath.Join("testdata", "spbe", "named-2023-2024.csv"))
	require.Equal(t, exitOK, code, errOut)
	lines = strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, lines, 7)
	assert.Equal(t, []string{"Instansi", "Year", "D1", "D2", "D3", "D4", "Index", "Predicate"}, strings.Fields(lines[0]))
	assert.Equal(t, []string{"Pemerintah", "Kab.", "Rembang", "2023", "4.50", "3.10", "2.36", "4.14", "3.64", "very", "good"}, strings.Fields(lines[3]))
}

func TestSPBEScoreFrameworkFlag(t *testing.T) {
	// A framework file: the built-in exported to JSON.
	dir := t.TempDir()
	fwFile := filepath.Join(dir, "fw.json")
	code, _, _ := runCLI(t, "", "spbe", "score", "--framework", "permenpanrb-59-2020", spbeTestdata("rembang-2024.json"))
	require.Equal(t, exitOK, code)
	data, err := json.Marshal(mustFramework(t))
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(fwFile, data, 0o600))
	code, out, errOut := runCLI(t, "", "spbe", "score", "--json", "--framework", fwFile, spbeTestdata("rembang-2024.json"))
	require.Equal(t, exitOK, code, errOut)
	assert.Contains(t, out, `"index":"3.99"`)

	bad := strings.Replace(string(data), `"weight_bp":130}`, `"weight_bp":140}`, 1)
	require.NoError(t, os.WriteFile(fwFile, []byte(bad), 0o600))
	code, _, errOut = runCLI(t, "", "spbe", "score", "--framework", fwFile, spbeTestdata("rembang-2024.json"))
	assert.Equal(t, exitFinding, code)
	assert.Contains(t, errOut, "weights do not add up")
	assert.Contains(t, errOut, `aspect "A1" weighs 13.00% but its indicators add up to 13.10%`)
}

func TestSPBEScoreErrors(t *testing.T) {
	tests := []struct {
		name  string
		stdin string
		args  []string
		code  int
		msg   string
	}{
		{"no file", "", []string{}, exitUsage, "a FILE to score is required"},
		{"two files", "", []string{"a", "b"}, exitUsage, `unexpected argument "b"`},
		{"bad basis", "", []string{"--predicate-basis", "floor", "-"}, exitUsage, `unknown predicate basis "floor"`},
		{"bad policy", "", []string{"--unanswered", "skip", "-"}, exitUsage, `unknown unanswered policy "skip"`},
		{"bad lang", "", []string{"--lang", "jv", "-"}, exitUsage, "--lang must be id or en"},
		{"unknown framework", "", []string{"--framework", "ipd-2025", "-"}, exitUsage, `unknown framework "ipd-2025"`},
		{"missing file", "", []string{filepath.Join("testdata", "spbe", "absent.json")}, exitUsage, "absent.json"},
		{"empty input", "", []string{"-"}, exitUsage, "empty input"},
		{"broken JSON", `{"instansi": "x", "indicators": [}`, []string{"-"}, exitUsage, "line 1, column"},
		{"unknown JSON field", `{"instansi": "x", "indikator": []}`, []string{"-"}, exitUsage, `unknown field "indikator"`},
		{"broken CSV", "indikator,level\n1,\"3\n", []string{"-"}, exitUsage, "malformed input: row"},
		{"unknown column", "instansi,tahun,1,nilai\n", []string{"-"}, exitUsage, `column 4 (nilai): unknown column "nilai"`},
		{"level out of range", "indikator,level\n1,6\n", []string{"-"}, exitFinding, "row 2, column 2 (level): level 6 is outside 1–5"},
		{"repeated indicator", "indikator;level\n3;4\n3;4\n", []string{"-"}, exitFinding, "row 3, column 1 (indikator): duplicate: indicator 3 is also on row 2"},
		{"unanswered", "indikator,level\n1,4\n", []string{"-"}, exitFinding, "46 of 47 indicators have no level: 2, 3, 4"},
		{"unknown framework in JSON", `{"instansi": "x", "framework": "ipd-2025", "indicators": []}`, []string{"-"}, exitUsage, `unknown framework "ipd-2025"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := runCLI(t, tc.stdin, append([]string{"spbe", "score"}, tc.args...)...)
			assert.Equal(t, tc.code, code, errOut)
			assert.Empty(t, out)
			assert.Contains(t, errOut, tc.msg)
		})
	}
}

func TestSPBEScoreManyProblemsAreBounded(t *testing.T) {
	var in strings.Builder
	in.WriteString("indikator,level\n")
	for n := 1; n <= 200; n++ {
		fmt.Fprintf(&in, "%d,9\n", n)
	}
	code, _, errOut := runCLI(t, in.String(), "spbe", "score", "-")
	assert.Equal(t, exitFinding, code)
	assert.Equal(t, maxListedProblems+2, strings.Count(errOut, "\n"), "a heading, the problems, the rest counted")
	assert.Contains(t, errOut, "… and 150 more")
}

func TestSPBEHelp(t *testing.T) {
	code, out, _ := runCLI(t, "", "spbe", "help")
	assert.Equal(t, exitOK, code)
	assert.Contains(t, out, "score")
	code, out, _ = runCLI(t, "", "spbe", "score", "-h")
	assert.Equal(t, exitOK, code)
	assert.Contains(t, out, "Usage: smartcity spbe score")
	assert.Contains(t, out, `"index" rounded to`)
	code, _, errOut := runCLI(t, "", "spbe")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errOut, "score")
	code, out, _ = runCLI(t, "", "help")
	assert.Equal(t, exitOK, code)
	assert.Contains(t, out, "spbe")
}

func TestSPBEJSONLinesMatchEncodingJSON(t *testing.T) {
	// The JSON lines are appended by hand for speed; they must be exactly
	// what encoding/json writes for spbeScoreJSON.
	data, err := os.ReadFile(filepath.Join("testdata", "spbe", "named-2023-2024.csv"))
	require.NoError(t, err)
	results, err := scoreAll(data, nil, spbe.Options{Unanswered: spbe.UnansweredZero, Basis: spbe.Rounded})
	require.NoError(t, err)
	results[0].instansi = "Kab. \"Uji\" <&> \u2028 \x01 \xff tab\t"
	for _, lang := range []smartcity.Lang{smartcity.Indonesian, smartcity.English} {
		var fast bytes.Buffer
		require.NoError(t, writeScoresJSON(&fast, results, lang))
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		for _, s := range results {
			require.NoError(t, enc.Encode(scoreJSON(s, lang)))
		}
		assert.Equal(t, want.String(), fast.String())
	}
}
