package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/escape"
	"github.com/kotacerdas/smartcity/masterplan"
	"github.com/kotacerdas/smartcity/pillar"
)

// runPlan dispatches the plan subcommands.
func runPlan(e *env, args []string) int {
	return e.dispatch("smartcity plan", args, planCommands())
}

// planCommands is the table of plan subcommands, in the order help lists
// them.
func planCommands() []command {
	return []command{
		{name: "validate", summary: "check a masterplan and list every problem, in Indonesian or English", run: runPlanValidate},
		{name: "summary", summary: "budget by pillar, year and source; coverage; roadmap; quick wins", run: runPlanSummary},
		{name: "progress", summary: "a year's achievement, budget absorption and KPI progress from the realisation", run: runPlanProgress},
		{name: "report", summary: "a Markdown report, a roadmap or pillar chart, or a CSV of programmes for spreadsheets", run: runPlanReport},
	}
}

// loadPlan reads the masterplan in the named file ("-" for standard
// input). A file that cannot be opened or read is a usage-class failure
// (exit 2); a document that is not a masterplan, or is over the size
// limit, is a finding (exit 1) returned as err, every problem of it in
// smartcity.Problems.
func (e *env) loadPlan(name string) (*masterplan.Plan, int, error) {
	f, err := e.open(name)
	if err != nil {
		return nil, exitUsage, err
	}
	defer f.Close()
	p, err := masterplan.Decode(f, masterplan.DecodeOptions{})
	var problems smartcity.Problems
	switch {
	case err == nil:
		return p, exitOK, nil
	case errors.As(err, &problems):
		return nil, exitFinding, err
	default:
		return nil, readExit(err), err
	}
}

// loadValidPlan reads and validates the masterplan in the named file for
// a command that needs a valid plan, and reports a plan it cannot use:
// a file that cannot be opened or read (exit 2), a document that could not be
// decoded wholly, with every error of it, decoding's and the rules' (exit
// 1), or a plan that breaks the rules, by their number and the command
// that lists them (exit 1). ok is false when it has reported.
func (e *env) loadValidPlan(prog, name string, opts masterplan.ValidateOptions) (p *masterplan.Plan, code int, ok bool) {
	f, err := e.open(name)
	if err != nil {
		return nil, e.fail(prog, exitUsage, err), false
	}
	defer f.Close()
	p, problems, err := masterplan.Validate(f, opts)
	if err != nil {
		return nil, e.fail(prog, readExit(err), err), false
	}
	errs := problems.Errors()
	switch {
	case len(errs) == 0:
		return p, exitOK, true
	case p != nil && !decodingFailed(errs):
		return nil, e.fail(prog, exitFinding, invalidPlan(name, len(errs))), false
	case len(errs) == 1:
		// One problem of decoding alone, as the error it always was.
		return nil, e.fail(prog, exitFinding, errs), false
	}
	return nil, e.listProblems(prog, name, errs), false
}

// planValidateUsage is the help of plan validate: its synopsis and what
// it does.
const planValidateUsage = "smartcity plan validate [--lang id|en] [--json] FILE\n\n" +
	"Checks the masterplan in FILE (JSON or .xlsx; \"-\" for standard input) and lists every problem with the path\n" +
	"of its field, the rule, its severity and a message. A quick win is required in each of the six\n" +
	"pillars. The exit code is 1 when there is an error; warnings alone leave it 0."

// runPlanValidate checks one masterplan.
func runPlanValidate(e *env, args []string) int {
	const prog = "smartcity plan validate"
	c := e.leaf(prog, planValidateUsage, "language of the messages: id or en")
	c.jsonFlag("print a JSON array of {\"path\", \"rule\", \"severity\", \"message\"}; a problem found while\n" +
		"decoding the file has its \"line\" and \"column\" too, and a rule such as \"unknown_field\", \"type\",\n" +
		"\"enum\" or \"syntax\"")
	if ok, code := c.start(args, oneFile("a FILE to validate")); !ok {
		return code
	}
	name := c.fs.Arg(0)
	f, err := e.open(name)
	if err != nil {
		return e.fail(prog, exitUsage, err)
	}
	defer f.Close()
	// Every problem at once: those that keep a value from being
	// decoded, then the rules on everything that could be.
	p, problems, err := masterplan.Validate(f, masterplan.ValidateOptions{RequireQuickWinPerPillar: true})
	if err != nil {
		return e.fail(prog, readExit(err), err)
	}
	// No problems are the empty array, which Problems.JSON writes.
	shown := c.show(problems.JSON(c.lang), func(w io.Writer) error { return writeProblems(w, name, p, problems, c.lang) })
	if shown != exitOK {
		return shown
	}
	if problems.HasErrors() {
		return exitFinding
	}
	return exitOK
}

// writeProblems prints one problem per line and a closing count, each
// line escaped as the messages are (internal/escape), since the file's
// name and the region's are the input's.
func writeProblems(w io.Writer, name string, p *masterplan.Plan, problems smartcity.Problems, lang smartcity.Lang) error {
	en := lang == smartcity.English
	for _, pr := range problems {
		where := ""
		if pr.Path == "" && pr.Line == 0 {
			where = escape.Line(name) + ": "
		}
		if _, err := fmt.Fprintf(w, "%s: %s%s\n", pr.Severity.Name(lang), where, pr.Message(lang)); err != nil {
			return err
		}
	}
	errs, warns := problems.Count()
	subject := name
	if p != nil && !decodingFailed(problems) {
		subject = fmt.Sprintf("%s %d–%d", p.Region.FullName(lang), p.Period.StartYear, p.Period.EndYear)
	}
	var verdict string
	switch {
	case errs > 0 && en:
		verdict = fmt.Sprintf("%s: not valid: %d %s, %d %s", subject, errs, plural(errs, "error", "errors"), warns, plural(warns, "warning", "warnings"))
	case errs > 0:
		verdict = fmt.Sprintf("%s: tidak valid: %d galat, %d peringatan", subject, errs, warns)
	case en:
		verdict = fmt.Sprintf("%s: valid, %d %s", subject, warns, plural(warns, "warning", "warnings"))
	default:
		verdict = fmt.Sprintf("%s: valid, %d peringatan", subject, warns)
	}
	_, err := fmt.Fprintln(w, escape.Line(verdict))
	return err
}

// decodingFailed reports whether some of the problems were found while
// decoding the document, which leaves the plan's values in doubt: those
// problems alone have a line (in a workbook, the row of their cell).
func decodingFailed(problems smartcity.Problems) bool {
	for _, p := range problems {
		if p.Line > 0 {
			return true
		}
	}
	return false
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// planSummaryUsage is the help of plan summary: its synopsis and what
// it does.
const planSummaryUsage = "smartcity plan summary [--lang id|en] [--json] FILE\n\n" +
	"Summarises the masterplan in FILE (JSON or .xlsx; \"-\" for standard input): the budget by pillar, year and\n" +
	"source with exact totals in rupiah, programmes and quick wins per pillar and element, the roadmap\n" +
	"year by year and the quick wins. A plan with errors is not summarised (exit 1): run 'smartcity plan\n" +
	"validate' for the list."

// runPlanSummary summarises one valid masterplan.
func runPlanSummary(e *env, args []string) int {
	const prog = "smartcity plan summary"
	c := e.leaf(prog, planSummaryUsage, "language of the text: id or en")
	c.jsonFlag("print the summary as one JSON object")
	if ok, code := c.start(args, oneFile("a FILE to summarise")); !ok {
		return code
	}
	p, code, ok := e.loadValidPlan(prog, c.fs.Arg(0), masterplan.ValidateOptions{RequireQuickWinPerPillar: true})
	if !ok {
		return code
	}
	s, err := p.Summarize()
	if err != nil {
		return e.fail(prog, exitFinding, err)
	}
	return c.show(s, func(w io.Writer) error { return writeSummary(w, p, s, c.lang) })
}

// summaryPhrases are the headings and phrases of the text summary.
var summaryPhrases = phrases{
	"title":        {"Rencana induk smart city %s %d–%d (kode Kemendagri %s, %s)", "Smart-city masterplan of %s %d–%d (Kemendagri code %s, %s)"},
	"counts":       {"%d program, %d quick win, anggaran %s", "%d programmes, %d quick wins, budget %s"},
	"byPillar":     {"Anggaran menurut pilar", "Budget by pillar"},
	"byYear":       {"Anggaran menurut tahun", "Budget by year"},
	"bySource":     {"Anggaran menurut sumber dana", "Budget by funding source"},
	"cells":        {"Anggaran menurut pilar, tahun dan sumber dana", "Budget by pillar, year and funding source"},
	"total":        {"Jumlah", "Total"},
	"coverage":     {"Cakupan pilar dan elemen (program / quick win)", "Coverage of pillars and elements (programmes / quick wins)"},
	"roadmap":      {"Peta jalan", "Roadmap"},
	"running":      {"%d berjalan", "%d running"},
	"starting":     {"mulai: %s", "starting: %s"},
	"ending":       {"selesai: %s", "ending: %s"},
	"quickWins":    {"Quick win", "Quick wins"},
	"illustrative": {"(ilustratif)", "(illustrative)"},
	"notes":        {"Catatan pada dokumen", "Notes in the document"},
}

// rupiahRows writes n rows to tw and flushes it: row i, with its amount
// amount(i) in rupiah in lang, padded on the left so that the amounts line
// up in a column.
func rupiahRows(tw *tabwriter.Writer, lang smartcity.Lang, n int, amount func(i int) int64, row func(i int, rupiah string)) error {
	col := make([]string, n)
	width := 0
	for i := range col {
		col[i] = lang.Rupiah(amount(i))
		width = max(width, utf8.RuneCountInString(col[i]))
	}
	for i, r := range col {
		row(i, strings.Repeat(" ", width-utf8.RuneCountInString(r))+r)
	}
	return tw.Flush()
}

// writeSummary prints the summary as text in lang.
func writeSummary(w io.Writer, p *masterplan.Plan, s *masterplan.Summary, lang smartcity.Lang) error {
	word := summaryPhrases.in(lang)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	section := func(key string) { fmt.Fprintf(tw, "\n%s\n", word(key)) }

	fmt.Fprintf(tw, word("title")+"\n", p.Region.FullName(lang), p.Period.StartYear, p.Period.EndYear, p.Region.KemendagriCode, p.Region.Province)
	fmt.Fprintf(tw, word("counts")+"\n", len(p.Programs), len(s.QuickWins), lang.Rupiah(s.Budget.Total))

	b := s.Budget
	section("byPillar")
	err := rupiahRows(tw, lang, len(b.ByPillar)+1, func(i int) int64 {
		if i == len(b.ByPillar) {
			return b.Total
		}
		return b.ByPillar[i].Amount
	}, func(i int, rupiah string) {
		if i == len(b.ByPillar) {
			fmt.Fprintf(tw, "\t%s\t%s\n", word("total"), rupiah)
			return
		}
		pa := b.ByPillar[i]
		fmt.Fprintf(tw, "%s\t%s\t%s\n", pa.Pillar, pillarName(pa.Pillar, lang), rupiah)
	})
	if err != nil {
		return err
	}

	section("byYear")
	err = rupiahRows(tw, lang, len(b.ByYear), func(i int) int64 { return b.ByYear[i].Amount }, func(i int, rupiah string) {
		fmt.Fprintf(tw, "%d\t%s\n", b.ByYear[i].Year, rupiah)
	})
	if err != nil {
		return err
	}

	section("bySource")
	err = rupiahRows(tw, lang, len(b.BySource), func(i int) int64 { return b.BySource[i].Amount }, func(i int, rupiah string) {
		fmt.Fprintf(tw, "%s\t%s\n", b.BySource[i].Source.Name(lang), rupiah)
	})
	if err != nil {
		return err
	}

	section("cells")
	err = rupiahRows(tw, lang, len(b.Cells), func(i int) int64 { return b.Cells[i].Amount }, func(i int, rupiah string) {
		c := b.Cells[i]
		fmt.Fprintf(tw, "%s\t%d\t%s\t%s\n", c.Pillar, c.Year, c.Source, rupiah)
	})
	if err != nil {
		return err
	}

	section("coverage")
	for _, pc := range s.Coverage {
		fmt.Fprintf(tw, "%s %s\t%d / %d\n", pc.Pillar, pc.Pillar.Name(lang), pc.Programs, pc.QuickWins)
		for _, ec := range pc.Elements {
			fmt.Fprintf(tw, "  %s %s\t%d / %d\n", ec.Element, ec.Element.Name(lang), ec.Programs, ec.QuickWins)
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}

	section("roadmap")
	err = rupiahRows(tw, lang, len(s.Roadmap), func(i int) int64 { return s.Roadmap[i].Budget }, func(i int, rupiah string) {
		ry := s.Roadmap[i]
		parts := []string{fmt.Sprintf(word("running"), len(ry.Running))}
		if len(ry.Starting) > 0 {
			parts = append(parts, fmt.Sprintf(word("starting"), strings.Join(ry.Starting, " ")))
		}
		if len(ry.Ending) > 0 {
			parts = append(parts, fmt.Sprintf(word("ending"), strings.Join(ry.Ending, " ")))
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\n", ry.Year, rupiah, strings.Join(parts, "; "))
	})
	if err != nil {
		return err
	}

	section("quickWins")
	err = rupiahRows(tw, lang, len(s.QuickWins), func(i int) int64 { return s.QuickWins[i].Budget }, func(i int, rupiah string) {
		q := s.QuickWins[i]
		name := q.Name
		if q.Illustrative {
			name += " " + word("illustrative")
		}
		years := fmt.Sprint(q.StartYear)
		if q.EndYear != q.StartYear {
			years += fmt.Sprintf("–%d", q.EndYear)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", q.ID, name, q.Element, years, rupiah)
	})
	if err != nil {
		return err
	}

	if len(p.Notes) > 0 {
		fmt.Fprintf(w, "\n%s\n", word("notes"))
		for _, n := range p.Notes {
			if _, err := fmt.Fprintf(w, "- %s\n", n); err != nil {
				return err
			}
		}
	}
	return nil
}

// pillarName is the pillar's name, or a dash for the zero Pillar.
func pillarName(p pillar.Pillar, lang smartcity.Lang) string {
	if n := p.Name(lang); n != "" {
		return n
	}
	return "–"
}
