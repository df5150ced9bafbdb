package main

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"slices"

	"github.com/kotacerdas/smartcity/spbe"
)

// reportUsage is the help of spbe report: its synopsis and what
// it does.
const reportUsage = "smartcity spbe report [--format md|svg|csv|xlsx] [--lang id|en] [--target PREDIKAT|INDEX] [--compare FILE]\n" +
	"       [--chart radar|bars] [--max-raise-per-year N] [--semicolon] [--bom] [--levels] [--framework ID|FILE]\n" +
	"       [--predicate-basis unrounded|rounded] [--unanswered error|zero] [-o FILE | --out-dir DIR] FILE\n\n" +
	"Reports on the assessments in FILE (\"-\" for standard input), read as 'smartcity spbe score' reads them:\n" +
	"JSON, a long CSV or a wide CSV of many, or an Excel workbook (.xlsx) of either, each scored under the rule of\n" +
	"its year unless --framework names one (2026 on: the Indeks Pemerintah Digital, whose aspects sit directly\n" +
	"under the index). The report goes to standard output:\n" +
	"  md   a Markdown report per assessment: index and predikat, domains, aspects and indicators with their\n" +
	"       levels, the comparison with --compare and the gap to --target with the fewest raises that close it;\n" +
	"       under the domains (or aspects) a chart of them beside --target and --compare, inline as SVG\n" +
	"  svg  a radar chart of FILE's assessment beside --compare's (two at most): the domain indices, or the\n" +
	"       aspect indices under a framework without domains; with --chart bars, bars of the one assessment's\n" +
	"       domains (or aspects) beside --target and --compare, the value written on each bar\n" +
	"  csv  one row per assessment for spreadsheets: the domain (or aspect) indices, index, predikat, the\n" +
	"       exact numerator\n" +
	"  xlsx an Excel workbook of one assessment, to -o FILE.xlsx: the summary, the domains and aspects with charts\n" +
	"       against --compare and --target, the indicators with their levels, and the plan toward --target\n" +
	"With --out-dir each assessment has a file of its own in DIR instead, its radar beside --compare's.\n" +
	"An invalid assessment prints nothing and exits 1."

// runSPBEReport writes a Markdown report, a radar chart or a CSV of the
// assessments of one file.
func runSPBEReport(e *env, args []string) int {
	const prog = "smartcity spbe report"
	c := e.leaf(prog, reportUsage, "language of the report: id or en")
	report := c.reportFlags("md svg csv xlsx", "what to write: md (Markdown report), svg (radar chart), csv or xlsx (Excel workbook)",
		"csv: delimit with \";\" and write decimal commas, as spreadsheets in the Indonesian locale read")
	targetText := c.fs.String("target", "", "md, xlsx, svg --chart bars: show the gap to a `target`: a predikat (Memuaskan, \"sangat baik\"), reached where the\nframework's bands say (4.2 under SPBE, 4.00 under the Indeks Pemerintah Digital), or an index (4.2)")
	compareName := c.fs.String("compare", "", "md, svg, xlsx: set the one assessment in `FILE` beside FILE's (another region or year)")
	chartText := c.fs.String("chart", "radar", "svg: the `chart` to draw: radar, or bars of one assessment beside --target and --compare")
	maxRaise := c.fs.Int("max-raise-per-year", 0, "md, xlsx: raise an indicator at most `N` levels a year in the plan toward --target,\nwhich then starts the year after the assessment's")
	levels := c.fs.Bool("levels", false, "csv: add a column per indicator with its level")
	scoring := c.scoringFlags("score with the framework `ID|FILE` (see 'smartcity spbe score -h')")
	outDir := c.fs.String("out-dir", "", outDirUsage)
	subject := c.subjectFlags()
	if ok, code := c.start(args, oneFile("a FILE to report on")); !ok {
		return code
	}
	var ro spbe.ReadOptions
	if code := subject.apply(c, &ro); code != exitOK {
		return code
	}
	if *outDir != "" && *c.output != "" {
		return e.usageError(prog, "-o and --out-dir cannot both be given")
	}
	format, code := report.checkFormat(c)
	if code != exitOK {
		return code
	}
	var target spbe.Target
	if *targetText != "" {
		var err error
		if target, err = spbe.ParseTarget(*targetText); err != nil {
			return e.usageError(prog, "--target: %v", err)
		}
	}
	if *maxRaise < 0 {
		return e.usageError(prog, "--max-raise-per-year must not be negative")
	}
	if *chartText != "radar" && *chartText != "bars" {
		return e.usageError(prog, "--chart must be radar or bars, not %q", *chartText)
	}
	bars := format == "svg" && *chartText == "bars"
	if format == "svg" && !bars && *targetText != "" {
		return e.usageError(prog, "--target is drawn by --chart bars, not by the radar")
	}
	if code := c.onlyFor(format, formatFlag{"target", "md xlsx svg"}, formatFlag{"chart", "svg"}, formatFlag{"max-raise-per-year", "md xlsx"}, formatFlag{"compare", "md svg xlsx"},
		formatFlag{"semicolon", "csv"}, formatFlag{"bom", "csv"}, formatFlag{"levels", "csv"}); code != exitOK {
		return code
	}
	if format == "xlsx" && *outDir == "" {
		if code := c.binaryOutput(); code != exitOK {
			return code
		}
	}
	opt, fw, code := scoring.read(c)
	if code != exitOK {
		return code
	}

	results, code := e.reportScored(prog, c.fs.Arg(0), fw, opt, ro)
	if results == nil {
		return code
	}
	var compare *spbe.Scored
	if *compareName != "" {
		others, code := e.reportScored(prog, *compareName, fw, opt, spbe.ReadOptions{})
		if others == nil {
			return code
		}
		if len(others) != 1 {
			return e.fail(prog, exitUsage, errorf("--compare %s holds %d assessments; one is needed", *compareName, len(others)))
		}
		compare = &others[0]
	}
	// series are the assessments of one radar chart: those of one report
	// and --compare's.
	series := func(results []spbe.Scored) []spbe.Scored {
		if compare != nil {
			return append(slices.Clip(results), *compare)
		}
		return results
	}
	if n := len(series(results)); format == "svg" && !bars && n > 2 && *outDir == "" {
		return e.usageError(prog, "a radar chart shows two assessments at most, not %d", n)
	}
	if n := len(results); bars && n > 1 && *outDir == "" {
		return e.usageError(prog, "a bar chart shows one assessment, not %d: use --out-dir for one chart each", n)
	}
	if n := len(results); format == "xlsx" && n > 1 && *outDir == "" {
		return e.usageError(prog, "a workbook holds the report of one assessment, not %d: give --out-dir DIR for one workbook each", n)
	}

	write := func(w io.Writer, results []spbe.Scored) error {
		switch format {
		case "svg":
			svg, err := []byte(nil), error(nil)
			if bars {
				svg, err = spbe.BarsSVG(results[0], spbe.ReportOptions{Lang: c.lang, Target: target, Compare: compare})
			} else {
				svg, err = spbe.RadarSVG(c.lang, series(results)...)
			}
			if err == nil {
				_, err = w.Write(svg)
			}
			return err
		case "csv":
			return spbe.WriteResultsCSV(w, results, spbe.ExportOptions{CSVOptions: report.csv(), Levels: *levels})
		}
		for i, s := range results {
			if i > 0 {
				fmt.Fprint(w, "\n---\n\n")
			}
			ropt := spbe.ReportOptions{Lang: c.lang, Target: target, Compare: compare}
			if *maxRaise > 0 {
				ropt.Plan = spbe.PlanOptions{MaxRaisePerYear: *maxRaise}
				if s.Year != 0 {
					ropt.Plan.StartYear = s.Year + 1
				}
			}
			if format == "xlsx" {
				// One assessment: more are refused above, or each has a
				// file of its own.
				return spbe.WriteReportWorkbook(w, s, ropt)
			}
			if err := spbe.WriteReport(w, s, ropt); err != nil {
				return err
			}
		}
		return nil
	}
	failed := func(err error) int { return e.spbeFailure(prog, err) }
	if *outDir == "" {
		return c.writeOr(func(w io.Writer) error { return write(w, results) }, failed)
	}
	if err := makeOutDir(*outDir); err != nil {
		return e.fail(prog, exitUsage, err)
	}
	names := fileNames{}
	for i, s := range results {
		name := filepath.Join(*outDir, names.next(s.Instansi, s.Year, "."+format))
		if code := c.writeInDir(name, func(w io.Writer) error { return write(w, results[i:i+1]) }, failed); code != exitOK {
			return code
		}
	}
	return exitOK
}

// reportScored reads and scores every assessment of the named file, as
// scoreAll does, keeping each assessment's note (catatan) for the report.
// On failure it reports and returns nil with the exit code.
func (e *env) reportScored(prog, name string, fw *spbe.Framework, opt spbe.Options, subject spbe.ReadOptions) ([]spbe.Scored, int) {
	data, err := e.readInput(name)
	if err != nil {
		return nil, e.fail(prog, readExit(err), err)
	}
	var out []spbe.Scored
	format, err := spbe.DetectFormat(data)
	if err == nil && format == spbe.FormatWideCSV {
		out, err = scoreWide(data, fw, opt)
	} else if err == nil {
		out, err = scoreWithNotes(data, fw, opt, subject)
	}
	if err != nil {
		return nil, e.spbeFailure(prog, fmt.Errorf("%s: %w", name, err))
	}
	if len(out) == 0 {
		return nil, e.fail(prog, exitFinding, errorf("%s holds no assessment", name))
	}
	for _, s := range out {
		e.warn(prog, s.Warnings)
	}
	return out, exitOK
}

// scoreWithNotes reads and scores the assessments of a JSON or long CSV
// document, gathering every problem.
func scoreWithNotes(data []byte, fw *spbe.Framework, opt spbe.Options, subject spbe.ReadOptions) ([]spbe.Scored, error) {
	as, err := spbe.ReadAssessments(bytes.NewReader(data), spbe.ReadOptions{Framework: fw, Instansi: subject.Instansi, Year: subject.Year})
	if err != nil {
		return nil, err
	}
	out := make([]spbe.Scored, 0, len(as))
	var invalid failureList
	for i := range as {
		a := &as[i]
		afw := fw
		if afw == nil {
			if afw, err = a.ResolveFramework(nil); err != nil {
				invalid.add(errorf("assessment %d: %w", i+1, err))
				continue
			}
		}
		res, err := afw.ScoreAssessment(a, opt)
		if err != nil {
			invalid.add(err)
			continue
		}
		out = append(out, spbe.Scored{Instansi: a.Instansi, Year: a.Year, Note: a.Note, Result: res})
	}
	return out, invalid.err()
}
