package main

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
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
// q3 and max; all 0 with n 0. Domains is empty for a framework without
// domains. A file of results of several frameworks prints one such object
// per framework, one after another, the newest framework first; cohorts
// says how many there are.
type spbeCohortJSON struct {
	Framework      string                `json:"framework"`
	Cohorts        int                   `json:"cohorts"`
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
//
// A file may hold results of several frameworks: a regency analyst's file
// of 2025 and 2026 results spans PermenPANRB 59/2020 and the Indeks
// Pemerintah Digital. Their indices weigh other indicators and earn their
// predikat in other bands, so they are never ranked together; the analyst
// wants both years ranked, not a file to split by hand, so without
// --framework the results are grouped into one cohort per framework, the
// newest first (spbe.GroupByFramework), and the output says so before the
// first. With --framework the user has named the one framework of the
// cohort: every assessment is scored under it, and one that names another
// framework is refused as invalid, naming both, with exit code 1 as `spbe
// score` refuses it.
func runSPBECohort(e *env, args []string) int {
	const prog = "smartcity spbe cohort"
	fs := e.flags(prog, "smartcity spbe cohort [--framework ID|FILE] [--predicate-basis unrounded|rounded] [--unanswered error|zero] [--lang id|en] [--json] FILE\n\n"+
		"Scores every assessment in FILE (a wide CSV \"instansi,tahun,1,…,47\" — 1,…,20 for 2026 on — or any form `spbe score`\n"+
		"reads; \"-\" for standard input), ranks them by exact index (ties share a rank: 1, 2, 2, 4) and summarises the\n"+
		"index and each domain: mean, sample standard deviation, and the R-7 quartiles that spreadsheets'\n"+
		"PERCENTILE.INC computes. The percentile of a member is the share of the others with a strictly lower index\n"+
		"(PERCENTRANK.INC). Results of different frameworks (2025 under PermenPANRB 59/2020, 2026 under 8/2026) are\n"+
		"not ranked together: each framework's results form a cohort of their own, the newest first.")
	fwFlag := fs.String("framework", "", frameworkFlagUsage+";\na result of another framework is then refused")
	basisFlag := fs.String("predicate-basis", "unrounded", "take the predikat from the `basis` index: unrounded (2024 practice) or rounded (2023)")
	unansweredFlag := fs.String("unanswered", "error", "treat an unanswered indicator by `policy`: error or zero")
	langText := fs.String("lang", "id", "language of the names: id or en")
	asJSON := fs.Bool("json", false, "print one JSON object: framework, cohorts, n, index and domains statistics, predicates\n"+
		"counts and the ranked members; one object per framework when the file mixes them")
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
	fw, code := e.spbeFramework(prog, *fwFlag)
	if fw == nil && code != exitOK {
		return code
	}
	data, err := e.readInput(fs.Arg(0))
	if err != nil {
		return e.fail(prog, exitUsage, err)
	}
	results, err := scoreAll(data, fw, opt)
	if err != nil {
		return e.spbeFailure(prog, err)
	}
	members := make([]spbe.Member, len(results))
	for k, s := range results {
		members[k] = spbe.MemberOf(s.instansi, s.year, s.res)
	}
	cohorts, err := cohortsOf(fw, members)
	if err != nil {
		return e.spbeFailure(prog, err)
	}
	if *asJSON {
		for _, c := range cohorts {
			if err = e.writeJSON(cohortJSON(c, len(cohorts), opt.Basis, lang)); err != nil {
				break
			}
		}
	} else {
		out := bufio.NewWriter(e.stdout)
		if err = writeCohortsText(out, cohorts, lang); err == nil {
			err = out.Flush()
		}
	}
	if err != nil {
		return e.fail(prog, exitUsage, err)
	}
	return exitOK
}

// cohortsOf ranks members: in one cohort of fw when it is given (where
// spbe.NewCohort refuses a member of another framework); else in one
// cohort per framework. No
// members make one empty cohort, of fw or else of the default framework,
// so that the output says the file is empty.
func cohortsOf(fw *spbe.Framework, members []spbe.Member) ([]*spbe.Cohort, error) {
	if fw == nil && len(members) > 0 {
		return spbe.GroupByFramework(members)
	}
	if fw == nil {
		fw = spbe.Default()
	}
	c, err := spbe.NewCohort(fw, members)
	if err != nil {
		return nil, err
	}
	return []*spbe.Cohort{c}, nil
}

// cohortJSON builds the JSON form of a cohort, one of n.
func cohortJSON(c *spbe.Cohort, n int, basis spbe.PredicateBasis, lang smartcity.Lang) spbeCohortJSON {
	fw := c.Framework
	j := spbeCohortJSON{
		Framework: fw.ID(), Cohorts: n, PredicateBasis: basis.Or(spbe.Unrounded).String(), N: c.Len(), Index: c.Index,
		Domains: make([]spbeDomainStatsJSON, len(c.Domains)), Predicates: c.Predicates, Members: make([]spbeMemberJSON, c.Len()),
	}
	for d, dom := range fw.Domains() {
		j.Domains[d] = spbeDomainStatsJSON{Code: dom.Code, Name: dom.Name.In(lang), Stats: c.Domains[d]}
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

// writeCohortsText writes the cohorts one after another. Several cohorts
// — a file of several frameworks — are preceded by a sentence that names
// the frameworks with their numbers of results and says why they are
// ranked apart.
func writeCohortsText(w io.Writer, cohorts []*spbe.Cohort, lang smartcity.Lang) error {
	en := lang == smartcity.English
	if len(cohorts) > 1 {
		parts := make([]string, len(cohorts))
		for k, c := range cohorts {
			if en {
				parts[k] = fmt.Sprintf("%s (%d results)", c.Framework.ID(), c.Len())
			} else {
				parts[k] = fmt.Sprintf("%s (%d hasil)", c.Framework.ID(), c.Len())
			}
		}
		if en {
			fmt.Fprintf(w, "The file holds results of %d frameworks: %s. Indices of different frameworks are not ranked together, "+
				"so each framework's results form a cohort of their own, the newest first.\n\n", len(cohorts), strings.Join(parts, ", "))
		} else {
			fmt.Fprintf(w, "Berkas memuat hasil dari %d kerangka penilaian: %s. Indeks dari kerangka yang berbeda tidak diperingkat bersama, "+
				"jadi hasil setiap kerangka menjadi kohort tersendiri, yang terbaru lebih dulu.\n\n", len(cohorts), strings.Join(parts, ", "))
		}
	}
	for k, c := range cohorts {
		if k > 0 {
			fmt.Fprintln(w)
		}
		if err := writeCohortText(w, c, lang); err != nil {
			return err
		}
	}
	return nil
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
		fmt.Fprintf(w, "%s %d", fw.PredicateName(pc.Predicate, lang), pc.Count)
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
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%.1f\n", m.Rank, m.Instansi, year, m.Index, fw.PredicateName(m.Predicate, lang), m.Percentile)
	}
	return tw.Flush()
}
