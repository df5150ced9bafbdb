package main

import (
	"bytes"
	"fmt"
	"io"
	"iter"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/spbe"
)

// planUsage is the help of spbe plan: its synopsis and what
// it does.
const planUsage = "smartcity spbe plan --target 4.2|Memuaskan [--max-raise-per-year N] [--years Y] [--costs FILE]\n" +
	"                    [--json | --format text|csv|xlsx [--semicolon] [--bom]] [-o FILE] FILE\n\n" +
	"Plans the fewest one-level raises (or, with --costs, the cheapest) that take the assessment in FILE (JSON or\n" +
	"long CSV; \"-\" for standard input) to the target, year by year. The plan is exact, not a heuristic. When the\n" +
	"target cannot be met the plan comes as close as it can, says which constraint holds it back, and the exit\n" +
	"code is 1."

// runSPBEPlan plans the raises from one assessment to a target.
func runSPBEPlan(e *env, args []string) int {
	const prog = "smartcity spbe plan"
	c := e.leaf(prog, planUsage, "language of the text: id or en")
	targetText := c.fs.String("target", "", "the `target`: an index (\"4.2\", \"3,5\") or a predikat (\"Memuaskan\", \"Sangat Baik\"),\n"+
		"judged on the predicate basis; a predikat in the bands of the assessment's framework (Memuaskan\n"+
		"from 4.2 under 59/2020, from 4.00 under 8/2026)")
	profile := c.fs.String("profile", "", "also reach at least the levels of the assessment in `FILE` (a peer's, say): the steps are\nthen the gap per indicator")
	perYear := c.fs.Int("max-raise-per-year", 0, "raise an indicator at most `N` levels a year (0: no cap, the whole plan in one year)")
	years := c.fs.Int("years", 0, "take at most `Y` years (with a cap; an indicator rises at most N × Y levels). Default:\nthe fewest years in which the target can be met")
	start := c.fs.Int("start-year", 0, "the calendar `year` of the plan's first year (default: the assessment's year + 1, or\nyears numbered 1, 2, … when it has none)")
	costsFile := c.fs.String("costs", "", "price the raises from the CSV `FILE` \"indikator,cost[,level]\" and plan the least total cost;\nan indicator without a price is not raised")
	frozen := c.fs.String("frozen", "", "indicator `numbers` that cannot change, comma-separated (\"1,2,29\")")
	minLevels := c.fs.String("min-level", "", "minimum levels, `N=L,…` (\"29=3,30=3\"): lifted first")
	minDomains := c.fs.String("min-domain", "", "minimum domain indices, `CODE=X,…` (\"D3=3.0\"), for a framework with domains")
	basisFlag := c.fs.String("predicate-basis", "unrounded", "judge the target on the `basis` index: unrounded (2024 practice) or rounded (2023)")
	c.jsonFlag("print one JSON object: reached, from_index, to_index, total_steps, total_cost and\nsteps [{indicator, from, to, year, cost, index_after}], with more fields beside them")
	report := c.reportFlags("text csv xlsx", "what to write: text (the summary and the steps), csv (the steps, one row per raise:\n"+
		"tahun,indikator,nama_indikator,dari,ke,biaya,indeks_setelah,menuju_minimum) or xlsx (the steps as an\n"+
		"Excel workbook with a chart of the index, to -o FILE.xlsx)",
		"csv: delimit with \";\" and write decimal commas, as spreadsheets in the Indonesian locale read")
	subject := c.subjectFlags()
	if ok, code := c.start(args, oneFile("an assessment FILE")); !ok {
		return code
	}
	var ro spbe.ReadOptions
	if code := subject.apply(c, &ro); code != exitOK {
		return code
	}
	format, code := report.checkFormat(c)
	if code != exitOK {
		return code
	}
	if code := c.onlyFor(format, formatFlag{"json", "text"}, formatFlag{"semicolon", "csv"}, formatFlag{"bom", "csv"}); code != exitOK {
		return code
	}
	if format == "xlsx" {
		if code := c.binaryOutput(); code != exitOK {
			return code
		}
	}
	if *targetText == "" && *profile == "" {
		return e.usageError(prog, "--target (or --profile) is required")
	}
	var (
		target spbe.Target
		err    error
	)
	if *targetText != "" {
		if target, err = spbe.ParseTarget(*targetText); err != nil {
			return e.usageError(prog, "--target: %v", err)
		}
	}
	opt := spbe.PlanOptions{MaxRaisePerYear: *perYear, Years: *years, StartYear: *start}
	if opt.Basis, err = spbe.ParsePredicateBasis(*basisFlag); err != nil {
		return e.usageError(prog, "--predicate-basis: %v", err)
	}
	if opt.Frozen, err = parseNumberList(*frozen); err != nil {
		return e.usageError(prog, "--frozen: %v", err)
	}
	if opt.MinLevels, err = parseMinLevels(*minLevels); err != nil {
		return e.usageError(prog, "--min-level: %v", err)
	}
	if opt.MinDomains, err = parseMinDomains(*minDomains); err != nil {
		return e.usageError(prog, "--min-domain: %v", err)
	}
	if *perYear < 0 || *years < 0 {
		return e.usageError(prog, "--max-raise-per-year and --years must not be negative")
	}

	a, fw, levels, code2 := e.readOneAssessment(prog, c.fs.Arg(0), ro)
	if a == nil {
		return code2
	}
	if len(opt.MinDomains) > 0 && !fw.HasDomains() {
		return e.fail(prog, exitFinding, errorf("--min-domain: %s has no domains; its aspects sit directly under the index", fw.ID()))
	}
	if opt.StartYear == 0 && a.Year != 0 {
		opt.StartYear = a.Year + 1
	}
	if *profile != "" {
		p, pfw, plevels, code := e.readOneAssessment(prog, *profile, spbe.ReadOptions{})
		if p == nil {
			return code
		}
		if pfw.ID() != fw.ID() {
			return e.fail(prog, exitFinding, errorf("--profile %s is an assessment of %s, FILE of %s", *profile, pfw.ID(), fw.ID()))
		}
		target.Profile = plevels
	}
	if *costsFile != "" {
		data, err := e.readInput(*costsFile)
		if err != nil {
			return e.fail(prog, readExit(err), err)
		}
		if opt.Costs, err = spbe.DecodeCosts(bytes.NewReader(data), spbe.ReadOptions{Framework: fw}); err != nil {
			return e.spbeFailure(prog, fmt.Errorf("--costs %s: %w", *costsFile, err))
		}
	}
	plan, err := fw.Plan(levels, target, opt)
	if err != nil {
		return e.spbeFailure(prog, err)
	}
	plan.Instansi, plan.Year = a.Instansi, a.Year
	text := func(w io.Writer) error { return writePlanText(w, plan, c.lang) }
	switch format {
	case "csv":
		text = func(w io.Writer) error { return plan.WriteStepsCSV(w, c.lang, report.csv()) }
	case "xlsx":
		text = func(w io.Writer) error { return plan.WriteWorkbook(w, c.lang) }
	}
	if code := c.show(plan.JSON(c.lang), text); code != exitOK {
		return code
	}
	if !plan.Reached {
		return exitFinding
	}
	return exitOK
}

// readOneAssessment reads the one assessment of a file (JSON, long CSV or a
// wide CSV of one row) and its final levels. On failure it reports and
// returns a nil assessment with the exit code. The Instansi and Year of
// subject are those of a long CSV (--instansi, --tahun).
func (e *env) readOneAssessment(prog, name string, subject spbe.ReadOptions) (*spbe.Assessment, *spbe.Framework, spbe.Levels, int) {
	data, err := e.readInput(name)
	if err != nil {
		return nil, nil, nil, e.fail(prog, readExit(err), err)
	}
	var warnings smartcity.Problems
	as, err := spbe.ReadAssessments(bytes.NewReader(data), spbe.ReadOptions{Warnings: &warnings, Instansi: subject.Instansi, Year: subject.Year})
	if err != nil {
		return nil, nil, nil, e.spbeFailure(prog, fmt.Errorf("%s: %w", name, err))
	}
	e.warn(prog, warnings)
	if len(as) != 1 {
		return nil, nil, nil, e.fail(prog, exitUsage, errorf("%s holds %d assessments; one is needed", name, len(as)))
	}
	a := &as[0]
	fw, err := a.ResolveFramework(nil)
	if err != nil {
		return nil, nil, nil, e.spbeFailure(prog, fmt.Errorf("%s: %w", name, err))
	}
	levels, err := fw.LevelsOf(a, spbe.Options{})
	if err != nil {
		return nil, nil, nil, e.spbeFailure(prog, err)
	}
	return a, fw, levels, exitOK
}

// listItems yields the items of a comma-separated flag value, trimmed,
// skipping empty ones.
func listItems(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for f := range strings.SplitSeq(s, ",") {
			if f = strings.TrimSpace(f); f != "" && !yield(f) {
				return
			}
		}
	}
}

// parseNumberList reads "1,2, 29".
func parseNumberList(s string) ([]int, error) {
	var out []int
	for f := range listItems(s) {
		n, err := strconv.Atoi(f)
		if err != nil {
			return nil, errorf("%q is not an indicator number", f)
		}
		out = append(out, n)
	}
	return out, nil
}

// parseMinLevels reads "29=3,30=3"; an indicator given twice is an error,
// never the last of two.
func parseMinLevels(s string) (map[int]spbe.Level, error) {
	out := map[int]spbe.Level{}
	for f := range listItems(s) {
		k, v, ok := strings.Cut(f, "=")
		n, err := strconv.Atoi(strings.TrimSpace(k))
		if !ok || err != nil {
			return nil, errorf("%q is not NUMBER=LEVEL", f)
		}
		l, err := spbe.ParseLevel(v)
		if err != nil {
			return nil, errorf("%q: %w", f, err)
		}
		if _, twice := out[n]; twice {
			return nil, errorf("indicator %d is given twice", n)
		}
		out[n] = l
	}
	return out, nil
}

// parseMinDomains reads "D3=3.0,D1=4"; a domain given twice, in any
// case ("D3" and "d3"), is an error, never the last of two.
func parseMinDomains(s string) (map[string]smartcity.Number, error) {
	out := map[string]smartcity.Number{}
	for f := range listItems(s) {
		k, v, ok := strings.Cut(f, "=")
		if !ok || strings.TrimSpace(k) == "" {
			return nil, errorf("%q is not CODE=INDEX", f)
		}
		x, err := smartcity.ParseNumber(v)
		if err != nil {
			return nil, errorf("%q: %w", f, err)
		}
		code := strings.ToUpper(strings.TrimSpace(k))
		if _, twice := out[code]; twice {
			return nil, errorf("domain %s is given twice", code)
		}
		out[code] = x
	}
	return out, nil
}

// writePlanText writes a plan as a summary and a table of steps.
func writePlanText(w io.Writer, p *spbe.Plan, lang smartcity.Lang) error {
	en := lang == smartcity.English
	title := whose(p.Instansi, p.Year, ", ")
	basis := map[spbe.PredicateBasis]string{spbe.Unrounded: "indeks tanpa pembulatan", spbe.Rounded: "indeks yang dibulatkan"}
	if en {
		basis = map[spbe.PredicateBasis]string{spbe.Unrounded: "the unrounded index", spbe.Rounded: "the rounded index"}
	}
	// The target as Target.String writes it, its index in lang.
	parts := strings.Split(p.Target.String(), " + ")
	for i, part := range parts {
		parts[i] = lang.Decimal(part)
	}
	target := strings.Join(parts, " + ")
	if x, ok := p.Framework.Threshold(p.Target.Predicate); ok {
		target += " (≥ " + lang.Decimal(x.String()) + ")"
	}
	if en {
		fmt.Fprintf(w, "%s — target %s, judged on %s\n", title, target, basis[p.Basis])
	} else {
		fmt.Fprintf(w, "%s — target %s, dinilai dari %s\n", title, target, basis[p.Basis])
	}
	status := map[bool]string{true: "tercapai", false: "TIDAK tercapai"}
	if en {
		status = map[bool]string{true: "reached", false: "NOT reached"}
	}
	fmt.Fprintf(w, "%s %s %s → %s %s: %s", map[bool]string{true: "Index", false: "Indeks"}[en], lang.Decimal(p.From.String()),
		p.Framework.PredicateName(p.FromPredicate, lang), lang.Decimal(p.To.String()), p.Framework.PredicateName(p.ToPredicate, lang), status[p.Reached])
	if en {
		fmt.Fprintf(w, ", %d level raises", p.Raises())
	} else {
		fmt.Fprintf(w, ", %d kenaikan level", p.Raises())
	}
	if p.Raises() > 0 {
		if first, last := p.Steps[0].Year, p.LastYear(); first == last {
			fmt.Fprintf(w, " (%d)", first)
		} else {
			fmt.Fprintf(w, " (%d–%d)", first, last)
		}
	}
	if p.Priced {
		if en {
			fmt.Fprintf(w, ", total cost %s", lang.Thousands(p.TotalCost))
		} else {
			fmt.Fprintf(w, ", biaya total %s", lang.Thousands(p.TotalCost))
		}
	}
	fmt.Fprintln(w)
	if !p.Reached {
		fmt.Fprintln(w, p.Reason(lang))
	}
	if len(p.Unpriced) > 0 {
		if en {
			fmt.Fprintf(w, "%d indicators below the top level have no price and are not raised\n", len(p.Unpriced))
		} else {
			fmt.Fprintf(w, "%d indikator di bawah level tertinggi tidak punya harga di daftar biaya, jadi tidak dinaikkan\n", len(p.Unpriced))
		}
	}
	if len(p.Steps) == 0 {
		return nil
	}
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	header := "Tahun\tIndikator\tDari\tKe\tBiaya\tIndeks\n"
	if en {
		header = "Year\tIndicator\tFrom\tTo\tCost\tIndex\n"
	}
	if !p.Priced {
		header = strings.Replace(header, "\tBiaya", "", 1)
		header = strings.Replace(header, "\tCost", "", 1)
	}
	if _, err := io.WriteString(tw, header); err != nil {
		return err
	}
	fw := p.Framework
	for _, s := range p.Steps {
		ind, _ := fw.Indicator(s.Indicator)
		name := ind.Name.In(lang)
		mark := ""
		if s.Required {
			mark = " *"
		}
		fmt.Fprintf(tw, "%d\t%d %s%s\t%d\t%d", s.Year, s.Indicator, name, mark, s.From, s.To)
		if p.Priced {
			fmt.Fprintf(tw, "\t%s", lang.Thousands(s.Cost))
		}
		fmt.Fprintf(tw, "\t%s\n", lang.Decimal(s.IndexAfter.String()))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	for _, s := range p.Steps {
		if s.Required {
			if en {
				fmt.Fprintln(w, "* toward a minimum level")
			} else {
				fmt.Fprintln(w, "* menuju level minimum")
			}
			break
		}
	}
	return nil
}
