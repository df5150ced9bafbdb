package spbe

import (
	"fmt"
	"io"
	"strings"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/workbook"
)

// WriteReportWorkbook writes s as an Excel workbook, the tables of
// WriteReport one to a sheet, in opt.Lang: a summary (instansi, year,
// framework, index exact and rounded, predikat), the domains (under a
// framework with domains) and the aspects, each with its index against
// opt.Compare and the target's index where given and a native chart of
// them, the indicators with their weights and levels — a sheet that
// ReadAssessments reads back as the assessment's levels — and, with a
// target, the steps of the plan that meets it. Numbers are stored as
// numbers shown with two decimals; names as text, never as formulas.
// Nothing is written when WriteReport would fail.
func WriteReportWorkbook(w io.Writer, s Scored, opt ReportOptions) error {
	var md discard
	if err := WriteReport(&md, s, opt); err != nil {
		return err
	}
	r := reporter{s: s, opt: opt, lang: opt.Lang, fw: s.Result.Framework}
	var plan *Plan
	var goal smartcity.Number
	if !opt.Target.isZero() {
		popt := opt.Plan
		popt.Basis = popt.Basis.or(s.Result.Basis)
		if s.Result.Unanswered > 0 {
			popt.Unanswered = UnansweredZero
		}
		var err error
		if plan, err = r.fw.Plan(s.Result.Levels, opt.Target, popt); err != nil {
			return err
		}
		if need := opt.Target.Numerator(r.fw, popt.Basis); need > 0 {
			goal = smartcity.NewNumber(need, WeightTotal)
		}
	}
	b := workbook.NewWriter()
	r.summarySheet(b)
	if r.fw.HasDomains() {
		r.partSheet(b, r.word(wDomains), r.fw.NumDomains(), func(d int) (string, string, int64, smartcity.Number, smartcity.Number) {
			dom := r.fw.DomainAt(d)
			return dom.Code, dom.Name.In(r.lang), dom.WeightBP, s.Result.Domains[d], r.compared(func(res *Result) smartcity.Number { return res.Domains[d] })
		}, goal)
	}
	r.partSheet(b, r.word(wAspects), r.fw.NumAspects(), func(a int) (string, string, int64, smartcity.Number, smartcity.Number) {
		asp := r.fw.AspectAt(a)
		return asp.Code, asp.Name.In(r.lang), asp.WeightBP, s.Result.Aspects[a], r.compared(func(res *Result) smartcity.Number { return res.Aspects[a] })
	}, goal)
	r.indicatorSheet(b)
	if plan != nil {
		plan.stepsTable(b, r.lang)
	}
	_, err := b.WriteTo(w)
	return err
}

// discard is a writer that keeps nothing, for a report made only to see
// that it can be.
type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

// compared is a part's index in the compared result, or the zero Number.
func (r *reporter) compared(of func(*Result) smartcity.Number) smartcity.Number {
	if c := r.opt.Compare; c != nil {
		return of(c.Result)
	}
	return smartcity.Number{}
}

// summarySheet writes the summary: labelled values.
func (r *reporter) summarySheet(b *workbook.Writer) {
	res := r.s.Result
	label := func(id, en string) string {
		if r.lang == smartcity.English {
			return en
		}
		return id
	}
	rows := [][]any{
		{"Instansi", r.s.Instansi},
		{r.word(wYear), workbook.Styled{Value: yearCell(r.s.Year), Kind: workbook.Integer}},
		{r.word(wFramework), r.fw.Name().In(r.lang)},
		{r.indexName(), res.Index},
		{r.indexName() + " (" + r.word(wExactly) + ")", res.Index.Decimal(2)},
		{label("Predikat", "Predicate"), r.fw.PredicateName(res.Predicate, r.lang)},
	}
	if c := r.opt.Compare; c != nil {
		rows = append(rows,
			[]any{label("Pembanding", "Compared with"), c.label()},
			[]any{r.indexName() + " – " + c.label(), c.Result.Index},
			[]any{label("Predikat", "Predicate") + " – " + c.label(), r.fw.PredicateName(c.Result.Predicate, r.lang)})
	}
	b.AddTable(workbook.Table{
		Sheet:   label("Ringkasan", "Summary"),
		Columns: []workbook.Column{{Header: label("Butir", "Item")}, {Header: label("Nilai", "Value"), Kind: workbook.Decimal}},
		Rows:    rows,
	})
}

// yearCell is a year as a cell: empty when unknown.
func yearCell(y int) any {
	if y == 0 {
		return nil
	}
	return y
}

// partSheet writes the table of the domains or the aspects — code, name,
// weight, index, and the compared index and the target where given — and
// a chart of their indices.
func (r *reporter) partSheet(b *workbook.Writer, sheet string, n int, part func(int) (code, name string, weight int64, index, compared smartcity.Number), goal smartcity.Number) {
	cols := []workbook.Column{{Header: r.word(wCode)}, {Header: sheet}, {Header: r.word(wWeight), Kind: workbook.Percent}, {Header: r.word(wIndexShort), Kind: workbook.Decimal}}
	values := []int{3}
	c := r.opt.Compare
	if c != nil {
		cols = append(cols, workbook.Column{Header: c.label(), Kind: workbook.Decimal}, workbook.Column{Header: r.word(wDifference), Kind: workbook.Decimal})
		values = append(values, 4)
	}
	if goal.IsValid() {
		cols = append(cols, workbook.Column{Header: "Target", Kind: workbook.Decimal})
		values = append(values, len(cols)-1)
	}
	cols[3].Header = r.s.label()
	rows := make([][]any, n)
	for i := range n {
		code, name, weight, index, other := part(i)
		row := []any{code, name, smartcity.NewNumber(weight, WeightTotal), index}
		if c != nil {
			diff, _ := index.Sub(other)
			row = append(row, other, diff)
		}
		if goal.IsValid() {
			row = append(row, goal)
		}
		rows[i] = row
	}
	p := b.AddTable(workbook.Table{Sheet: sheet, Columns: cols, Rows: rows})
	b.AddChart(workbook.Chart{Kind: workbook.Columns, Title: sheet + ": " + r.s.label(), Of: p, Categories: 0, Values: values})
}

// indicatorSheet writes the indicators: number, aspect, name, weight,
// level and level name, under headers ReadAssessments reads back, below
// the instansi and the year.
func (r *reporter) indicatorSheet(b *workbook.Writer) {
	res := r.s.Result
	rows := make([][]any, 0, r.fw.NumIndicators())
	for i, ind := range r.fw.Indicators() {
		var level, name any
		if l := res.Levels[i]; l >= r.fw.MinLevel() {
			level, name = int(l), r.fw.levelNameAt(i, l).In(r.lang)
		}
		rows = append(rows, []any{ind.Number, ind.Aspect, ind.Name.In(r.lang), smartcity.NewNumber(ind.WeightBP, WeightTotal), level, name})
	}
	// The instansi and the year stand above the table, as on a template,
	// so that the sheet reads back as the assessment it reports.
	var inst any
	if r.s.Instansi != "" {
		inst = r.s.Instansi
	}
	above := [][]any{{"Instansi", inst}, {r.word(wYear), yearCell(r.s.Year)}}
	b.AddTable(workbook.Table{Sheet: r.word(wIndicators), Rows: rows, Above: above, Columns: []workbook.Column{
		{Header: r.word(wIndicator), Kind: workbook.Integer}, {Header: r.word(wAspect)}, {Header: r.word(wIndicatorName)},
		{Header: r.word(wWeight), Kind: workbook.Percent}, {Header: "Level", Kind: workbook.Integer}, {Header: r.word(wLevelName)},
	}})
}

// stepsTable writes the steps of the plan to a sheet, with a chart of
// the index after each.
func (p *Plan) stepsTable(b *workbook.Writer, lang smartcity.Lang) {
	w := func(x reportWord) string { return x.in(lang) }
	cols := []workbook.Column{{Header: w(wYear), Kind: workbook.Integer}, {Header: w(wIndicator), Kind: workbook.Integer}, {Header: w(wIndicatorName)},
		{Header: w(wFrom), Kind: workbook.Integer}, {Header: w(wTo), Kind: workbook.Integer}, {Header: w(wCost), Kind: workbook.Rupiah},
		{Header: w(wIndexAfter), Kind: workbook.Decimal}, {Header: w(wRequired)}}
	rows := make([][]any, 0, len(p.Steps))
	for _, s := range p.Steps {
		var name, cost, required any
		if p.Framework != nil {
			if ind, ok := p.Framework.Indicator(s.Indicator); ok {
				name = ind.Name.In(lang)
			}
		}
		if p.Priced {
			cost = s.Cost
		}
		if s.Required {
			required = w(wRequired)
		}
		rows = append(rows, []any{yearCell(s.Year), s.Indicator, name, int(s.From), int(s.To), cost, s.IndexAfter, required})
	}
	t := b.AddTable(workbook.Table{Sheet: w(wPlan), Columns: cols, Rows: rows})
	b.AddChart(workbook.Chart{Kind: workbook.Line, Title: w(wIndexAfter), Of: t, Categories: 1, Values: []int{6}})
}

// WriteWorkbook writes the steps of the plan as an Excel workbook in
// lang: one row per one-level raise, as WriteStepsCSV writes them, with
// the cost in rupiah and the index after each step stored as numbers,
// and a chart of the index rising step by step.
func (p *Plan) WriteWorkbook(w io.Writer, lang smartcity.Lang) error {
	b := workbook.NewWriter()
	p.stepsTable(b, lang)
	_, err := b.WriteTo(w)
	return err
}

// WriteWorkbook writes the ranking of the cohorts as an Excel workbook in
// lang, a sheet per cohort: the columns of WriteCSV, the indices stored
// as numbers, and a bar chart of the members' indices, highest first.
// Without a cohort the sheet has the header alone.
func (cs Cohorts) WriteWorkbook(w io.Writer, lang smartcity.Lang) error {
	b := workbook.NewWriter()
	rank := map[bool]string{false: "Peringkat", true: "Ranking"}[lang == smartcity.English]
	written := false
	for k, c := range cs {
		if c.Framework == nil {
			continue
		}
		fw := c.Framework
		written = true
		cols := []workbook.Column{{Header: rank, Kind: workbook.Integer}, {Header: "Instansi"}, {Header: wYear.in(lang), Kind: workbook.Integer},
			{Header: fw.IndexName().In(lang), Kind: workbook.Decimal}, {Header: "Predikat"}, {Header: map[bool]string{false: "Persentil", true: "Percentile"}[lang == smartcity.English], Kind: workbook.Decimal}}
		for _, d := range fw.Domains() {
			cols = append(cols, workbook.Column{Header: d.Code, Kind: workbook.Decimal})
		}
		var rows [][]any
		for _, m := range c.Members() {
			row := []any{m.Rank, m.Instansi, yearCell(m.Year), m.Index, fw.PredicateName(m.Predicate, lang), m.Percentile}
			for _, x := range m.Domains {
				row = append(row, x)
			}
			rows = append(rows, row)
		}
		sheet := rank
		if len(cs) > 1 {
			sheet = fmt.Sprintf("%s %d", rank, k+1)
		}
		p := b.AddTable(workbook.Table{Sheet: sheet, Columns: cols, Rows: rows})
		b.AddChart(workbook.Chart{Kind: workbook.Bars, Title: fw.IndexName().In(lang) + " – " + strings.ToLower(rank), Of: p, Categories: 1, Values: []int{3},
			Height: uint(max(360, 22*len(rows)+120))})
	}
	if !written {
		// No cohort: the ranking's header alone, as WriteCSV writes.
		b.AddTable(workbook.Table{Sheet: rank, Columns: []workbook.Column{{Header: rank}, {Header: "Instansi"}, {Header: wYear.in(lang)}}})
	}
	_, err := b.WriteTo(w)
	return err
}
