package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/csvio"
	"github.com/kotacerdas/smartcity/internal/escape"
	"github.com/kotacerdas/smartcity/internal/input"
	"github.com/kotacerdas/smartcity/spbe"
)

// runSPBE dispatches the spbe subcommands.
func runSPBE(e *env, args []string) int {
	return e.dispatch("smartcity spbe", args, spbeCommands())
}

// spbeCommands is the table of spbe subcommands, in the order help lists
// them.
func spbeCommands() []command {
	return []command{
		{name: "frameworks", summary: "list the built-in frameworks: legal basis, years, method per year, size", run: runSPBEFrameworks},
		{name: "framework", summary: "print a built-in framework as JSON, which --framework FILE reads back", run: runSPBEFrameworkSpec},
		{name: "score", summary: "score SPBE and Pemdi assessments exactly, as the official results are computed", run: runSPBEScore},
		{name: "plan", summary: "plan the fewest or cheapest level raises to a target index or predikat, year by year", run: runSPBEPlan},
		{name: "compare", summary: "compare two assessments: every indicator, aspect, domain and the index", run: runSPBECompare},
		{name: "cohort", summary: "rank a cohort of results and summarise it (median, quartiles, mean, deviation)", run: runSPBECohort},
		{name: "report", summary: "a Markdown report with the gap to a target, a radar chart, or a CSV for spreadsheets", run: runSPBEReport},
	}
}

// maxListedProblems bounds how many problems a failed run prints.
const maxListedProblems = 50

// scoreFrameworkUsage is the help of the --framework flag of score.
const scoreFrameworkUsage = frameworkFlagUsage + ",\nelse " + spbe.PermenPANRB59of2020 +
	"; a wide CSV's indicator columns name its framework (1…20 " + spbe.PermenPANRB8of2026 +
	",\n1…47 " + spbe.PermenPANRB59of2020 + ", 1…35 " + spbe.PermenPANRB5of2018 + "); 'smartcity spbe frameworks' lists the built-ins"

// scoreJSONUsage is the help of the --json flag of score.
const scoreJSONUsage = "print one JSON object per assessment per line, in input order, with \"index\" rounded to\n" +
	"two decimals as a string (\"3.50\"), \"index_exact\" the exact value as a reduced fraction (\"6997/2000\") and\n" +
	"\"index_value\" a float for charts (3.4985), never to compute with; domains and aspects likewise"

// scoreUsage is the help of spbe score: its synopsis and what
// it does.
const scoreUsage = "smartcity spbe score [--framework ID|FILE] [--predicate-basis unrounded|rounded] [--unanswered error|zero]\n" +
	"                     [--max-bytes SIZE] [--max-rows N] [--instansi NAME] [--tahun YEAR] [--lang id|en] [--json] FILE\n\n" +
	"Scores the assessments in FILE (\"-\" for standard input): an assessment in JSON (or a JSON array of them),\n" +
	"a long CSV (indikator,level[,tahun,tahap,penjelasan,bukti]) or a wide CSV (instansi,tahun,1,…,47), told apart\n" +
	"by content. CSV may use \",\" or \";\", quotes and a UTF-8 byte-order mark. Nothing is printed when any\n" +
	"assessment is invalid: every problem is listed, with its row and column, and the exit code is 1. Headers\n" +
	"may be written as spreadsheets write them (\"Nama Instansi\", \"Indikator 1\", a leading \"No\" column); a\n" +
	"long CSV may name its instansi and year in lines above its table (\"Instansi;Kab. Rembang\", \"Tahun;2026\")\n" +
	"or take them from --instansi and --tahun. An Indeks, Predikat, domain or aspect column a sheet computes is\n" +
	"checked: a value that differs from the exact result is a warning on standard error, and the exit code stays 0.\n\n" +
	"FILE is read twice, to check every assessment and then to print each result as it is scored, so that memory\n" +
	"stays the same whether a wide CSV has ten rows or a million; standard input that is not a file is kept in a\n" +
	"temporary file meanwhile. A FILE larger than --max-bytes, or a CSV of more data rows than --max-rows, is\n" +
	"refused: raise them for a larger file."

// runSPBEScore scores the assessments of one file.
//
// The file is read twice, so that memory stays the same however many rows
// it has: the first reading checks every assessment and measures the
// table, since nothing is printed when any assessment is invalid and the
// columns are as wide as their widest cell; the second prints each result
// as it is scored.
func runSPBEScore(e *env, args []string) int {
	const prog = "smartcity spbe score"
	c := e.leaf(prog, scoreUsage, "language of the names: id or en")
	scoring := c.scoringFlags(scoreFrameworkUsage)
	limits := limitFlags(c.fs)
	subject := c.subjectFlags()
	c.jsonFlag(scoreJSONUsage)
	if ok, code := c.start(args, oneFile("a FILE to score")); !ok {
		return code
	}
	opt, fw, code := scoring.read(c)
	if code != exitOK {
		return code
	}
	sopt := limits.options(fw, opt)
	if code := subject.apply(c, &sopt.ReadOptions); code != exitOK {
		return code
	}
	lang := c.lang

	in, err := e.openTwice(c.fs.Arg(0))
	if err != nil {
		return e.fail(prog, exitUsage, err)
	}
	defer in.Close()
	sopt.Reuse = true // each result is printed before the next is scored

	report := e.failureReport(prog, limits)
	table := scoreTable{indices: indexTexts{lang: lang}}
	for s, err := range spbe.ScoreAll(in, sopt) {
		if err != nil {
			report.add(err)
			continue
		}
		e.warn(prog, s.Warnings)
		table.observe(s)
	}
	if report.failed() {
		return report.done()
	}

	again, err := in.again()
	if err != nil {
		return e.fail(prog, exitUsage, err)
	}
	// A failure of the second reading is the file's having changed since
	// the first.
	return c.writeOr(func(out io.Writer) error {
		var write func(spbe.Scored) error
		switch {
		case c.json():
			var line []byte
			write = func(s spbe.Scored) error {
				var err error
				if line, err = s.AppendJSON(line[:0], lang); err == nil {
					_, err = out.Write(append(line, '\n'))
				}
				return err
			}
		case table.n == 1:
			write = func(s spbe.Scored) error { return writeScoreDetail(out, s, lang) }
		default:
			tw, err := table.start(out)
			if err != nil {
				return err
			}
			write = tw.write
		}
		for s, err := range spbe.ScoreAll(again, sopt) {
			if err == nil {
				err = write(s)
			}
			if err != nil {
				return err
			}
		}
		return nil
	}, func(err error) int { return e.spbeFailure(prog, err) })
}

// basisUsage and unansweredUsage are the help of --predicate-basis and
// --unanswered of the commands that score whole files.
const (
	basisUsage      = "take the predikat from the `basis` index: unrounded (2024 practice) or rounded (2023 practice)"
	unansweredUsage = "treat an unanswered indicator by `policy`: error (refuse to score) or zero (score it 0,\nas the 2023 results did)"
)

// scoringFlags are the flags that say how the commands that score whole
// files (score, cohort, report) score them: --framework, --predicate-basis
// and --unanswered.
type scoringFlags struct {
	framework, basis, unanswered *string
}

// scoringFlags defines the scoring flags on c, --framework described by
// frameworkUsage.
func (c *leaf) scoringFlags(frameworkUsage string) *scoringFlags {
	return &scoringFlags{
		framework:  c.fs.String("framework", "", frameworkUsage),
		basis:      c.fs.String("predicate-basis", "unrounded", basisUsage),
		unanswered: c.fs.String("unanswered", "error", unansweredUsage),
	}
}

// read returns the options the flags ask for and the framework
// --framework names (nil for none: each assessment's own, or the rule of
// its year). A value that is not one prints a usage error, and a framework
// file that cannot be used a failure; code is then the exit code.
func (s *scoringFlags) read(c *leaf) (opt spbe.Options, fw *spbe.Framework, code int) {
	var err error
	if opt.Basis, err = spbe.ParsePredicateBasis(*s.basis); err != nil {
		return opt, nil, c.usageError(c.prog, "--predicate-basis: %v", err)
	}
	if opt.Unanswered, err = spbe.ParseUnansweredPolicy(*s.unanswered); err != nil {
		return opt, nil, c.usageError(c.prog, "--unanswered: %v", err)
	}
	fw, code = c.spbeFramework(c.prog, *s.framework)
	return opt, fw, code
}

// subjectFlags are --instansi and --tahun of a command that reads an
// assessment: the instansi and the year of a long CSV, whose table names
// neither, so that its report is not titled "?". A file that names them in
// a header block, or a tahun column, must name the same: a difference is a
// problem of the file, at its cell (exit code 1). Forms that name their
// own instansi and year, JSON and a wide CSV, ignore the flags.
type subjectFlags struct {
	instansi *string
	year     *int
}

// instansiUsage and yearUsage are the help of --instansi and --tahun.
const (
	instansiUsage = "the `instansi` of a long CSV, whose table has no instansi column; a header block\n" +
		"\"Instansi;…\" in the file must name the same"
	yearUsage = "the evaluation `year` of a long CSV without a tahun column; a header block \"Tahun;…\"\n" +
		"or a tahun column in the file must name the same"
)

// subjectFlags defines --instansi and --tahun on c.
func (c *leaf) subjectFlags() *subjectFlags {
	return &subjectFlags{instansi: c.fs.String("instansi", "", instansiUsage), year: c.fs.Int("tahun", 0, yearUsage)}
}

// apply sets the instansi and year of the flags in opt; a --tahun that
// is no year is a usage error, whose exit code it returns.
func (s *subjectFlags) apply(c *leaf, opt *spbe.ReadOptions) int {
	if *s.year != 0 && (*s.year < 2018 || *s.year > 2100) {
		return c.usageError(c.prog, "--tahun: %d is not an evaluation year (2018 or later)", *s.year)
	}
	opt.Instansi, opt.Year = strings.TrimSpace(*s.instansi), *s.year
	return exitOK
}

// readLimits are the --max-bytes and --max-rows of a command that reads
// assessments: the readers' bounds, which a user with a larger file
// raises.
type readLimits struct {
	bytes byteSize
	rows  int
}

// limitFlags defines --max-bytes and --max-rows on fs, at the readers'
// defaults.
func limitFlags(fs *flag.FlagSet) *readLimits {
	l := &readLimits{bytes: byteSize(defaultMaxBytes)}
	fs.Var(&l.bytes, "max-bytes", "read at most `size` bytes of FILE: a number, or one with a unit, 512KiB, 256MiB, 2GiB\n(kB, MB, GB count in thousands)")
	fs.IntVar(&l.rows, "max-rows", defaultMaxRows, "read at most `n` data rows of a CSV FILE")
	return l
}

// The readers' bounds unless raised: those of package spbe.
const (
	defaultMaxBytes = input.DefaultLimit
	defaultMaxRows  = csvio.DefaultMaxRows
)

// options returns the options of spbe.ScoreAll for a command's flags.
// The framework a user names is the only one (FrameworkOnly): an
// assessment of another framework is refused, not scored under it.
func (l *readLimits) options(fw *spbe.Framework, opt spbe.Options) spbe.ScoreAllOptions {
	return spbe.ScoreAllOptions{
		ReadOptions:   spbe.ReadOptions{Framework: fw, Limit: int64(l.bytes), MaxRows: l.rows},
		Options:       opt,
		FrameworkOnly: fw != nil,
	}
}

// byteSize is a number of bytes as a flag takes it: "1048576", or with a
// unit, "512KiB", "256MiB", "2GiB" (powers of 1024) or "500kB", "300MB",
// "2GB" (powers of 1000), in any case.
type byteSize int64

// byteUnit returns the number of bytes of a unit of a byteSize, named in
// lower case.
func byteUnit(name string) (int64, bool) {
	switch name {
	case "", "b":
		return 1, true
	case "kib":
		return 1 << 10, true
	case "mib":
		return 1 << 20, true
	case "gib":
		return 1 << 30, true
	case "tib":
		return 1 << 40, true
	case "kb":
		return 1e3, true
	case "mb":
		return 1e6, true
	case "gb":
		return 1e9, true
	case "tb":
		return 1e12, true
	}
	return 0, false
}

// String returns the size in the largest binary unit that divides it,
// "64MiB", as a user would type it.
func (n *byteSize) String() string {
	v := int64(*n)
	for _, u := range [...]struct {
		name  string
		shift uint
	}{{"TiB", 40}, {"GiB", 30}, {"MiB", 20}, {"KiB", 10}} {
		if v > 0 && v%(1<<u.shift) == 0 {
			return strconv.FormatInt(v>>u.shift, 10) + u.name
		}
	}
	return strconv.FormatInt(v, 10)
}

// Set reads a size; it must be positive.
func (n *byteSize) Set(s string) error {
	s = strings.TrimSpace(s)
	digits := len(s) - len(strings.TrimLeft(s, "0123456789"))
	v, err := strconv.ParseInt(s[:digits], 10, 64)
	unit, known := byteUnit(strings.ToLower(strings.TrimSpace(s[digits:])))
	if err != nil || !known || v <= 0 || v > math.MaxInt64/unit {
		return errorf("%q is not a size: want a positive number of bytes, such as 268435456 or 256MiB", s)
	}
	*n = byteSize(v * unit)
	return nil
}

// twice is an input FILE read twice: a file, or standard input that is
// one, is sought back to where it started; a stream, which cannot be, is
// copied to a temporary file as the first reading goes, and the second
// reads the copy. Memory does not grow with the input either way.
type twice struct {
	io.Reader                           // the first reading
	again     func() (io.Reader, error) // starts the second
	close     []func() error
}

// Close closes the file and removes the copy.
func (t *twice) Close() error {
	var errs []error
	for _, c := range t.close {
		errs = append(errs, c())
	}
	return errors.Join(errs...)
}

// openTwice opens the named file ("-" for standard input) to be read
// twice.
func (e *env) openTwice(name string) (*twice, error) {
	t := &twice{}
	var src io.Reader = e.stdin
	if name == "-" {
		e.readStdin()
	} else {
		f, err := e.openFile(name)
		if err != nil {
			return nil, err
		}
		src = f
		t.close = append(t.close, f.Close)
	}
	if s, ok := src.(io.Seeker); ok {
		if start, err := s.Seek(0, io.SeekCurrent); err == nil {
			t.Reader = src
			t.again = func() (io.Reader, error) {
				_, err := s.Seek(start, io.SeekStart)
				return src, err
			}
			return t, nil
		}
	}
	tmp, err := os.CreateTemp("", "smartcity-spbe-*")
	if err != nil {
		_ = t.Close()
		return nil, err
	}
	// The copy goes first, before the file it copies is closed.
	t.close = append([]func() error{func() error { return errors.Join(tmp.Close(), os.Remove(tmp.Name())) }}, t.close...)
	t.Reader = io.TeeReader(src, tmp)
	t.again = func() (io.Reader, error) {
		_, err := tmp.Seek(0, io.SeekStart)
		return tmp, err
	}
	return t, nil
}

// spbeFramework resolves --framework: nothing, a built-in id or a file.
func (e *env) spbeFramework(prog, value string) (*spbe.Framework, int) {
	if value == "" {
		return nil, exitOK
	}
	fw, err := spbe.Lookup(value)
	if err == nil {
		return fw, exitOK
	}
	fw, loadErr := spbe.LoadFramework(value, 0)
	var openErr *fs.PathError
	switch {
	case loadErr == nil:
		e.read(os.Stat(value))
		return fw, exitOK
	case errors.Is(loadErr, spbe.ErrMalformed):
		return nil, e.fail(prog, readExit(loadErr), fmt.Errorf("--framework %s: %w", value, loadErr))
	case errors.As(loadErr, &openErr):
		return nil, e.usageError(prog, "--framework: %v, and no file %q can be read", err, value)
	default:
		return nil, e.spbeFailure(prog, fmt.Errorf("--framework %s: %w", value, loadErr))
	}
}

// readInput reads the named file ("-" for standard input) whole, bounded
// by the library's input limit.
func (e *env) readInput(name string) ([]byte, error) {
	f, err := e.open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := input.ReadAll(f, 0)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return data, nil
}

// spbeFailure reports err in the language --lang chose: a file that
// cannot be opened or read is a usage-class failure (exit 2), anything
// else — a malformed, invalid or too large document too — a finding (exit
// 1). The failures errors.Join gathered are reported one after the other,
// a validation error with its problems one per line.
func (e *env) spbeFailure(prog string, err error) int {
	r := e.failureReport(prog, nil)
	r.add(err)
	return r.done()
}

// failureReport prints the failures of a run as they are found, as
// spbeFailure prints them all at once, so that a file of a million
// invalid rows is reported without holding its errors: each validation
// error's heading, the first maxListedProblems problems of them all, and
// at the end the count of the rest.
type failureReport struct {
	e      *env
	prog   string
	code   int         // the exit code so far; exitOK before any failure
	listed int         // problems printed
	total  int         // problems found
	limits *readLimits // the bounds of the input, to say which flag raises them; nil when no flag does
}

// failureReport starts the report of a run of prog.
func (e *env) failureReport(prog string, limits *readLimits) *failureReport {
	return &failureReport{e: e, prog: prog, limits: limits}
}

// add prints the failures of err.
func (r *failureReport) add(err error) {
	e := r.e
	code := readExit(err)
	r.code = max(r.code, code)
	for _, f := range failures(err) {
		var ps smartcity.Problems
		if errors.Is(f, spbe.ErrMalformed) || !errors.As(f, &ps) {
			e.fail(r.prog, code, f)
			continue
		}
		fmt.Fprintf(e.stderr, "%s: %s:\n", r.prog, escape.Line(heading(f, ps, e.said)))
		errs, warns := ps.Count() // those the closing problem of capped problems counts too
		r.total += errs + warns
		for _, p := range ps {
			if r.listed == maxListedProblems {
				break
			}
			fmt.Fprintf(e.stderr, "  %s\n", p.Message(e.said))
			r.listed++
		}
	}
	if r.limits != nil {
		r.hint(err)
	}
}

// heading says what failed, for the list of its problems ps below it: the
// assessment that failed, as the library names it, or else the failure's
// message up to its problems ("--costs x.csv: spbe: biaya tidak sah").
func heading(failure error, ps smartcity.Problems, lang smartcity.Lang) string {
	var ae *spbe.AssessmentError
	if errors.As(failure, &ae) {
		return ae.Heading(lang)
	}
	return strings.TrimSuffix(smartcity.ErrorMessage(failure, lang), ": "+ps.Message(lang))
}

// hint says how to read an input that went over a bound: with the flag
// that raises it, and twice the bound as an example.
func (r *failureReport) hint(err error) {
	var name, more string
	switch {
	case errors.Is(err, spbe.ErrTooLarge):
		double := 2 * r.limits.bytes
		name, more = "--max-bytes", double.String()
	case errors.Is(err, spbe.ErrTooManyRows):
		name, more = "--max-rows", strconv.Itoa(2*r.limits.rows)
	default:
		return
	}
	if r.e.said == smartcity.English {
		fmt.Fprintf(r.e.stderr, "%s: %s raises the limit, as in %s %s\n", r.prog, name, name, more)
	} else {
		fmt.Fprintf(r.e.stderr, "%s: batas ini dapat dinaikkan dengan %s, misalnya %s %s\n", r.prog, name, name, more)
	}
}

// failed reports whether any failure was found.
func (r *failureReport) failed() bool { return r.code != exitOK }

// done counts the problems left unprinted and returns the exit code.
func (r *failureReport) done() int {
	if r.total > r.listed {
		more := "  … dan %d masalah lainnya\n"
		if r.e.said == smartcity.English {
			more = "  … and %d more\n"
		}
		fmt.Fprintf(r.e.stderr, more, r.total-r.listed)
	}
	return r.code
}

// failures splits err into the failures errors.Join gathered in it, also
// under a prefix that fmt.Errorf("%s: %w", name, err) added, which each
// keeps. Any other error is one failure.
func failures(err error) []error {
	if parts, ok := joined(err); ok {
		var out []error
		for _, p := range parts {
			out = append(out, failures(p)...)
		}
		return out
	}
	var inner error
	switch u := err.(type) {
	case interface{ Unwrap() error }:
		inner = u.Unwrap()
	case interface{ Unwrap() []error }:
		if wrapped := u.Unwrap(); len(wrapped) == 1 {
			inner = wrapped[0]
		}
	}
	if inner != nil && strings.HasSuffix(err.Error(), inner.Error()) {
		if _, isJoin := joined(inner); isJoin {
			var out []error
			for _, p := range failures(inner) {
				out = append(out, &part{outer: err, inner: inner, err: p})
			}
			return out
		}
	}
	return []error{err}
}

// part is one failure of a join that outer wraps under a prefix, such as
// "x.json: ", which it keeps in either language.
type part struct {
	outer, inner, err error // outer wraps inner, a join that holds err
}

func (p *part) Error() string { return p.Message(smartcity.English) }

func (p *part) Unwrap() error { return p.err }

// Message returns the failure in lang, under outer's prefix in lang.
func (p *part) Message(lang smartcity.Lang) string {
	prefix, _ := strings.CutSuffix(smartcity.ErrorMessage(p.outer, lang), smartcity.ErrorMessage(p.inner, lang))
	return prefix + smartcity.ErrorMessage(p.err, lang)
}

// joined returns the parts of an error errors.Join made: one that wraps
// several and whose text is theirs, one per line.
func joined(err error) ([]error, bool) {
	u, ok := err.(interface{ Unwrap() []error })
	if !ok {
		return nil, false
	}
	parts := u.Unwrap()
	texts := make([]string, len(parts))
	for i, p := range parts {
		texts[i] = p.Error()
	}
	return parts, len(parts) > 1 && strings.Join(texts, "\n") == err.Error()
}

// scoreAll reads and scores every assessment of data, as `spbe score`
// does, for the commands that take the results together (compare,
// report). The problems of the first maxListedProblems invalid
// assessments are returned together, joined, and the rest counted, so that
// a file of a million invalid assessments is not held; an input that
// cannot be read is returned alone. The Instansi and Year of subject are
// those of a long CSV (--instansi, --tahun).
func scoreAll(data []byte, fw *spbe.Framework, opt spbe.Options, subject spbe.ReadOptions) ([]spbe.Scored, error) {
	limits := readLimits{bytes: byteSize(defaultMaxBytes), rows: defaultMaxRows}
	sopt := limits.options(fw, opt)
	sopt.Instansi, sopt.Year = subject.Instansi, subject.Year
	var out []spbe.Scored
	var invalid failureList
	for s, err := range spbe.ScoreAll(bytes.NewReader(data), sopt) {
		var ae *spbe.AssessmentError
		switch {
		case errors.As(err, &ae):
			invalid.add(err)
		case err != nil:
			return nil, err
		default:
			out = append(out, s)
		}
	}
	return out, invalid.err()
}

// failureList holds the first maxListedProblems invalid assessments of a
// run, those a report lists, and counts the rest, so that a file of a
// million invalid assessments is neither held nor said in full.
type failureList struct {
	errs    []error
	dropped int
}

// add adds the failure of one assessment.
func (l *failureList) add(err error) {
	if len(l.errs) == maxListedProblems {
		l.dropped++
		return
	}
	l.errs = append(l.errs, err)
}

// err returns the failures joined, nil when there are none, with the count
// of the rest: "dan 99950 penilaian tidak sah lainnya".
func (l *failureList) err() error {
	errs := l.errs
	if l.dropped > 0 {
		errs = append(errs, errorf("and %d more invalid assessments", l.dropped))
	}
	return errors.Join(errs...)
}

// scoreWide scores a wide CSV, as scoreAll scores any form, for a caller
// that has told the form already.
func scoreWide(data []byte, fw *spbe.Framework, opt spbe.Options) ([]spbe.Scored, error) {
	return scoreAll(data, fw, opt, spbe.ReadOptions{})
}

// scoreTable is the table of many results, one per line: the instansi,
// the year, the indices of the top parts of the results' framework
// (topParts) when they share one and else a framework column, the index
// and the predikat. It is laid out as text/tabwriter lays out a table —
// each column as wide as its widest cell and two spaces more — from the
// widths observe gathers on a first reading, so that the rows are written
// as they come on a second instead of being held.
type scoreTable struct {
	indices indexTexts      // the language of the header and the figures
	n       int             // results observed
	fw      *spbe.Framework // the framework of the first
	mixed   bool            // results of more than one framework
	// The widest cell of each column, in characters: the instansi, the
	// year, the framework, the index, and by position the indices of the
	// top parts.
	instansi, year, framework, index int
	parts                            []int
}

// observe takes the widths of one result's cells.
func (t *scoreTable) observe(s spbe.Scored) {
	res := s.Result
	t.n++
	switch f := res.Framework; {
	case t.n == 1:
		t.fw = f
	case f != t.fw && f.ID() != t.fw.ID():
		t.mixed = true
	}
	t.instansi = max(t.instansi, utf8.RuneCountInString(s.Instansi))
	if s.Year != 0 {
		t.year = max(t.year, len(strconv.Itoa(s.Year)))
	}
	t.framework = max(t.framework, utf8.RuneCountInString(res.Framework.ID()))
	t.index = max(t.index, utf8.RuneCountInString(t.indices.text(res.Index)))
	for i, x := range topIndices(res) {
		if i == len(t.parts) {
			t.parts = append(t.parts, 0)
		}
		t.parts[i] = max(t.parts[i], utf8.RuneCountInString(t.indices.text(x)))
	}
}

// tableWriter writes the rows of a scoreTable.
type tableWriter struct {
	w       io.Writer
	indices *indexTexts
	shared  bool  // the results share a framework: its top parts are columns
	widths  []int // of the columns that a tab ends, padding included
	line    []byte
}

// start writes the header of the table and returns the writer of its
// rows.
func (t *scoreTable) start(w io.Writer) (*tableWriter, error) {
	lang := t.indices.lang
	words := [...]string{"Instansi", "Tahun", "Indeks", "Predikat", "Kerangka"}
	if lang == smartcity.English {
		words = [...]string{"Instansi", "Year", "Index", "Predicate", "Framework"}
	}
	header := []string{words[0], words[1]}
	widest := []int{t.instansi, t.year}
	tw := &tableWriter{w: w, indices: &t.indices, shared: t.n > 0 && !t.mixed}
	switch {
	case tw.shared:
		for i, code := range topParts(t.fw) {
			header = append(header, code)
			if i < len(t.parts) {
				widest = append(widest, t.parts[i])
			} else {
				widest = append(widest, 0)
			}
		}
	case t.n > 0:
		header = append(header, words[4])
		widest = append(widest, t.framework)
	}
	header = append(header, words[2])
	widest = append(widest, t.index)
	tw.widths = make([]int, len(header))
	for i, h := range header {
		tw.widths[i] = max(utf8.RuneCountInString(h), widest[i]) + 2
	}
	line := tw.line[:0]
	for i, h := range header {
		line = tw.cell(line, i, h)
	}
	line = append(append(line, words[3]...), '\n')
	tw.line = line
	_, err := w.Write(line)
	return tw, err
}

// pad appends to line the spaces that widen the cell that starts at start
// to width characters, as text/tabwriter pads a cell.
func pad(line []byte, start, width int) []byte {
	for range width - utf8.RuneCount(line[start:]) {
		line = append(line, ' ')
	}
	return line
}

// cell appends the text of column i padded to the column's width.
func (tw *tableWriter) cell(line []byte, i int, text string) []byte {
	return pad(append(line, text...), len(line), tw.widths[i])
}

// write writes the row of one result.
func (tw *tableWriter) write(s spbe.Scored) error {
	res, fw := s.Result, s.Result.Framework
	line := tw.cell(tw.line[:0], 0, s.Instansi)
	col := 1
	start := len(line)
	if s.Year != 0 {
		line = strconv.AppendInt(line, int64(s.Year), 10)
	}
	line = pad(line, start, tw.widths[col])
	col++
	if tw.shared {
		for _, x := range topIndices(res) {
			line = tw.cell(line, col, tw.indices.text(x))
			col++
		}
	} else {
		line = tw.cell(line, col, fw.ID())
		col++
	}
	line = tw.cell(line, col, tw.indices.text(res.Index))
	line = append(line, fw.PredicateName(res.Predicate, tw.indices.lang)...)
	line = append(line, '\n')
	tw.line = line
	_, err := tw.w.Write(line)
	return err
}

// indexTexts writes indices as people read them, in one language
// (Lang.Decimal of Number.String), and keeps the text of each value: the
// rows of a large table repeat the few thousand indices that a
// framework's weights can give, so that writing a million rows does not
// make two strings a figure. It keeps at most maxIndexTexts of them, so
// that its memory stays bounded whatever the framework.
type indexTexts struct {
	lang smartcity.Lang
	seen map[[2]int64]string // by numerator and denominator
}

// maxIndexTexts bounds the texts an indexTexts keeps.
const maxIndexTexts = 1 << 16

// text returns x rounded to two decimals in the language.
func (t *indexTexts) text(x smartcity.Number) string {
	key := [2]int64{x.Num(), x.Den()}
	if s, ok := t.seen[key]; ok {
		return s
	}
	s := t.lang.Decimal(x.String())
	if t.seen == nil {
		t.seen = map[[2]int64]string{}
	}
	if len(t.seen) < maxIndexTexts {
		t.seen[key] = s
	}
	return s
}

// topParts returns the codes of the parts directly under a framework's
// index: its domains ("D1" …) or, for a framework without domains such as
// PermenPANRB 8/2026, its aspects ("A1" … "A7").
func topParts(fw *spbe.Framework) []string {
	var codes []string
	if fw.HasDomains() {
		for _, d := range fw.Domains() {
			codes = append(codes, d.Code)
		}
		return codes
	}
	for _, a := range fw.Aspects() {
		codes = append(codes, a.Code)
	}
	return codes
}

// topIndices returns the indices of the parts topParts names.
func topIndices(res *spbe.Result) []smartcity.Number {
	if res.Framework.HasDomains() {
		return res.Domains
	}
	return res.Aspects
}

// writeScoreDetail writes one result with its domains and aspects, or with
// its aspects alone for a framework without domains, and the levels taken
// from outside scores.
func writeScoreDetail(w io.Writer, s spbe.Scored, lang smartcity.Lang) error {
	res, fw := s.Result, s.Result.Framework
	en := lang == smartcity.English
	title := whose(s.Instansi, s.Year, ", ")
	if m := fw.Method(s.Year); s.Year != 0 && m != spbe.Evaluasi && m.IsValid() {
		title += " (" + m.Name(lang) + ")"
	}
	basis := map[spbe.PredicateBasis]string{spbe.Unrounded: "predikat dari indeks tanpa pembulatan", spbe.Rounded: "predikat dari indeks yang dibulatkan"}
	exactly := "tepatnya"
	if en {
		basis = map[spbe.PredicateBasis]string{spbe.Unrounded: "predicate from the unrounded index", spbe.Rounded: "predicate from the rounded index"}
		exactly = "exactly"
	}
	fmt.Fprintf(w, "%s — %s\n", title, fw.Name().In(lang))
	fmt.Fprintf(w, "%s %s  %s  (%s %s; %s)\n", indexLabel(fw, lang), lang.Decimal(res.Index.String()), fw.PredicateName(res.Predicate, lang),
		exactly, lang.Decimal(res.Index.Decimal(2)), basis[res.Basis])
	if res.Unanswered > 0 {
		if en {
			fmt.Fprintf(w, "%d unanswered indicators scored as 0\n", res.Unanswered)
		} else {
			fmt.Fprintf(w, "%d indikator tanpa jawaban dinilai 0\n", res.Unanswered)
		}
	}
	for _, x := range res.External {
		fmt.Fprintln(w, externalLine(fw, x, lang))
	}
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	if !fw.HasDomains() {
		for a, asp := range fw.Aspects() {
			fmt.Fprintf(tw, "%s  %s\t%s\n", asp.Code, asp.Name.In(lang), lang.Decimal(res.Aspects[a].String()))
		}
		return tw.Flush()
	}
	for d, dom := range fw.Domains() {
		fmt.Fprintf(tw, "%s  %s\t%s\n", dom.Code, dom.Name.In(lang), lang.Decimal(res.Domains[d].String()))
		for a, asp := range fw.Aspects() {
			if asp.Domain == dom.Code {
				fmt.Fprintf(tw, "    %s  %s\t%s\n", asp.Code, asp.Name.In(lang), lang.Decimal(res.Aspects[a].String()))
			}
		}
	}
	return tw.Flush()
}

// whose names the instansi of an assessment, and its year after sep when
// it has one: "Pemerintah Kab. Rembang, 2024"; "(instansi?)" when it is
// not named.
func whose(instansi string, year int, sep string) string {
	if instansi == "" {
		instansi = "(instansi?)"
	}
	if year != 0 {
		instansi += sep + strconv.Itoa(year)
	}
	return instansi
}

// externalLine says where the level of an indicator valued by an outside
// score came from: "indikator 5: level 4 dari Skor Satu Data Indonesia
// (Bappenas) 70".
func externalLine(fw *spbe.Framework, x spbe.ExternalLevel, lang smartcity.Lang) string {
	source := x.Source
	if c, ok := fw.Conversion(x.Indicator); ok && c.Name.In(lang) != "" {
		source = c.Name.In(lang)
	}
	switch {
	case x.Pending && lang == smartcity.English:
		return fmt.Sprintf("indicator %d: the %s is not known yet; counted at level %d", x.Indicator, source, x.Level)
	case x.Pending:
		return fmt.Sprintf("indikator %d: %s belum ada; dihitung level %d", x.Indicator, source, x.Level)
	case lang == smartcity.English:
		return fmt.Sprintf("indicator %d: level %d from the %s of %s", x.Indicator, x.Level, source, lang.Decimal(x.Score))
	}
	return fmt.Sprintf("indikator %d: level %d dari %s %s", x.Indicator, x.Level, source, lang.Decimal(x.Score))
}
