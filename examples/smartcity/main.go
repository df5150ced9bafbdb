// Command smartcity puts the library in front of people who do not write Go:
// it lists the smart-city pillars, scores SPBE and Indeks Pemerintah
// Digital assessments under the rule of their year, validates and
// summarises masterplans, scores the ministry's yearly evaluation, says
// where a region's evidence (bukti dukung) stands and what is left to
// reach its target, and writes the fill-in Excel workbooks that the
// analysts keep them in.
//
// Usage:
//
//	smartcity <command> [<subcommand>] [flags] [FILE]
//
// Exit codes, one rule for every command: 0 when all is well; 1 for a
// finding — a check failed, or a document was read but is malformed (not
// JSON, a wrong key), invalid (it breaks a rule) or larger than its limit;
// 2 for a usage error (a flag, an argument) or a file that cannot be
// opened or read. Errors go to stderr.
// Everything the tool prints — results, errors, -h and usage errors — is in
// Indonesian unless --lang en, wherever --lang stands on the line.
package main

import (
	"io"
	"os"
	"time"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the whole program with its streams passed in, so tests drive it
// exactly as a shell would.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr, tty: isTerminal(stdout), now: time.Now}
	return e.dispatch("smartcity", args, commands())
}

// commands is the top-level command table, in the order help lists them.
func commands() []command {
	return []command{
		{name: "pillars", summary: "list the six smart-city pillars and their elements", run: runPillars},
		{name: "spbe", summary: "score SPBE and Pemdi assessments (PermenPANRB 8/2026, 59/2020, 5/2018)", run: runSPBE},
		{name: "plan", summary: "validate and summarise smart-city masterplans", run: runPlan},
		{name: "eval", summary: "score and rank the ministry's yearly smart-city evaluation", run: runEval},
		{name: "bukti", summary: "where an evidence workspace (bukti dukung) stands, and the way to its target", run: runBukti},
		{name: "template", summary: "write a fill-in Excel workbook: an assessment, a cohort, a masterplan or its realisation", run: runTemplate},
	}
}
