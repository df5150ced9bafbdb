package masterplan

import (
	"bytes"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/check"
	"github.com/kotacerdas/smartcity/internal/markdown"
	"github.com/kotacerdas/smartcity/pillar"
)

// ReportOptions choose the language of the reports and charts.
type ReportOptions struct {
	// Lang is the language of the report's words and of the names of
	// pillars, elements, horizons and sources; the zero Lang is
	// Indonesian. Text from the plan (names, vision, notes) is shown as
	// written.
	Lang smartcity.Lang
}

// WriteReport writes the plan as a Markdown report in opt.Lang, for a
// regency to put before its Bupati: the region, period, legal basis and
// totals; the vision and missions; the coverage matrix of the six pillars
// and their three elements (programmes / quick wins); the budget by pillar
// and year and by funding source, in rupiah written the way lang writes them
// ("Rp1.250.000.000", "IDR 1,250,000,000"), with the chart of
// PillarSharesSVG inline as SVG under the budget by pillar; the roadmap
// year by year; the
// quick wins; every programme; and the notes the plan carries, such as which
// parts are illustrative. Illustrative programmes and legal bases are marked
// so.
//
// Text from the plan is escaped, so a programme named "A | B" or "# x"
// cannot break the document, and the output is the same, byte for byte, for
// the same plan. The report is meant for a plan that validates; on others it
// shows what Summarize can compute. The error wraps
// ErrOverflow when a total does not fit in an int64; nothing is written
// then.
func (p *Plan) WriteReport(w io.Writer, opt ReportOptions) error {
	s, err := p.Summarize()
	if err != nil {
		return err
	}
	byProgram, err := p.programTotals()
	if err != nil {
		return err
	}
	r := planReporter{p: p, s: s, lang: opt.Lang.Or(smartcity.Indonesian), totals: byProgram}
	r.header()
	r.vision()
	r.coverage()
	if err := r.budget(); err != nil {
		return err
	}
	r.roadmap()
	r.quickWins()
	r.programs()
	r.notes()
	out := append(bytes.TrimRight(r.b.Bytes(), "\n"), '\n')
	_, err = w.Write(out)
	return err
}

// programTotals returns each programme's total budget, by position.
func (p *Plan) programTotals() ([]int64, error) {
	out := make([]int64, len(p.Programs))
	for i := range p.Programs {
		t, err := p.Programs[i].budgetTotal()
		if err != nil {
			return nil, err
		}
		out[i] = t
	}
	return out, nil
}

// planReporter builds one Markdown report in memory.
type planReporter struct {
	b      bytes.Buffer
	p      *Plan
	s      *Summary
	lang   smartcity.Lang
	totals []int64
}

func (r *planReporter) word(w reportWord) string { return w.in(r.lang) }

func (r *planReporter) printf(format string, args ...any) { fmt.Fprintf(&r.b, format, args...) }

func (r *planReporter) rupiah(v int64) string { return r.lang.Rupiah(v) }

// amount writes a budget cell: rupiah, or a dash for nothing.
func (r *planReporter) amount(v int64) string {
	if v == 0 {
		return "–"
	}
	return r.rupiah(v)
}

// illustrative appends the illustrative mark to text when flag is set.
func (r *planReporter) illustrative(text string, flag bool) string {
	if flag {
		return text + " _(" + r.word(rwIllustrative) + ")_"
	}
	return text
}

// yearSpan writes a span of years, "2022–2024" or "2023".
func yearSpan(from, to int) string {
	if from == to {
		return strconv.Itoa(from)
	}
	return strconv.Itoa(from) + "–" + strconv.Itoa(to)
}

// pillarLabel is a pillar's code and name, or the words for no pillar.
func (r *planReporter) pillarLabel(pl pillar.Pillar) string {
	if !pl.IsValid() {
		return r.word(rwNoPillar)
	}
	return pl.String() + " " + pl.Name(r.lang)
}

func (r *planReporter) header() {
	p := r.p
	r.printf("# "+r.word(rwTitle)+"\n\n", markdown.Text(p.Region.FullName(r.lang)), p.Period.StartYear, p.Period.EndYear)
	region := markdown.Text(p.Region.FullName(r.lang))
	if prov := strings.TrimSpace(p.Region.Province); prov != "" && p.Region.Kind != Provinsi {
		region += ", " + markdown.Text(prov)
	}
	if code := strings.TrimSpace(p.Region.KemendagriCode); code != "" {
		region += " (" + r.word(rwKemendagri) + " " + markdown.Text(code) + ")"
	}
	r.printf("- **%s:** %s\n", r.word(rwRegion), region)
	r.printf("- **%s:** %s ("+r.word(rwYears)+")\n", r.word(rwPeriod), yearSpan(p.Period.StartYear, p.Period.EndYear), p.Period.years())
	if p.RPJMD.StartYear != 0 || p.RPJMD.EndYear != 0 {
		r.printf("- **%s:** %s\n", r.word(rwRPJMD), yearSpan(p.RPJMD.StartYear, p.RPJMD.EndYear))
	}
	legal := r.word(rwLegalNone)
	if lb := p.LegalBasis; lb != nil {
		legal = markdown.Text(lb.Cite())
		if t := strings.TrimSpace(lb.Title); t != "" {
			legal += ": " + markdown.Text(t)
		}
		legal = r.illustrative(legal, lb.Illustrative)
	}
	r.printf("- **%s:** %s\n", r.word(rwLegalBasis), legal)
	r.printf("- **%s:** "+r.word(rwProgramCount)+"\n", r.word(rwPrograms), len(p.Programs), len(r.s.QuickWins))
	r.printf("- **%s:** %s\n", r.word(rwBudget), r.rupiah(r.s.Budget.Total))
	if spbe := p.Readiness.SPBE; spbe != nil {
		r.printf("- **%s:** %s (%d), %s\n", r.word(rwSPBE), markdown.Text(r.lang.Decimal(spbe.Index)), spbe.Year, markdown.Text(spbe.Predikat))
	}
	r.printf("\n")
}

func (r *planReporter) vision() {
	if v := strings.TrimSpace(r.p.Vision); v != "" {
		r.printf("## %s\n\n> %s\n\n", r.word(rwVision), markdown.Text(v))
	}
	if len(r.p.Missions) > 0 {
		r.printf("## %s\n\n", r.word(rwMissions))
		for i, m := range r.p.Missions {
			r.printf("%d. %s\n", i+1, markdown.Text(m))
		}
		r.printf("\n")
	}
}

func (r *planReporter) coverage() {
	r.printf("## %s\n\n%s\n\n", r.word(rwCoverage), r.word(rwCoverageIntro))
	h := []string{r.word(rwPillar), r.word(rwElement) + " 1", r.word(rwElement) + " 2", r.word(rwElement) + " 3", r.word(rwTotal)}
	rows := make([][]string, 0, len(r.s.Coverage)+1)
	var programs, quickWins int
	for _, pc := range r.s.Coverage {
		row := []string{r.pillarLabel(pc.Pillar)}
		for _, ec := range pc.Elements {
			row = append(row, fmt.Sprintf("%s %s: %d / %d", ec.Element, ec.Element.Name(r.lang), ec.Programs, ec.QuickWins))
		}
		row = append(row, fmt.Sprintf("%d / %d", pc.Programs, pc.QuickWins))
		rows = append(rows, row)
		programs += pc.Programs
		quickWins += pc.QuickWins
	}
	rows = append(rows, []string{"**" + r.word(rwTotal) + "**", "", "", "", fmt.Sprintf("**%d / %d**", programs, quickWins)})
	markdown.Table(&r.b, h, []bool{false, false, false, false, true}, rows)
}

// budgetYears are the columns of the budget by year: the plan's years when
// its period is usable, and every year that has budget.
func (p *Plan) budgetYears(b *BudgetSummary) []int {
	var ys []int
	pp := p.Period
	if check.ValidYear(pp.StartYear) && check.ValidYear(pp.EndYear) && pp.StartYear <= pp.EndYear && pp.years() <= MaxPlanYears {
		for y := pp.StartYear; y <= pp.EndYear; y++ {
			ys = append(ys, y)
		}
	}
	for _, ya := range b.ByYear {
		ys = append(ys, ya.Year)
	}
	slices.Sort(ys)
	return slices.Compact(ys)
}

func (r *planReporter) budget() error {
	b := &r.s.Budget
	ys := r.p.budgetYears(b)
	r.printf("## %s\n\n### %s\n\n", r.word(rwBudget), r.word(rwBudgetByPillarYear))
	h := []string{r.word(rwPillar)}
	right := []bool{false}
	for _, y := range ys {
		h, right = append(h, strconv.Itoa(y)), append(right, true)
	}
	h, right = append(h, r.word(rwTotal)), append(right, true)
	rows := make([][]string, 0, len(b.ByPillar)+1)
	for _, pa := range b.ByPillar {
		row := []string{r.pillarLabel(pa.Pillar)}
		for _, y := range ys {
			var sum int64
			for s := APBD; s <= OtherSource; s++ {
				var err error
				if sum, err = addAmount(sum, b.Amount(pa.Pillar, y, s), func() *overflowError {
					return overflow("budget of pillar %s in %d", pillarCode(pa.Pillar), y)
				}); err != nil {
					return err
				}
			}
			row = append(row, r.amount(sum))
		}
		rows = append(rows, append(row, r.amount(pa.Amount)))
	}
	total := []string{"**" + r.word(rwTotal) + "**"}
	for _, y := range ys {
		var v int64
		for _, ya := range b.ByYear {
			if ya.Year == y {
				v = ya.Amount
			}
		}
		total = append(total, r.amount(v))
	}
	rows = append(rows, append(total, "**"+r.rupiah(b.Total)+"**"))
	markdown.Table(&r.b, h, right, rows)
	// The pillars' shares of the programmes and of the budget, drawn. A
	// plan without programmes has nothing to draw; a total beyond int64
	// has failed the summary already.
	if svg, err := r.p.PillarSharesSVG(ReportOptions{Lang: r.lang}); err == nil {
		markdown.Figure(&r.b, svg)
	}

	r.printf("### %s\n\n", r.word(rwBudgetBySource))
	rows = rows[:0]
	for _, sa := range b.BySource {
		share := "–"
		if s, err := r.lang.Percent(sa.Amount, b.Total, 1); err == nil {
			share = s
		}
		rows = append(rows, []string{sa.Source.Name(r.lang), r.rupiah(sa.Amount), share})
	}
	totalShare := "–"
	if b.Total != 0 {
		totalShare, _ = r.lang.Percent(1, 1, 1)
	}
	rows = append(rows, []string{"**" + r.word(rwTotal) + "**", "**" + r.rupiah(b.Total) + "**", totalShare})
	markdown.Table(&r.b, []string{r.word(rwSource), r.word(rwAmount), r.word(rwShare)}, []bool{false, true, true}, rows)
	return nil
}

// idList writes a list of programme ids, or a dash for none.
func idList(list []string) string {
	if len(list) == 0 {
		return "–"
	}
	out := make([]string, len(list))
	for i, id := range list {
		out[i] = markdown.Text(id)
	}
	return strings.Join(out, ", ")
}

func (r *planReporter) roadmap() {
	if len(r.s.Roadmap) == 0 {
		return
	}
	r.printf("## %s\n\n", r.word(rwRoadmap))
	rows := make([][]string, 0, len(r.s.Roadmap))
	for _, ry := range r.s.Roadmap {
		rows = append(rows, []string{strconv.Itoa(ry.Year), strconv.Itoa(len(ry.Running)), idList(ry.Starting), idList(ry.Ending), r.amount(ry.Budget)})
	}
	markdown.Table(&r.b, []string{r.word(rwYear), r.word(rwRunning), r.word(rwStarting), r.word(rwEnding), r.word(rwAmount)},
		[]bool{true, true, false, false, true}, rows)
}

func (r *planReporter) quickWins() {
	r.printf("## %s\n\n", r.word(rwQuickWins))
	if len(r.s.QuickWins) == 0 {
		r.printf("%s\n\n", r.word(rwQuickWinsNone))
		return
	}
	rows := make([][]string, 0, len(r.s.QuickWins))
	for _, q := range r.s.QuickWins {
		rows = append(rows, []string{
			markdown.Text(q.ID), r.illustrative(markdown.Text(q.Name), q.Illustrative), r.elementLabel(q.Element),
			markdown.Text(q.ResponsibleOPD), yearSpan(q.StartYear, q.EndYear), r.amount(q.Budget),
		})
	}
	markdown.Table(&r.b, []string{r.word(rwID), r.word(rwProgram), r.word(rwElement), r.word(rwOPD), r.word(rwYear), r.word(rwAmount)},
		[]bool{false, false, false, false, false, true}, rows)
}

// elementLabel is an element's code and name, or its code alone when it
// is not valid.
func (r *planReporter) elementLabel(e pillar.Element) string {
	if !e.IsValid() {
		return markdown.Text(e.String())
	}
	return e.String() + " " + e.Name(r.lang)
}

func (r *planReporter) programs() {
	r.printf("## %s\n\n", r.word(rwPrograms))
	rows := make([][]string, 0, len(r.p.Programs))
	for i := range r.p.Programs {
		pr := &r.p.Programs[i]
		qw := ""
		if pr.QuickWin {
			qw = r.word(rwYes)
		}
		rows = append(rows, []string{
			markdown.Text(pr.ID), r.illustrative(markdown.Text(pr.Name), pr.Illustrative), r.elementLabel(pr.Element),
			markdown.Text(pr.ResponsibleOPD), pr.Horizon.Name(r.lang), yearSpan(pr.StartYear, pr.EndYear), qw, r.amount(r.totals[i]),
		})
	}
	markdown.Table(&r.b, []string{r.word(rwID), r.word(rwProgram), r.word(rwElement), r.word(rwOPD), r.word(rwHorizon), r.word(rwYear), r.word(rwQuickWin), r.word(rwAmount)},
		[]bool{false, false, false, false, false, false, false, true}, rows)
}

func (r *planReporter) notes() {
	if len(r.p.Notes) == 0 {
		return
	}
	r.printf("## %s\n\n", r.word(rwNotes))
	for _, n := range r.p.Notes {
		r.printf("- %s\n", markdown.Text(n))
	}
}
