package spbe

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/escape"
	"github.com/kotacerdas/smartcity/internal/markdown"
)

// Scored is a scored assessment as the reports, charts and exports present
// it: whose result it is, of which year, and the result. Build it from an
// Assessment and Framework.ScoreAssessment; ScoreAll yields one per
// assessment of a file.
type Scored struct {
	// Instansi is the assessed government body, "Pemerintah Kab. Rembang".
	Instansi string
	// Year is the evaluation year; 0 when unknown.
	Year int
	// Note is a remark shown with the result, such as the assessment's
	// catatan; optional.
	Note string
	// Result is the scored result; required.
	Result *Result
	// Warnings are what ScoreAll found worth a look in the assessment's
	// input without making it invalid: a value the sheet computed itself
	// (an Indeks, Predikat, domain or aspect column of a wide CSV) that
	// differs from Result, each of the rule StatedValueRule and the
	// severity smartcity.Warning, naming its row and column. Nil when
	// there are none.
	Warnings smartcity.Problems
}

// label returns the instansi and the year, "Pemerintah Kab. Rembang 2024",
// as reports name a result; "?" stands for a missing instansi.
func (s Scored) label() string {
	name := strings.TrimSpace(s.Instansi)
	if name == "" {
		name = "?"
	}
	if s.Year != 0 {
		name += " " + strconv.Itoa(s.Year)
	}
	return name
}

// errNoResult: a Scored without a Result, or a report without anything to
// show.
var errNoResult = errors.New("no result to report")

// check reports a Scored that cannot be shown.
func (s Scored) check(what string) error {
	if s.Result == nil || s.Result.Framework == nil {
		return fmt.Errorf("spbe: %s %s: %w", what, escape.Quote(s.label()), errNoResult)
	}
	r, fw := s.Result, s.Result.Framework
	if len(r.Levels) != fw.NumIndicators() || len(r.Aspects) != fw.NumAspects() || len(r.Domains) != fw.NumDomains() || !r.Index.IsValid() {
		return fmt.Errorf("spbe: %s %s: the result does not fit framework %s: %w", what, escape.Quote(s.label()), fw.ID(), errLevelCount)
	}
	return nil
}

// part is one of the parts right under a framework's index, into which
// the reports, charts and exports break the index down.
type part struct {
	code     string
	name     Text
	weightBP int64
}

// topParts returns the parts right under fw's index: its domains, or its
// aspects when it has none (the Indeks Pemerintah Digital).
func topParts(fw *Framework) []part {
	if fw.HasDomains() {
		out := make([]part, 0, fw.NumDomains())
		for _, d := range fw.Domains() {
			out = append(out, part{d.Code, d.Name, d.WeightBP})
		}
		return out
	}
	out := make([]part, 0, fw.NumAspects())
	for _, a := range fw.Aspects() {
		out = append(out, part{a.Code, a.Name, a.WeightBP})
	}
	return out
}

// topIndices returns res's indices of the parts of topParts, in order.
func topIndices(res *Result) []smartcity.Number {
	if res.Framework.HasDomains() {
		return res.Domains
	}
	return res.Aspects
}

// topOf returns the position, among topParts, of the part that holds the
// indicator at position i.
func topOf(fw *Framework, i int) int {
	a := fw.aspectAt(i)
	if fw.HasDomains() {
		return fw.domainAt(a)
	}
	return a
}

// ReportOptions choose what a report shows and in which language.
type ReportOptions struct {
	// Lang is the language of the report's words; the zero Lang is
	// Indonesian. Official names stay Indonesian where the framework has
	// no English gloss, and the predikat is always the official word.
	Lang smartcity.Lang
	// Target, when set, adds the gap to it: the index points still
	// missing, the distance and headroom of each domain (of each aspect
	// under a framework without domains), and the plan of the
	// fewest one-level raises (or the cheapest, with Plan.Costs) that
	// meets it.
	Target Target
	// Plan are the rules of that plan: yearly caps, frozen indicators,
	// minimums, costs. Its Basis defaults to the result's and its
	// Unanswered policy to the one the result was scored with.
	Plan PlanOptions
	// Compare, when set, is a second result of the same framework —
	// another instansi or another year — shown beside the first with the
	// differences.
	Compare *Scored
}

// WriteReport writes s as a Markdown report in opt.Lang: the framework,
// the method of the year when it was not a full evaluation (the
// Pemantauan SPBE 2025), the index and predikat, the domains, aspects and
// indicators with their weights, levels and level names, the comparison
// with opt.Compare and the gap to opt.Target with its improvement plan.
// Under the table of the domains (of the aspects, under a framework
// without domains) the chart of BarsSVG is drawn inline as SVG: the parts
// beside the target and the comparison.
// A framework without domains — the Indeks Pemerintah Digital — has no
// domain table: its aspect table carries the index, and the gap is shown
// per aspect. The predikat and its bounds are the framework's bands, the
// level names its scales', and a level converted from an outside score is
// marked with it ("4 (SDI 70)"), or as awaiting it. Numbers are written the way lang
// writes them ("3,99" in Indonesian), rounded half-up to two decimals as
// the official results are, with the exact index beside the total. User
// text is escaped, so a name holding "|" or "#" cannot break the document.
//
// The output depends on nothing but its input, byte for byte. Nothing is
// written when the report cannot be made: a missing result ("no result to
// report"), a comparison with another framework (ErrFrameworkMismatch) or
// a plan whose rules are invalid (an error holding smartcity.Problems).
func WriteReport(w io.Writer, s Scored, opt ReportOptions) error {
	if err := s.check("report of"); err != nil {
		return err
	}
	if c := opt.Compare; c != nil {
		if err := c.check("comparison with"); err != nil {
			return err
		}
		if c.Result.Framework.ID() != s.Result.Framework.ID() {
			return fmt.Errorf("spbe: cannot compare %s (%s) with %s (%s): %w",
				escape.Quote(s.label()), s.Result.Framework.ID(), escape.Quote(c.label()), c.Result.Framework.ID(), ErrFrameworkMismatch)
		}
	}
	r := reporter{s: s, opt: opt, lang: opt.Lang, fw: s.Result.Framework}
	r.header()
	r.domains()
	r.aspects()
	r.indicators()
	if !opt.Target.isZero() {
		if err := r.gap(); err != nil {
			return err
		}
	}
	out := append(bytes.TrimRight(r.b.Bytes(), "\n"), '\n')
	_, err := w.Write(out)
	return err
}

// reporter builds one Markdown report in memory.
type reporter struct {
	b    bytes.Buffer
	s    Scored
	opt  ReportOptions
	lang smartcity.Lang
	fw   *Framework
}

// word returns w in the report's language, as its framework says it.
func (r *reporter) word(w reportWord) string { return w.framed(r.fw).in(r.lang) }

// indexName is what the framework calls its index, in the report's
// language.
func (r *reporter) indexName() string { return markdown.Text(r.fw.IndexName().In(r.lang)) }

func (r *reporter) printf(format string, args ...any) { fmt.Fprintf(&r.b, format, args...) }

// num writes a decimal text with lang's separators.
func (r *reporter) num(s string) string { return r.lang.Decimal(s) }

// idx writes an index as published, two decimals.
func (r *reporter) idx(x smartcity.Number) string { return r.num(x.Format(2)) }

// predicate writes the framework's word for p, glossed in English.
func (r *reporter) predicate(p Predicate) string {
	word := r.fw.PredicateName(p, smartcity.Indonesian)
	if r.lang == smartcity.English {
		return word + " (" + r.fw.PredicateName(p, smartcity.English) + ")"
	}
	return word
}

func (r *reporter) header() {
	res := r.s.Result
	r.printf("# "+r.word(wTitle)+"\n\n", markdown.Text(r.s.label()))
	r.printf("%s: %s.", r.word(wFramework), markdown.Text(r.fw.Name().In(r.lang)))
	// A full evaluation is the rule; the year run otherwise is named.
	if m := r.fw.Method(r.s.Year); m.IsValid() && m != Evaluasi {
		r.printf(" "+r.word(wMethod), r.s.Year, m.Name(r.lang))
	}
	r.printf("\n\n")
	basis := r.word(wBasisUnrounded)
	if res.Basis == Rounded {
		basis = r.word(wBasisRounded)
	}
	r.printf("**%s %s — %s** (%s %s; %s).\n\n", r.indexName(), r.idx(res.Index), r.predicate(res.Predicate),
		r.word(wExactly), r.exact(res.Index), basis)
	if res.Unanswered > 0 {
		r.printf(r.word(wUnanswered)+"\n\n", res.Unanswered)
	}
	if c := r.opt.Compare; c != nil {
		r.printf(r.word(wCompareWith)+"\n\n", fmt.Sprintf("%s, %s %s — %s", markdown.Text(c.label()), r.indexName(), r.idx(c.Result.Index), r.predicate(c.Result.Predicate)))
	}
	if n := strings.TrimSpace(r.s.Note); n != "" {
		r.printf("%s: %s\n\n", r.word(wNote), markdown.Text(n))
	}
	if c := r.opt.Compare; c != nil && strings.TrimSpace(c.Note) != "" {
		r.printf("%s (%s): %s\n\n", r.word(wNote), markdown.Text(c.label()), markdown.Text(c.Note))
	}
}

// exact writes x exactly, as a decimal with at least the two places the
// results are printed with ("4,00", "0,30", "3,987"; Number.Decimal).
func (r *reporter) exact(x smartcity.Number) string { return r.num(x.Decimal(2)) }

// weight writes a weight in basis points as a percentage, "1,30%".
func (r *reporter) weight(bp int64) string {
	s, err := r.lang.Percent(bp, WeightTotal, 2)
	if err != nil {
		return "–"
	}
	return s
}

// diff writes x − y rounded to two decimals with its sign.
func (r *reporter) diff(x, y smartcity.Number) string {
	d, ok := x.Sub(y)
	if !ok {
		return "–"
	}
	return r.lang.Signed(d.Format(2))
}

func (r *reporter) compareHeader(h []string, right []bool) ([]string, []bool) {
	if c := r.opt.Compare; c != nil {
		h = append(h, markdown.Text(c.label()), r.word(wDifference))
		right = append(right, true, true)
	}
	return h, right
}

// totalRow is the row of the index that ends the table of the parts right
// under it.
func (r *reporter) totalRow() []string {
	res := r.s.Result
	total := []string{"", "**" + r.indexName() + "**", r.weight(WeightTotal), "**" + r.idx(res.Index) + "**"}
	if c := r.opt.Compare; c != nil {
		total = append(total, r.idx(c.Result.Index), r.diff(res.Index, c.Result.Index))
	}
	return total
}

// domains writes the domain table; a framework without domains has none.
func (r *reporter) domains() {
	if !r.fw.HasDomains() {
		return
	}
	res := r.s.Result
	r.printf("## %s\n\n", r.word(wDomains))
	h, right := r.compareHeader([]string{r.word(wCode), r.word(wDomain), r.word(wWeight), r.word(wIndexShort)}, []bool{false, false, true, true})
	rows := make([][]string, 0, r.fw.NumDomains()+1)
	for d, dom := range r.fw.Domains() {
		row := []string{markdown.Text(dom.Code), markdown.Text(dom.Name.In(r.lang)), r.weight(dom.WeightBP), r.idx(res.Domains[d])}
		if c := r.opt.Compare; c != nil {
			row = append(row, r.idx(c.Result.Domains[d]), r.diff(res.Domains[d], c.Result.Domains[d]))
		}
		rows = append(rows, row)
	}
	markdown.Table(&r.b, h, right, append(rows, r.totalRow()))
	r.figure()
}

// figure draws the parts right under the index — the domains, or the
// aspects under a framework without domains — beside the target and the
// comparison, under their table. A framework with more parts than a chart
// holds has the table alone.
func (r *reporter) figure() {
	if svg, err := BarsSVG(r.s, r.opt); err == nil {
		markdown.Figure(&r.b, svg)
	}
}

// aspects writes the aspect table: with each aspect's domain when the
// framework has domains, else ending with the index the aspects make up.
func (r *reporter) aspects() {
	res, domains := r.s.Result, r.fw.HasDomains()
	r.printf("## %s\n\n", r.word(wAspects))
	h, right := []string{r.word(wCode), r.word(wAspect)}, []bool{false, false}
	if domains {
		h, right = append(h, r.word(wDomain)), append(right, false)
	}
	h, right = r.compareHeader(append(h, r.word(wWeight), r.word(wIndexShort)), append(right, true, true))
	rows := make([][]string, 0, r.fw.NumAspects()+1)
	for a, asp := range r.fw.Aspects() {
		row := []string{markdown.Text(asp.Code), markdown.Text(asp.Name.In(r.lang))}
		if domains {
			row = append(row, markdown.Text(asp.Domain))
		}
		row = append(row, r.weight(asp.WeightBP), r.idx(res.Aspects[a]))
		if c := r.opt.Compare; c != nil {
			row = append(row, r.idx(c.Result.Aspects[a]), r.diff(res.Aspects[a], c.Result.Aspects[a]))
		}
		rows = append(rows, row)
	}
	if !domains {
		rows = append(rows, r.totalRow())
	}
	markdown.Table(&r.b, h, right, rows)
	if !domains {
		r.figure()
	}
}

// level writes a level and its name; an unanswered level scored 0 in a
// framework whose levels start at 1 is a dash.
func (r *reporter) level(i int, l Level) (string, string) {
	if l < r.fw.MinLevel() {
		return "–", ""
	}
	return l.String(), markdown.Text(r.fw.levelNameAt(i, l).In(r.lang))
}

// external writes the level of an indicator converted from an outside
// score, with the score ("4 (SDI 70)") or as awaiting it ("1 (menunggu
// nilai SDI)").
func (r *reporter) external(x ExternalLevel) string {
	source := markdown.Text(strings.ToUpper(x.Source))
	if x.Pending {
		return x.Level.String() + " (" + fmt.Sprintf(r.word(wExternalPending), source) + ")"
	}
	return x.Level.String() + " (" + source + " " + markdown.Text(r.num(x.Score)) + ")"
}

// externalLegend names the outside evaluations the levels were converted
// from, each once, in the order of the indicators they value.
func (r *reporter) externalLegend() {
	var parts []string
	seen := map[string]bool{}
	for _, x := range r.s.Result.External {
		if seen[x.Source] {
			continue
		}
		seen[x.Source] = true
		item := markdown.Text(strings.ToUpper(x.Source))
		if c, ok := r.fw.Conversion(x.Indicator); ok && c.Name.ID != "" {
			item += " — " + markdown.Text(c.Name.In(r.lang))
		}
		parts = append(parts, item)
	}
	if len(parts) > 0 {
		r.printf(r.word(wExternalLegend)+"\n\n", strings.Join(parts, "; "))
	}
}

func (r *reporter) indicators() {
	res := r.s.Result
	external := make(map[int]ExternalLevel, len(res.External))
	for _, x := range res.External {
		external[x.Indicator] = x
	}
	r.printf("## %s\n\n", r.word(wIndicators))
	h := []string{r.word(wNumber), r.word(wIndicator), r.word(wAspect), r.word(wWeight), r.word(wLevel), r.word(wLevelName)}
	right := []bool{true, false, false, true, true, false}
	if c := r.opt.Compare; c != nil {
		h = append(h, markdown.Text(c.label()))
		right = append(right, true)
	}
	rows := make([][]string, 0, r.fw.NumIndicators())
	for i, ind := range r.fw.Indicators() {
		l, name := r.level(i, res.Levels[i])
		if x, ok := external[ind.Number]; ok && x.Level == res.Levels[i] {
			l = r.external(x)
		}
		row := []string{strconv.Itoa(ind.Number), markdown.Text(ind.Name.In(r.lang)), markdown.Text(ind.Aspect), r.weight(ind.WeightBP), l, name}
		if c := r.opt.Compare; c != nil {
			cl, _ := r.level(i, c.Result.Levels[i])
			row = append(row, cl)
		}
		rows = append(rows, row)
	}
	markdown.Table(&r.b, h, right, rows)
	r.externalLegend()
}

// scoreNeeded writes, for an indicator whose level is converted from an
// outside score, the score that level l takes: ", SDI ≥ 75"; "" for
// another indicator.
func (r *reporter) scoreNeeded(number int, l Level) string {
	c, ok := r.fw.Conversion(number)
	k := int(l) - 2 // Edges[0] begins level 2
	if !ok || k < 0 || k >= len(c.Edges) {
		return ""
	}
	op := " ≥ "
	if c.EdgeLower {
		op = " > "
	}
	return ", " + markdown.Text(strings.ToUpper(c.Source)) + op + markdown.Text(r.num(c.Edges[k]))
}

// bpIndex writes basis points of the index (Σ level × weight) as index
// points, exactly: 2130 is "0,213".
func (r *reporter) bpIndex(bp int64) string { return r.exact(smartcity.NewNumber(bp, WeightTotal)) }

func (r *reporter) gap() error {
	res, t := r.s.Result, r.opt.Target
	popt := r.opt.Plan
	popt.Basis = popt.Basis.or(res.Basis)
	if res.Unanswered > 0 {
		popt.Unanswered = UnansweredZero
	}
	plan, err := r.fw.Plan(res.Levels, t, popt)
	if err != nil {
		return err
	}
	r.printf("## %s\n\n", r.word(wGap))
	if need, have := t.Numerator(r.fw, popt.Basis), res.Numerator(); need > 0 {
		goal := smartcity.NewNumber(need, WeightTotal)
		r.printf(r.word(wGapTarget)+"\n\n", r.targetText(t), r.exact(goal), r.lang.Thousands(need))
		if have >= need {
			r.printf(r.word(wGapReached)+"\n\n", r.exact(res.Index))
		} else {
			r.printf(r.word(wGapPoints)+"\n\n", r.exact(res.Index), r.lang.Thousands(have), r.bpIndex(need-have), r.lang.Thousands(need-have))
		}
		r.partGaps(goal)
	}
	r.plan(plan, t.Numerator(r.fw, popt.Basis))
	return nil
}

// targetText names a target in the report's words.
func (r *reporter) targetText(t Target) string {
	var parts []string
	if predicates.IsValid(t.Predicate) {
		parts = append(parts, r.predicate(t.Predicate))
	}
	if t.Index.IsValid() {
		parts = append(parts, r.exact(t.Index))
	}
	if t.Profile != nil {
		parts = append(parts, r.word(wProfile))
	}
	return strings.Join(parts, " + ")
}

// partGaps lists the distance to the goal and the headroom of each part
// right under the index — each domain, or each aspect under a framework
// without domains: what the index gains when all the part's indicators
// reach the top level.
func (r *reporter) partGaps(goal smartcity.Number) {
	res := r.s.Result
	parts, indices := topParts(r.fw), topIndices(res)
	r.printf(r.word(wGapHeadroom)+"\n\n", r.fw.MaxLevel())
	h := []string{r.word(wCode), r.word(wDomain), r.word(wIndexShort), fmt.Sprintf(r.word(wDistance), r.exact(goal)), r.word(wHeadroom)}
	right := []bool{false, false, true, true, true}
	headroom := make([]int64, len(parts))
	for i := range r.fw.Indicators() {
		if l := res.Levels[i]; l < r.fw.MaxLevel() {
			headroom[topOf(r.fw, i)] += int64(r.fw.MaxLevel()-l) * r.fw.weight[i]
		}
	}
	rows := make([][]string, 0, len(parts))
	for k, p := range parts {
		dist := r.word(wGapDomainMet)
		if indices[k].Cmp(goal) < 0 {
			dist = strings.TrimPrefix(r.diff(goal, indices[k]), "+")
		}
		rows = append(rows, []string{markdown.Text(p.code), markdown.Text(p.name.In(r.lang)), r.idx(indices[k]), dist, r.bpIndex(headroom[k])})
	}
	markdown.Table(&r.b, h, right, rows)
}

// plan writes the improvement plan's steps and outcome.
func (r *reporter) plan(p *Plan, need int64) {
	r.printf("### %s\n\n", r.word(wPlan))
	if len(p.Steps) > 0 {
		r.printf("%s\n\n", r.word(wPlanIntro))
		withYear := r.opt.Plan.StartYear != 0 || p.Years > 1
		var h []string
		var right []bool
		if withYear {
			h, right = append(h, r.word(wYear)), append(right, true)
		}
		h = append(h, r.word(wNumber), r.word(wIndicator), r.word(wRaise), r.word(wIndexAfter))
		right = append(right, true, false, false, true)
		if p.Priced {
			h, right = append(h, r.word(wCost)), append(right, true)
		}
		rows := make([][]string, 0, len(p.Steps))
		for _, s := range p.Steps {
			var row []string
			if withYear {
				row = append(row, strconv.Itoa(s.Year))
			}
			raise := fmt.Sprintf("%d → %d", s.From, s.To)
			from, to := r.fw.LevelName(s.Indicator, s.From).In(r.lang), r.fw.LevelName(s.Indicator, s.To).In(r.lang)
			if from != "" && to != "" {
				raise += " (" + markdown.Text(from) + " → " + markdown.Text(to) + ")"
			}
			raise += r.scoreNeeded(s.Indicator, s.To)
			if s.Required {
				raise += ", " + r.word(wRequired)
			}
			ind, _ := r.fw.Indicator(s.Indicator)
			row = append(row, strconv.Itoa(s.Indicator), markdown.Text(ind.Name.In(r.lang)), raise, r.idx(s.IndexAfter))
			if p.Priced {
				row = append(row, r.lang.Thousands(s.Cost))
			}
			rows = append(rows, row)
		}
		markdown.Table(&r.b, h, right, rows)
	}
	switch {
	case p.Reached && len(p.Steps) == 0:
		r.printf(r.word(wPlanNone)+"\n", r.idx(p.To), r.predicate(p.ToPredicate))
	case p.Reached:
		r.printf(r.word(wPlanReached)+"\n", p.Raises(), r.idx(p.To), r.predicate(p.ToPredicate))
	case need > 0 && p.To.Cmp(smartcity.NewNumber(need, WeightTotal)) >= 0:
		r.printf(r.word(wPlanMinimums)+"\n", p.Raises(), r.idx(p.To), r.predicate(p.ToPredicate))
	default:
		r.printf(r.word(wPlanShort)+"\n", p.Raises(), r.idx(p.To), r.predicate(p.ToPredicate))
		if len(p.Bounds) > 0 {
			parts := make([]string, 0, len(p.Bounds))
			for _, b := range p.Bounds {
				nums := make([]string, len(b.Indicators))
				for i, n := range b.Indicators {
					nums[i] = strconv.Itoa(n)
				}
				parts = append(parts, r.limit(b.Limit)+" ("+strings.Join(nums, ", ")+")")
			}
			r.printf("\n"+r.word(wPlanBounds)+"\n", strings.Join(parts, "; "))
		}
	}
	if len(p.Shortfalls) > 0 {
		parts := make([]string, 0, len(p.Shortfalls))
		for _, sf := range p.Shortfalls {
			what, got, want := markdown.Text(sf.Domain), r.exact(sf.Got), r.exact(sf.Want)
			if sf.Indicator != 0 {
				// An indicator's shortfall is in whole levels.
				what, got, want = fmt.Sprintf(r.word(wShortfallIndicator), sf.Indicator), sf.Got.Exact(), sf.Want.Exact()
				got, want = strings.TrimSuffix(got, "/1"), strings.TrimSuffix(want, "/1")
			}
			parts = append(parts, fmt.Sprintf("%s %s < %s (%s)", what, got, want, r.limit(sf.Limit)))
		}
		r.printf("\n"+r.word(wShortfalls)+"\n", strings.Join(parts, "; "))
	}
	if p.Priced {
		r.printf("\n"+r.word(wTotalCost)+"\n", r.lang.Thousands(p.TotalCost))
	}
}

func (r *reporter) limit(l Limit) string {
	switch l {
	case LimitFrozen:
		return r.word(wLimitFrozen)
	case LimitRaiseCap:
		return r.word(wLimitRaiseCap)
	case LimitUnpriced:
		return r.word(wLimitUnpriced)
	case LimitMaxLevel:
		return r.word(wLimitMaxLevel)
	}
	return l.String()
}
