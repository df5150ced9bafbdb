package masterplan

import (
	"io"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/workbook"
	"github.com/kotacerdas/smartcity/pillar"
)

// words2 is a pair of words, Indonesian and English.
type words2 [2]string

// in is the word in lang.
func (w words2) in(lang smartcity.Lang) string { return w[langIndex(lang)] }

// columnsOf are the columns of the headers in lang, of the kinds.
func columnsOf(lang smartcity.Lang, heads []words2, kinds ...workbook.Kind) []workbook.Column {
	cols := make([]workbook.Column, len(heads))
	for i, h := range heads {
		cols[i] = workbook.Column{Header: h.in(lang)}
		if i < len(kinds) {
			cols[i].Kind = kinds[i]
		}
	}
	return cols
}

// share is part ÷ whole as a cell, empty when whole is 0.
func share(part, whole int64) any {
	if whole == 0 {
		return nil
	}
	return smartcity.NewNumber(part, whole)
}

// pillarCell names a pillar: "GOV Smart Governance", "–" for none.
func pillarCell(p pillar.Pillar, lang smartcity.Lang) string {
	if !p.IsValid() {
		return "–"
	}
	return p.String() + " " + p.Name(lang)
}

// WriteReportWorkbook writes the plan's report to w as an Excel workbook
// for analysts, in opt.Lang: the programmes with their budget
// (Daftar Program), the budget by pillar with its share and a native bar
// chart (Anggaran Pilar), the budget by pillar, year and funding source
// (Anggaran Rinci) and the KPIs with their targets (Daftar KPI). Amounts
// are numbers in rupiah, shares percentages, headers frozen and filtered.
// The sheets' names are not those of the plan's own workbook, so that a
// report is never read as a plan. The error wraps ErrOverflow when a
// total does not fit in an int64; nothing is written then.
func (p *Plan) WriteReportWorkbook(w io.Writer, opt ReportOptions) error {
	lang := opt.Lang
	b, err := p.budgetSummary()
	if err != nil {
		return err
	}
	wb := workbook.NewWriter()
	progs := workbook.Table{Sheet: words2{"Daftar Program", "Programme list"}.in(lang), Columns: columnsOf(lang, []words2{
		{"Kode", "Code"}, {"Nama program", "Name"}, {"Pilar", "Pillar"}, {"Elemen", "Element"}, {"OPD penanggung jawab", "Responsible OPD"},
		{"Jangka", "Horizon"}, {"Tahun mulai", "Start year"}, {"Tahun selesai", "End year"}, {"Quick win", "Quick win"},
		{"Status", "Status"}, {"Anggaran", "Budget"},
	}, workbook.Text, workbook.Text, workbook.Text, workbook.Text, workbook.Text, workbook.Text, workbook.Integer, workbook.Integer,
		workbook.Text, workbook.Text, workbook.Rupiah)}
	for i := range p.Programs {
		pr := &p.Programs[i]
		total, err := pr.budgetTotal()
		if err != nil {
			return err
		}
		progs.Rows = append(progs.Rows, []any{pr.ID, pr.Name, pillarCell(pr.pillar(), lang), pr.Element.String() + " " + pr.Element.Name(lang),
			text(pr.ResponsibleOPD), text(pr.Horizon.Name(lang)), year(pr.StartYear), year(pr.EndYear), yes(pr.QuickWin, lang),
			text(pr.Status.Name(lang)), total})
	}
	wb.AddTable(progs)

	byPillar := workbook.Table{Sheet: words2{"Anggaran Pilar", "Budget by pillar"}.in(lang), Columns: columnsOf(lang, []words2{
		{"Pilar", "Pillar"}, {"Anggaran", "Budget"}, {"Bagian", "Share"},
	}, workbook.Text, workbook.Rupiah, workbook.Percent)}
	for _, pa := range b.ByPillar {
		byPillar.Rows = append(byPillar.Rows, []any{pillarCell(pa.Pillar, lang), pa.Amount, share(pa.Amount, b.Total)})
	}
	byPillar.Rows = append(byPillar.Rows, []any{words2{"Jumlah", "Total"}.in(lang), b.Total, share(b.Total, b.Total)})
	placed := wb.AddTable(byPillar)
	placed.Last-- // the chart leaves out the total
	wb.AddChart(workbook.Chart{Kind: workbook.Bars, Title: words2{"Anggaran per pilar", "Budget by pillar"}.in(lang), Of: placed,
		Categories: 0, Values: []int{1}, Format: workbook.Rupiah})

	cells := workbook.Table{Sheet: words2{"Anggaran Rinci", "Budget detail"}.in(lang), Columns: columnsOf(lang, []words2{
		{"Pilar", "Pillar"}, {"Tahun", "Year"}, {"Sumber dana", "Source"}, {"Jumlah", "Amount"},
	}, workbook.Text, workbook.Integer, workbook.Text, workbook.Rupiah)}
	for _, c := range b.Cells {
		cells.Rows = append(cells.Rows, []any{pillarCell(c.Pillar, lang), c.Year, c.Source.String(), c.Amount})
	}
	wb.AddTable(cells)

	kpis := workbook.Table{Sheet: words2{"Daftar KPI", "KPI list"}.in(lang), Columns: columnsOf(lang, []words2{
		{"Kode program", "Programme code"}, {"KPI", "KPI"}, {"Satuan", "Unit"}, {"Nilai awal", "Baseline"}, {"Arah", "Direction"},
		{"Tahun", "Year"}, {"Target", "Target"},
	}, workbook.Text, workbook.Text, workbook.Text, workbook.Decimal, workbook.Text, workbook.Integer, workbook.Decimal)}
	for i := range p.Programs {
		pr := &p.Programs[i]
		for _, k := range pr.KPIs {
			row := []any{pr.ID, k.Name, text(k.Unit), decimal(k.Baseline), text(k.Direction.Name(lang)), nil, nil}
			if len(k.Targets) == 0 {
				kpis.Rows = append(kpis.Rows, row)
			}
			for _, t := range k.Targets {
				kpis.Rows = append(kpis.Rows, append(row[:5:5], year(t.Year), decimal(t.Value)))
			}
		}
	}
	wb.AddTable(kpis)
	_, err = wb.WriteTo(w)
	return err
}

// WriteWorkbook writes the progress report to w as an Excel workbook for
// analysts, in lang: the achievement by pillar with a native bar chart
// (Capaian Pilar), the budget absorption by pillar and funding source
// (Penyerapan Anggaran), the programmes (Kemajuan Program) and their KPIs
// (Kemajuan KPI), shares as percentages and amounts in rupiah.
func (r *ProgressReport) WriteWorkbook(w io.Writer, lang smartcity.Lang) error {
	wb := workbook.NewWriter()
	all := words2{"Semua pilar", "All pillars"}.in(lang)
	ach := workbook.Table{Sheet: words2{"Capaian Pilar", "Achievement"}.in(lang), Columns: columnsOf(lang, []words2{
		{"Pilar", "Pillar"}, {"Direncanakan", "Planned"}, {"Terealisasi", "Realised"}, {"Capaian", "Achievement"},
		{"Selesai", "Completed"}, {"Berjalan", "Ongoing"}, {"Belum mulai", "Planned, not started"}, {"Ditunda", "Postponed"},
		{"Dibatalkan", "Cancelled"}, {"Belum dilaporkan", "Not reported"},
	}, workbook.Text, workbook.Integer, workbook.Integer, workbook.Percent, workbook.Integer, workbook.Integer, workbook.Integer,
		workbook.Integer, workbook.Integer, workbook.Integer)}
	pillars := append(append([]PillarProgress(nil), r.Pillars...), r.Total)
	for i, pp := range pillars {
		name := pillarCell(pp.Pillar, lang)
		if i == len(pillars)-1 {
			name = all
		}
		s := pp.Statuses
		ach.Rows = append(ach.Rows, []any{name, pp.Achievement.Planned, pp.Achievement.Realised, rate(pp.Achievement.Rate),
			s.Completed, s.Ongoing, s.Planned, s.Postponed, s.Cancelled, s.NotReported})
	}
	placed := wb.AddTable(ach)
	placed.Last--
	wb.AddChart(workbook.Chart{Kind: workbook.Bars, Title: words2{"Capaian program per pilar", "Programme achievement by pillar"}.in(lang),
		Of: placed, Categories: 0, Values: []int{3}, Format: workbook.Percent})

	abs := workbook.Table{Sheet: words2{"Penyerapan Anggaran", "Absorption"}.in(lang), Columns: columnsOf(lang, []words2{
		{"Pilar", "Pillar"}, {"Sumber dana", "Source"}, {"Rencana", "Planned"}, {"Realisasi", "Spent"}, {"Penyerapan", "Absorption"},
	}, workbook.Text, workbook.Text, workbook.Rupiah, workbook.Rupiah, workbook.Percent)}
	allSources := words2{"Semua sumber", "All sources"}.in(lang)
	for i, pp := range pillars {
		name := pillarCell(pp.Pillar, lang)
		if i == len(pillars)-1 {
			name = all
		}
		for _, a := range append(append([]Absorption(nil), pp.Budget...), pp.BudgetTotal) {
			src := allSources
			if a.Source != 0 {
				src = a.Source.String()
			}
			abs.Rows = append(abs.Rows, []any{name, src, a.Planned, a.Realised, rate(a.Rate)})
		}
	}
	wb.AddTable(abs)

	progs := workbook.Table{Sheet: words2{"Kemajuan Program", "Programmes"}.in(lang), Columns: columnsOf(lang, []words2{
		{"Kode", "Code"}, {"Nama program", "Name"}, {"Pilar", "Pillar"}, {"Status", "Status"}, {"Terealisasi", "Realised"},
		{"Anggaran", "Planned"}, {"Realisasi", "Spent"}, {"Penyerapan", "Absorption"}, {"Catatan", "Note"},
	}, workbook.Text, workbook.Text, workbook.Text, workbook.Text, workbook.Text, workbook.Rupiah, workbook.Rupiah, workbook.Percent)}
	kpis := workbook.Table{Sheet: words2{"Kemajuan KPI", "KPI progress"}.in(lang), Columns: columnsOf(lang, []words2{
		{"Kode program", "Programme code"}, {"KPI", "KPI"}, {"Satuan", "Unit"}, {"Nilai awal", "Baseline"}, {"Target", "Target"},
		{"Tahun target", "Target year"}, {"Capaian", "Actual"}, {"Kemajuan", "Progress"}, {"Keadaan", "State"},
	}, workbook.Text, workbook.Text, workbook.Text, workbook.Decimal, workbook.Decimal, workbook.Integer, workbook.Decimal, workbook.Percent)}
	for _, pp := range r.Programs {
		progs.Rows = append(progs.Rows, []any{pp.ID, pp.Name, pillarCell(pp.Pillar, lang), text(pp.Status.Name(lang)), yes(pp.Realised, lang),
			pp.Budget.Planned, pp.Budget.Realised, rate(pp.Budget.Rate), text(pp.Note)})
		for _, k := range pp.KPIs {
			kpis.Rows = append(kpis.Rows, []any{pp.ID, k.Name, text(k.Unit), decimal(k.Baseline), decimal(k.Target), year(k.TargetYear),
				decimal(k.Actual), rate(k.Progress), text(k.State.Name(lang))})
		}
	}
	wb.AddTable(progs)
	wb.AddTable(kpis)
	_, err := wb.WriteTo(w)
	return err
}

// rate is an exact share as a cell, empty when it has no value.
func rate(n smartcity.Number) any {
	if !n.IsValid() {
		return nil
	}
	return n
}
