package masterplan

import (
	"encoding/json"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/i18n"
	"github.com/kotacerdas/smartcity/internal/workbook"
)

// TemplateRows is how many empty rows with drop-down lists a template's
// tables offer; more rows can be added by copying one.
const TemplateRows = 30

// WriteWorkbook writes the plan p to w as an Excel workbook (.xlsx) in the
// layout ReadWorkbook reads (see Workbooks in the package's documentation): a
// sheet Rencana of labelled values and a sheet per list — programmes,
// budget lines, KPIs and their targets, action plans, strategies,
// readiness and its SWOT, the members of the council and the team, the
// books and the lifecycle — headers and sheet names in lang (Indonesian
// for the zero Lang; either language reads back), amounts in rupiah kept
// as numbers, years as numbers, dates as date cells, codes picked from
// drop-down lists. ReadWorkbook reads back the plan written. Cells are
// written as text, never as formulas.
//
// A supporting OPD whose name holds ";" or a line break cannot share its
// cell with the others: WriteWorkbook then returns an error and writes
// nothing. A nil p writes the template, as WriteTemplate does.
func WriteWorkbook(w io.Writer, p *Plan, lang smartcity.Lang) error {
	return writePlanBook(w, p, lang)
}

// WriteTemplate writes to w the fill-in workbook of a plan: WriteWorkbook's
// sheets with their headers, the sheet Rencana with a row for every
// labelled value and what to write in it, and TemplateRows empty rows on
// each table with the drop-down lists of its codes. It reads back, as it
// is, as a plan with nothing filled in; filled in, as the plan it holds.
func WriteTemplate(w io.Writer, lang smartcity.Lang) error {
	return writePlanBook(w, nil, lang)
}

func writePlanBook(out io.Writer, p *Plan, lang smartcity.Lang) error {
	w := workbook.NewWriter()
	w.AddTable(labelTable(planSheet, planLabels, p, planNotes, lang))
	var rows [11][][]any
	if p != nil {
		if err := planRows(p, lang, &rows); err != nil {
			return err
		}
	}
	for i, s := range []*sheetSpec{programSheet, budgetSheet, kpiSheet, targetSheet, actionSheet, strategySheet, readinessSheet, swotSheet, memberSheet, bookSheet, stageSheet} {
		w.AddTable(specTable(s, rows[i], p == nil, lang))
	}
	_, err := w.WriteTo(out)
	return err
}

// specTable is the table of sheet s in lang holding rows, their cells in
// the order of s's columns; a cell of a column with options gets its
// drop-down list. A template's table has TemplateRows empty rows.
func specTable(s *sheetSpec, rows [][]any, template bool, lang smartcity.Lang) workbook.Table {
	t := workbook.Table{Sheet: s.name(lang)}
	for _, c := range s.cols {
		t.Columns = append(t.Columns, workbook.Column{Header: c.header(lang), Kind: c.kind})
	}
	if template {
		rows = make([][]any, TemplateRows)
		for i := range rows {
			rows[i] = make([]any, len(s.cols))
		}
	}
	for _, row := range rows {
		for c, col := range s.cols {
			if col.options != nil {
				v, _ := row[c].(string)
				row[c] = workbook.Choice{Value: v, Options: col.options(lang)}
			}
		}
	}
	t.Rows = rows
	return t
}

// planRows returns the rows of the sheets of the plan's lists, in the
// order writePlanBook writes them.
func planRows(p *Plan, lang smartcity.Lang, rows *[11][][]any) error {
	for _, pr := range p.Programs {
		for _, o := range pr.SupportingOPDs {
			if strings.ContainsAny(o, ";\n") {
				return i18n.Errorf(sheetWords, "a list item holds %q, which separates the items of a cell: %s", ";", strconv.Quote(o))
			}
		}
		rows[0] = append(rows[0], []any{text(pr.ID), text(pr.Name), text(pr.Description), text(pr.pillar().String()), text(pr.Element.String()),
			text(pr.ResponsibleOPD), text(strings.Join(pr.SupportingOPDs, "; ")), text(spelled(horizons, pr.Horizon, true, lang)),
			year(pr.StartYear), year(pr.EndYear), yes(pr.QuickWin, lang), yes(pr.TechnologyBased, lang),
			text(spelled(statuses, pr.Status, true, lang)), yes(pr.Illustrative, lang)})
		for _, b := range pr.Budget {
			rows[1] = append(rows[1], []any{pr.ID, year(b.Year), text(b.Source.String()), b.Amount})
		}
		for _, k := range pr.KPIs {
			rows[2] = append(rows[2], []any{pr.ID, text(k.Name), text(k.Unit), decimal(k.Baseline), text(spelled(directions, k.Direction, true, lang))})
			for _, t := range k.Targets {
				rows[3] = append(rows[3], []any{pr.ID, text(k.Name), year(t.Year), decimal(t.Value)})
			}
		}
		for _, a := range pr.ActionPlan {
			rows[4] = append(rows[4], []any{pr.ID, text(a.Description), year(a.Year), text(a.Output)})
		}
	}
	for _, s := range p.Strategies {
		rows[5] = append(rows[5], []any{text(s.Pillar.String()), text(s.Element.String()), text(s.Statement)})
	}
	kinds := swotKinds(lang)
	for _, it := range p.Readiness.Items {
		rows[6] = append(rows[6], []any{text(it.SubItem.String()), year(it.Current), year(it.Target)})
		for k := range kinds {
			list, _ := swotList(&it, k)
			for _, s := range *list {
				rows[7] = append(rows[7], []any{text(it.SubItem.String()), kinds[k], text(s)})
			}
		}
	}
	for k, b := range []Body{p.Institutions.Council, p.Institutions.Team} {
		for _, m := range b.Members {
			rows[8] = append(rows[8], []any{bodies(lang)[k], text(m.Name), text(m.Role)})
		}
	}
	for _, b := range p.Books {
		rows[9] = append(rows[9], []any{text(b.Volume.String()), nil, text(b.Title), nil})
		rows[9] = sectionRows(rows[9], b.Volume, "", b.Sections)
	}
	for _, m := range p.Lifecycle.Stages {
		rows[10] = append(rows[10], []any{text(m.Stage.String()), date(m.Date), date(m.EndDate), text(m.Note)})
	}
	return nil
}

// sectionRows appends the rows of sections, numbered under prefix.
func sectionRows(rows [][]any, v BookVolume, prefix string, sections []Section) [][]any {
	for i, s := range sections {
		n := prefix + strconv.Itoa(i+1)
		rows = append(rows, []any{text(v.String()), n, text(s.Title), text(s.Body)})
		rows = sectionRows(rows, v, n+".", s.Sections)
	}
	return rows
}

// text is a text cell, empty text an empty cell.
func text(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// year is a cell of a whole number, 0 an empty cell.
func year(n int) any {
	if n == 0 {
		return nil
	}
	return n
}

// decimal is a cell of exact decimal text: a number when the cell's
// number reads back as the same text, text otherwise ("85.50").
func decimal(n json.Number) any {
	if n == "" {
		return nil
	}
	if f, err := strconv.ParseFloat(string(n), 64); err == nil && strconv.FormatFloat(f, 'f', -1, 64) == string(n) {
		return f
	}
	return string(n)
}

// date is a date cell, the zero Date an empty cell.
func date(d Date) any {
	if d.IsZero() || !d.Valid() {
		return text(d.String())
	}
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC)
}

// planNotes explain the labelled values of the sheet Rencana, in
// Indonesian and in English.
var planNotes = map[string][2]string{
	"region.name":              {"nama tanpa jenisnya: Rembang", "the name without its kind: Rembang"},
	"region.kind":              {"Kabupaten, Kota atau Provinsi", "Regency, City or Province"},
	"region.kemendagri_code":   {"kode wilayah Kemendagri: 33.17", "the Kemendagri code: 33.17"},
	"period.start_year":        {"tahun pertama rencana induk (5–10 tahun)", "the plan's first year (5 to 10 years)"},
	"period.end_year":          {"tahun terakhir rencana induk", "the plan's last year"},
	"missions":                 {"satu misi per baris; tambah baris Misi bila perlu", "one mission a row; add Mission rows as needed"},
	"rpjmd.strategic_issues":   {"satu isu per baris", "one issue a row"},
	"legal_basis.kind":         {"kosongkan bila belum ditetapkan: Perbup, Perwal, Pergub, Perda", "leave empty until adopted: Perbup, Perwal, Pergub, Perda"},
	"legal_basis.illustrative": {"Ya untuk contoh", "Yes for an example"},
	"readiness.spbe.index":     {"indeks terbit, dua desimal: 3.99", "the published index, two decimals: 3.99"},
	"notes":                    {"satu catatan per baris", "one note a row"},
}
