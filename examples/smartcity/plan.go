package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/kotacerdas/smartcity"
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
// input). An input that cannot be read or is over the size limit is a
// usage-class failure (exit 2); a document that is not a masterplan is a
// finding (exit 1) returned as err, every problem of it in
// smartcity.Problems, with exit code exitFinding.
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
		return nil, exitUsage, err
	}
}

// loadValidPlan reads and validates the masterplan in the named file for
// a command that needs a valid plan, and reports a plan it cannot use:
// an input that cannot be read (exit 2), a document that could not be
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
		return nil, e.fail(prog, exitUsage, err), false
	}
	errs := problems.Errors()
	switch {
	case len(errs) == 0:
		return p, exitOK, true
	case !decodingFailed(errs):
		return nil, e.fail(prog, exitFinding, invalidPlan(name, len(errs))), false
	case len(errs) == 1:
		// One problem of decoding alone, as the error it always was.
		return nil, e.fail(prog, exitFinding, errs), false
	}
	return nil, e.listProblems(prog, name, errs), false
}

// runPlanValidate checks one masterplan.
func runPlanValidate(e *env, args []string) int {
	const prog = "smartcity plan validate"
	fs := e.flags(prog, "smartcity plan validate [--lang id|en] [--json] FILE\n\n"+
		"Checks the masterplan in FILE (JSON; \"-\" for standard input) and lists every problem with the path\n"+
		"of its field, the rule, its severity and a message. A quick win is required in each of the six\n"+
		"pillars. The exit code is 1 when there is an error; warnings alone leave it 0.")
	langText := fs.String("lang", "id", "language of the messages: id or en")
	asJSON := fs.Bool("json", false, "print a JSON array of {\"path\", \"rule\", \"severity\", \"message\"}; a problem found while\n"+
		"decoding the file has its \"line\" and \"column\" too, and a rule such as \"unknown_field\", \"type\",\n"+
		"\"enum\" or \"syntax\"")
	if ok, code := e.parse(fs, args); !ok {
		return code
	}
	if code := e.oneFile(prog, fs, "a FILE to validate"); code != exitOK {
		return code
	}
	lang, code := e.lang(prog, *langText)
	if code != exitOK {
		return code
	}
	f, err := e.open(fs.Arg(0))
	if err != nil {
		return e.fail(prog, exitUsage, err)
	}
	defer f.Close()
	// Every problem at once: those that keep a value from being
	// decoded, then the rules on everything that could be.
	p, problems, err := masterplan.Validate(f, masterplan.ValidateOptions{RequireQuickWinPerPillar: true})
	if err != nil {
		return e.fail(prog, exitUsage, err)
	}

	out := bufio.NewWriter(e.stdout)
	if *asJSON {
		err = writeIndentedJSON(out, problems.JSON(lang))
	} else {
		err = writeProblems(out, fs.Arg(0), p, problems, lang)
	}
	if err == nil {
		err = out.Flush()
	}
	if err != nil {
		return e.fail(prog, exitUsage, err)
	}
	if problems.HasErrors() {
		return exitFinding
	}
	return exitOK
}

// writeProblems prints one problem per line and a closing count.
func writeProblems(w io.Writer, name string, p *masterplan.Plan, problems smartcity.Problems, lang smartcity.Lang) error {
	en := lang == smartcity.English
	for _, pr := range problems {
		where := ""
		if pr.Path == "" && pr.Line == 0 {
			where = name + ": "
		}
		if _, err := fmt.Fprintf(w, "%s: %s%s\n", pr.Severity.Name(lang), where, pr.Message(lang)); err != nil {
			return err
		}
	}
	errs, warns := len(problems.Errors()), len(problems.Warnings())
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
	_, err := fmt.Fprintln(w, verdict)
	return err
}

// decodingFailed reports whether some of the problems were found while
// decoding the document, which leaves the plan's values in doubt: those
// problems alone have a line.
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

// runPlanSummary summarises one valid masterplan.
func runPlanSummary(e *env, args []string) int {
	const prog = "smartcity plan summary"
	fs := e.flags(prog, "smartcity plan summary [--lang id|en] [--json] FILE\n\n"+
		"Summarises the masterplan in FILE (JSON; \"-\" for standard input): the budget by pillar, year and\n"+
		"source with exact totals in rupiah, programmes and quick wins per pillar and element, the roadmap\n"+
		"year by year and the quick wins. A plan with errors is not summarised (exit 1): run 'smartcity plan\n"+
		"validate' for the list.")
	langText := fs.String("lang", "id", "language of the text: id or en")
	asJSON := fs.Bool("json", false, "print the summary as one JSON object")
	if ok, code := e.parse(fs, args); !ok {
		return code
	}
	if code := e.oneFile(prog, fs, "a FILE to summarise"); code != exitOK {
		return code
	}
	lang, code := e.lang(prog, *langText)
	if code != exitOK {
		return code
	}
	p, code, ok := e.loadValidPlan(prog, fs.Arg(0), masterplan.ValidateOptions{RequireQuickWinPerPillar: true})
	if !ok {
		return code
	}
	s, err := p.Summarize()
	if err != nil {
		return e.fail(prog, exitFinding, err)
	}
	out := bufio.NewWriter(e.stdout)
	if *asJSON {
		err = writeIndentedJSON(out, s)
	} else {
		err = writeSummary(out, p, s, lang)
	}
	if err == nil {
		err = out.Flush()
	}
	if err != nil {
		return e.fail(prog, exitUsage, err)
	}
	return exitOK
}

// writeIndentedJSON writes v as indented JSON to w, as env.writeJSON does
// to standard output.
func writeIndentedJSON(w io.Writer, v any) error {
	e := &env{stdout: w}
	return e.writeJSON(v)
}

// summaryWord returns a heading or phrase of the text summary in
// Indonesian or, when en is set, English.
func summaryWord(key string, en bool) string {
	var id, eng string
	switch key {
	case "title":
		id, eng = "Rencana induk smart city %s %d–%d (kode Kemendagri %s, %s)", "Smart-city masterplan of %s %d–%d (Kemendagri code %s, %s)"
	case "counts":
		id, eng = "%d program, %d quick win, anggaran %s", "%d programmes, %d quick wins, budget %s"
	case "byPillar":
		id, eng = "Anggaran menurut pilar", "Budget by pillar"
	case "byYear":
		id, eng = "Anggaran menurut tahun", "Budget by year"
	case "bySource":
		id, eng = "Anggaran menurut sumber dana", "Budget by funding source"
	case "cells":
		id, eng = "Anggaran menurut pilar, tahun dan sumber dana", "Budget by pillar, year and funding source"
	case "total":
		id, eng = "Jumlah", "Total"
	case "coverage":
		id, eng = "Cakupan pilar dan elemen (program / quick win)", "Coverage of pillars and elements (programmes / quick wins)"
	case "roadmap":
		id, eng = "Peta jalan", "Roadmap"
	case "running":
		id, eng = "%d berjalan", "%d running"
	case "starting":
		id, eng = "mulai: %s", "starting: %s"
	case "ending":
		id, eng = "selesai: %s", "ending: %s"
	case "quickWins":
		id, eng = "Quick win", "Quick wins"
	case "illustrative":
		id, eng = "(ilustratif)", "(illustrative)"
	case "notes":
		id, eng = "Catatan pada dokumen", "Notes in the document"
	}
	if en {
		return eng
	}
	return id
}

// rupiahColumn formats amounts in lang, padded on the left to one width so
// that they line up in a column.
func rupiahColumn(amounts []int64, lang smartcity.Lang) []string {
	out := make([]string, len(amounts))
	width := 0
	for i, a := range amounts {
		out[i] = lang.Rupiah(a)
		width = max(width, len([]rune(out[i])))
	}
	for i := range out {
		out[i] = strings.Repeat(" ", width-len([]rune(out[i]))) + out[i]
	}
	return out
}

// writeSummary prints the summary as text in lang.
func writeSummary(w io.Writer, p *masterplan.Plan, s *masterplan.Summary, lang smartcity.Lang) error {
	en := lang == smartcity.English
	word := func(key string) string { return summaryWord(key, en) }
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	section := func(key string) { fmt.Fprintf(tw, "\n%s\n", word(key)) }

	fmt.Fprintf(tw, word("title")+"\n", p.Region.FullName(lang), p.Period.StartYear, p.Period.EndYear, p.Region.KemendagriCode, p.Region.Province)
	fmt.Fprintf(tw, word("counts")+"\n", len(p.Programs), len(s.QuickWins), lang.Rupiah(s.Budget.Total))

	section("byPillar")
	amounts := make([]int64, 0, len(s.Budget.ByPillar)+1)
	for _, pa := range s.Budget.ByPillar {
		amounts = append(amounts, pa.Amount)
	}
	col := rupiahColumn(append(amounts, s.Budget.Total), lang)
	for i, pa := range s.Budget.ByPillar {
		fmt.Fprintf(tw, "%s\t%s\t%s\n", pa.Pillar, pillarName(pa.Pillar, lang), col[i])
	}
	fmt.Fprintf(tw, "\t%s\t%s\n", word("total"), col[len(col)-1])
	if err := tw.Flush(); err != nil {
		return err
	}

	section("byYear")
	amounts = amounts[:0]
	for _, ya := range s.Budget.ByYear {
		amounts = append(amounts, ya.Amount)
	}
	col = rupiahColumn(amounts, lang)
	for i, ya := range s.Budget.ByYear {
		fmt.Fprintf(tw, "%d\t%s\n", ya.Year, col[i])
	}
	if err := tw.Flush(); err != nil {
		return err
	}

	section("bySource")
	amounts = amounts[:0]
	for _, sa := range s.Budget.BySource {
		amounts = append(amounts, sa.Amount)
	}
	col = rupiahColumn(amounts, lang)
	for i, sa := range s.Budget.BySource {
		fmt.Fprintf(tw, "%s\t%s\n", sa.Source.Name(lang), col[i])
	}
	if err := tw.Flush(); err != nil {
		return err
	}

	section("cells")
	amounts = amounts[:0]
	for _, c := range s.Budget.Cells {
		amounts = append(amounts, c.Amount)
	}
	col = rupiahColumn(amounts, lang)
	for i, c := range s.Budget.Cells {
		fmt.Fprintf(tw, "%s\t%d\t%s\t%s\n", c.Pillar, c.Year, c.Source, col[i])
	}
	if err := tw.Flush(); err != nil {
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
	amounts = amounts[:0]
	for _, ry := range s.Roadmap {
		amounts = append(amounts, ry.Budget)
	}
	col = rupiahColumn(amounts, lang)
	for i, ry := range s.Roadmap {
		parts := []string{fmt.Sprintf(word("running"), len(ry.Running))}
		if len(ry.Starting) > 0 {
			parts = append(parts, fmt.Sprintf(word("starting"), strings.Join(ry.Starting, " ")))
		}
		if len(ry.Ending) > 0 {
			parts = append(parts, fmt.Sprintf(word("ending"), strings.Join(ry.Ending, " ")))
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\n", ry.Year, col[i], strings.Join(parts, "; "))
	}
	if err := tw.Flush(); err != nil {
		return err
	}

	section("quickWins")
	amounts = amounts[:0]
	for _, q := range s.QuickWins {
		amounts = append(amounts, q.Budget)
	}
	col = rupiahColumn(amounts, lang)
	for i, q := range s.QuickWins {
		name := q.Name
		if q.Illustrative {
			name += " " + word("illustrative")
		}
		years := fmt.Sprint(q.StartYear)
		if q.EndYear != q.StartYear {
			years += fmt.Sprintf("–%d", q.EndYear)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", q.ID, name, q.Element, years, col[i])
	}
	if err := tw.Flush(); err != nil {
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
