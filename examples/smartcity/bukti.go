package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/spbe"
	"github.com/kotacerdas/smartcity/spbe/workspace"
)

// runBukti dispatches the bukti subcommands.
func runBukti(e *env, args []string) int {
	return e.dispatch("smartcity bukti", args, buktiCommands())
}

// buktiCommands is the table of bukti subcommands, in the order help
// lists them.
func buktiCommands() []command {
	return []command{
		{name: "status", summary: "where an evidence workspace stands: the evidenced index beside the claim, and the way to the target", run: runBuktiStatus},
	}
}

// buktiStatusUsage is the help of bukti status: its synopsis and what it
// does.
const buktiStatusUsage = "smartcity bukti status [--target INDEX|PREDIKAT] [--today YYYY-MM-DD] [--fewest] [--framework ID|FILE]\n" +
	"       [--lang id|en] [--json | --format text|xlsx] [-o FILE] FILE\n\n" +
	"Reads an evidence workspace (bukti dukung) — FILE is its JSON, or the working list as an Excel workbook or\n" +
	"CSV ('smartcity template bukti' writes a blank one), told apart by content; \"-\" for standard input — and\n" +
	"says where it stands: the index and predikat the accepted evidence earns beside those the units claim (a\n" +
	"simulation of the self-assessment, not the official result), the indicators held below their claim and the\n" +
	"level that holds them, those waiting for a value from another national evaluation, the progress per unit,\n" +
	"and the way to the target: the outstanding items of the least-effort plan (with --fewest, the fewest\n" +
	"raises), by unit, each with its due date. An indicator stands at the highest level whose main items, and\n" +
	"those of every level below, are accepted. Nothing is printed when the workspace is invalid: every problem\n" +
	"is listed on standard error at its place (JSON path, or sheet and cell) and the exit code is 1; the exit\n" +
	"code is 1 too when the target cannot be reached. --format xlsx writes the working list as an Excel\n" +
	"workbook to -o FILE.xlsx (a JSON workspace's items, without their history)."

// buktiJSONUsage is the help of the --json flag of bukti status.
const buktiJSONUsage = "print {\"standing\", \"way\"}: \"standing\" with \"instansi\", \"tahun\", \"ilustrasi\", \"note\" (a simulation,\n" +
	"not the official result), \"today\", \"evidenced\" and \"claimed\" (index exact and as published, predikat,\n" +
	"aspects), \"indicators\" (each \"evidenced\", \"claimed\", \"outside\", \"waiting\", \"next\", \"missing\",\n" +
	"\"unreachable\", \"items\"), \"total\", \"units\", \"aspects\" and \"overdue\"; \"way\", only with a target,\n" +
	"with \"plan\" as 'spbe plan --json' prints it, \"effort\", \"result\" (once the way is done), \"items\",\n" +
	"\"steps\" (each raise with its \"items\"), \"units\" and \"dates\" (the outstanding items grouped)"

// The help of the other flags of bukti status.
const (
	buktiTargetUsage = "the `target`: an index (\"4.00\", \"3,5\") or a predikat (\"Sangat Baik\"); by default the\n" +
		"workspace's own target, and no way without one"
	buktiTodayUsage     = "judge the items past their due date on the day `YYYY-MM-DD` (default: today)"
	buktiFewestUsage    = "plan the fewest level raises instead of the fewest outstanding main items"
	buktiFrameworkUsage = "the framework `ID|FILE`: a built-in id or a framework JSON file; by default the one the\n" +
		"workspace names, else the rule of its year"
	buktiFormatUsage = "what to write: text, or xlsx (the working list as an Excel workbook, to -o FILE.xlsx)"
)

// runBuktiStatus prints where an evidence workspace stands.
func runBuktiStatus(e *env, args []string) int {
	const prog = "smartcity bukti status"
	c := e.leaf(prog, buktiStatusUsage, "language of the text and the messages: id or en")
	targetText := c.fs.String("target", "", buktiTargetUsage)
	todayText := c.fs.String("today", "", buktiTodayUsage)
	fewest := c.fs.Bool("fewest", false, buktiFewestUsage)
	framework := c.fs.String("framework", "", buktiFrameworkUsage)
	c.jsonFlag(buktiJSONUsage)
	format := c.fs.String("format", "text", buktiFormatUsage)
	if ok, code := c.start(args, oneFile("a workspace FILE")); !ok {
		return code
	}
	if *format != "text" && *format != "xlsx" {
		return e.usageError(prog, "--format must be %s, not %q", words.Sprintf(c.said, "%s or %s", "text", "xlsx"), *format)
	}
	xlsx := *format == "xlsx"
	if xlsx && c.json() {
		return e.usageError(prog, "%s does not apply to --format %s", "--json", *format)
	}
	if xlsx {
		if code := c.binaryOutput(); code != exitOK {
			return code
		}
	}
	today := smartcity.DateOf(e.clock())
	if *todayText != "" {
		d, err := smartcity.ParseDate(*todayText)
		if err != nil {
			return e.usageError(prog, "--today: %v", err)
		}
		today = d
	}
	var target spbe.Target
	if *targetText != "" {
		var err error
		if target, err = spbe.ParseTarget(*targetText); err != nil {
			return e.usageError(prog, "--target: %v", err)
		}
	}
	flagFw, code := e.spbeFramework(prog, *framework)
	if code != exitOK {
		return code
	}
	name := c.fs.Arg(0)
	w, fw, code := e.readWorkspace(prog, name, flagFw)
	if w == nil {
		return code
	}
	if xlsx {
		return c.write(w.WriteWorkbook)
	}
	st, err := w.Evaluate(fw, workspace.Options{Today: today})
	if err != nil {
		return e.spbeFailure(prog, err)
	}
	targetName := *targetText
	if targetName == "" && w.Target != "" {
		// Validate has read it.
		target, _ = spbe.ParseTarget(w.Target)
		targetName = w.Target
	}
	var way *workspace.Way
	if targetName != "" {
		if way, err = st.Way(target, workspace.WayOptions{FewestRaises: *fewest}); err != nil {
			return e.spbeFailure(prog, err)
		}
	}
	doc := buktiJSON{Standing: st.JSON(c.lang)}
	if way != nil {
		doc.Way = way.JSON(c.lang)
	}
	if code := c.show(doc, func(out io.Writer) error {
		return writeBuktiStatus(out, st, way, targetName, c.lang)
	}); code != exitOK {
		return code
	}
	if way != nil && !way.Plan.Reached {
		return exitFinding
	}
	return exitOK
}

// buktiJSON is what bukti status --json prints.
type buktiJSON struct {
	Standing json.Marshaler `json:"standing"`
	Way      json.Marshaler `json:"way,omitempty"`
}

// readWorkspace reads the workspace of the file name — its JSON, or a
// working list as a workbook or CSV — and checks it against the
// framework flagFw (nil: the one it names, else the one of its year). On
// failure it lists every problem, at its place, and returns a nil
// workspace with the exit code.
func (e *env) readWorkspace(prog, name string, flagFw *spbe.Framework) (*workspace.Workspace, *spbe.Framework, int) {
	data, err := e.readInput(name)
	if err != nil {
		return nil, nil, e.fail(prog, readExit(err), err)
	}
	var w *workspace.Workspace
	if isJSONObject(data) {
		w, err = workspace.Unmarshal(data)
	} else {
		var warnings smartcity.Problems
		w, err = workspace.ReadTable(bytes.NewReader(data), workspace.ReadOptions{Framework: flagFw, Warnings: &warnings})
		e.warn(prog, warnings)
	}
	if err != nil {
		var problems smartcity.Problems
		if errors.As(err, &problems) && problems.HasErrors() {
			return nil, nil, e.failProblems(prog, name, problems)
		}
		return nil, nil, e.fail(prog, readExit(err), fmt.Errorf("%s: %w", name, err))
	}
	fw := flagFw
	if fw == nil {
		if fw, err = w.ResolveFramework(nil); err != nil {
			return nil, nil, e.fail(prog, exitFinding, fmt.Errorf("%s: %w", name, err))
		}
	}
	if problems := w.Validate(fw); problems.HasErrors() {
		return nil, nil, e.failProblems(prog, name, problems)
	}
	return w, fw, exitOK
}

// isJSONObject reports whether data is a JSON object: its first byte past
// white space and a byte-order mark is "{".
func isJSONObject(data []byte) bool {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	data = bytes.TrimLeft(data, " \t\r\n")
	return len(data) > 0 && data[0] == '{'
}

// buktiPhrases are the words of the text output of bukti status.
var buktiPhrases = phrases{
	"title":        {"Bukti dukung %s, %d — %s", "Evidence of %s, %d — %s"},
	"illustrative": {"(ilustrasi: angka buatan)", "(illustrative: made-up figures)"},
	"asOf":         {"Per %s: %d butir, %d diterima, %d proses verifikasi, %d revisi, %d lewat tenggat.", "As of %s: %d items, %d accepted, %d in review, %d sent back, %d overdue."},
	"evidenced":    {"Indeks dari bukti yang diterima", "Index from the accepted evidence"},
	"claimed":      {"Indeks dari level yang diklaim", "Index from the levels claimed"},
	"noClaim":      {"(tidak ada klaim)", "(no claim)"},
	"simulation":   {"Ini simulasi penilaian mandiri, bukan hasil resmi.", "This is a simulation of the self-assessment, not the official result."},
	"below":        {"Di bawah klaimnya", "Below their claim"},
	"indicator":    {"Indikator", "Indicator"},
	"claimArrow":   {"Klaim→terbukti", "Claimed→evidenced"},
	"heldAt":       {"Tertahan di", "Held at"},
	"missing":      {"Butir utama kurang", "Main items missing"},
	"level":        {"level %d", "level %d"},
	"noMain":       {"level %d tanpa butir utama", "level %d has no main item"},
	"noneBelow":    {"Tidak ada indikator di bawah klaimnya.", "No indicator stands below its claim."},
	"waiting":      {"Menunggu nilai dari evaluasi nasional lain (sementara level %d): indikator %s.", "Waiting for a value from another national evaluation (level %d meanwhile): indicators %s."},
	"units":        {"Kemajuan per unit kerja", "Progress by unit"},
	"unit":         {"Unit kerja", "Unit"},
	"items":        {"Butir", "Items"},
	"accepted":     {"Diterima", "Accepted"},
	"review":       {"Proses", "In review"},
	"revisi":       {"Revisi", "Sent back"},
	"overdue":      {"Lewat tenggat", "Overdue"},
	"noTarget":     {"Tidak ada target: berikan --target, atau isikan target di ruang kerja.", "No target: give --target, or set the workspace's target."},
	"way":          {"Jalan menuju target %s: %d butir di %d unit kerja; bila semuanya diterima, indeks %s %s.", "The way to the target %s: %d item(s) in %d unit(s); once all are accepted, the index is %s %s."},
	"notReached":   {"Target tidak dapat dicapai dengan bukti: paling jauh indeks %s %s.", "The target cannot be reached by evidence: at most the index %s %s."},
	"reached":      {"Target sudah tercapai: tidak ada butir yang perlu diselesaikan.", "The target is reached already: no item is outstanding."},
	"group":        {"%s: %d butir, tenggat terdekat %s", "%s: %d to do, earliest due %s"},
	"groupNoDue":   {"%s: %d butir, tanpa tenggat", "%s: %d to do, no due date"},
	"noDue":        {"tanpa tenggat", "no due date"},
	"late":         {"lewat tenggat", "overdue"},
	"ind":          {"Ind. %d", "Ind. %d"},
	"and":          {" dan ", " and "},
}

// writeBuktiStatus prints a standing and the way to its target as text
// in lang; way is nil when there is no target.
func writeBuktiStatus(w io.Writer, st *workspace.Standing, way *workspace.Way, target string, lang smartcity.Lang) error {
	word := buktiPhrases.in(lang)
	fw := st.Framework
	index := func(x smartcity.Number) string {
		s := x.Format(2)
		if s == "" {
			s = "0.00"
		}
		return lang.Decimal(s)
	}
	date := func(d smartcity.Date) string {
		if d.IsZero() {
			return word("noDue")
		}
		return lang.Date(d.Year, d.Month, d.Day)
	}
	title := fmt.Sprintf(word("title"), st.Instansi, st.Year, fw.Name().In(lang))
	if st.Illustrative {
		title += " " + word("illustrative")
	}
	fmt.Fprintln(w, title)
	t := st.Total
	if !st.Today.IsZero() {
		fmt.Fprintf(w, word("asOf")+"\n", date(st.Today), t.Items, t.Diterima, t.Proses, t.Revisi, t.Overdue)
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "\n%s\t%s\t%s\n", word("evidenced"), index(st.Evidenced.Index), fw.PredicateName(st.Evidenced.Predicate, lang))
	if st.Claimed != nil {
		fmt.Fprintf(tw, "%s\t%s\t%s\n", word("claimed"), index(st.Claimed.Index), fw.PredicateName(st.Claimed.Predicate, lang))
	} else {
		fmt.Fprintf(tw, "%s\t%s\t\n", word("claimed"), word("noClaim"))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintln(w, word("simulation"))

	var below []workspace.IndicatorStanding
	var waiting []string
	for _, ind := range st.Indicators {
		if ind.Waiting {
			waiting = append(waiting, strconv.Itoa(ind.Indicator))
		}
		if !ind.Outside && ind.Claimed > 0 && ind.Evidenced < ind.Claimed {
			below = append(below, ind)
		}
	}
	if len(below) == 0 {
		fmt.Fprintf(w, "\n%s\n", word("noneBelow"))
	} else {
		fmt.Fprintf(w, "\n%s\n", word("below"))
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", word("indicator"), word("claimArrow"), word("heldAt"), word("missing"))
		for _, ind := range below {
			held, missing := fmt.Sprintf(word("level"), ind.Next), strconv.Itoa(len(ind.Missing))
			if ind.Next == 0 || ind.Unreachable == ind.Next {
				held, missing = fmt.Sprintf(word("noMain"), ind.Unreachable), "–"
			}
			fmt.Fprintf(tw, "%d\t%d→%d\t%s\t%s\n", ind.Indicator, ind.Claimed, ind.Evidenced, held, missing)
		}
		if err := tw.Flush(); err != nil {
			return err
		}
	}
	if len(waiting) > 0 {
		level := spbe.Level(0)
		for _, ind := range st.Indicators {
			if ind.Waiting {
				level = ind.Evidenced
				break
			}
		}
		fmt.Fprintf(w, "\n"+word("waiting")+"\n", level, joinWords(waiting, word("and")))
	}

	fmt.Fprintf(w, "\n%s\n", word("units"))
	fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", word("unit"), word("items"), word("accepted"), word("review"), word("revisi"), word("overdue"))
	for _, u := range st.Units {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\n", u.Name, u.Items, u.Diterima, u.Proses, u.Revisi, u.Overdue)
	}
	if err := tw.Flush(); err != nil {
		return err
	}

	if way == nil {
		_, err := fmt.Fprintf(w, "\n%s\n", word("noTarget"))
		return err
	}
	res := way.Result
	fmt.Fprintf(w, "\n"+word("way")+"\n", lang.Decimal(target), way.Items, len(way.Units), index(res.Index), fw.PredicateName(res.Predicate, lang))
	switch {
	case !way.Plan.Reached:
		fmt.Fprintln(w, fmt.Sprintf(word("notReached"), index(way.Plan.To), fw.PredicateName(way.Plan.ToPredicate, lang)))
	case way.Items == 0:
		fmt.Fprintln(w, word("reached"))
	}
	for _, g := range way.Units {
		if g.Due.IsZero() {
			fmt.Fprintf(w, "\n"+word("groupNoDue")+"\n", g.Unit, len(g.Items))
		} else {
			fmt.Fprintf(w, "\n"+word("group")+"\n", g.Unit, len(g.Items), date(g.Due))
		}
		for _, o := range g.Items {
			status := o.Status.Name(lang)
			if o.Overdue {
				status += ", " + word("late")
			}
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\t%s\t%s\n", o.ID, fmt.Sprintf(word("ind"), o.Indicator), fmt.Sprintf(word("level"), o.Level),
				o.Title, date(o.Due), status)
		}
		if err := tw.Flush(); err != nil {
			return err
		}
	}
	return nil
}

// joinWords lists words as a sentence does: "6, 7 dan 18".
func joinWords(words []string, and string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + and + words[len(words)-1]
}
