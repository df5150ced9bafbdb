package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/escape"
	"github.com/kotacerdas/smartcity/internal/workbook"
	"github.com/kotacerdas/smartcity/masterplan/evaluation"
	"github.com/kotacerdas/smartcity/pillar"
)

// runEval dispatches the eval subcommands.
func runEval(e *env, args []string) int {
	return e.dispatch("smartcity eval", args, evalCommands())
}

// evalCommands is the table of eval subcommands, in the order help lists
// them.
func evalCommands() []command {
	return []command{
		{name: "score", summary: "index, improvement and ranking of the ministry's yearly smart-city evaluation", run: runEvalScore},
	}
}

// evalJSONUsage is the help of the --json flag of eval score.
const evalJSONUsage = "print {\"region\", \"province\", \"year\", \"stage\", \"index\", \"index_exact\", \"index_value\",\n" +
	"\"improvement\", \"improvement_exact\", \"improvement_value\"} for one evaluation: \"index\" to two decimals,\n" +
	"half away from zero, as a string (\"3.40\"), \"index_exact\" the reduced fraction (\"17/5\"), \"index_value\"\n" +
	"a float for charts (3.4), never to compute with; \"improvement\" and its two likewise and signed, only when\n" +
	"\"previous_index\" is given; for an array, an array of such objects in ranking order, each with \"rank\",\n" +
	"\"cohort_size\" and, when it names a province, \"province_rank\" and \"province_size\""

// evalScoreUsage is the help of eval score: its synopsis and what
// it does.
const evalScoreUsage = "smartcity eval score [--weights baseline=10,output=20,outcome=30,impact=20,quick_win=20] [--lang id|en]\n" +
	"       [--json | --format text|xlsx] FILE\n\n" +
	"Scores the ministry's yearly evaluation of smart-city implementation. FILE (JSON or .xlsx; \"-\" for\n" +
	"standard input) holds one evaluation or a JSON array of them:\n\n" +
	"  {\"region\": \"Kabupaten Rembang\", \"province\": \"Jawa Tengah\", \"year\": 2024, \"stage\": \"II\",\n" +
	"   \"scores\": {\"baseline\": 4, \"output\": 3.5, \"outcome\": 3, \"impact\": 2.5, \"quick_win\": 4.5},\n" +
	"   \"previous_index\": 3.2}\n\n" +
	"Scores are decimals from 0 to 5, all five required; \"province\", \"previous_index\", \"pillar_scores\"\n" +
	"(pillar code → score), \"illustrative\" and \"notes\" are optional. The index is the weighted mean of the\n" +
	"five scores, exact, shown to two decimals rounded half away from zero; the improvement is the index\n" +
	"minus \"previous_index\".\n" +
	"An array is ranked by exact index, highest first, nationally and within each province named, year by\n" +
	"year; equal indices share a rank (1, 2, 2, 4). Nothing is printed when an evaluation is invalid: every\n" +
	"problem is listed on standard error and the exit code is 1.\n" +
	"A workbook holds an evaluation a row on the sheet Evaluasi ('smartcity template evaluasi' writes it): one\n" +
	"row is scored as one evaluation, several are ranked. --format xlsx writes an Excel workbook to -o FILE.xlsx\n" +
	"(never to a terminal): the result with a chart of the scores, or the ranking with a bar chart."

// runEvalScore scores one evaluation or ranks a cohort of them.
func runEvalScore(e *env, args []string) int {
	const prog = "smartcity eval score"
	c := e.leaf(prog, evalScoreUsage, "language of the text and the messages: id or en")
	weightsText := c.fs.String("weights", "", "the `weights` of the five dimensions in whole percent, summing to 100, all five given:\n"+
		"baseline=10,output=20,outcome=30,impact=20,quick_win=20 when left out\n"+
		"(another reading of the guidance: baseline=10,output=20,outcome=30,impact=30,quick_win=10)")
	c.jsonFlag(evalJSONUsage)
	format := c.fs.String("format", "text", "what to write: text, or xlsx (an Excel workbook: the result, or the ranking with a bar chart)")
	if ok, code := c.start(args, oneFile("a FILE to score")); !ok {
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
	w := evaluation.DefaultWeights()
	if *weightsText != "" {
		var err error
		if w, err = evaluation.ParseWeights(*weightsText); err != nil {
			// Every bad part, in the language --lang chose, without the
			// package's prefix.
			var problems smartcity.Problems
			errors.As(err, &problems)
			return e.usageError(prog, "--weights: %v", problems)
		}
	}
	name := c.fs.Arg(0)
	data, err := e.readInput(name)
	if err != nil {
		return e.fail(prog, readExit(err), err)
	}
	if isCohort(data) {
		cohort, problems, err := evaluation.ValidateCohort(bytes.NewReader(data), evaluation.DecodeOptions{})
		if err != nil {
			return e.fail(prog, readExit(err), err)
		}
		if problems.HasErrors() {
			return e.failProblems(prog, name, problems)
		}
		// The ranking of an empty array is empty, never nil: its JSON is [].
		standings, err := cohort.Score(w)
		if err != nil {
			return e.fail(prog, exitFinding, err)
		}
		if xlsx {
			return c.write(func(w io.Writer) error { return evaluation.WriteStandingsWorkbook(w, standings, c.lang) })
		}
		return c.show(standings, func(w io.Writer) error { return writeStandings(w, standings, c.lang) })
	}
	ev, problems, err := evaluation.Validate(bytes.NewReader(data), evaluation.DecodeOptions{})
	if err != nil {
		return e.fail(prog, readExit(err), err)
	}
	if problems.HasErrors() {
		return e.failProblems(prog, name, problems)
	}
	res, err := ev.Score(w)
	if err != nil {
		return e.fail(prog, exitFinding, err)
	}
	if xlsx {
		return c.write(func(out io.Writer) error {
			return evaluation.WriteReportWorkbook(out, ev, evaluation.ReportOptions{Lang: c.lang, Weights: w})
		})
	}
	return c.show(res, func(w io.Writer) error { return writeEvaluation(w, ev, res, c.lang) })
}

// isCohort reports whether data holds a cohort: a JSON array, or an
// Excel workbook of more than one evaluation (one of none is a cohort too,
// whose problem ValidateCohort says).
func isCohort(data []byte) bool {
	if workbook.Is(data) {
		c, _, err := evaluation.ReadCohortWorkbook(data, evaluation.DecodeOptions{})
		return err != nil || len(c) != 1
	}
	return isJSONArray(data)
}

// isJSONArray reports whether the JSON document data is an array: its
// first byte past white space and a byte-order mark is "[".
func isJSONArray(data []byte) bool {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	data = bytes.TrimLeft(data, " \t\r\n")
	return len(data) > 0 && data[0] == '['
}

// failProblems reports the errors of a document that has some: one
// problem of decoding alone as an error, "baris 1, kolom 12: …", anything
// else listed.
func (e *env) failProblems(prog, name string, problems smartcity.Problems) int {
	errs := problems.Errors()
	if len(errs) == 1 && errs[0].Line > 0 {
		return e.fail(prog, exitFinding, errs)
	}
	return e.listProblems(prog, name, errs)
}

// listProblems prints problems on standard error, at most
// maxListedProblems of them, in the language --lang chose, and returns
// exitFinding.
func (e *env) listProblems(prog, name string, problems smartcity.Problems) int {
	heading, more := "%s: %s tidak valid:\n", "  … dan %d masalah lainnya\n"
	if e.said == smartcity.English {
		heading, more = "%s: %s is not valid:\n", "  … and %d more\n"
	}
	fmt.Fprintf(e.stderr, heading, prog, escape.Line(name))
	for i, p := range problems {
		if i == maxListedProblems {
			fmt.Fprintf(e.stderr, more, len(problems)-i)
			break
		}
		fmt.Fprintf(e.stderr, "  %s\n", p.Message(e.said))
	}
	return exitFinding
}

// evalPhrases are the words of the text output of eval score.
var evalPhrases = phrases{
	"title":        {"Evaluasi implementasi smart city %s, %d, %s", "Smart-city implementation evaluation of %s, %d, %s"},
	"dimension":    {"Dimensi", "Dimension"},
	"score":        {"Skor", "Score"},
	"weight":       {"Bobot", "Weight"},
	"index":        {"Indeks", "Index"},
	"exactly":      {"tepatnya", "exactly"},
	"improvement":  {"Kenaikan", "Improvement"},
	"from":         {"dari", "from"},
	"pillars":      {"Skor per pilar", "Scores by pillar"},
	"illustrative": {"(ilustratif)", "(illustrative)"},
	"rank":         {"Peringkat", "Rank"},
	"region":       {"Daerah", "Region"},
	"province":     {"Provinsi", "Province"},
	"provinceRank": {"Di provinsi", "In province"},
	"year":         {"Tahun", "Year"},
	"of":           {"%d dari %d", "%d of %d"},
	"exactRanks": {"Peringkat mengikuti indeks tepat: indeks yang tampak sama dapat berbeda peringkat.",
		"Ranks follow the exact index: indices that print alike may rank apart."},
}

// signed writes a ratio with two decimals in lang with its sign: "+0,17",
// "-0,05", and "0,00" for what rounds to zero.
func signed(r smartcity.Number, lang smartcity.Lang) string {
	return lang.Signed(r.String())
}

// writeEvaluation prints one scored evaluation as text in lang.
func writeEvaluation(w io.Writer, ev *evaluation.Evaluation, res evaluation.Result, lang smartcity.Lang) error {
	word := evalPhrases.in(lang)
	region := ev.Region
	if ev.Province != "" {
		region += " (" + ev.Province + ")"
	}
	title := fmt.Sprintf(word("title"), region, ev.Year, ev.Stage.Name(lang))
	if ev.Illustrative {
		title += " " + word("illustrative")
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "%s\n\n", title)
	fmt.Fprintf(tw, "%s\t%s\t%s\n", word("dimension"), word("score"), word("weight"))
	for d := range evaluation.Dimensions() {
		fmt.Fprintf(tw, "%s\t%s\t%d%%\n", d.Name(lang), lang.Decimal(string(ev.Scores.Of(d))), res.Weights.Of(d))
	}
	fmt.Fprintf(tw, "\n%s\t%s\t(%s %s)\n", word("index"), lang.Decimal(res.Index.String()), word("exactly"), lang.Decimal(res.Index.Decimal(2)))
	if res.HasImprovement() {
		fmt.Fprintf(tw, "%s\t%s\t(%s %s)\n", word("improvement"), signed(res.Improvement, lang), word("from"),
			lang.Decimal(string(ev.PreviousIndex)))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if len(ev.PillarScores) > 0 {
		fmt.Fprintf(tw, "\n%s\n", word("pillars"))
		for p := range pillar.All() {
			if v, ok := ev.PillarScores[p]; ok {
				fmt.Fprintf(tw, "%s\t%s\t%s\n", p, p.Name(lang), lang.Decimal(string(v)))
			}
		}
		if err := tw.Flush(); err != nil {
			return err
		}
	}
	for _, n := range ev.Notes {
		if _, err := fmt.Fprintf(w, "\n%s", n); err != nil {
			return err
		}
	}
	if len(ev.Notes) > 0 {
		_, err := fmt.Fprintln(w)
		return err
	}
	return nil
}

// writeStandings prints a ranked cohort as a table in lang.
func writeStandings(w io.Writer, standings []evaluation.Standing, lang smartcity.Lang) error {
	word := evalPhrases.in(lang)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", word("rank"), word("region"), word("province"), word("provinceRank"),
		word("year"), word("index"), word("improvement"))
	for _, s := range standings {
		rank := fmt.Sprintf(word("of"), s.Rank, s.CohortSize)
		provinceRank := "–"
		if s.ProvinceRank > 0 {
			provinceRank = fmt.Sprintf(word("of"), s.ProvinceRank, s.ProvinceSize)
		}
		province := s.Province
		if province == "" {
			province = "–"
		}
		improvement := "–"
		if s.HasImprovement() {
			improvement = signed(s.Improvement, lang)
		}
		region := s.Region
		if s.Illustrative {
			region += " " + word("illustrative")
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d\t%s\t%s\n", rank, region, province, provinceRank, s.Year,
			lang.Decimal(s.Index.String()), improvement)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	// Say why two indices that print alike can rank apart.
	for i := 1; i < len(standings); i++ {
		a, b := standings[i-1], standings[i]
		if a.Year == b.Year && a.Rank != b.Rank && a.Index.String() == b.Index.String() {
			_, err := fmt.Fprintf(w, "\n%s\n", word("exactRanks"))
			return err
		}
	}
	return nil
}
