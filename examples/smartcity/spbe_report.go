package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"

	"github.com/kotacerdas/smartcity/spbe"
)

// reportFormat validates a --format value of the report commands.
func reportFormat(v string) (string, error) {
	switch v {
	case "md", "svg", "csv":
		return v, nil
	}
	return "", fmt.Errorf("--format must be md, svg or csv, not %q", v)
}

// runSPBEReport writes a Markdown report, a radar chart or a CSV of the
// assessments of one file.
func runSPBEReport(e *env, args []string) int {
	const prog = "smartcity spbe report"
	fs := e.flags(prog, "smartcity spbe report [--format md|svg|csv] [--lang id|en] [--target PREDIKAT|INDEX] [--compare FILE]\n"+
		"       [--max-raise-per-year N] [--semicolon] [--bom] [--levels] [--framework ID|FILE]\n"+
		"       [--predicate-basis unrounded|rounded] [--unanswered error|zero] FILE\n\n"+
		"Reports on the assessments in FILE (\"-\" for standard input), read as 'smartcity spbe score' reads them:\n"+
		"JSON, a long CSV or a wide CSV of many, each scored under the rule of its year unless --framework names one\n"+
		"(2026 on: the Indeks Pemerintah Digital, whose aspects sit directly under the index). The report goes to\n"+
		"standard output:\n"+
		"  md   a Markdown report per assessment: index and predikat, domains, aspects and indicators with their\n"+
		"       levels, the comparison with --compare and the gap to --target with the fewest raises that close it\n"+
		"  svg  a radar chart of FILE's assessment beside --compare's (two at most): the domain indices, or the\n"+
		"       aspect indices under a framework without domains\n"+
		"  csv  one row per assessment for spreadsheets: the domain (or aspect) indices, index, predikat, the\n"+
		"       exact numerator\n"+
		"An invalid assessment prints nothing and exits 1.")
	formatText := fs.String("format", "md", "what to write: md (Markdown report), svg (radar chart) or csv")
	langText := fs.String("lang", "id", "language of the report: id or en")
	targetText := fs.String("target", "", "md: show the gap to a `target`: a predikat (Memuaskan, \"sangat baik\"), reached where the\nframework's bands say (4.2 under SPBE, 4.00 under the Indeks Pemerintah Digital), or an index (4.2)")
	compareName := fs.String("compare", "", "md, svg: set the one assessment in `FILE` beside FILE's (another region or year)")
	maxRaise := fs.Int("max-raise-per-year", 0, "md: raise an indicator at most `N` levels a year in the plan toward --target,\nwhich then starts the year after the assessment's")
	semicolon := fs.Bool("semicolon", false, "csv: delimit with \";\" and write decimal commas, as spreadsheets in the Indonesian locale read")
	bom := fs.Bool("bom", false, "csv: start with a UTF-8 byte-order mark")
	levels := fs.Bool("levels", false, "csv: add a column per indicator with its level")
	fwFlag := fs.String("framework", "", "score with the framework `ID|FILE` (see 'smartcity spbe score -h')")
	basisFlag := fs.String("predicate-basis", "unrounded", "take the predikat from the `basis` index: unrounded (2024 practice) or rounded (2023)")
	unansweredFlag := fs.String("unanswered", "error", "treat an unanswered indicator by `policy`: error or zero")
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
	var opt spbe.Options
	if opt.Basis, err = spbe.ParsePredicateBasis(*basisFlag); err != nil {
		return e.usageError(prog, "--predicate-basis: %v", err)
	}
	if opt.Unanswered, err = spbe.ParseUnansweredPolicy(*unansweredFlag); err != nil {
		return e.usageError(prog, "--unanswered: %v", err)
	}
	var target spbe.Target
	if *targetText != "" {
		if target, err = spbe.ParseTarget(*targetText); err != nil {
			return e.usageError(prog, "--target: %v", err)
		}
	}
	if *maxRaise < 0 {
		return e.usageError(prog, "--max-raise-per-year must not be negative")
	}
	var misplaced []string
	if format != "md" {
		misplaced = appendIf(misplaced, *targetText != "", "--target")
		misplaced = appendIf(misplaced, *maxRaise != 0, "--max-raise-per-year")
	}
	if format == "csv" {
		misplaced = appendIf(misplaced, *compareName != "", "--compare")
	} else {
		misplaced = appendIf(misplaced, *semicolon, "--semicolon")
		misplaced = appendIf(misplaced, *bom, "--bom")
		misplaced = appendIf(misplaced, *levels, "--levels")
	}
	if len(misplaced) > 0 {
		return e.usageError(prog, "%s does not apply to --format %s", misplaced[0], format)
	}
	fw, exit := e.spbeFramework(prog, *fwFlag)
	if fw == nil && exit != exitOK {
		return exit
	}

	results, exit := e.reportScored(prog, fs.Arg(0), fw, opt)
	if results == nil {
		return exit
	}
	var compare *spbe.Scored
	if *compareName != "" {
		others, exit := e.reportScored(prog, *compareName, fw, opt)
		if others == nil {
			return exit
		}
		if len(others) != 1 {
			return e.fail(prog, exitUsage, errorf("--compare %s holds %d assessments; one is needed", *compareName, len(others)))
		}
		compare = &others[0]
	}

	out := bufio.NewWriterSize(e.stdout, 64<<10)
	switch format {
	case "md":
		for i, s := range results {
			if i > 0 {
				fmt.Fprint(out, "\n---\n\n")
			}
			ropt := spbe.ReportOptions{Lang: lang, Target: target, Compare: compare}
			if *maxRaise > 0 {
				ropt.Plan = spbe.PlanOptions{MaxRaisePerYear: *maxRaise}
				if s.Year != 0 {
					ropt.Plan.StartYear = s.Year + 1
				}
			}
			if err = spbe.WriteReport(out, s, ropt); err != nil {
				break
			}
		}
	case "svg":
		series := results
		if compare != nil {
			series = append(series, *compare)
		}
		if len(series) > 2 {
			return e.usageError(prog, "a radar chart shows two assessments at most, not %d", len(series))
		}
		var svg []byte
		if svg, err = spbe.RadarSVG(lang, series...); err == nil {
			_, err = out.Write(svg)
		}
	case "csv":
		err = spbe.WriteResultsCSV(out, results, spbe.ExportOptions{
			CSVOptions: spbe.CSVOptions{Semicolon: *semicolon, BOM: *bom}, Levels: *levels,
		})
	}
	if err != nil {
		return e.spbeFailure(prog, err)
	}
	if err := out.Flush(); err != nil {
		return e.fail(prog, exitUsage, err)
	}
	return exitOK
}

// appendIf appends s to list when cond holds.
func appendIf(list []string, cond bool, s string) []string {
	if cond {
		return append(list, s)
	}
	return list
}

// reportScored reads and scores every assessment of the named file, as
// scoreAll does, keeping each assessment's note (catatan) for the report.
// On failure it reports and returns nil with the exit code.
func (e *env) reportScored(prog, name string, fw *spbe.Framework, opt spbe.Options) ([]spbe.Scored, int) {
	data, err := e.readInput(name)
	if err != nil {
		return nil, e.fail(prog, exitUsage, err)
	}
	var out []spbe.Scored
	format, err := spbe.DetectFormat(data)
	if err == nil && format == spbe.FormatWideCSV {
		out, err = scoreWide(data, fw, opt)
	} else if err == nil {
		out, err = scoreWithNotes(data, fw, opt)
	}
	if err != nil {
		return nil, e.spbeFailure(prog, fmt.Errorf("%s: %w", name, err))
	}
	if len(out) == 0 {
		return nil, e.fail(prog, exitFinding, errorf("%s holds no assessment", name))
	}
	return out, exitOK
}

// scoreWithNotes reads and scores the assessments of a JSON or long CSV
// document, gathering every problem.
func scoreWithNotes(data []byte, fw *spbe.Framework, opt spbe.Options) ([]spbe.Scored, error) {
	as, err := spbe.ReadAssessments(bytes.NewReader(data), spbe.ReadOptions{Framework: fw})
	if err != nil {
		return nil, err
	}
	out := make([]spbe.Scored, 0, len(as))
	var errs []error
	for i := range as {
		a := &as[i]
		afw := fw
		if afw == nil {
			if afw, err = a.ResolveFramework(nil); err != nil {
				errs = append(errs, errorf("assessment %d: %w", i+1, err))
				continue
			}
		}
		res, err := afw.ScoreAssessment(a, opt)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		out = append(out, spbe.Scored{Instansi: a.Instansi, Year: a.Year, Note: a.Note, Result: res})
	}
	return out, errors.Join(errs...)
}
