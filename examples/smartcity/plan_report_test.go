package main

import (
	"bytes"
	"encoding/csv"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity/internal/golden"
)

func TestPlanReportGolden(t *testing.T) {
	goldenCases(t, "report", []string{"plan", "report"}, []goldenCase{
		{"plan-rembang.id.md", []string{rembangPlan}},
		{"plan-rembang.en.md", []string{"--lang", "en", rembangPlan}},
		{"plan-rembang-roadmap.id.svg", []string{"--format", "svg", rembangPlan}},
		{"plan-rembang-pillars.en.svg", []string{"--format", "svg", "--chart", "pillars", "--lang", "en", rembangPlan}},
		{"plan-rembang-programs.semicolon.csv", []string{"--format", "csv", "--semicolon", "--bom", rembangPlan}},
		{"plan-rembang-budget.csv", []string{"--format", "csv", "--rows", "budget", rembangPlan}},
	})
}

func TestPlanReportErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no file", nil, exitUsage, "FILE yang akan dilaporkan wajib diberikan"},
		{"bad format", []string{"--format", "html", rembangPlan}, exitUsage, `--format harus md, svg, csv atau xlsx, bukan "html"`},
		{"bad format, in English", []string{"--lang", "en", "--format", "html", rembangPlan}, exitUsage, `--format must be md, svg, csv or xlsx, not "html"`},
		{"bad chart", []string{"--format", "svg", "--chart", "pie", rembangPlan}, exitUsage, "--chart harus roadmap atau pillars"},
		{"bad rows", []string{"--format", "csv", "--rows", "kpis", rembangPlan}, exitUsage, "--rows harus programs atau budget"},
		{"chart with csv", []string{"--format", "csv", "--chart", "pillars", rembangPlan}, exitUsage, "--chart tidak berlaku untuk --format csv"},
		{"bom with md", []string{"--bom", rembangPlan}, exitUsage, "--bom tidak berlaku untuk --format md"},
		{"bad lang", []string{"--lang", "jv", rembangPlan}, exitUsage, "--lang harus id atau en"},
		{"missing file", []string{"testdata/report/no-such-plan.json"}, exitUsage, "no-such-plan.json"},
		{"invalid plan", []string{planTestdata("invalid.json")}, exitFinding, "bukan rencana induk yang valid"},
		{"invalid plan, in English", []string{"--lang", "en", planTestdata("invalid.json")}, exitFinding, "is not a valid masterplan"},
		{"malformed plan", []string{planTestdata("malformed.json")}, exitFinding, `kolom "kode" tidak dikenal`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			runFails(t, "", tt.code, append([]string{"plan", "report"}, tt.args...), tt.want)
		})
	}
}

// A programme named as a formula is text in the CSV and plain text in the
// Markdown; the plan is read from standard input.
func TestPlanReportUserText(t *testing.T) {
	data, err := os.ReadFile(rembangPlan)
	require.NoError(t, err)
	doc := bytes.Replace(data, []byte(`"name": "Rembang Gemilang Mobile"`), []byte(`"name": "=HYPERLINK(\"http://evil.example\",\"klik\") | A"`), 1)
	require.NotEqual(t, data, doc)

	out := runOK(t, string(doc), "plan", "report", "--format", "csv", "-")
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	require.NoError(t, err)
	assert.Equal(t, `'=HYPERLINK("http://evil.example","klik") | A`, rows[1][1])

	out = runOK(t, string(doc), "plan", "report", "--format", "csv", "--rows", "budget", "--semicolon", "-")
	r := csv.NewReader(strings.NewReader(out))
	r.Comma = ';'
	rows, err = r.ReadAll()
	require.NoError(t, err)
	assert.Equal(t, `'=HYPERLINK("http://evil.example","klik") | A`, rows[1][1])

	out = runOK(t, string(doc), "plan", "report", "-")
	assert.Contains(t, out, `| GOV-01 | \=HYPERLINK("http://evil.example","klik") \| A | GOV.SVC Pelayanan Publik |`)

	out = runOK(t, string(doc), "plan", "report", "--format", "svg", "-")
	golden.SVG(t, []byte(out))
	assert.Contains(t, out, "GOV-01 =HYPERLINK(&#34;http://evil.example&#34;,&#34;klik&#34;) | A")
}
