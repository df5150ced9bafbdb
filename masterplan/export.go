package masterplan

import (
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/kotacerdas/smartcity/internal/csvio"
	"github.com/kotacerdas/smartcity/internal/escape"
)

// ExportOptions choose the spreadsheet dialect of the CSV exports.
type ExportOptions struct {
	// Semicolon delimits with ";", as spreadsheets in the Indonesian
	// locale expect (amounts are whole rupiah, so no decimal separator is
	// ever written).
	Semicolon bool
	// BOM starts the file with a UTF-8 byte-order mark, so that
	// spreadsheets read the names of programmes and offices correctly.
	BOM bool
}

func (o ExportOptions) writer(w io.Writer) *csvio.Writer {
	return csvio.NewWriter(w, csvio.WriterOptions{Semicolon: o.Semicolon, BOM: o.BOM})
}

// WriteProgramsCSV writes the plan's programmes as CSV, one row per
// programme in document order, the layout a spreadsheet user can filter,
// sort and total without a pivot table:
//
//	id,name,pillar,element,responsible_opd,supporting_opds,horizon,start_year,end_year,
//	quick_win,technology_based,status,illustrative,sources,2022,…,2031,total
//
// Codes are the library's stable ones ("GOV", "GOV.SVC", "medium",
// "planned"), so that tools in other languages can read them; quick_win,
// technology_based and illustrative are 1 or 0, so that a SUM counts them;
// supporting_opds and sources (the funding sources used, in code order) are
// lists joined by ", ". There is one column per year of the plan's period
// (and any other year that has budget), holding the programme's budget that
// year from all sources in whole rupiah digits, empty for none, and the
// programme's total. WriteBudgetCSV gives the budget line by line, with its
// source.
//
// Cells are protected against formula injection: a programme named
// "=HYPERLINK(…)" is written "'=HYPERLINK(…)". The error wraps
// ErrOverflow when a total does not fit in an int64; nothing is
// written then.
func (p *Plan) WriteProgramsCSV(w io.Writer, opt ExportOptions) error {
	b, err := p.budgetSummary()
	if err != nil {
		return err
	}
	ys := p.budgetYears(&b)
	col := make(map[int]int, len(ys))
	for i, y := range ys {
		col[y] = i
	}
	// Check every sum before writing anything.
	amounts := make([][]int64, len(p.Programs))
	totals := make([]int64, len(p.Programs))
	for i := range p.Programs {
		pr := &p.Programs[i]
		amounts[i] = make([]int64, len(ys))
		for _, l := range pr.Budget {
			c := col[l.Year]
			if amounts[i][c], err = addAmount(amounts[i][c], l.Amount, func() *overflowError {
				return overflow("budget of programme %s in %d", escape.Quote(pr.ID), l.Year)
			}); err != nil {
				return err
			}
		}
		if totals[i], err = pr.budgetTotal(); err != nil {
			return err
		}
	}

	cw := opt.writer(w)
	header := []string{"id", "name", "pillar", "element", "responsible_opd", "supporting_opds", "horizon",
		"start_year", "end_year", "quick_win", "technology_based", "status", "illustrative", "sources"}
	for _, y := range ys {
		header = append(header, strconv.Itoa(y))
	}
	if err := cw.Write(append(header, "total")...); err != nil {
		return err
	}
	row := make([]string, 0, len(header)+1)
	for i := range p.Programs {
		pr := &p.Programs[i]
		row = append(row[:0], pr.ID, pr.Name, pr.pillar().String(), pr.Element.String(), pr.ResponsibleOPD,
			strings.Join(pr.SupportingOPDs, ", "), pr.Horizon.String(), yearCell(pr.StartYear), yearCell(pr.EndYear),
			boolCell(pr.QuickWin), boolCell(pr.TechnologyBased), pr.Status.String(), boolCell(pr.Illustrative), sourceList(pr.Budget))
		for _, v := range amounts[i] {
			row = append(row, amountCell(v))
		}
		row = append(row, strconv.FormatInt(totals[i], 10))
		if err := cw.Write(row...); err != nil {
			return err
		}
	}
	return cw.Flush()
}

// WriteBudgetCSV writes the plan's budget lines as CSV, one row per line
// in document order, the long layout that pivot tables and other tools
// take:
//
//	program_id,program_name,pillar,element,quick_win,year,source,amount
//
// Sources are their codes ("APBD", "Dana Desa"); amounts are whole rupiah
// digits. Cells are protected against formula injection.
func (p *Plan) WriteBudgetCSV(w io.Writer, opt ExportOptions) error {
	cw := opt.writer(w)
	if err := cw.Write("program_id", "program_name", "pillar", "element", "quick_win", "year", "source", "amount"); err != nil {
		return err
	}
	for i := range p.Programs {
		pr := &p.Programs[i]
		for _, l := range pr.Budget {
			if err := cw.Write(pr.ID, pr.Name, pr.pillar().String(), pr.Element.String(), boolCell(pr.QuickWin),
				yearCell(l.Year), l.Source.String(), strconv.FormatInt(l.Amount, 10)); err != nil {
				return err
			}
		}
	}
	return cw.Flush()
}

// boolCell writes a boolean as 1 or 0.
func boolCell(b bool) string {
	if b {
		return "1"
	}
	return "0"
}

// yearCell writes a year, empty when it is not set.
func yearCell(y int) string {
	if y == 0 {
		return ""
	}
	return strconv.Itoa(y)
}

// amountCell writes an amount, empty for none.
func amountCell(v int64) string {
	if v == 0 {
		return ""
	}
	return strconv.FormatInt(v, 10)
}

// sourceList lists the funding sources of budget lines, in code order, once
// each.
func sourceList(lines []BudgetLine) string {
	var seen []Source
	for _, l := range lines {
		if !slices.Contains(seen, l.Source) {
			seen = append(seen, l.Source)
		}
	}
	slices.Sort(seen)
	out := make([]string, len(seen))
	for i, s := range seen {
		out[i] = s.String()
	}
	return strings.Join(out, ", ")
}
