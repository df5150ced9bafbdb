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

func TestPlanProgressGolden(t *testing.T) {
	goldenCases(t, "progress", nil, []goldenCase{
		{"progress-rembang-2024.id.txt", []string{"plan", "progress", rembangProgress}},
		{"progress-rembang-2024.en.txt", []string{"plan", "progress", "--lang", "en", rembangProgress}},
		{"progress-rembang-2023.id.txt", []string{"plan", "progress", "--year", "2023", rembangProgress}},
		{"progress-rembang-2024.json", []string{"plan", "progress", "--json", rembangProgress}},
	})
}

// The 2024 figures of the Rembang example, counted by hand: GOV 2 of 3
// (GOV-04 runs without spending its 150 million), BRD 0 of 2, ECO 3 of 3,
// LIV nothing planned, SOC 3 of 3, ENV 1 of 1: 9 of 12 = 75.0 %; GOV spent
// 610 of 800 million APBD = 76.25 %, shown 76.3.
func TestPlanProgressJSON(t *testing.T) {
	code, out, _ := runCLI(t, "", "plan", "progress", "--json", rembangProgress)
	require.Equal(t, exitOK, code)
	var got struct {
		Year    int `json:"year"`
		Pillars []struct {
			Pillar           string `json:"pillar"`
			Planned          int    `json:"planned"`
			Realised         int    `json:"realised"`
			Achievement      string `json:"achievement"`
			AchievementExact string `json:"achievement_exact"`
			BudgetTotal      struct {
				Absorption      string `json:"absorption"`
				AbsorptionExact string `json:"absorption_exact"`
			} `json:"budget_total"`
		} `json:"pillars"`
		Total struct {
			Achievement string `json:"achievement"`
		} `json:"total"`
		Programs []struct {
			ID   string `json:"id"`
			KPIs []struct {
				Name     string `json:"name"`
				Progress string `json:"progress"`
				State    string `json:"state"`
			} `json:"kpis"`
		} `json:"programs"`
		Warnings []any `json:"warnings"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &got))
	assert.Equal(t, 2024, got.Year)
	require.Len(t, got.Pillars, 6)
	var rows []string
	for _, p := range got.Pillars {
		rows = append(rows, strings.Join([]string{p.Pillar, p.Achievement, p.AchievementExact, p.BudgetTotal.Absorption, p.BudgetTotal.AbsorptionExact}, " "))
	}
	assert.Equal(t, []string{
		"GOV 66.7 2/3 76.3 61/80",
		"BRD 0.0 0/1 0.0 0/1",
		"ECO 100.0 1/1 96.3 77/80",
		"LIV    ", // no data, not 0 %
		"SOC 100.0 1/1 90.9 10/11",
		"ENV 100.0 1/1 96.3 77/80",
	}, rows)
	assert.Equal(t, "75.0", got.Total.Achievement)
	assert.NotNil(t, got.Warnings)
	assert.Empty(t, got.Warnings)
	// ENV-03: lower is better, (2310 − 2400) / (2100 − 2400) = 30 %.
	last := got.Programs[len(got.Programs)-1]
	assert.Equal(t, "ENV-03", last.ID)
	assert.Equal(t, "30.0", last.KPIs[0].Progress)
	assert.Equal(t, "below_target", last.KPIs[0].State)
}

// --plan gives the plan of a realisation that names none, or overrides the
// one it names; the realisation may come from standard input then.
func TestPlanProgressPlanFlag(t *testing.T) {
	code, out, errOut := runCLI(t, "", "plan", "progress", "--plan", rembangPlan, progressTestdata("no-plan.json"))
	assert.Equal(t, exitOK, code, errOut)
	assert.Contains(t, out, "Kemajuan rencana induk smart city Kabupaten Rembang, tahun 2024")
	// Programmes planned for 2024 but left out of the report are warned
	// about, and count as not realised.
	assert.Contains(t, out, `- years[0].programs: program "GOV-03" dijadwalkan pada 2024 tetapi tidak dilaporkan`)
	assert.Contains(t, out, "     Jumlah                    1 / 12  8,3%")

	doc, err := os.ReadFile(rembangProgress)
	require.NoError(t, err)
	code, out, errOut = runCLI(t, string(doc), "plan", "progress", "--json", "--plan", rembangPlan, "-")
	assert.Equal(t, exitOK, code, errOut)
	want, err := os.ReadFile("testdata/progress/progress-rembang-2024.json")
	require.NoError(t, err)
	assert.Equal(t, string(want), out)
}

func TestPlanProgressErrors(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		stdin  string
		code   int
		stderr []string
	}{
		{"no file", []string{"plan", "progress"}, "", exitUsage, []string{"FILE realisasi wajib diberikan"}},
		{"two files", []string{"plan", "progress", "a", "b"}, "", exitUsage, []string{`argumen "b" tidak diharapkan`}},
		{"missing file", []string{"plan", "progress", progressTestdata("missing.json")}, "", exitUsage, []string{"missing.json"}},
		{"no plan named", []string{"plan", "progress", progressTestdata("no-plan.json")}, "", exitUsage,
			[]string{"testdata/progress/no-plan.json tidak menyebut rencana induk; berikan dengan --plan"}},
		{"plan missing", []string{"plan", "progress", "--plan", "nowhere.json", rembangProgress}, "", exitUsage, []string{"nowhere.json"}},
		{"both on standard input", []string{"plan", "progress", "--plan", "-", "-"}, `{"region": "Rembang"}`, exitUsage,
			[]string{"tidak dapat sama-sama berasal dari masukan standar"}},
		{"the plan is not valid", []string{"plan", "progress", "--plan", planTestdata("invalid.json"), rembangProgress}, "", exitFinding,
			[]string{"testdata/plan/invalid.json bukan rencana induk yang valid (6 galat); jalankan 'smartcity plan validate testdata/plan/invalid.json'"}},
		{"the plan is not valid, in English", []string{"plan", "progress", "--lang", "en", "--plan", planTestdata("invalid.json"), rembangProgress}, "", exitFinding,
			[]string{"testdata/plan/invalid.json is not a valid masterplan (6 errors); run 'smartcity plan validate testdata/plan/invalid.json'"}},
		{"a year not reported", []string{"plan", "progress", "--year", "2025", rembangProgress}, "", exitFinding,
			[]string{"tidak memuat realisasi tahun 2025 (yang dimuat: 2023, 2024)"}},
		{"a year not reported, in English", []string{"plan", "progress", "--lang", "en", "--year", "2025", rembangProgress}, "", exitFinding,
			[]string{"reports no realisation for 2025 (it reports 2023, 2024)"}},
		{"malformed", []string{"plan", "progress", "--plan", rembangPlan, progressTestdata("malformed.json")}, "", exitFinding,
			[]string{"testdata/progress/malformed.json: baris 2, kolom 67 (years[0].programs[0].status):",
				`status "finished" tidak dikenal (seharusnya planned, ongoing, completed, postponed atau cancelled)`}},
		{"malformed, in English", []string{"plan", "progress", "--lang", "en", "--plan", rembangPlan, progressTestdata("malformed.json")}, "", exitFinding,
			[]string{"testdata/progress/malformed.json: line 2, column 67 (years[0].programs[0].status):", `unknown status "finished"`}},
		{"errors against the plan", []string{"plan", "progress", "--lang", "en", "--plan", rembangPlan, progressTestdata("invalid.json")}, "", exitFinding, []string{
			"testdata/progress/invalid.json is not valid:",
			"  years[0].year: year 2035 lies outside the plan period 2022–2031",
			`  years[1].programs[0].id: programme "GOV-09" is not in the masterplan`,
			"  years[1].programs[1].budget[0].amount: amount realised -1 must not be negative",
			`  years[1].programs[1].kpis[0].name: programme "GOV-01" has no KPI "pengguna aktif"`,
		}},
		{"bad lang", []string{"plan", "progress", "--lang", "jv", rembangProgress}, "", exitUsage, []string{"--lang harus id atau en"}},
		{"bad year", []string{"plan", "progress", "--year", "twenty", rembangProgress}, "", exitUsage, []string{`nilai "twenty" tidak sah untuk opsi -year`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			runFails(t, tt.stdin, tt.code, tt.args, tt.stderr...)
		})
	}
}

func TestPlanProgressHelp(t *testing.T) {
	code, out, _ := runCLI(t, "", "plan", "progress", "-h", "--lang", "en")
	assert.Equal(t, exitOK, code)
	assert.True(t, strings.HasPrefix(out, "Usage: smartcity plan progress [--year Y] [--plan PLAN] [--lang id|en] [--json | --format xlsx] FILE"))
	assert.Contains(t, out, "realised when it is completed (in Y or before) or ongoing with money spent in Y")
	assert.Contains(t, out, "-plan PLAN")

	code, out, _ = runCLI(t, "", "plan", "-h")
	assert.Equal(t, exitOK, code)
	assert.Contains(t, out, "progress ")
}

// TestPlanProgressListsEveryProblem: a realisation with an unknown status,
// an unknown field and a negative amount is refused with all three named,
// decoding's first, then the check's against the plan.
func TestPlanProgressListsEveryProblem(t *testing.T) {
	data, err := os.ReadFile(rembangProgress)
	require.NoError(t, err)
	doc := strings.NewReplacer(`{"id": "GOV-02", "status": "completed",`, `{"id": "GOV-02", "status": "tuntas", "catatan": "x",`,
		`"amount": 240000000`, `"amount": -240000000`).Replace(string(data))
	path := filepath.Join(t.TempDir(), "progress.json")
	require.NoError(t, os.WriteFile(path, []byte(doc), 0o600))
	code, out, errOut := runCLI(t, "", "plan", "progress", "--plan", rembangPlan, path)
	assert.Equal(t, exitFinding, code)
	assert.Empty(t, out)
	lines := strings.Split(strings.TrimSpace(errOut), "\n")
	require.Len(t, lines, 4, errOut)
	assert.Equal(t, "smartcity plan progress: "+path+" tidak valid:", lines[0])
	assert.Contains(t, lines[1], `baris 16, kolom 36 (years[0].programs[1].status): status "tuntas" tidak dikenal`)
	assert.Contains(t, lines[2], `baris 16, kolom 46 (years[0].programs[1].catatan): kolom "catatan" tidak dikenal`)
	assert.Contains(t, lines[3], "years[0].programs[2].budget[0].amount:")
}
