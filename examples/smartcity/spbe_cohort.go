package main

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"text/tabwriter"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/spbe"
)

// spbeCohortJSON is the output of `smartcity spbe cohort --json`. Field
// names are snake_case and a contract with scripts. Ranks compare exact
// indices (ties share a rank: 1, 2, 2, 4); percentile is the share of the
// other members with a strictly lower index (PERCENTRANK.INC, 0–100).
// Statistics are floating-point numbers: mean, sample standard deviation
// (n − 1, STDEV.S) and the R-7 quantiles (PERCENTILE.INC) min, q1, median,
// q3 and max; all 0 with n 0.
type spbeCohortJSON struct {
	Framework      string                `json:"framework"`
	PredicateBasis string                `json:"predicate_basis"`
	N              int                   `json:"n"`
	Index          spbe.Stats            `json:"index"`
	Domains        []spbeDomainStatsJSON `json:"domains"`
	Predicates     []spbe.PredicateCount `json:"predicates"`
	Members        []spbeMemberJSON      `json:"members"`
}

// spbeDomainStatsJSON is the statistics of one domain.
type spbeDomainStatsJSON struct {
	Code string `json:"code"`
	Name string `json:"name"`
	spbe.Stats
}

// spbeMemberJSON is one ranked result.
type spbeMemberJSON struct {
	Rank       int      `json:"rank"`
	Percentile float64  `json:"percentile"`
	Instansi   string   `json:"instansi"`
	Tahun      int      `json:"tahun"`
	Index      string   `json:"index"`
	IndexExact string   `json:"index_exact"`
	Predicate  string   `json:"predicate"`
	Domains    []string `json:"domains"`
}

// runSPBECohort ranks and summarises the results of a file.
func runSPBECohort(e *env, args []string) int {
	const prog = "smartcity spbe cohort"
	fs := e.flags(prog, "smartcity spbe cohort [--predicate-basis unrounded|rounded] [--unanswered error|zero] [--lang id|en] [--json] FILE\n\n"+
		"Scores every assessment in FILE (a wide CSV \"instansi,tahun,1,…,47\", or any form `spbe score` reads; \"-\" for\n"+
		"standard input), ranks them by exact index (ties share a rank: 1, 2, 2, 4) and summarises the index and each\n"+
		"domain: mean, sample standard deviation, and the R-7 quartiles that spreadsheets' PERCENTILE.INC computes.\n"+
		"The percentile of a member is the share of the others with a strictly lower index (PERCENTRANK.INC).")
	basisFlag := fs.String("predicate-basis", "unrounded", "take the predikat from the `basis` index: unrounded (2024 practice) or rounded (2023)")
	unansweredFlag := fs.String("unanswered", "error", "treat an unanswered indicator by `policy`: error or zero")
	langText := fs.String("lang", "id", "language of the names: id or en")
	asJSON := fs.Bool("json", false, "print one JSON object: framework, n, index and domains statistics, predicates counts and\nthe ranked members")
	if ok, code := e.parse(fs, args); !ok {
		return code
	}
	if code := e.oneFile(prog, fs, "a FILE of results"); code != exitOK {
		return code
	}
	lang, code := e.lang(prog, *langText)
	if code != exitOK {
		return code
	}
	var (
		opt spbe.Options
		err error
	)
	if opt.Basis, err = spbe.ParsePredicateBasis(*basisFlag); err != nil {
		return e.usageError(prog, "--predicate-basis: %v", err)
	}
	if opt.Unanswered, err = spbe.ParseUnansweredPolicy(*unansweredFlag); err != nil {
		return e.usageError(prog, "--unanswered: %v", err)
	}
	data, err := e.readInput(fs.Arg(0))
	if err != nil {
		return e.fail(prog, exitUsage, err)
	}
	results, err := scoreAll(data, nil, opt)
	if err != nil {
		return e.spbeFailure(prog, err)
	}
	fw := spbe.Default()
	if len(results) > 0 {
		fw = results[0].res.Framework
	}
	members := make([]spbe.Member, len(results))
	for k, s := range results {
		if s.res.Framework.ID() != fw.ID() {
			return e.fail(prog, exitFinding, fmt.Errorf("%s: results of %s and %s cannot form one cohort", fs.Arg(0), fw.ID(), s.res.Framework.ID()))
		}
		members[k] = spbe.MemberOf(s.instansi, s.year, s.res)
	}
	c, err := spbe.NewCohort(fw, members)
	if err != nil {
		return e.spbeFailure(prog, err)
	}
	if *asJSON {
		err = e.writeJSON(cohortJSON(c, opt.Basis, lang))
	} else {
		out := bufio.NewWriter(e.stdout)
		if err = writeCohortText(out, c, lang); err == nil {
			err = out.Flush()
		}
	}
	if err != nil {
		return e.fail(prog, exitUsage, err)
	}
	return exitOK
}

// cohortJSON builds the JSON form of a cohort.
func cohortJSON(c *spbe.Cohort, basis spbe.PredicateBasis, lang smartcity.Lang) spbeCohortJSON {
	fw := c.Framework
	j := spbeCohortJSON{
		Framework: fw.ID(), PredicateBasis: basis.Or(spbe.Unrounded).String(), N: c.Len(), Index: c.Index,
		Predicates: c.Predicates, Members: make([]spbeMemberJSON, c.Len()),
	}
	for d, dom := range fw.Domains() {
		j.Domains = append(j.Domains, spbeDomainStatsJSON{Code: dom.Code, Name: dom.Name.In(lang), Stats: c.Domains[d]})
	}
	for k, m := range c.Members {
		domains := make([]string, len(m.Domains))
		for d, x := range m.Domains {
			domains[d] = x.String()
		}
		j.Members[k] = spbeMemberJSON{
			Rank: m.Rank, Percentile: m.Percentile, Instansi: m.Instansi, Tahun: m.Year,
			Index: m.Index.String(), IndexExact: m.Index.Exact(), Predicate: m.Predicate.String(), Domains: domains,
		}
	}
	return j
}

// writeCohortText writes the statistics, the predikat counts and the
// ranking.
func writeCohortText(w io.Writer, c *spbe.Cohort, lang smartcity.Lang) error {
	en := lang == smartcity.English
	if c.Len() == 0 {
		if en {
			_, err := fmt.Fprintln(w, "The cohort is empty: the file holds no results.")
			return err
		}
		_, err := fmt.Fprintln(w, "Kohort kosong: berkas tidak memuat hasil.")
		return err
	}
	fw := c.Framework
	if en {
		fmt.Fprintf(w, "Cohort of %d results (%s)\n\n", c.Len(), fw.ID())
	} else {
		fmt.Fprintf(w, "Kohort %d hasil (%s)\n\n", c.Len(), fw.ID())
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	header := "\tn\trerata\tsimp. baku\tmin\tQ1\tmedian\tQ3\tmaks\t\n"
	index := "Indeks"
	if en {
		header, index = "\tn\tmean\tstd dev\tmin\tQ1\tmedian\tQ3\tmax\t\n", "Index"
	}
	if _, err := io.WriteString(tw, header); err != nil {
		return err
	}
	row := func(label string, s spbe.Stats) {
		fmt.Fprintf(tw, "%s\t%d\t%.3f\t%.3f\t%.2f\t%.3f\t%.3f\t%.3f\t%.2f\t\n", label, s.N, s.Mean, s.StdDev, s.Min, s.Q1, s.Median, s.Q3, s.Max)
	}
	row(index, c.Index)
	for d, dom := range fw.Domains() {
		row(dom.Code, c.Domains[d])
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintln(w)
	for k, pc := range c.Predicates {
		if k > 0 {
			fmt.Fprint(w, ", ")
		}
		fmt.Fprintf(w, "%s %d", pc.Predicate.Name(lang), pc.Count)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w)
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	header = "Peringkat\tInstansi\tTahun\tIndeks\tPredikat\tPersentil\n"
	if en {
		header = "Rank\tInstansi\tYear\tIndex\tPredicate\tPercentile\n"
	}
	if _, err := io.WriteString(tw, header); err != nil {
		return err
	}
	for _, m := range c.Members {
		year := ""
		if m.Year != 0 {
			year = strconv.Itoa(m.Year)
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%.1f\n", m.Rank, m.Instansi, year, m.Index, m.Predicate.Name(lang), m.Percentile)
	}
	return tw.Flush()
}
