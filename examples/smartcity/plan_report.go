package main

import (
	"io"

	"github.com/kotacerdas/smartcity/masterplan"
)

// planReportUsage is the help of plan report: its synopsis and what
// it does.
const planReportUsage = "smartcity plan report [--format md|svg|csv|xlsx] [--lang id|en] [--chart roadmap|pillars]\n" +
	"       [--rows programs|budget] [--semicolon] [--bom] FILE\n\n" +
	"Reports on the masterplan in FILE (JSON or .xlsx; \"-\" for standard input), to standard output:\n" +
	"  md   a Markdown report: region and period, vision and missions, coverage of pillars and elements, budget\n" +
	"       by pillar and year (with an SVG chart of each pillar's shares) and by funding source in rupiah,\n" +
	"       roadmap, quick wins, programmes and notes\n" +
	"  svg  the roadmap chart of programmes by pillar and year, quick wins highlighted, or with --chart pillars\n" +
	"       bars of each pillar's programmes and budget with their shares in percent\n" +
	"  csv  one row per programme with a column per year, or with --rows budget one row per budget line\n" +
	"  xlsx an Excel workbook, to -o FILE.xlsx (never to a terminal): the programmes, the budget by pillar\n" +
	"       with a chart and by pillar, year and source, and the KPIs\n" +
	"A plan with errors is not reported (exit 1): run 'smartcity plan validate' for the list."

// runPlanReport writes a Markdown report, a chart or a CSV of one valid
// masterplan.
func runPlanReport(e *env, args []string) int {
	const prog = "smartcity plan report"
	c := e.leaf(prog, planReportUsage, "language of the report: id or en")
	report := c.reportFlags("md svg csv xlsx", "what to write: md (Markdown report), svg (chart), csv or xlsx",
		"csv: delimit with \";\", as spreadsheets in the Indonesian locale read")
	chartText := c.fs.String("chart", "roadmap", "svg: the `chart` to draw: roadmap or pillars")
	rowsText := c.fs.String("rows", "programs", "csv: one row per programme (`programs`) or per budget line (budget)")
	if ok, code := c.start(args, oneFile("a FILE to report on")); !ok {
		return code
	}
	format, code := report.checkFormat(c)
	if code != exitOK {
		return code
	}
	if *chartText != "roadmap" && *chartText != "pillars" {
		return e.usageError(prog, "--chart must be roadmap or pillars, not %q", *chartText)
	}
	if *rowsText != "programs" && *rowsText != "budget" {
		return e.usageError(prog, "--rows must be programs or budget, not %q", *rowsText)
	}
	if code := c.onlyFor(format, formatFlag{"chart", "svg"}, formatFlag{"rows", "csv"}, formatFlag{"semicolon", "csv"}, formatFlag{"bom", "csv"}); code != exitOK {
		return code
	}
	if format == "xlsx" {
		if code := c.binaryOutput(); code != exitOK {
			return code
		}
	}

	p, code, ok := e.loadValidPlan(prog, c.fs.Arg(0), masterplan.ValidateOptions{})
	if !ok {
		return code
	}
	opt := masterplan.ReportOptions{Lang: c.lang}
	csv := masterplan.ExportOptions{Semicolon: *report.semicolon, BOM: *report.bom}
	return c.writeOr(func(w io.Writer) error {
		switch {
		case format == "md":
			return p.WriteReport(w, opt)
		case format == "xlsx":
			return p.WriteReportWorkbook(w, opt)
		case format == "svg":
			chart := p.RoadmapSVG
			if *chartText == "pillars" {
				chart = p.PillarSharesSVG
			}
			svg, err := chart(opt)
			if err == nil {
				_, err = w.Write(svg)
			}
			return err
		case *rowsText == "budget":
			return p.WriteBudgetCSV(w, csv)
		}
		return p.WriteProgramsCSV(w, csv)
	}, func(err error) int { return e.fail(prog, exitFinding, err) })
}
