package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/spbe"
)

func TestSPBEFrameworksGolden(t *testing.T) {
	goldenCases(t, "spbe", nil, []goldenCase{
		{"frameworks.id.txt", []string{"spbe", "frameworks"}},
		{"frameworks.en.txt", []string{"spbe", "frameworks", "--lang", "en"}},
		{"frameworks.json", []string{"spbe", "frameworks", "--json"}},
		{"frameworks.en.json", []string{"spbe", "frameworks", "--lang=en", "--json"}},
	})
}

func TestSPBEFrameworksText(t *testing.T) {
	code, out, _ := runCLI(t, "", "spbe", "frameworks")
	require.Equal(t, exitOK, code)
	blocks := strings.Split(out, "\n\n")
	require.Len(t, blocks, 3, "one block per built-in")
	assert.True(t, strings.HasPrefix(blocks[0], "permenpanrb-8-2026  Evaluasi Kinerja Pemerintah Digital"), "newest first")
	assert.Contains(t, blocks[0], "  Tahun        2026– (berlaku)\n")
	assert.Contains(t, blocks[0], "  Susunan      7 aspek, 20 indikator, level 1–5\n", "no domains")
	assert.Contains(t, blocks[0], "Memuaskan ≥ 4,00")
	assert.Contains(t, blocks[1], "  Tahun        2021–2025; juga penilaian tanpa tahun\n")
	assert.Contains(t, blocks[1], "  Metode       Evaluasi 2021–2024, Pemantauan 2025\n")
	assert.Contains(t, blocks[1], "Memuaskan ≥ 4,2")
	assert.Contains(t, blocks[2], "  Susunan      3 domain, 7 aspek, 35 indikator, level 0–5\n")
}

func TestSPBEFrameworksJSONShape(t *testing.T) {
	out := runOK(t, "", "spbe", "frameworks", "--json")
	var got []spbeFrameworkJSON
	decodeStrict(t, out, &got)
	require.Len(t, got, 3)
	byID := map[string]spbeFrameworkJSON{}
	for _, f := range got {
		byID[f.ID] = f
	}
	pemdi := byID[spbe.PermenPANRB8of2026]
	assert.True(t, pemdi.InForce)
	assert.Equal(t, []int{2026}, pemdi.Years)
	assert.Equal(t, []int{0, 7, 20}, []int{pemdi.Domains, pemdi.Aspects, pemdi.Indicators})
	assert.Equal(t, spbeBandJSON{Predicate: "Memuaskan", Name: "Memuaskan", From: "4.00"}, pemdi.Bands[4])

	spbe59 := byID[spbe.PermenPANRB59of2020]
	assert.False(t, spbe59.InForce)
	assert.True(t, spbe59.Default)
	assert.Equal(t, []int{2021, 2022, 2023, 2024, 2025}, spbe59.Years)
	assert.Equal(t, spbeYearMethodJSON{Year: 2025, Method: "pemantauan"}, spbe59.Methods[4])
	assert.Equal(t, spbeYearMethodJSON{Year: 2024, Method: "evaluasi"}, spbe59.Methods[3])
	assert.Equal(t, []int{4, 8, 47}, []int{spbe59.Domains, spbe59.Aspects, spbe59.Indicators})

	spbe5 := byID[spbe.PermenPANRB5of2018]
	assert.Equal(t, []int{2018, 2019, 2020}, spbe5.Years)
	assert.Equal(t, 0, spbe5.MinLevel)

	// Field names are a contract: check the raw keys too.
	var raw []map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &raw))
	for _, k := range []string{"id", "name", "legal_basis", "years", "in_force", "default", "methods", "domains", "aspects", "indicators", "min_level", "max_level", "bands"} {
		assert.Contains(t, raw[0], k)
	}
	assert.Equal(t, map[string]any{"year": 2025.0, "method": "pemantauan"}, raw[1]["methods"].([]any)[4])
}

// Each built-in, printed by `spbe framework ID`, loads back as the same
// framework and scores an assessment exactly as the built-in does.
func TestSPBEFrameworkRoundTrip(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		id         string
		assessment string
	}{
		{spbe.PermenPANRB8of2026, pemdi2026},
		{spbe.PermenPANRB59of2020, spbeTestdata("rembang-2024.json")},
		{spbe.PermenPANRB5of2018, writeAssessment(t, dir, "2019.json", 2019, strings.Repeat("3", 30)+"45214")},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			code, out, errOut := runCLI(t, "", "spbe", "framework", tt.id)
			require.Equal(t, exitOK, code, errOut)
			assert.Empty(t, errOut)

			builtin, err := spbe.Lookup(tt.id)
			require.NoError(t, err)
			compact, err := json.Marshal(builtin)
			require.NoError(t, err)
			var want bytes.Buffer
			require.NoError(t, json.Indent(&want, compact, "", "  "))
			assert.Equal(t, want.String()+"\n", out, "json.Marshal of the framework, indented")

			loaded, err := spbe.DecodeFramework(strings.NewReader(out), 0)
			require.NoError(t, err)
			assert.Equal(t, builtin.Spec(), loaded.Spec())

			file := filepath.Join(dir, tt.id+".json")
			require.NoError(t, os.WriteFile(file, []byte(out), 0o600))
			for _, args := range [][]string{{"--json"}, {}, {"--lang", "en", "--predicate-basis", "rounded"}} {
				code, fromID, errOut := runCLI(t, "", append(append([]string{"spbe", "score", "--framework", tt.id}, args...), tt.assessment)...)
				require.Equal(t, exitOK, code, errOut)
				code, fromFile, errOut := runCLI(t, "", append(append([]string{"spbe", "score", "--framework", file}, args...), tt.assessment)...)
				require.Equal(t, exitOK, code, errOut)
				assert.Equal(t, fromID, fromFile, "%v", args)
			}
			// Without --framework the year picks the same rule.
			code, byYear, errOut := runCLI(t, "", "spbe", "score", "--json", tt.assessment)
			require.Equal(t, exitOK, code, errOut)
			assert.Contains(t, byYear, `"framework":"`+tt.id+`"`)
		})
	}
}

func TestSPBEFrameworkErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
		msg  string
	}{
		{"unknown id", []string{"framework", "ipd-2025"}, exitUsage,
			`smartcity spbe framework: spbe: kerangka evaluasi "ipd-2025" tidak dikenal (bawaan: permenpanrb-8-2026, permenpanrb-59-2020, permenpanrb-5-2018)`},
		{"unknown id, in English", []string{"framework", "--lang", "en", "ipd-2025"}, exitUsage,
			`smartcity spbe framework: spbe: unknown framework "ipd-2025" (built in: permenpanrb-8-2026, permenpanrb-59-2020, permenpanrb-5-2018)`},
		{"framework bad lang", []string{"framework", "--lang", "jv", "ipd-2025"}, exitUsage, "--lang harus id atau en"},
		{"no id", []string{"framework"}, exitUsage, "ID kerangka evaluasi wajib diberikan ('smartcity spbe frameworks' mendaftarnya)"},
		{"two ids", []string{"framework", spbe.PermenPANRB8of2026, spbe.PermenPANRB5of2018}, exitUsage, `argumen "permenpanrb-5-2018" tidak diharapkan`},
		{"a flag it does not take", []string{"framework", "--json", spbe.PermenPANRB8of2026}, exitUsage, "opsi tidak dikenal: -json"},
		{"a file is no id", []string{"framework", pemdi2026}, exitUsage, `kerangka evaluasi "testdata/spbe/pemdi-2026.json" tidak dikenal`},
		{"frameworks takes no argument", []string{"frameworks", spbe.PermenPANRB8of2026}, exitUsage, `argumen "permenpanrb-8-2026" tidak diharapkan`},
		{"frameworks bad lang", []string{"frameworks", "--lang", "jv"}, exitUsage, "--lang harus id atau en"},
		{"frameworks bad flag", []string{"frameworks", "--yaml"}, exitUsage, "opsi tidak dikenal: -yaml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			runFails(t, "", tt.code, append([]string{"spbe"}, tt.args...), tt.msg)
		})
	}
}

func TestSPBEFrameworksHelp(t *testing.T) {
	code, out, _ := runCLI(t, "", "spbe", "help", "--lang", "en")
	require.Equal(t, exitOK, code)
	assert.Contains(t, out, "  frameworks list the built-in frameworks")
	assert.Contains(t, out, "  framework  print a built-in framework as JSON")
	for _, tt := range []struct{ cmd, want string }{
		{"frameworks", "Usage: smartcity spbe frameworks [--lang id|en] [--json]"},
		{"framework", "Usage: smartcity spbe framework [--lang id|en] ID"},
	} {
		code, out, errOut := runCLI(t, "", "spbe", tt.cmd, "-h", "--lang", "en")
		assert.Equal(t, exitOK, code)
		assert.Contains(t, out, tt.want)
		assert.Empty(t, errOut)
	}
}

// writeAssessment writes a JSON assessment of year that names no
// framework, with the levels given as digits (indicator 1 first), and
// returns its path.
func writeAssessment(t *testing.T, dir, name string, year int, levels string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	require.NoError(t, os.WriteFile(path, []byte(assessmentJSON(year, levels)), 0o600))
	return path
}

// assessmentJSON is a JSON assessment of year that names no framework,
// with the levels given as digits.
func assessmentJSON(year int, levels string) string {
	var b strings.Builder
	b.WriteString(`{"instansi": "Pemerintah Kab. Uji", "tahun": ` + itoa(year) + `, "indicators": [`)
	for i, c := range levels {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(`{"indicator": ` + itoa(i+1) + `, "level": ` + string(c) + `}`)
	}
	b.WriteString("]}")
	return b.String()
}

func TestYearSpans(t *testing.T) {
	tests := []struct {
		name        string
		years       []int
		inForce     bool
		methods     []spbe.YearMethod
		span, spans string
	}{
		{"closed", []int{2018, 2019, 2020}, false, nil, "2018–2020", "Evaluasi 2018–2020"},
		{"one year in force", []int{2026}, true, nil, "2026–", "Evaluasi 2026–"},
		{"a gap", []int{2021, 2023, 2024}, false, nil, "2021, 2023–2024", "Evaluasi 2021, 2023–2024"},
		{"monitoring last", []int{2021, 2022, 2023, 2024, 2025}, false, []spbe.YearMethod{{Year: 2025, Method: spbe.Pemantauan}},
			"2021–2025", "Evaluasi 2021–2024, Pemantauan 2025"},
		{"monitoring last, in force", []int{2024, 2025}, true, []spbe.YearMethod{{Year: 2025, Method: spbe.Pemantauan}},
			"2024–", "Evaluasi 2024, Pemantauan 2025, Evaluasi 2026–"},
		{"monitoring first", []int{2024, 2025, 2026}, false, []spbe.YearMethod{{Year: 2024, Method: spbe.Pemantauan}},
			"2024–2026", "Pemantauan 2024, Evaluasi 2025–2026"},
		{"no years", nil, false, nil, "–", "–"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			spec := spbe.Default().Spec()
			spec.ID, spec.Years, spec.InForce, spec.Methods = "uji", tt.years, tt.inForce, tt.methods
			fw, err := spbe.NewFramework(spec)
			require.NoError(t, err)
			assert.Equal(t, tt.span, spansText(yearSpans(fw, false), smartcity.Indonesian, false))
			assert.Equal(t, tt.spans, spansText(yearSpans(fw, true), smartcity.Indonesian, true))
		})
	}
}
