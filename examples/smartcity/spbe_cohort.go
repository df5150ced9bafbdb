package main

import (
	"fmt"
	"io"
	"iter"
	"path/filepath"
	"strconv"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/spbe"
)

// cohortFrameworkUsage is the help of the --framework flag of cohort.
const cohortFrameworkUsage = frameworkFlagUsage + ";\na result of another framework is then refused"

// cohortUsage is the help of spbe cohort: its synopsis and what
// it does.
const cohortUsage = "smartcity spbe cohort [--framework ID|FILE] [--predicate-basis unrounded|rounded] [--unanswered error|zero]\n" +
	"                      [--max-bytes SIZE] [--max-rows N] [--lang id|en] [--json | --format text|csv|xlsx|svg [--semicolon] [--bom]]\n" +
	"                      [--top N] [--highlight INSTANSI] [-o FILE] [--out-dir DIR] FILE\n\n" +
	"Scores every assessment in FILE (a wide CSV \"instansi,tahun,1,…,47\" — 1,…,20 for 2026 on — or any form `spbe score`\n" +
	"reads; \"-\" for standard input), ranks them by exact index (ties share a rank: 1, 2, 2, 4) and summarises the\n" +
	"index and each domain: mean, sample standard deviation, and the R-7 quartiles that spreadsheets'\n" +
	"PERCENTILE.INC computes. The percentile of a member is the share of the others with a strictly lower index\n" +
	"(PERCENTRANK.INC). Results of different frameworks (2025 under PermenPANRB 59/2020, 2026 under 8/2026) are\n" +
	"not ranked together: each framework's results form a cohort of their own, the newest first. A FILE larger than\n" +
	"--max-bytes, or a CSV of more data rows than --max-rows, is refused: raise them for a larger file."

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
//
// The file is read once, and each result goes to its cohort as it is
// scored (spbe.GroupByFrameworkSeq, spbe.NewCohortSeq), which keeps of it
// only what is ranked — the instansi, the year, the index, the domains and
// the predikat — packed in some 27 bytes under 59/2020, ranking included,
// where a row of a wide CSV is about 130; the ranking is printed a member
// at a time. So the command's peak resident set stays within twice the
// file, the garbage collector's room and the runtime's own 8 MB included:
// 1.5–1.7× a file of 100,000 rows, 0.5–0.65× one of a million
// (TestSPBECohortPeakRSS holds the growth to 2×).
func runSPBECohort(e *env, args []string) int {
	const prog = "smartcity spbe cohort"
	c := e.leaf(prog, cohortUsage, "language of the names: id or en")
	scoring := c.scoringFlags(cohortFrameworkUsage)
	limits := limitFlags(c.fs)
	c.jsonFlag("print one JSON object: framework, cohorts, n, index and domains statistics, predicates\n" +
		"counts and the ranked members; one object per framework when the file mixes them")
	report := c.reportFlags("text csv xlsx svg", "what to write: text (the summary and the ranking), csv (the ranking, one row per member:\n"+
		"peringkat,instansi,tahun,framework,indeks,indeks_eksak,predikat,persentil,D1,…), xlsx (the ranking\n"+
		"as an Excel workbook with its chart, to -o FILE.xlsx) or svg (a chart of the ranking: its head and\n"+
		"the --highlight members wherever they rank; one framework's cohort)",
		"csv: delimit with \";\" and write decimal commas, as spreadsheets in the Indonesian locale read")
	outDir := c.fs.String("out-dir", "", "also write one report per assessment into the folder `DIR`, created if missing, each named\n"+
		"after its instansi and year: Markdown (\"pemerintah-kab-rembang-2024.md\"), or its CSV row with --format csv,\n"+
		"its workbook with --format xlsx, or its JSON with --json")
	top := c.fs.Int("top", 10, "svg: how many members of the head of the ranking to draw, `N` from 1")
	var highlight stringsFlag
	c.fs.Var(&highlight, "highlight", "svg: draw the member `INSTANSI` apart wherever it ranks (repeat for more)")
	if ok, code := c.start(args, oneFile("a FILE of results")); !ok {
		return code
	}
	format, code := report.checkFormat(c)
	if code != exitOK {
		return code
	}
	if code := c.onlyFor(format, formatFlag{"json", "text"}, formatFlag{"semicolon", "csv"}, formatFlag{"bom", "csv"},
		formatFlag{"top", "svg"}, formatFlag{"highlight", "svg"}); code != exitOK {
		return code
	}
	if *top < 1 {
		return c.usageError(prog, "--top must be at least 1, not %d", *top)
	}
	if format == "svg" && *outDir != "" {
		return c.usageError(prog, "%s does not apply to --format %s", "--out-dir", format)
	}
	if format == "xlsx" {
		if code := c.binaryOutput(); code != exitOK {
			return code
		}
	}
	opt, fw, code := scoring.read(c)
	if code != exitOK {
		return code
	}
	// The file is read once, or twice for --out-dir: to rank, then to
	// write each report as its assessment is scored again.
	var (
		in    io.ReadCloser
		again *twice
		err   error
	)
	if *outDir == "" {
		in, err = e.open(c.fs.Arg(0))
	} else {
		again, err = e.openTwice(c.fs.Arg(0))
		in = again
	}
	if err != nil {
		return e.fail(prog, exitUsage, err)
	}
	defer in.Close()
	cohorts, code := e.scoreCohorts(prog, in, limits, fw, opt)
	if code != exitOK {
		return code
	}
	for _, k := range cohorts {
		k.Basis = opt.Basis
	}
	code = c.write(func(w io.Writer) error {
		switch {
		case format == "csv":
			return cohorts.WriteCSV(w, report.csv())
		case format == "xlsx":
			return cohorts.WriteWorkbook(w, c.lang)
		case format == "svg":
			return writeRankingSVG(w, cohorts, c.lang, *top, highlight)
		case c.json():
			return cohorts.WriteJSON(w, c.lang)
		}
		return writeCohortsText(w, cohorts, c.lang)
	})
	if code != exitOK || *outDir == "" {
		return code
	}
	return c.writeReports(*outDir, again, limits.options(fw, opt), format, report)
}

// writeReports writes one report per assessment of in, read again, into
// dir: its Markdown report, or with --format csv its row of the results
// CSV, with --format xlsx its workbook, or with --json its JSON.
func (c *leaf) writeReports(dir string, in *twice, sopt spbe.ScoreAllOptions, format string, report *reportFlags) int {
	again, err := in.again()
	if err != nil {
		return c.fail(c.prog, exitUsage, err)
	}
	if err := makeOutDir(dir); err != nil {
		return c.fail(c.prog, exitUsage, err)
	}
	ext := ".md"
	switch {
	case format == "csv":
		ext = ".csv"
	case format == "xlsx":
		ext = ".xlsx"
	case c.json():
		ext = ".json"
	}
	names := fileNames{}
	failed := func(err error) int { return c.spbeFailure(c.prog, err) }
	sopt.Reuse = true // each report is written before the next is scored
	for s, err := range spbe.ScoreAll(again, sopt) {
		if err != nil {
			// The file has changed since it was ranked.
			return failed(err)
		}
		write := func(w io.Writer) error {
			switch ext {
			case ".csv":
				return spbe.WriteResultsCSV(w, []spbe.Scored{s}, spbe.ExportOptions{CSVOptions: report.csv()})
			case ".xlsx":
				return spbe.WriteReportWorkbook(w, s, spbe.ReportOptions{Lang: c.lang})
			case ".json":
				line, err := s.AppendJSON(nil, c.lang)
				if err == nil {
					_, err = w.Write(append(line, '\n'))
				}
				return err
			}
			return spbe.WriteReport(w, s, spbe.ReportOptions{Lang: c.lang})
		}
		if code := c.writeInDir(filepath.Join(dir, names.next(s.Instansi, s.Year, ext)), write, failed); code != exitOK {
			return code
		}
	}
	return exitOK
}

// scoreCohorts reads and scores every assessment of in and
// ranks the results in cohorts (cohortsOf) as they are scored. Each
// problem is reported as it is found, and once one is, the results that
// follow are scored for their problems but not kept; on failure it
// returns the exit code.
func (e *env) scoreCohorts(prog string, in io.Reader, limits *readLimits, fw *spbe.Framework, opt spbe.Options) (spbe.Cohorts, int) {
	sopt := limits.options(fw, opt)
	sopt.Reuse = true // a cohort copies what it keeps of each result
	report := e.failureReport(prog, limits)
	members := func(yield func(spbe.Member) bool) {
		for s, err := range spbe.ScoreAll(in, sopt) {
			if err != nil {
				report.add(err)
				continue
			}
			e.warn(prog, s.Warnings)
			if !report.failed() && !yield(memberOf(s)) {
				return
			}
		}
	}
	cohorts, err := cohortsOf(fw, members)
	if report.failed() {
		return nil, report.done()
	}
	if err != nil {
		return nil, e.spbeFailure(prog, err)
	}
	return cohorts, exitOK
}

// memberOf returns the cohort member of a scored result, as spbe.MemberOf
// makes it but without copying: its instansi and domain indices are the
// ones of s, which the next result overwrites, and which the cohort
// copies into its compact form.
func memberOf(s spbe.Scored) spbe.Member {
	res := s.Result
	return spbe.Member{
		Instansi: s.Instansi, Year: s.Year, Framework: res.Framework.ID(),
		Index: res.Index, Domains: res.Domains, Predicate: res.Predicate,
	}
}

// cohortsOf ranks the members that members yields: in one cohort of fw
// when it is given (where spbe.NewCohortSeq refuses a member of another
// framework), else in one cohort per framework
// (spbe.GroupByFrameworkSeq). No members make one empty cohort, of fw or
// else of the default framework, so that the output says the file is
// empty.
func cohortsOf(fw *spbe.Framework, members iter.Seq[spbe.Member]) (spbe.Cohorts, error) {
	if fw == nil {
		cohorts, err := spbe.GroupByFrameworkSeq(members)
		if err != nil || len(cohorts) > 0 {
			return cohorts, err
		}
		fw, members = spbe.Default(), func(func(spbe.Member) bool) {}
	}
	c, err := spbe.NewCohortSeq(fw, members)
	if err != nil {
		return nil, err
	}
	return spbe.Cohorts{c}, nil
}

// writeCohortsText writes the cohorts one after another. Several cohorts
// — a file of several frameworks — are preceded by a sentence that names
// the frameworks with their numbers of results and says why they are
// ranked apart.
func writeCohortsText(w io.Writer, cohorts spbe.Cohorts, lang smartcity.Lang) error {
	en := lang == smartcity.English
	if len(cohorts) > 1 {
		parts := make([]string, len(cohorts))
		for k, c := range cohorts {
			if en {
				parts[k] = fmt.Sprintf("%s (%s results)", c.Framework.ID(), lang.Thousands(int64(c.Len())))
			} else {
				parts[k] = fmt.Sprintf("%s (%s hasil)", c.Framework.ID(), lang.Thousands(int64(c.Len())))
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
		fmt.Fprintf(w, "Cohort of %s results (%s)\n\n", lang.Thousands(int64(c.Len())), fw.ID())
	} else {
		fmt.Fprintf(w, "Kohort %s hasil (%s)\n\n", lang.Thousands(int64(c.Len())), fw.ID())
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
	// The statistics are floats, a summary for people: written with three
	// decimals; the extremes, which are indices, as an index is, from the
	// exact values — the float of 4.505 would show 4.50 beside a ranking
	// that says 4.51.
	float := func(v float64, places int) string { return lang.Decimal(strconv.FormatFloat(v, 'f', places, 64)) }
	lo, hi := extremes(c)
	row := func(label string, s spbe.Stats, part int) {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t\n", label, lang.Thousands(int64(s.N)), float(s.Mean, 3), float(s.StdDev, 3),
			lang.Decimal(lo[part].String()), float(s.Q1, 3), float(s.Median, 3), float(s.Q3, 3), lang.Decimal(hi[part].String()))
	}
	row(index, c.Index, 0)
	for d, dom := range fw.Domains() {
		row(dom.Code, c.Domains[d], 1+d)
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
	return writeRanking(w, c, lang)
}

// writeRanking writes the members of a cohort one per line, laid out as
// text/tabwriter lays out a table — each column as wide as its widest
// cell and two spaces more — from widths measured first, so that the
// lines of a large cohort are not all held as tabwriter would hold them.
func writeRanking(w io.Writer, c *spbe.Cohort, lang smartcity.Lang) error {
	fw := c.Framework
	header := [...]string{"Peringkat", "Instansi", "Tahun", "Indeks", "Predikat", "Persentil"}
	if lang == smartcity.English {
		header = [...]string{"Rank", "Instansi", "Year", "Index", "Predicate", "Percentile"}
	}
	var widths [len(header) - 1]int // of the columns a tab ends
	for i := range widths {
		widths[i] = utf8.RuneCountInString(header[i])
	}
	var line []byte
	indices := indexTexts{lang: lang}
	// cells appends the cells of a member but the last, each padded to
	// widths when pad is set, else measured into them.
	cells := func(line []byte, m spbe.Ranked, padded bool) []byte {
		for i := range widths {
			start := len(line)
			switch i {
			case 0:
				line = strconv.AppendInt(line, int64(m.Rank), 10)
			case 1:
				line = append(line, m.Instansi...)
			case 2:
				if m.Year != 0 {
					line = strconv.AppendInt(line, int64(m.Year), 10)
				}
			case 3:
				line = append(line, indices.text(m.Index)...)
			case 4:
				line = append(line, fw.PredicateName(m.Predicate, lang)...)
			}
			if padded {
				line = pad(line, start, widths[i]+2)
			} else {
				widths[i] = max(widths[i], utf8.RuneCount(line[start:]))
			}
		}
		return line
	}
	for _, m := range c.Members() {
		line = cells(line[:0], m, false)
	}
	line = line[:0]
	for i := range widths {
		start := len(line)
		line = pad(append(line, header[i]...), start, widths[i]+2)
	}
	line = append(append(line, header[len(header)-1]...), '\n')
	if _, err := w.Write(line); err != nil {
		return err
	}
	for _, m := range c.Members() {
		line = cells(line[:0], m, true)
		line = append(line, lang.Decimal(strconv.FormatFloat(m.Percentile, 'f', 1, 64))...)
		line = append(line, '\n')
		if _, err := w.Write(line); err != nil {
			return err
		}
	}
	return nil
}

// extremes returns the lowest and the highest exact index of the members
// of c, first, then of each of its domains.
func extremes(c *spbe.Cohort) (lo, hi []smartcity.Number) {
	n := 1 + c.Framework.NumDomains()
	lo, hi = make([]smartcity.Number, n), make([]smartcity.Number, n)
	for _, m := range c.Members() {
		for i := range n {
			x := m.Index
			if i > 0 {
				x = m.Domains[i-1]
			}
			if !lo[i].IsValid() || x.Cmp(lo[i]) < 0 {
				lo[i] = x
			}
			if !hi[i].IsValid() || x.Cmp(hi[i]) > 0 {
				hi[i] = x
			}
		}
	}
	return lo, hi
}

// writeRankingSVG writes the ranking chart of the one cohort of a file;
// a file of several frameworks' results has a cohort each, and one chart
// cannot rank them together.
func writeRankingSVG(w io.Writer, cohorts spbe.Cohorts, lang smartcity.Lang, top int, highlight []string) error {
	if len(cohorts) != 1 {
		return errorf("the file holds the results of %d frameworks: --format svg draws one cohort; choose one with --framework", len(cohorts))
	}
	svg, err := cohorts[0].RankingSVG(lang, top, highlight...)
	if err != nil {
		return err
	}
	_, err = w.Write(svg)
	return err
}

// stringsFlag is a flag that may be given more than once, each value kept.
type stringsFlag []string

func (f *stringsFlag) String() string { return strings.Join(*f, ", ") }

func (f *stringsFlag) Set(s string) error {
	*f = append(*f, s)
	return nil
}
