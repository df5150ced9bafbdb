package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/ref"
	"github.com/kotacerdas/smartcity/masterplan"
)

const planProgressUsage = "smartcity plan progress [--year Y] [--plan PLAN] [--lang id|en] [--json | --format xlsx] FILE\n\n" +
	"Reports how far a masterplan has come in year Y. FILE (JSON or .xlsx; \"-\" for standard input) is the region's\n" +
	"realisation document, kept beside the plan; it names the plan in \"plan\", a file name relative to FILE\n" +
	"and inside FILE's folder (the current folder for standard input): a name that leaves the folder — an\n" +
	"absolute path, \"..\", a link leading out — or that is not a regular file is refused. --plan gives or\n" +
	"overrides it, and may name any file:\n\n" +
	"  {\"region\": \"Rembang\", \"plan\": \"masterplan.json\",\n" +
	"   \"years\": [{\"year\": 2024, \"programs\": [{\"id\": \"GOV-01\", \"status\": \"completed\",\n" +
	"     \"budget\": [{\"source\": \"APBD\", \"amount\": 340000000}],\n" +
	"     \"kpis\": [{\"name\": \"unduhan aplikasi\", \"actual\": 52000}]}]}]}\n\n" +
	"A status is planned, ongoing (running), completed (done), postponed or cancelled (dropped), as at the end\n" +
	"of the year. The realisation is checked against the plan first; its errors are listed on standard error\n" +
	"(exit 1) and its warnings printed with the report. The plan must validate.\n\n" +
	"A programme is planned in Y when Y lies in its years and it was not cancelled in an earlier year. It is\n" +
	"realised when it is completed (in Y or before) or ongoing with money spent in Y — or ongoing in a year the\n" +
	"plan gives it no money. Achievement per pillar = realised ÷ planned, one decimal half up; a pillar with\n" +
	"nothing planned has no data. Budget absorption = money spent ÷ money planned for Y, per pillar and funding\n" +
	"source. KPI progress = (actual − baseline) ÷ (target − baseline), for either direction, against the target\n" +
	"of Y (else the next, else the last); above 100 % is reported as exceeded, never clamped. --format xlsx\n" +
	"writes the report as an Excel workbook to -o FILE.xlsx (never to a terminal): the achievement by pillar\n" +
	"with a chart, the absorption, the programmes and their KPIs."

// progressJSONUsage is the help of the --json flag of plan progress.
const progressJSONUsage = "print the report as one JSON object: \"region\", \"year\", \"pillars\" and \"total\" (planned,\n" +
	"realised, \"achievement\" as a percentage with one decimal (\"66.7\", absent when nothing is planned),\n" +
	"\"achievement_exact\" the exact share (\"2/3\") and \"achievement_value\" a float for charts (0.6667), status\n" +
	"counts, budget absorption per source likewise), \"programs\" with their KPIs (\"progress\" likewise), and\n" +
	"\"warnings\""

// runPlanProgress reports a year's progress of a masterplan.
func runPlanProgress(e *env, args []string) int {
	const prog = "smartcity plan progress"
	c := e.leaf(prog, planProgressUsage, "language of the text and the messages: id or en")
	year := c.fs.Int("year", 0, "the `year` to report on; by default the latest year FILE reports")
	planPath := c.fs.String("plan", "", "the masterplan `PLAN` (JSON or .xlsx); by default the file FILE names in \"plan\"")
	c.jsonFlag(progressJSONUsage)
	format := c.fs.String("format", "text", "what to write: text, or xlsx (an Excel workbook of the report's tables)")
	ok, code := c.start(args, oneFile("a realisation FILE"))
	if !ok {
		return code
	}
	switch {
	case *format != "text" && *format != "xlsx":
		return e.usageError(prog, "--format must be %s, not %q", words.Sprintf(c.said, "%s or %s", "text", "xlsx"), *format)
	case *format == "xlsx" && c.json():
		return e.usageError(prog, "%s does not apply to --format %s", "--json", *format)
	}
	if *format == "xlsx" {
		if code := c.binaryOutput(); code != exitOK {
			return code
		}
	}
	name := c.fs.Arg(0)
	data, err := e.readInput(name)
	if err != nil {
		return e.fail(prog, readExit(err), err)
	}
	opts := masterplan.ValidateOptions{}
	// The document first, for the plan it names; its problems are
	// reported below with the check's, or here when it is not JSON.
	pr, problems, err := masterplan.ValidateProgress(bytes.NewReader(data), nil, opts)
	if err != nil {
		return e.fail(prog, readExit(err), err)
	}
	if pr == nil {
		return e.fail(prog, exitFinding, fmt.Errorf("%s: %w", name, problems))
	}
	var p *masterplan.Plan
	if *planPath != "" {
		// The user's own choice, read as any plan is.
		if p, code, ok = e.progressPlan(prog, *planPath, name, opts); !ok {
			return code
		}
	} else {
		if pr.Plan == "" {
			return e.usageError(prog, "%s names no plan; give one with --plan", name)
		}
		if p, code, ok = e.namedPlan(prog, name, pr.Plan, opts); !ok {
			return code
		}
	}
	// Every problem of the realisation at once: decoding's, then the
	// check's against the plan.
	if _, problems, err = masterplan.ValidateProgress(bytes.NewReader(data), p, opts); err != nil {
		return e.fail(prog, readExit(err), err)
	}
	if errs := problems.Errors(); len(errs) == 1 && errs[0].Line > 0 {
		// One problem of decoding alone, as the error it always was.
		return e.fail(prog, exitFinding, fmt.Errorf("%s: %w", name, errs))
	} else if len(errs) > 0 {
		return e.listProblems(prog, name, errs)
	}
	if *year == 0 {
		*year = pr.LatestYear()
	}
	if _, ok := pr.Year(*year); !ok {
		reported := make([]string, len(pr.Years))
		for i, y := range pr.Years {
			reported[i] = strconv.Itoa(y.Year)
		}
		return e.fail(prog, exitFinding, errorf("%s reports no realisation for %d (it reports %s)", name, *year, strings.Join(reported, ", ")))
	}
	rep, err := pr.Report(p, *year)
	if err != nil {
		return e.fail(prog, exitFinding, err)
	}
	rep.Warnings = problems.Warnings()
	if *format == "xlsx" {
		return c.writeOr(func(w io.Writer) error { return rep.WriteWorkbook(w, c.lang) }, func(err error) int { return e.fail(prog, exitFinding, err) })
	}
	return c.show(rep.JSON(c.lang), func(w io.Writer) error { return writeProgress(w, rep, pr, rep.Warnings, c.lang) })
}

// progressPlan reads the plan the user gave with --plan for the realisation
// in the named file, as every command reads a plan, and reports a plan it
// cannot use. ok is false when it has reported.
func (e *env) progressPlan(prog, path, name string, opts masterplan.ValidateOptions) (p *masterplan.Plan, code int, ok bool) {
	if path == "-" && name == "-" {
		return nil, e.usageError(prog, "the plan and the realisation cannot both come from standard input"), false
	}
	p, code, err := e.loadPlan(path)
	if err != nil {
		var many smartcity.Problems
		if errors.As(err, &many) && len(many) > 1 {
			return nil, e.listProblems(prog, path, many), false
		}
		return nil, e.fail(prog, code, fmt.Errorf("%s: %w", path, err)), false
	}
	if errs := p.Validate(opts).Errors(); len(errs) > 0 {
		return nil, e.fail(prog, exitFinding, invalidPlan(path, len(errs))), false
	}
	return p, exitOK, true
}

// namedPlan reads the plan the realisation in the named file names in
// "plan": only inside the realisation's folder (the current folder for
// standard input), only a regular file, within the size limit (see
// ref.ReadFile). A name that leaves the folder is an error of the
// realisation at "plan" (exit 1); a file that cannot be opened is exit 2,
// one over the size limit exit 1, as readExit says for every input.
// Since the document chose the file, nothing of what it holds is repeated:
// a plan that cannot be read or is not valid is reported by its number of
// errors, and 'smartcity plan validate' lists them. ok is false when it
// has reported.
func (e *env) namedPlan(prog, name, plan string, opts masterplan.ValidateOptions) (p *masterplan.Plan, code int, ok bool) {
	dir := "."
	if name != "-" {
		dir = filepath.Dir(name)
	}
	data, err := ref.ReadFile(dir, plan, 0)
	switch {
	case errors.Is(err, ref.ErrUnsafe):
		problem := smartcity.Problem{Path: "plan", Rule: ref.Rule, Severity: smartcity.Error, Err: err}
		return nil, e.fail(prog, exitFinding, fmt.Errorf("%s: %w", name, problem)), false
	case err != nil:
		return nil, e.fail(prog, readExit(err), fmt.Errorf("%s: plan: %w", name, err)), false
	}
	path := filepath.Join(dir, filepath.FromSlash(plan))
	p, problems, err := masterplan.Validate(bytes.NewReader(data), opts)
	if err != nil {
		return nil, e.fail(prog, readExit(err), err), false
	}
	if errs := problems.Errors(); len(errs) > 0 {
		return nil, e.fail(prog, exitFinding, invalidPlan(path, len(errs))), false
	}
	return p, exitOK, true
}

// progressPhrases are the headings and phrases of the text report of plan progress.
var progressPhrases = phrases{
	"title":        {"Kemajuan rencana induk smart city %s, tahun %d", "Progress of the smart-city masterplan of %s in %d"},
	"illustrative": {"Dokumen realisasi ilustratif.", "The realisation document is illustrative."},
	"achievement":  {"Capaian program per pilar (terealisasi / direncanakan)", "Programme achievement by pillar (realised / planned)"},
	"absorption":   {"Penyerapan anggaran per pilar dan sumber dana (realisasi / rencana)", "Budget absorption by pillar and funding source (spent / planned)"},
	"programs":     {"Program", "Programmes"},
	"kpis":         {"KPI (capaian terhadap target)", "KPIs (against target)"},
	"total":        {"Jumlah", "Total"},
	"allPillars":   {"Semua pilar", "All pillars"},
	"allSources":   {"Semua sumber", "All sources"},
	"noData":       {"tidak ada data", "no data"},
	"realised":     {"terealisasi", "realised"},
	"notRealised":  {"belum terealisasi", "not realised"},
	"notCounted":   {"di luar jadwal", "off schedule"},
	"notReported":  {"belum dilaporkan", "not reported"},
	"since":        {"sejak %d", "since %d"},
	"kpiLine":      {"dasar %s, target %d %s, capaian %s", "baseline %s, %d target %s, actual %s"},
	"warnings":     {"Peringatan", "Warnings"},
	"notes":        {"Catatan pada dokumen realisasi", "Notes in the realisation document"},
}

// percentOr writes r as a percentage with one decimal in lang, or the
// placeholder for no data.
func percentOr(r smartcity.Number, lang smartcity.Lang) string {
	s, err := lang.Percent(r.Num(), r.Den(), 1)
	if err != nil {
		return progressPhrases.in(lang)("noData")
	}
	return s
}

// writeProgress prints the report as text in lang.
func writeProgress(w io.Writer, rep *masterplan.ProgressReport, pr *masterplan.Progress, warnings smartcity.Problems, lang smartcity.Lang) error {
	word := progressPhrases.in(lang)
	num := func(s json.Number) string { return lang.Decimal(string(s)) }
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, word("title")+"\n", rep.Region.FullName(lang), rep.Year)
	if rep.Illustrative {
		fmt.Fprintln(tw, word("illustrative"))
	}

	fmt.Fprintf(tw, "\n%s\n", word("achievement"))
	row := func(code, name string, pp masterplan.PillarProgress) {
		fmt.Fprintf(tw, "%s\t%s\t%d / %d\t%s\n", code, name, pp.Achievement.Realised, pp.Achievement.Planned, percentOr(pp.Achievement.Rate, lang))
	}
	for _, pp := range rep.Pillars {
		row(pp.Pillar.String(), pp.Pillar.Name(lang), pp)
	}
	row("", word("total"), rep.Total)
	if err := tw.Flush(); err != nil {
		return err
	}

	fmt.Fprintf(tw, "\n%s\n", word("absorption"))
	for _, pp := range slices.Concat(rep.Pillars, []masterplan.PillarProgress{rep.Total}) {
		code := pp.Pillar.String()
		if pp.Pillar == 0 {
			code = word("allPillars")
		}
		for _, a := range pp.Budget {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", code, a.Source.Name(lang), lang.Rupiah(a.Realised),
				lang.Rupiah(a.Planned), percentOr(a.Rate, lang))
		}
		if len(pp.Budget) > 1 || pp.Pillar == 0 {
			t := pp.BudgetTotal
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", code, word("allSources"), lang.Rupiah(t.Realised),
				lang.Rupiah(t.Planned), percentOr(t.Rate, lang))
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}

	fmt.Fprintf(tw, "\n%s\n", word("programs"))
	for _, pp := range rep.Programs {
		status := word("notReported")
		if pp.Status != 0 {
			status = pp.Status.Name(lang)
			if pp.StatusYear != rep.Year {
				status += " (" + fmt.Sprintf(word("since"), pp.StatusYear) + ")"
			}
		}
		verdict := word("notRealised")
		switch {
		case !pp.Counted:
			verdict = word("notCounted")
		case pp.Realised:
			verdict = word("realised")
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s / %s\n", pp.ID, pp.Name, status, verdict,
			lang.Rupiah(pp.Budget.Realised), lang.Rupiah(pp.Budget.Planned))
	}
	if err := tw.Flush(); err != nil {
		return err
	}

	fmt.Fprintf(tw, "\n%s\n", word("kpis"))
	for _, pp := range rep.Programs {
		for _, k := range pp.KPIs {
			actual := "–"
			if k.Actual != "" {
				actual = num(k.Actual) + " " + k.Unit
			}
			target := "–"
			if k.Target != "" {
				target = num(k.Target)
			}
			line := fmt.Sprintf(word("kpiLine"), num(k.Baseline), k.TargetYear, target, actual)
			progress, _ := lang.Percent(k.Progress.Num(), k.Progress.Den(), 1) // "" for no data
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", pp.ID, k.Name, line, progress, k.State.Name(lang))
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}

	if len(warnings) > 0 {
		fmt.Fprintf(w, "\n%s\n", word("warnings"))
		for _, p := range warnings {
			fmt.Fprintf(w, "- %s\n", p.Message(lang))
		}
	}
	if len(pr.Notes) > 0 {
		fmt.Fprintf(w, "\n%s\n", word("notes"))
		for _, n := range pr.Notes {
			if _, err := fmt.Fprintf(w, "- %s\n", n); err != nil {
				return err
			}
		}
	}
	return nil
}
