package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestHelpGoesToStdoutOnce(t *testing.T) {
	for _, args := range [][]string{{"pillars", "-h"}, {"pillars", "--json", "--help"}, {"spbe", "score", "-h"},
		{"spbe", "frameworks", "-h"}, {"spbe", "framework", "--help"}} {
		var out, errOut bytes.Buffer
		code := run(args, strings.NewReader(""), &out, &errOut)
		assert.Equal(t, exitOK, code, args)
		assert.Equal(t, 1, strings.Count(out.String(), "Penggunaan:"), args)
		assert.Empty(t, errOut.String(), args)
	}
}

func TestUnknownCommandIsAUsageError(t *testing.T) {
	var out, errOut bytes.Buffer
	code := run([]string{"pilars"}, strings.NewReader(""), &out, &errOut)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errOut.String(), `smartcity: perintah "pilars" tidak dikenal`)
	assert.Empty(t, out.String())

	errOut.Reset()
	assert.Equal(t, exitUsage, run(nil, strings.NewReader(""), &out, &errOut))
	assert.Contains(t, errOut.String(), "Perintah:")
}

// A write that fails is a failure of every command (exit 2), not a silent
// success, whatever it writes.
func TestWriteFailureFails(t *testing.T) {
	for _, args := range [][]string{
		{"pillars"}, {"pillars", "--json"},
		{"spbe", "frameworks"}, {"spbe", "frameworks", "--json"}, {"spbe", "framework", "permenpanrb-8-2026"},
		{"spbe", "score", spbeTestdata("rembang-2024.json")}, {"spbe", "score", "--json", spbeTestdata("rembang-2024.json")},
		{"spbe", "compare", spbeTestdata("rembang-2023.json"), spbeTestdata("rembang-2024.json")},
		{"spbe", "compare", "--json", spbeTestdata("rembang-2023.json"), spbeTestdata("rembang-2024.json")},
		{"spbe", "cohort", spbeCLITestdata("cohort-2025-2026.json")},
		{"spbe", "plan", "--target", "4.2", spbeTestdata("rembang-2024.json")},
		{"spbe", "report", spbeTestdata("rembang-2024.json")}, {"spbe", "report", "--format", "csv", spbeTestdata("rembang-2024.json")},
		{"plan", "validate", rembangPlan}, {"plan", "validate", "--json", rembangPlan},
		{"plan", "summary", rembangPlan}, {"plan", "progress", rembangProgress},
		{"plan", "report", rembangPlan}, {"plan", "report", "--format", "svg", rembangPlan},
		{"eval", "score", rembangEvaluation}, {"eval", "score", "--json", rembangEvaluation},
		{"eval", "score", libraryEvalTestdata("cohort.json")},
	} {
		var errOut strings.Builder
		code := run(args, strings.NewReader(""), failingWriter{}, &errOut)
		assert.Equal(t, exitUsage, code, "%v", args)
		assert.Contains(t, errOut.String(), "disk full", "%v", args)
	}
}

// A flag of a report applies to some formats only: given for another, it
// is a usage error, even at its default; set to its zero value, it is not
// given.
func TestReportFlagsApplyToTheirFormats(t *testing.T) {
	runFails(t, "", exitUsage, []string{"plan", "report", "--chart", "roadmap", rembangPlan}, "--chart tidak berlaku untuk --format md")
	runFails(t, "", exitUsage, []string{"spbe", "report", "--format", "svg", "--levels", spbeTestdata("rembang-2024.json")},
		"--levels tidak berlaku untuk --format svg")
	for _, args := range [][]string{
		{"plan", "report", "--semicolon=false", "--bom=false", rembangPlan},
		{"spbe", "report", "--format", "csv", "--target", "", "--max-raise-per-year", "0", spbeTestdata("rembang-2024.json")},
	} {
		code, out, errOut := runCLI(t, "", args...)
		assert.Equal(t, exitOK, code, "%v: %s", args, errOut)
		assert.NotEmpty(t, out, "%v", args)
	}
}
