package main

import (
	"bufio"
	"flag"

	"github.com/kotacerdas/smartcity/masterplan"
)

// runPlanReport writes a Markdown report, a chart or a CSV of one valid
// masterplan.
func runPlanReport(e *env, args []string) int {
	const prog = "smartcity plan report"
	fs := e.flags(prog, "smartcity plan report [--format md|svg|csv] [--lang id|en] [--chart roadmap|pillars]\n"+
		"       [--rows programs|budget] [--semicolon] [--bom] FILE\n\n"+
		"Reports on the masterplan in FILE (JSON; \"-\" for standard input), to standard output:\n"+
		"  md   a Markdown report: region and period, vision and missions, coverage of pillars and elements, budget\n"+
		"       by pillar and year and by funding source in rupiah, roadmap, quick wins, programmes and notes\n"+
		"  svg  the roadmap chart of programmes by pillar and year, quick wins highlighted, or with --chart pillars\n"+
		"       a radar of each pillar's share of the programmes and of the budget\n"+
		"  csv  one row per programme with a column per year, or with --rows budget one row per budget line\n"+
		"A plan with errors is not reported (exit 1): run 'smartcity plan validate' for the list.")
	formatText := fs.String("format", "md", "what to write: md (Markdown report), svg (chart) or csv")
	langText := fs.String("lang", "id", "language of the report: id or en")
	chartText := fs.String("chart", "roadmap", "svg: the `chart` to draw: roadmap or pillars")
	rowsText := fs.String("rows", "programs", "csv: one row per programme (`programs`) or per budget line (budget)")
	semicolon := fs.Bool("semicolon", false, "csv: delimit with \";\", as spreadsheets in the Indonesian locale read")
	bom := fs.Bool("bom", false, "csv: start with a UTF-8 byte-order mark")
	if ok, code := e.parse(fs, args); !ok {
		return code
	}
	if code := e.oneFile(prog, fs, "a FILE to report on"); code != exitOK {
		return code
	}
	format, err := reportFormat(*formatText)
	if err != nil {
		return e.usageError(prog, "%v", err)
	}
	lang, code := e.lang(prog, *langText)
	if code != exitOK {
		return code
	}
	if *chartText != "roadmap" && *chartText != "pillars" {
		return e.usageError(prog, "--chart must be roadmap or pillars, not %q", *chartText)
	}
	if *rowsText != "programs" && *rowsText != "budget" {
		return e.usageError(prog, "--rows must be programs or budget, not %q", *rowsText)
	}
	var misplaced []string
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	misplaced = appendIf(misplaced, format != "svg" && set["chart"], "--chart")
	misplaced = appendIf(misplaced, format != "csv" && set["rows"], "--rows")
	misplaced = appendIf(misplaced, format != "csv" && *semicolon, "--semicolon")
	misplaced = appendIf(misplaced, format != "csv" && *bom, "--bom")
	if len(misplaced) > 0 {
		return e.usageError(prog, "%s does not apply to --format %s", misplaced[0], format)
	}

	p, code, ok := e.loadValidPlan(prog, fs.Arg(0), masterplan.ValidateOptions{})
	if !ok {
		return code
	}
	opt := masterplan.ReportOptions{Lang: lang}
	out := bufio.NewWriterSize(e.stdout, 64<<10)
	switch {
	case format == "md":
		err = p.WriteReport(out, opt)
	case format == "svg":
		var svg []byte
		if *chartText == "pillars" {
			svg, err = p.PillarRadarSVG(opt)
		} else {
			svg, err = p.RoadmapSVG(opt)
		}
		if err == nil {
			_, err = out.Write(svg)
		}
	case *rowsText == "budget":
		err = p.WriteBudgetCSV(out, masterplan.ExportOptions{Semicolon: *semicolon, BOM: *bom})
	default:
		err = p.WriteProgramsCSV(out, masterplan.ExportOptions{Semicolon: *semicolon, BOM: *bom})
	}
	if err != nil {
		return e.fail(prog, exitFinding, err)
	}
	if err := out.Flush(); err != nil {
		return e.fail(prog, exitUsage, err)
	}
	return exitOK
}
