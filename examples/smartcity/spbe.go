package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/kotacerdas/smartcity"
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

// spbeScoreJSON is one line of `smartcity spbe score --json`. The field
// names are a contract with scripts that read the output. Indices are
// strings: "index" rounded half-up to two decimals exactly as published
// ("3.50", trailing zero kept), "index_exact" the exact value as a reduced
// fraction ("6997/2000") that big.Rat.SetString reads.
type spbeScoreJSON struct {
	Instansi       string         `json:"instansi"`
	Tahun          int            `json:"tahun"`
	Framework      string         `json:"framework"`
	Index          string         `json:"index"`
	IndexExact     string         `json:"index_exact"`
	Predicate      string         `json:"predicate"`
	PredicateBasis string         `json:"predicate_basis"`
	Unanswered     int            `json:"unanswered"`
	Domains        []spbePartJSON `json:"domains"`
	Aspects        []spbePartJSON `json:"aspects"`
	// External lists the levels taken from outside scores (PermenPANRB
	// 8/2026, indicators 5–7), when there are any.
	External []spbe.ExternalLevel `json:"external,omitempty"`
}

// spbePartJSON is one domain or aspect of a spbeScoreJSON.
type spbePartJSON struct {
	Code       string `json:"code"`
	Name       string `json:"name"`
	Index      string `json:"index"`
	IndexExact string `json:"index_exact"`
}

// scored is one scored assessment, ready to print.
type scored struct {
	instansi string
	year     int
	res      *spbe.Result
}

// runSPBEScore scores the assessments of one file.
func runSPBEScore(e *env, args []string) int {
	const prog = "smartcity spbe score"
	fs := e.flags(prog, "smartcity spbe score [--framework ID|FILE] [--predicate-basis unrounded|rounded] [--unanswered error|zero] [--lang id|en] [--json] FILE\n\n"+
		"Scores the assessments in FILE (\"-\" for standard input): an assessment in JSON (or a JSON array of them),\n"+
		"a long CSV (indikator,level[,tahun,tahap,penjelasan,bukti]) or a wide CSV (instansi,tahun,1,…,47), told apart\n"+
		"by content. CSV may use \",\" or \";\", quotes and a UTF-8 byte-order mark. Nothing is printed when any\n"+
		"assessment is invalid: every problem is listed, with its row and column, and the exit code is 1.")
	fwFlag := fs.String("framework", "", frameworkFlagUsage+",\nelse "+spbe.PermenPANRB59of2020+"; a wide CSV's indicator columns name its framework (1…20 "+spbe.PermenPANRB8of2026+
		",\n1…47 "+spbe.PermenPANRB59of2020+", 1…35 "+spbe.PermenPANRB5of2018+"); 'smartcity spbe frameworks' lists the built-ins")
	basisFlag := fs.String("predicate-basis", "unrounded", "take the predikat from the `basis` index: unrounded (2024 practice) or rounded (2023 practice)")
	unansweredFlag := fs.String("unanswered", "error", "treat an unanswered indicator by `policy`: error (refuse to score) or zero (score it 0,\nas the 2023 results did)")
	langText := fs.String("lang", "id", "language of the names: id or en")
	asJSON := fs.Bool("json", false, "print one JSON object per assessment per line, in input order, with \"index\" rounded to\n"+
		"two decimals as a string (\"3.50\") and \"index_exact\" the exact value as a reduced fraction (\"6997/2000\");\n"+
		"domains and aspects likewise")
	if ok, code := e.parse(fs, args); !ok {
		return code
	}
	if code := e.oneFile(prog, fs, "a FILE to score"); code != exitOK {
		return code
	}
	var opt spbe.Options
	var err error
	if opt.Basis, err = spbe.ParsePredicateBasis(*basisFlag); err != nil {
		return e.usageError(prog, "--predicate-basis: %v", err)
	}
	if opt.Unanswered, err = spbe.ParseUnansweredPolicy(*unansweredFlag); err != nil {
		return e.usageError(prog, "--unanswered: %v", err)
	}
	lang, code := e.lang(prog, *langText)
	if code != exitOK {
		return code
	}
	fw, exit := e.spbeFramework(prog, *fwFlag)
	if fw == nil && exit != exitOK {
		return exit
	}

	data, err := e.readInput(fs.Arg(0))
	if err != nil {
		return e.fail(prog, exitUsage, err)
	}
	results, err := scoreAll(data, fw, opt)
	if err != nil {
		return e.spbeFailure(prog, err)
	}

	out := bufio.NewWriterSize(e.stdout, 64<<10)
	if *asJSON {
		err = writeScoresJSON(out, results, lang)
	} else {
		err = writeScoresTable(out, results, lang)
	}
	if err == nil {
		err = out.Flush()
	}
	if err != nil {
		return e.fail(prog, exitUsage, err)
	}
	return exitOK
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
		return fw, exitOK
	case errors.Is(loadErr, spbe.ErrMalformed):
		return nil, e.fail(prog, exitUsage, fmt.Errorf("--framework %s: %w", value, loadErr))
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

// spbeFailure reports err in the language --lang chose: an unreadable
// input is a usage-class failure (exit 2), anything else a finding (exit
// 1). The failures errors.Join gathered are reported one after the other,
// a validation error with its problems one per line.
func (e *env) spbeFailure(prog string, err error) int {
	code := exitFinding
	if errors.Is(err, spbe.ErrMalformed) || errors.Is(err, spbe.ErrUnknownFramework) {
		code = exitUsage
	}
	listed, total := 0, 0
	for _, f := range failures(err) {
		var ve *spbe.ValidationError
		if !errors.As(f, &ve) {
			e.fail(prog, code, f)
			continue
		}
		fmt.Fprintf(e.stderr, "%s: %s:\n", prog, ve.Heading(e.said))
		total += len(ve.Problems)
		for _, p := range ve.Problems {
			if listed == maxListedProblems {
				break
			}
			fmt.Fprintf(e.stderr, "  %s\n", p.Message(e.said))
			listed++
		}
	}
	if total > listed {
		more := "  … dan %d masalah lainnya\n"
		if e.said == smartcity.English {
			more = "  … and %d more\n"
		}
		fmt.Fprintf(e.stderr, more, total-listed)
	}
	return code
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

// scoreAll reads and scores every assessment of data. A wide CSV is
// streamed row by row; the other forms are read whole. All problems are
// gathered and returned together, joined.
func scoreAll(data []byte, fw *spbe.Framework, opt spbe.Options) ([]scored, error) {
	format, err := spbe.DetectFormat(data)
	if err != nil {
		return nil, err
	}
	if format == spbe.FormatWideCSV {
		return scoreWide(data, fw, opt)
	}
	as, err := spbe.ReadAssessments(bytes.NewReader(data), spbe.ReadOptions{Framework: fw})
	if err != nil {
		return nil, err
	}
	out := make([]scored, 0, len(as))
	var errs []error
	for i := range as {
		a := &as[i]
		afw := fw
		if afw == nil {
			if afw, err = a.ResolveFramework(nil); err != nil {
				errs = append(errs, errorf("assessment %d: %w", i+1, err))
				continue
			}
		}
		res, err := afw.ScoreAssessment(a, opt)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		out = append(out, scored{instansi: a.Instansi, year: a.Year, res: res})
	}
	return out, errors.Join(errs...)
}

// scoreWide scores a wide CSV row by row.
func scoreWide(data []byte, fw *spbe.Framework, opt spbe.Options) ([]scored, error) {
	w, err := spbe.NewWideReader(bytes.NewReader(data), spbe.ReadOptions{Framework: fw})
	if err != nil {
		return nil, err
	}
	var out []scored
	var errs []error
	var rec spbe.WideRecord
	for {
		err := w.Next(&rec)
		if err == io.EOF {
			break
		}
		if errors.Is(err, spbe.ErrMalformed) {
			return nil, err
		}
		if err != nil {
			errs = append(errs, err)
			continue
		}
		res := new(spbe.Result)
		if err := rec.ScoreInto(res, opt); err != nil {
			errs = append(errs, err)
			continue
		}
		out = append(out, scored{instansi: rec.Instansi, year: rec.Year, res: res})
	}
	return out, errors.Join(errs...)
}

// writeScoresJSON writes one JSON object per result per line: the fields
// of spbeScoreJSON, in its order. The lines are appended by hand from
// fragments built once per framework, since the names of the domains and
// aspects are the same on every line; the tests check that each line
// equals what encoding/json writes for spbeScoreJSON.
func writeScoresJSON(w io.Writer, results []scored, lang smartcity.Lang) error {
	frags := map[*spbe.Framework]*jsonFragments{}
	var line []byte
	for _, s := range results {
		fw := s.res.Framework
		f := frags[fw]
		if f == nil {
			f = newJSONFragments(fw, lang)
			frags[fw] = f
		}
		var err error
		if line, err = f.appendLine(line[:0], s); err != nil {
			return err
		}
		if _, err := w.Write(line); err != nil {
			return err
		}
	}
	return nil
}

// jsonFragments are the constant parts of the JSON lines of one framework:
// the framework id and, per domain and aspect, everything up to its index.
type jsonFragments struct {
	framework []byte   // `,"framework":"…","index":"`
	domains   [][]byte // `{"code":"D1","name":"…","index":"`
	aspects   [][]byte
}

func newJSONFragments(fw *spbe.Framework, lang smartcity.Lang) *jsonFragments {
	f := &jsonFragments{
		framework: append(append([]byte(`,"framework":`), jsonString(fw.ID())...), `,"index":"`...),
	}
	part := func(code string, name spbe.Text) []byte {
		b := append([]byte(`{"code":`), jsonString(code)...)
		b = append(b, `,"name":`...)
		b = append(b, jsonString(name.In(lang))...)
		return append(b, `,"index":"`...)
	}
	for _, d := range fw.Domains() {
		f.domains = append(f.domains, part(d.Code, d.Name))
	}
	for _, a := range fw.Aspects() {
		f.aspects = append(f.aspects, part(a.Code, a.Name))
	}
	return f
}

// jsonString returns s as a JSON string, as encoding/json writes it with
// HTML escaping off.
func jsonString(s string) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s) // a string always encodes
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
}

// appendLine appends the JSON line of one result.
func (f *jsonFragments) appendLine(b []byte, s scored) ([]byte, error) {
	res := s.res
	if len(res.Domains) != len(f.domains) || len(res.Aspects) != len(f.aspects) {
		return b, errorf("a result of %d domains and %d aspects for a framework of %d and %d",
			len(res.Domains), len(res.Aspects), len(f.domains), len(f.aspects))
	}
	b = append(b, `{"instansi":`...)
	b = append(b, jsonString(s.instansi)...)
	b = append(b, `,"tahun":`...)
	b = strconv.AppendInt(b, int64(s.year), 10)
	b = append(b, f.framework...)
	b = res.Index.AppendFormat(b, 2)
	b = append(b, `","index_exact":"`...)
	b = res.Index.AppendExact(b)
	b = append(b, `","predicate":"`...)
	b = append(b, res.Predicate.String()...)
	b = append(b, `","predicate_basis":"`...)
	b = append(b, res.Basis.String()...)
	b = append(b, `","unanswered":`...)
	b = strconv.AppendInt(b, int64(res.Unanswered), 10)
	b = append(b, `,"domains":[`...)
	b = appendParts(b, f.domains, res.Domains)
	b = append(b, `],"aspects":[`...)
	b = appendParts(b, f.aspects, res.Aspects)
	b = append(b, ']')
	if len(res.External) > 0 {
		ext, err := json.Marshal(res.External)
		if err != nil {
			return b, err
		}
		b = append(b, `,"external":`...)
		b = append(b, ext...)
	}
	return append(b, "}\n"...), nil
}

func appendParts(b []byte, frags [][]byte, idx []spbe.Index) []byte {
	for i, x := range idx {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, frags[i]...)
		b = x.AppendFormat(b, 2)
		b = append(b, `","index_exact":"`...)
		b = x.AppendExact(b)
		b = append(b, `"}`...)
	}
	return b
}

// scoreJSON builds the JSON form of one result.
func scoreJSON(s scored, lang smartcity.Lang) spbeScoreJSON {
	res, fw := s.res, s.res.Framework
	out := spbeScoreJSON{
		Instansi:       s.instansi,
		Tahun:          s.year,
		Framework:      fw.ID(),
		Index:          res.Index.String(),
		IndexExact:     res.Index.Exact(),
		Predicate:      res.Predicate.String(),
		PredicateBasis: res.Basis.String(),
		Unanswered:     res.Unanswered,
		Domains:        make([]spbePartJSON, len(res.Domains)),
		Aspects:        make([]spbePartJSON, len(res.Aspects)),
		External:       res.External,
	}
	for d, idx := range res.Domains {
		dom := fw.DomainAt(d)
		out.Domains[d] = spbePartJSON{Code: dom.Code, Name: dom.Name.In(lang), Index: idx.String(), IndexExact: idx.Exact()}
	}
	for a, idx := range res.Aspects {
		asp := fw.AspectAt(a)
		out.Aspects[a] = spbePartJSON{Code: asp.Code, Name: asp.Name.In(lang), Index: idx.String(), IndexExact: idx.Exact()}
	}
	return out
}

// writeScoresTable writes one assessment in detail, or many one per line.
// The columns between the year and the index are the top parts of the
// results' framework (topParts) when they share one; results of several
// frameworks get a framework column instead.
func writeScoresTable(w io.Writer, results []scored, lang smartcity.Lang) error {
	if len(results) == 1 {
		return writeScoreDetail(w, results[0], lang)
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	words := [...]string{"Instansi", "Tahun", "Indeks", "Predikat", "Kerangka"}
	if lang == smartcity.English {
		words = [...]string{"Instansi", "Year", "Index", "Predicate", "Framework"}
	}
	shared := sharedFramework(results)
	var header strings.Builder
	header.WriteString(words[0] + "\t" + words[1])
	switch {
	case shared != nil:
		for _, code := range topParts(shared) {
			header.WriteString("\t" + code)
		}
	case len(results) > 0:
		header.WriteString("\t" + words[4])
	}
	header.WriteString("\t" + words[2] + "\t" + words[3] + "\n")
	if _, err := io.WriteString(tw, header.String()); err != nil {
		return err
	}
	var line []byte
	for _, s := range results {
		fw := s.res.Framework
		line = append(line[:0], s.instansi...)
		line = append(line, '\t')
		if s.year != 0 {
			line = strconv.AppendInt(line, int64(s.year), 10)
		}
		if shared != nil {
			for _, x := range topIndices(s.res) {
				line = append(line, '\t')
				line = x.AppendFormat(line, 2)
			}
		} else {
			line = append(line, '\t')
			line = append(line, fw.ID()...)
		}
		line = append(line, '\t')
		line = s.res.Index.AppendFormat(line, 2)
		line = append(line, '\t')
		line = append(line, fw.PredicateName(s.res.Predicate, lang)...)
		line = append(line, '\n')
		if _, err := tw.Write(line); err != nil {
			return err
		}
	}
	return tw.Flush()
}

// sharedFramework returns the framework of every result, or nil when they
// were scored under different frameworks (a JSON array of assessments of
// 2025 and 2026, say) or there are none.
func sharedFramework(results []scored) *spbe.Framework {
	if len(results) == 0 {
		return nil
	}
	fw := results[0].res.Framework
	for _, s := range results[1:] {
		if f := s.res.Framework; f != fw && f.ID() != fw.ID() {
			return nil
		}
	}
	return fw
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
func topIndices(res *spbe.Result) []spbe.Index {
	if res.Framework.HasDomains() {
		return res.Domains
	}
	return res.Aspects
}

// writeScoreDetail writes one result with its domains and aspects, or with
// its aspects alone for a framework without domains, and the levels taken
// from outside scores.
func writeScoreDetail(w io.Writer, s scored, lang smartcity.Lang) error {
	res, fw := s.res, s.res.Framework
	en := lang == smartcity.English
	title := s.instansi
	if title == "" {
		title = "(instansi?)"
	}
	if s.year != 0 {
		title += ", " + strconv.Itoa(s.year)
		if m := fw.Method(s.year); m != spbe.Evaluasi && m.IsValid() {
			title += " (" + m.Name(lang) + ")"
		}
	}
	basis := map[spbe.PredicateBasis]string{spbe.Unrounded: "predikat dari indeks tanpa pembulatan", spbe.Rounded: "predikat dari indeks yang dibulatkan"}
	exactly := "tepatnya"
	if en {
		basis = map[spbe.PredicateBasis]string{spbe.Unrounded: "predicate from the unrounded index", spbe.Rounded: "predicate from the rounded index"}
		exactly = "exactly"
	}
	fmt.Fprintf(w, "%s — %s\n", title, fw.Name().In(lang))
	fmt.Fprintf(w, "%s %s  %s  (%s %s; %s)\n", indexLabel(fw, lang), res.Index, fw.PredicateName(res.Predicate, lang), exactly, res.Index.Exact(), basis[res.Basis])
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
			fmt.Fprintf(tw, "%s  %s\t%s\n", asp.Code, asp.Name.In(lang), res.Aspects[a])
		}
		return tw.Flush()
	}
	for d, dom := range fw.Domains() {
		fmt.Fprintf(tw, "%s  %s\t%s\n", dom.Code, dom.Name.In(lang), res.Domains[d])
		for a, asp := range fw.Aspects() {
			if asp.Domain == dom.Code {
				fmt.Fprintf(tw, "    %s  %s\t%s\n", asp.Code, asp.Name.In(lang), res.Aspects[a])
			}
		}
	}
	return tw.Flush()
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
		return fmt.Sprintf("indicator %d: level %d from the %s of %s", x.Indicator, x.Level, source, x.Score)
	}
	return fmt.Sprintf("indikator %d: level %d dari %s %s", x.Indicator, x.Level, source, x.Score)
}
