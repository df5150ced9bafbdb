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

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/spbe"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

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
	assert.Equal(t, spbePartJSON{Code: "A1", Name: "Kebijakan Internal Tata Kelola SPBE", Index: "4.50", IndexExact: "9/2", IndexValue: 4.5}, got.Aspects[0])
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
		out := runOK(t, csv, "spbe", "score", "--json", "--predicate-basis", basis, "-")
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
	assert.Contains(t, errOut, `baris 6 "Pemerintah Kab. Banyuasin" tidak sah:`)
	assert.Contains(t, errOut, "11 dari 47 indikator tidak memiliki level: 37, 38, 39")

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
	out := runOK(t, "", "spbe", "score", spbeTestdata("sumedang-2024.json"))
	lines := strings.Split(out, "\n")
	assert.Equal(t, "Pemerintah Kab. Sumedang, 2024 — Pemantauan dan Evaluasi SPBE (PermenPANRB 59/2020)", lines[0])
	assert.Equal(t, "Indeks SPBE 4,51  Memuaskan  (tepatnya 4,505; predikat dari indeks tanpa pembulatan)", lines[1])
	assert.Contains(t, out, "D3  Manajemen SPBE")
	assert.Contains(t, out, "3,91\n")
	assert.Contains(t, out, "    A8  Layanan Publik Berbasis Elektronik")

	out = runOK(t, "", "spbe", "score", "--lang", "en", "--unanswered", "zero", "--predicate-basis", "rounded",
		filepath.Join("testdata", "spbe", "named-2023-2024.csv"))
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
	assert.Contains(t, errOut, "jumlah bobot tidak sesuai")
	assert.Contains(t, errOut, `bobot aspek "A1" 13.00%, tetapi jumlah bobot indikatornya 13.10%`)

	// Neither a built-in id nor a file that can be opened; a file that is
	// not JSON.
	missing := filepath.Join(dir, "none.json")
	code, _, errOut = runCLI(t, "", "spbe", "score", "--framework", missing, spbeTestdata("rembang-2024.json"))
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errOut, fmt.Sprintf("dan tidak ada berkas %q yang dapat dibaca", missing))
	require.NoError(t, os.WriteFile(fwFile, []byte(`{"id":`), 0o600))
	code, _, errOut = runCLI(t, "", "spbe", "score", "--framework", fwFile, spbeTestdata("rembang-2024.json"))
	assert.Equal(t, exitFinding, code)
	assert.Contains(t, errOut, "--framework "+fwFile+": spbe: masukan rusak: baris 1, kolom 6")
}

func TestSPBEScoreErrors(t *testing.T) {
	tests := []struct {
		name  string
		stdin string
		args  []string
		code  int
		msg   string
	}{
		{"no file", "", []string{}, exitUsage, "FILE yang akan dinilai wajib diberikan"},
		{"two files", "", []string{"a", "b"}, exitUsage, `argumen "b" tidak diharapkan`},
		{"bad basis", "", []string{"--predicate-basis", "floor", "-"}, exitUsage, `dasar predikat "floor" tidak dikenal`},
		{"bad policy", "", []string{"--unanswered", "skip", "-"}, exitUsage, `perlakuan indikator yang belum dijawab "skip" tidak dikenal`},
		{"bad lang", "", []string{"--lang", "jv", "-"}, exitUsage, "--lang harus id atau en"},
		{"unknown framework", "", []string{"--framework", "ipd-2025", "-"}, exitUsage, `kerangka evaluasi "ipd-2025" tidak dikenal`},
		{"missing file", "", []string{filepath.Join("testdata", "spbe", "absent.json")}, exitUsage, "absent.json"},
		{"empty input", "", []string{"-"}, exitFinding, "smartcity spbe score: spbe: masukan rusak: masukan kosong\n"},
		{"broken JSON", `{"instansi": "x", "indicators": [}`, []string{"-"}, exitFinding,
			"spbe: masukan rusak: baris 1, kolom 34 (indicators[0]): karakter '}' tidak sah di awal sebuah nilai\n"},
		{"truncated JSON", `{"instansi": "x", "tahun": 2024, "indicators": [` + "\n", []string{"-"}, exitFinding,
			"smartcity spbe score: spbe: masukan rusak: baris 1, kolom 49: dokumen berakhir sebelum waktunya\n"},
		{"unknown JSON field", `{"instansi": "x", "indikator": []}`, []string{"-"}, exitFinding, `baris 1, kolom 19 (indikator): kolom "indikator" tidak dikenal`},
		{"a JSON value of the wrong kind", `{"instansi": "x", "tahun": "2024"}`, []string{"-"}, exitFinding,
			"baris 1, kolom 33 (tahun): nilai JSON berupa teks tidak dapat dibaca sebagai bilangan bulat"},
		{"broken CSV", "indikator,level\n1,\"3\n", []string{"-"}, exitFinding, "spbe: masukan rusak: baris 2, kolom 6: tanda \" berlebih atau kurang"},
		{"a CSV cell that is not UTF-8", "indikator,level\n1,\xff\n", []string{"-"}, exitFinding,
			"baris 2, kolom 2 (level): nilai bukan teks UTF-8 (simpan berkas sebagai CSV UTF-8)"},
		{"unknown column", "instansi,tahun,1,nilai\n", []string{"-"}, exitFinding, `baris 1, kolom 4 (nilai): kolom "nilai" tidak dikenal`},
		{"missing file, in Indonesian", "", []string{filepath.Join("testdata", "spbe", "absent.json")}, exitUsage,
			"smartcity spbe score: tidak dapat membuka testdata/spbe/absent.json: berkas tidak ditemukan\n"},
		{"level out of range", "indikator,level\n1,6\n", []string{"-"}, exitFinding, "baris 2, kolom 2 (level): level 6 berada di luar 1–5"},
		{"repeated indicator", "indikator;level\n3;4\n3;4\n", []string{"-"}, exitFinding, "baris 3, kolom 1 (indikator): duplikat: indikator 3 juga ada pada baris 2"},
		{"unanswered", "indikator,level\n1,4\n", []string{"-"}, exitFinding, "46 dari 47 indikator tidak memiliki level: 2, 3, 4"},
		{"unknown framework in JSON", `{"instansi": "x", "framework": "ipd-2025", "indicators": []}`, []string{"-"}, exitFinding,
			`penilaian ke-1: spbe: kerangka evaluasi "ipd-2025" tidak dikenal`},

		// In English, the errors are the library's own texts.
		{"empty input, in English", "", []string{"--lang", "en", "-"}, exitFinding, "smartcity spbe score: spbe: malformed input: empty input\n"},
		{"truncated JSON, in English", `{"instansi": "x", "tahun": 2024, "indicators": [` + "\n", []string{"--lang", "en", "-"}, exitFinding,
			"smartcity spbe score: spbe: malformed input: line 1, column 49: unexpected end of the document\n"},
		{"unknown JSON field, in English", `{"instansi": "x", "indikator": []}`, []string{"--lang", "en", "-"}, exitFinding,
			`spbe: malformed input: line 1, column 19 (indikator): unknown field "indikator"`},
		{"broken CSV, in English", "indikator,level\n1,\"3\n", []string{"--lang", "en", "-"}, exitFinding, "malformed input: line 2, column 6"},
		{"unknown column, in English", "instansi,tahun,1,nilai\n", []string{"--lang", "en", "-"}, exitFinding, `column 4 (nilai): unknown column "nilai"`},
		{"unknown framework in JSON, in English", `{"instansi": "x", "framework": "ipd-2025", "indicators": []}`, []string{"--lang", "en", "-"}, exitFinding,
			`assessment 1: spbe: unknown framework "ipd-2025"`},
		{"missing file, in English", "", []string{"--lang", "en", filepath.Join("testdata", "spbe", "absent.json")}, exitUsage,
			"smartcity spbe score: open testdata/spbe/absent.json: no such file or directory\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			runFails(t, tc.stdin, tc.code, append([]string{"spbe", "score"}, tc.args...), tc.msg)
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
	assert.Contains(t, errOut, "… dan 150 masalah lainnya")
}

func TestSPBEHelp(t *testing.T) {
	code, out, _ := runCLI(t, "", "spbe", "help")
	assert.Equal(t, exitOK, code)
	assert.Contains(t, out, "score")
	code, out, _ = runCLI(t, "", "spbe", "score", "-h", "--lang", "en")
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

// The table of many results is written a row at a time from widths
// measured beforehand; it must be exactly what text/tabwriter writes when
// it holds every row, as the table was written before.
func TestSPBEScoreTableMatchesTabwriter(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "spbe", "named-2023-2024.csv"))
	require.NoError(t, err)
	named, err := scoreAll(data, nil, spbe.Options{Unanswered: spbe.UnansweredZero}, spbe.ReadOptions{})
	require.NoError(t, err)
	named[1].Instansi = "Pemerintah Kab. Pidië — Łódź"
	named[2].Year = 0
	pemdi, err := os.ReadFile(pemdi2026)
	require.NoError(t, err)
	more, err := scoreAll(pemdi, nil, spbe.Options{}, spbe.ReadOptions{})
	require.NoError(t, err)
	twoPemdi := append(slices.Clone(more), spbe.Scored{Instansi: "Kota Ü", Year: 2026, Result: more[0].Result})
	for name, results := range map[string][]spbe.Scored{
		"shared": named, "mixed": append(slices.Clone(named), more...), "no domains": twoPemdi,
		"none": nil, "long names": {{Instansi: strings.Repeat("Kabupaten ", 12), Year: 2024, Result: named[0].Result}, named[3]},
	} {
		for _, lang := range []smartcity.Lang{smartcity.Indonesian, smartcity.English} {
			table := scoreTable{indices: indexTexts{lang: lang}}
			for _, s := range results {
				table.observe(s)
			}
			var got bytes.Buffer
			tw, err := table.start(&got)
			require.NoError(t, err)
			for _, s := range results {
				require.NoError(t, tw.write(s))
			}
			assert.Equal(t, tabwriterTable(t, results, lang), got.String(), "%s, %v", name, lang)
		}
	}
}

// tabwriterTable writes the table of many results through text/tabwriter.
func tabwriterTable(t *testing.T, results []spbe.Scored, lang smartcity.Lang) string {
	var out bytes.Buffer
	tw := tabwriter.NewWriter(&out, 0, 0, 2, ' ', 0)
	words := [...]string{"Instansi", "Tahun", "Indeks", "Predikat", "Kerangka"}
	if lang == smartcity.English {
		words = [...]string{"Instansi", "Year", "Index", "Predicate", "Framework"}
	}
	var shared *spbe.Framework
	if len(results) > 0 {
		shared = results[0].Result.Framework
	}
	for _, s := range results {
		if f := s.Result.Framework; f != shared && f.ID() != shared.ID() {
			shared = nil
		}
	}
	header := words[0] + "\t" + words[1]
	switch {
	case shared != nil:
		header += "\t" + strings.Join(topParts(shared), "\t")
	case len(results) > 0:
		header += "\t" + words[4]
	}
	fmt.Fprintf(tw, "%s\t%s\t%s\n", header, words[2], words[3])
	for _, s := range results {
		year := ""
		if s.Year != 0 {
			year = strconv.Itoa(s.Year)
		}
		fmt.Fprintf(tw, "%s\t%s\t", s.Instansi, year)
		if shared != nil {
			for _, x := range topIndices(s.Result) {
				fmt.Fprintf(tw, "%s\t", lang.Decimal(x.String()))
			}
		} else {
			fmt.Fprintf(tw, "%s\t", s.Result.Framework.ID())
		}
		fmt.Fprintf(tw, "%s\t%s\n", lang.Decimal(s.Result.Index.String()), s.Result.Framework.PredicateName(s.Result.Predicate, lang))
	}
	require.NoError(t, tw.Flush())
	return out.String()
}

// An assessment that names no framework is scored under the rule of its
// year; one before the first evaluation is refused at its tahun.
func TestSPBEScoreYearPicksFramework(t *testing.T) {
	tests := []struct {
		name      string
		stdin     string
		framework string
		aspects   []string
	}{
		{"2026 JSON", assessmentJSON(2026, strings.Repeat("3", 20)), spbe.PermenPANRB8of2026, []string{"A1", "A2", "A3", "A4", "A5", "A6", "A7"}},
		{"2025 JSON", assessmentJSON(2025, strings.Repeat("3", 47)), spbe.PermenPANRB59of2020, []string{"A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8"}},
		{"2021 JSON", assessmentJSON(2021, strings.Repeat("3", 47)), spbe.PermenPANRB59of2020, []string{"A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8"}},
		{"2018 JSON", assessmentJSON(2018, strings.Repeat("3", 35)), spbe.PermenPANRB5of2018, []string{"A1", "A2", "A3", "A4", "A5", "A6", "A7"}},
		{"no year", `{"instansi": "x", "indicators": [` + strings.TrimPrefix(assessmentJSON(0, strings.Repeat("3", 47)), `{"instansi": "Pemerintah Kab. Uji", "tahun": 0, "indicators": [`),
			spbe.PermenPANRB59of2020, []string{"A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8"}},
		{"2026 long CSV", "indikator,level,tahun\n" + longRows(strings.Repeat("4", 20), ",2026"), spbe.PermenPANRB8of2026, []string{"A1", "A2", "A3", "A4", "A5", "A6", "A7"}},
		{"2026 wide CSV", wideCSV(20, "Kab. Uji;2026"), spbe.PermenPANRB8of2026, []string{"A1", "A2", "A3", "A4", "A5", "A6", "A7"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runCLI(t, tt.stdin, "spbe", "score", "--json", "-")
			require.Equal(t, exitOK, code, errOut)
			var got spbeScoreJSON
			decodeStrict(t, out, &got)
			assert.Equal(t, tt.framework, got.Framework)
			var codes []string
			for _, a := range got.Aspects {
				codes = append(codes, a.Code)
			}
			assert.Equal(t, tt.aspects, codes, "aspects for every framework")
			fw, err := spbe.Lookup(tt.framework)
			require.NoError(t, err)
			assert.Len(t, got.Domains, fw.NumDomains())
			assert.NotNil(t, got.Domains, "domains stays an array, empty without domains")
		})
	}

	code, out, errOut := runCLI(t, assessmentJSON(2017, strings.Repeat("3", 47)), "spbe", "score", "-")
	assert.Equal(t, exitFinding, code)
	assert.Empty(t, out)
	assert.Contains(t, errOut, `penilaian "Pemerintah Kab. Uji" 2017 tidak sah:`)
	assert.Contains(t, errOut, "tahun: tidak ada kerangka evaluasi untuk tahun itu: tidak ada evaluasi SPBE atau Pemdi pada tahun 2017")
	// The problems speak the language --lang asks for.
	code, _, errOut = runCLI(t, assessmentJSON(2017, strings.Repeat("3", 47)), "spbe", "score", "--lang", "en", "-")
	assert.Equal(t, exitFinding, code)
	assert.Equal(t, "smartcity spbe score: invalid assessment \"Pemerintah Kab. Uji\" 2017:\n"+
		"  tahun: no framework for the year: no SPBE or Pemdi evaluation was held in 2017; the first was in 2018\n", errOut)

	// A 2026 assessment of 47 levels is not scored as 59/2020.
	code, _, errOut = runCLI(t, assessmentJSON(2026, strings.Repeat("3", 47)), "spbe", "score", "-")
	assert.Equal(t, exitFinding, code)
	assert.Contains(t, errOut, "permenpanrb-8-2026 tidak memiliki indikator 21")

	// A wide CSV's columns name the framework; its rows' years must fit.
	code, _, errOut = runCLI(t, wideCSV(20, "Kab. Uji;2025"), "spbe", "score", "-")
	assert.Equal(t, exitFinding, code)
	assert.Contains(t, errOut, "kolom 2 (tahun)")

	// --framework wins over the year.
	code, out, errOut = runCLI(t, assessmentJSON(2026, strings.Repeat("3", 47)), "spbe", "score", "--json", "--framework", spbe.PermenPANRB59of2020, "-")
	require.Equal(t, exitOK, code, errOut)
	assert.Contains(t, out, `"framework":"permenpanrb-59-2020"`)
}

// wideCSV writes a wide CSV of n indicator columns with one row that
// starts with the cells lead and gives every indicator level 3.
func wideCSV(n int, lead string) string {
	var b strings.Builder
	b.WriteString("instansi;tahun")
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, ";%d", i)
	}
	b.WriteString("\n" + lead + strings.Repeat(";3", n) + "\n")
	return b.String()
}

// longRows writes the rows of a long CSV, one per digit of levels, each
// followed by suffix.
func longRows(levels, suffix string) string {
	var b strings.Builder
	for i, c := range levels {
		fmt.Fprintf(&b, "%d,%c%s\n", i+1, c, suffix)
	}
	return b.String()
}

func TestSPBEScorePemdiGolden(t *testing.T) {
	rembang, err := os.ReadFile(spbeTestdata("rembang-2024.json"))
	require.NoError(t, err)
	pemdi, err := os.ReadFile(pemdi2026)
	require.NoError(t, err)
	mixed := "[" + string(rembang) + "," + string(pemdi) + "]"
	twoPemdi := "[" + string(pemdi) + "," + assessmentJSON(2026, "55554444333322221111") + "]"
	tests := []struct {
		golden string
		stdin  string
		args   []string
	}{
		{"score-pemdi-2026.id.txt", "", []string{pemdi2026}},
		{"score-pemdi-2026.en.txt", "", []string{"--lang", "en", pemdi2026}},
		{"score-pemdi-2026.json", "", []string{"--json", pemdi2026}},
		{"score-pemdi-two.id.txt", twoPemdi, []string{"-"}},
		{"score-mixed.en.txt", mixed, []string{"--lang", "en", "-"}},
		{"score-mixed.json", mixed, []string{"--json", "-"}},
	}
	for _, tt := range tests {
		goldenRun(t, "spbe", tt.golden, tt.stdin, exitOK, append([]string{"spbe", "score"}, tt.args...)...)
	}
}

func TestSPBEScorePemdiText(t *testing.T) {
	code, out, errOut := runCLI(t, "", "spbe", "score", pemdi2026)
	require.Equal(t, exitOK, code, errOut)
	lines := strings.Split(out, "\n")
	assert.Equal(t, "Pemerintah Kab. Contoh, 2026 — Evaluasi Kinerja Pemerintah Digital — Indeks Pemerintah Digital (PermenPANRB 8/2026)", lines[0])
	assert.Equal(t, "Indeks Pemerintah Digital 3,40  Baik  (tepatnya 3,40; predikat dari indeks tanpa pembulatan)", lines[1])
	assert.Equal(t, "indikator 5: level 4 dari Skor Satu Data Indonesia (Bappenas) 70", lines[2])
	assert.True(t, strings.HasPrefix(lines[4], "A1  Tata Kelola dan Manajemen "), "aspects directly under the index")
	assert.NotContains(t, out, "D1")

	// 4.25 is Memuaskan under 8/2026; under 59/2020 it would be Sangat Baik.
	code, out, errOut = runCLI(t, assessmentJSON(2026, "44444444444444444455"), "spbe", "score", "--lang", "en", "-")
	require.Equal(t, exitOK, code, errOut)
	assert.Contains(t, out, "Digital Government Index 4.25  satisfactory  (exactly 4.25;")

	// A score not known yet counts at level 1 and says so.
	pending := strings.Replace(assessmentJSON(2026, strings.Repeat("3", 20)), `{"indicator": 5, "level": 3}`, `{"indicator": 5, "external": {"source": "sdi"}}`, 1)
	code, out, errOut = runCLI(t, pending, "spbe", "score", "-")
	require.Equal(t, exitOK, code, errOut)
	assert.Contains(t, out, "indikator 5: Skor Satu Data Indonesia (Bappenas) belum ada; dihitung level 1\n")

	// 2025 was a pemantauan.
	code, out, errOut = runCLI(t, assessmentJSON(2025, strings.Repeat("3", 47)), "spbe", "score", "-")
	require.Equal(t, exitOK, code, errOut)
	assert.True(t, strings.HasPrefix(out, "Pemerintah Kab. Uji, 2025 (Pemantauan) — Pemantauan dan Evaluasi SPBE (PermenPANRB 59/2020)\nIndeks SPBE 3,00  Baik"), out)
}

// wideRowsCSV writes a wide CSV of 20 indicator columns and n rows of
// 2026, each with the levels given as digits.
func wideRowsCSV(n int, levels string) string {
	var b strings.Builder
	b.WriteString("instansi;tahun;" + strings.ReplaceAll(numbersCSV(20), ",", ";") + "\n")
	for i := range n {
		fmt.Fprintf(&b, "Kab. Uji %d;2026;%s\n", i+1, strings.Join(strings.Split(levels, ""), ";"))
	}
	return b.String()
}

// The bounds of the input are raised by flags, and a file over one says
// which flag raises it.
func TestSPBEScoreLimits(t *testing.T) {
	csv := wideRowsCSV(5, strings.Repeat("3", 20))
	code, out, errOut := runCLI(t, csv, "spbe", "score", "--max-rows", "3", "-")
	assert.Equal(t, exitFinding, code)
	assert.Empty(t, out)
	assert.Equal(t, "smartcity spbe score: spbe: masukan rusak: baris 5: baris terlalu banyak: lebih dari 3 baris data\n"+
		"smartcity spbe score: batas ini dapat dinaikkan dengan --max-rows, misalnya --max-rows 6\n", errOut)
	code, out, errOut = runCLI(t, csv, "spbe", "score", "--max-rows", "5", "-")
	require.Equal(t, exitOK, code, errOut)
	assert.Len(t, strings.Split(strings.TrimSuffix(out, "\n"), "\n"), 6, "a header and five rows")

	code, out, errOut = runCLI(t, csv, "spbe", "score", "--lang", "en", "--max-bytes", "100", "-")
	assert.Equal(t, exitFinding, code)
	assert.Empty(t, out)
	assert.Equal(t, "smartcity spbe score: spbe: malformed input: input exceeds the size limit of 100 bytes\n"+
		"smartcity spbe score: --max-bytes raises the limit, as in --max-bytes 200\n", errOut)
	larger := wideRowsCSV(40, strings.Repeat("3", 20)) // 2.3 kB
	code, _, errOut = runCLI(t, larger, "spbe", "score", "--max-bytes", "1KiB", "-")
	assert.Equal(t, exitFinding, code)
	assert.Contains(t, errOut, "masukan melebihi batas ukuran 1 KiB\n")
	assert.Contains(t, errOut, "misalnya --max-bytes 2KiB\n")
	code, _, errOut = runCLI(t, larger, "spbe", "score", "--max-bytes", "3kB", "-")
	assert.Equal(t, exitOK, code, errOut)

	for _, bad := range []string{"0", "-5", "12XB", "MiB", "1.5MiB", "9999999TiB"} {
		code, _, errOut = runCLI(t, csv, "spbe", "score", "--max-bytes", bad, "-")
		assert.Equal(t, exitUsage, code, bad)
		assert.Contains(t, errOut, "bukan ukuran", bad)
	}
	code, _, _ = runCLI(t, csv, "spbe", "score", "--max-rows", "many", "-")
	assert.Equal(t, exitUsage, code)

	code, out, _ = runCLI(t, "", "spbe", "score", "-h", "--lang", "en")
	assert.Equal(t, exitOK, code)
	assert.Contains(t, out, "-max-bytes size")
	assert.Contains(t, out, "(default 64MiB)")
	assert.Contains(t, out, "(default 1000000)")
	code, out, _ = runCLI(t, "", "spbe", "score", "-h")
	assert.Equal(t, exitOK, code)
	assert.Contains(t, out, "-max-bytes ukuran")
	assert.Contains(t, out, "(bawaan 64MiB)")
	assert.Contains(t, out, "(bawaan 1000000)")
}

func TestByteSize(t *testing.T) {
	for in, want := range map[string]int64{
		"1048576": 1 << 20, "256MiB": 256 << 20, "2gib": 2 << 30, " 1 MiB ": 1 << 20, "512KiB": 512 << 10,
		"500kB": 500_000, "3MB": 3_000_000, "1GB": 1_000_000_000, "100b": 100, "1TiB": 1 << 40,
	} {
		var n byteSize
		require.NoError(t, n.Set(in), in)
		assert.Equal(t, want, int64(n), in)
	}
	for n, want := range map[byteSize]string{64 << 20: "64MiB", 2 << 30: "2GiB", 1536: "1536", 500_000: "500000", 3 << 10: "3KiB", 1 << 40: "1TiB"} {
		assert.Equal(t, want, n.String())
		var back byteSize
		require.NoError(t, back.Set(want))
		assert.Equal(t, n, back, "String reads back")
	}
}

// notSeekable hides the Seek of a reader, as a pipe has none.
type notSeekable struct{ io.Reader }

// Standard input that cannot be sought back is read twice through a
// temporary copy; what is printed is the same as from a file.
func TestSPBEScoreFromAStream(t *testing.T) {
	named, err := os.ReadFile(filepath.Join("testdata", "spbe", "named-2023-2024.csv"))
	require.NoError(t, err)
	pemdi, err := os.ReadFile(pemdi2026)
	require.NoError(t, err)
	dir := t.TempDir()
	t.Setenv("TMPDIR", dir)
	for _, tc := range []struct {
		stdin []byte
		args  []string
	}{
		{named, []string{"--unanswered", "zero"}},
		{named, []string{"--unanswered", "zero", "--json"}},
		{named, nil},
		{pemdi, nil},
		{[]byte("[" + string(pemdi) + "," + string(pemdi) + "]"), []string{"--json"}},
	} {
		args := append(append([]string{"spbe", "score"}, tc.args...), "-")
		var out, errOut bytes.Buffer
		code := run(args, notSeekable{bytes.NewReader(tc.stdin)}, &out, &errOut)
		wantCode, wantOut, wantErr := runCLI(t, string(tc.stdin), args...)
		assert.Equal(t, wantCode, code, tc.args)
		assert.Equal(t, wantOut, out.String(), tc.args)
		assert.Equal(t, wantErr, errOut.String(), tc.args)
		assert.NotEmpty(t, wantOut+wantErr)
	}
	left, err := os.ReadDir(dir)
	require.NoError(t, err)
	assert.Empty(t, left, "the copies are removed")
}

// Every invalid row of a wide CSV is reported as it is found, the
// problems bounded as for one assessment; nothing is printed.
func TestSPBEScoreWideProblemsAreBounded(t *testing.T) {
	csv := wideRowsCSV(60, strings.Repeat("3", 19)+"9")
	code, out, errOut := runCLI(t, csv, "spbe", "score", "-")
	assert.Equal(t, exitFinding, code)
	assert.Empty(t, out)
	assert.Equal(t, 60, strings.Count(errOut, " tidak sah:\n"), "a heading for every row")
	assert.Equal(t, maxListedProblems, strings.Count(errOut, "\n  baris "), "the problems listed")
	assert.True(t, strings.HasSuffix(errOut, "  … dan 10 masalah lainnya\n"), errOut)

	// Rows that break the rules, then a row that cannot be read: the
	// problems before it and the reading error: all findings, as the
	// file was read.
	broken := wideRowsCSV(2, strings.Repeat("3", 19)+"9") + "\"Kab. Rusak;2026\n"
	code, out, errOut = runCLI(t, broken, "spbe", "score", "--lang", "en", "-")
	assert.Equal(t, exitFinding, code)
	assert.Empty(t, out)
	assert.Equal(t, 2, strings.Count(errOut, "invalid row"))
	assert.Contains(t, errOut, "smartcity spbe score: spbe: malformed input: line 4, column")
}

// One row of a wide CSV is shown in detail, as one assessment of any form.
func TestSPBEScoreOneWideRow(t *testing.T) {
	code, out, errOut := runCLI(t, wideRowsCSV(1, strings.Repeat("4", 20)), "spbe", "score", "-")
	require.Equal(t, exitOK, code, errOut)
	assert.True(t, strings.HasPrefix(out, "Kab. Uji 1, 2026 — Evaluasi Kinerja Pemerintah Digital"), out)
	assert.Contains(t, out, "Indeks Pemerintah Digital 4,00  Memuaskan")
}
