package main

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity/masterplan"
)

func TestPlanValidateGolden(t *testing.T) {
	tests := []struct {
		golden string
		args   []string
		code   int
	}{
		{"validate-invalid.id.txt", []string{"plan", "validate", planTestdata("invalid.json")}, exitFinding},
		{"validate-invalid.en.txt", []string{"plan", "validate", "--lang", "en", planTestdata("invalid.json")}, exitFinding},
		{"validate-invalid.json", []string{"plan", "validate", planTestdata("invalid.json"), "--json", "--lang=en"}, exitFinding},
		{"validate-bad-element.json", []string{"plan", "validate", "--json", planTestdata("bad-element.json")}, exitFinding},
		{"validate-malformed.en.txt", []string{"plan", "validate", "--lang", "en", planTestdata("malformed.json")}, exitFinding},
		{"validate-rembang.id.txt", []string{"plan", "validate", rembangPlan}, exitOK},
		// An unknown element, a programme id used twice and a negative
		// amount: all three in one run.
		{"validate-three-problems.id.txt", []string{"plan", "validate", planTestdata("three-problems.json")}, exitFinding},
		{"validate-three-problems.en.txt", []string{"plan", "validate", "--lang", "en", planTestdata("three-problems.json")}, exitFinding},
		{"validate-three-problems.json", []string{"plan", "validate", "--json", planTestdata("three-problems.json")}, exitFinding},
	}
	for _, tt := range tests {
		goldenRun(t, "plan", tt.golden, "", tt.code, tt.args...)
	}
}

// The --json output is an array of {"path", "rule", "severity", "message"}.
func TestPlanValidateJSON(t *testing.T) {
	code, out, _ := runCLI(t, "", "plan", "validate", "--json", "--lang", "en", planTestdata("invalid.json"))
	require.Equal(t, exitFinding, code)
	var got []map[string]string
	require.NoError(t, json.Unmarshal([]byte(out), &got))
	require.Len(t, got, 8)
	assert.Equal(t, map[string]string{
		"path": "programs[2].budget[3].year", "rule": "budget_year", "severity": "error",
		"message": "budget year 2035 lies outside the programme's years 2023–2026",
	}, got[2])
	assert.Equal(t, "warning", got[5]["severity"])
	assert.Equal(t, "pillar Smart Branding has no quick win", got[6]["message"])

	code, out, _ = runCLI(t, "", "plan", "validate", "--json", rembangPlan)
	assert.Equal(t, exitOK, code)
	assert.Equal(t, "[]\n", out, "an empty array, not null")
}

func TestPlanValidateStdin(t *testing.T) {
	data, err := os.ReadFile(rembangPlan)
	require.NoError(t, err)
	code, out, errOut := runCLI(t, string(data), "plan", "validate", "--lang", "en", "-")
	assert.Equal(t, exitOK, code, errOut)
	assert.Equal(t, "Rembang Regency 2022–2031: valid, 0 warnings\n", out)

	// Warnings alone exit 0.
	var p masterplan.Plan
	require.NoError(t, json.Unmarshal(data, &p))
	p.Readiness.Items[0].Target = 1
	doc, err := json.Marshal(p)
	require.NoError(t, err)
	code, out, _ = runCLI(t, string(doc), "plan", "validate", "-")
	assert.Equal(t, exitOK, code)
	assert.Equal(t, "peringatan: readiness.items[0].target: skor target 1 lebih rendah dari skor saat ini 2\n"+
		"Kabupaten Rembang 2022–2031: valid, 1 peringatan\n", out)
}

func TestPlanSummaryGolden(t *testing.T) {
	goldenCases(t, "plan", nil, []goldenCase{
		{"summary-rembang.id.txt", []string{"plan", "summary", rembangPlan}},
		{"summary-rembang.en.txt", []string{"plan", "summary", "--lang", "en", rembangPlan}},
		{"summary-rembang.json", []string{"plan", "summary", "--json", rembangPlan}},
	})
}

func TestPlanSummaryJSON(t *testing.T) {
	code, out, _ := runCLI(t, "", "plan", "summary", "--json", rembangPlan)
	require.Equal(t, exitOK, code)
	var got struct {
		Region   masterplan.Region `json:"region"`
		Period   masterplan.Period `json:"period"`
		Programs int               `json:"programs"`
		masterplan.Summary
	}
	dec := json.NewDecoder(strings.NewReader(out))
	dec.DisallowUnknownFields()
	require.NoError(t, dec.Decode(&got))
	assert.Equal(t, "33.17", got.Region.KemendagriCode)
	assert.Equal(t, masterplan.Period{StartYear: 2022, EndYear: 2031}, got.Period)
	assert.Equal(t, 19, got.Programs)
	assert.Equal(t, int64(17_620_000_000), got.Budget.Total)
	assert.Len(t, got.Coverage, 6)
	assert.Len(t, got.Roadmap, 10)
	assert.Len(t, got.QuickWins, 6)
	var raw map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &raw))
	for _, k := range []string{"region", "period", "programs", "budget", "coverage", "roadmap", "quick_wins"} {
		assert.Contains(t, raw, k)
	}
}

func TestPlanErrors(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"no subcommand", []string{"plan"}, exitUsage, "Penggunaan: smartcity plan <perintah>"},
		{"unknown subcommand", []string{"plan", "check"}, exitUsage, `perintah "check" tidak dikenal`},
		{"no file", []string{"plan", "validate"}, exitUsage, "FILE yang akan diperiksa wajib diberikan"},
		{"two files", []string{"plan", "validate", "a.json", "b.json"}, exitUsage, `argumen "b.json" tidak diharapkan`},
		{"bad language", []string{"plan", "validate", "--lang", "jv", rembangPlan}, exitUsage, "--lang harus id atau en"},
		{"bad flag", []string{"plan", "summary", "--csv", rembangPlan}, exitUsage, "opsi tidak dikenal: -csv"},
		{"missing file", []string{"plan", "validate", planTestdata("none.json")}, exitUsage, "tidak dapat membuka testdata/plan/none.json: berkas tidak ditemukan"},
		{"missing file, in English", []string{"plan", "validate", "--lang", "en", planTestdata("none.json")}, exitUsage, "open testdata/plan/none.json: no such file"},
		{"summary without file", []string{"plan", "summary"}, exitUsage, "FILE yang akan dirangkum wajib diberikan"},
		{"summary of a missing file", []string{"plan", "summary", planTestdata("none.json")}, exitUsage, "berkas tidak ditemukan"},
		{"summary of a malformed file", []string{"plan", "summary", planTestdata("malformed.json")}, exitFinding,
			`smartcity plan summary: baris 5, kolom 33 (region.kode): kolom "kode" tidak dikenal`},
		{"summary of a malformed file, in English", []string{"plan", "summary", "--lang", "en", planTestdata("malformed.json")}, exitFinding,
			`smartcity plan summary: line 5, column 33 (region.kode): unknown field "kode"`},
		{"summary of a plan with three problems", []string{"plan", "summary", planTestdata("three-problems.json")}, exitFinding,
			"smartcity plan summary: testdata/plan/three-problems.json tidak valid:\n" +
				`  baris 464, kolom 18 (programs[1].element): elemen "GOV.SVX" tidak dikenal (mungkin yang dimaksud GOV.SVC?)` + "\n" +
				"  programs[0].budget[1].amount: jumlah anggaran harus lebih dari 0\n" +
				`  programs[2].id: id program "GOV-01" sudah dipakai oleh programs[0]` + "\n"},
		{"report of a plan with three problems, in English", []string{"plan", "report", "--lang", "en", planTestdata("three-problems.json")}, exitFinding,
			"smartcity plan report: testdata/plan/three-problems.json is not valid:\n" +
				`  line 464, column 18 (programs[1].element): unknown element "GOV.SVX" (did you mean GOV.SVC?)` + "\n" +
				"  programs[0].budget[1].amount: budget amount must be greater than 0\n" +
				`  programs[2].id: programme id "GOV-01" is already used by programs[0]` + "\n"},
		{"summary of an invalid plan", []string{"plan", "summary", planTestdata("invalid.json")}, exitFinding,
			"bukan rencana induk yang valid (7 galat); jalankan 'smartcity plan validate"},
		{"summary of an invalid plan, in English", []string{"plan", "summary", "--lang", "en", planTestdata("invalid.json")}, exitFinding,
			"is not a valid masterplan (7 errors); run 'smartcity plan validate"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			runFails(t, "", tt.code, tt.args, tt.stderr)
		})
	}
}

func TestPlanHelp(t *testing.T) {
	code, out, _ := runCLI(t, "", "plan", "help")
	assert.Equal(t, exitOK, code)
	assert.Contains(t, out, "validate")
	assert.Contains(t, out, "summary")
	code, out, _ = runCLI(t, "", "plan", "validate", "--lang", "en", "-h")
	assert.Equal(t, exitOK, code)
	assert.Contains(t, out, "Usage: smartcity plan validate [--lang id|en] [--json] FILE")
	code, out, _ = runCLI(t, "", "help")
	assert.Equal(t, exitOK, code)
	assert.Contains(t, out, "plan")
}
