package workspace

import (
	"io"
	"strconv"
	"time"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/csvio"
	"github.com/kotacerdas/smartcity/internal/workbook"
	"github.com/kotacerdas/smartcity/spbe"
)

// The sheets of a workspace's workbook.
const (
	itemsSheet   = "Bukti Dukung"
	claimsSheet  = "Klaim"
	outsideSheet = "Nilai Luar"
)

// blankRows is how many empty rows below the items WriteWorkbook leaves
// to be filled in, with the columns' drop-down lists.
const blankRows = 20

// WriteWorkbook writes the workspace as the working list regions keep in
// Excel: the sheet "Bukti Dukung" with the instansi, the year, the
// framework, the target (and "Ilustrasi: Ya" for made-up figures) above a
// table of one row per item under Headers — the level (on the scale of the
// framework the workspace resolves to), the status and whether an item is
// a main one picked from drop-downs, the due date a date cell, a
// document written "Title <file or address>" — and, when the workspace
// claims levels, the sheet "Klaim" of one row per claim, and when it holds
// outside values, the sheet "Nilai Luar" (Indikator, Sumber, Skor, Level).
// ReadTable reads it back; an item's history is not in the workbook (keep
// the JSON for it). Text is written as text, never as a formula.
func (w *Workspace) WriteWorkbook(out io.Writer) error {
	fw, err := w.ResolveFramework(nil)
	if err != nil {
		fw = nil // the level is then typed in, without a drop-down
	}
	return w.writeWorkbook(out, fw, w.block(), blankRows)
}

// writeWorkbook writes the workbook of WriteWorkbook, the lines above
// the table, the levels of fw (none when nil) in the level's drop-down and
// blank empty rows below the items.
func (w *Workspace) writeWorkbook(out io.Writer, fw *spbe.Framework, above [][]any, blank int) error {
	b := workbook.NewWriter()
	statuses := make([]string, 0, 5)
	for s := Belum; s <= Diterima; s++ {
		statuses = append(statuses, s.Name(smartcity.Indonesian))
	}
	yesNo := []string{"Ya", "Tidak"}
	kinds := []workbook.Kind{colLevel: workbook.Integer, colNo: workbook.Integer, colIndicator: workbook.Integer, colDue: workbook.Date}
	cols := make([]workbook.Column, numColumns)
	for k, h := range Headers() {
		cols[k] = workbook.Column{Header: h}
		if k < len(kinds) {
			cols[k].Kind = kinds[k]
		}
	}
	cols[colStatus].Options, cols[colMain].Options = statuses, yesNo
	if fw != nil {
		for l := max(fw.MinLevel(), 1); l <= fw.MaxLevel(); l++ {
			cols[colLevel].Options = append(cols[colLevel].Options, l.String())
		}
	}
	cols[colTitle].Width, cols[colOutput].Width = 50, 40
	rows := make([][]any, 0, len(w.Items))
	for k := range w.Items {
		rows = append(rows, w.Items[k].cells())
	}
	b.AddTable(workbook.Table{Sheet: itemsSheet, Above: above, Columns: cols, Rows: rows, Blank: blank})
	if len(w.Claims) > 0 {
		claims := make([][]any, 0, len(w.Claims))
		for _, c := range w.Claims {
			claims = append(claims, []any{c.Indicator, int(c.Level), c.Note})
		}
		b.AddTable(workbook.Table{Sheet: claimsSheet, Columns: []workbook.Column{
			{Header: "Indikator", Kind: workbook.Integer}, {Header: "Level Diklaim", Kind: workbook.Integer}, {Header: "Penjelasan", Width: 60},
		}, Rows: claims})
	}
	if len(w.Outside) > 0 {
		outside := make([][]any, 0, len(w.Outside))
		for _, o := range w.Outside {
			row := []any{o.Indicator, nil, nil, nil}
			if o.Score != nil {
				row[1], row[2] = o.Score.Source, o.Score.Score
			}
			if o.Level != spbe.Unanswered {
				row[3] = int(o.Level)
			}
			outside = append(outside, row)
		}
		b.AddTable(workbook.Table{Sheet: outsideSheet, Columns: []workbook.Column{
			{Header: "Indikator", Kind: workbook.Integer}, {Header: "Sumber"}, {Header: "Skor"}, {Header: "Level", Kind: workbook.Integer},
		}, Rows: outside})
	}
	_, err := b.WriteTo(out)
	return err
}

// WriteCSV writes the items as the table of WriteWorkbook, in CSV
// delimited by ";" as spreadsheets in Indonesia read it, with the same
// lines above the header; cells a spreadsheet would take for a formula
// are defused.
func (w *Workspace) WriteCSV(out io.Writer) error {
	cw := csvio.NewWriter(out, csvio.WriterOptions{Semicolon: true, BOM: true})
	for _, line := range w.block() {
		cells := make([]string, len(line))
		for k, c := range line {
			cells[k] = textOf(c)
		}
		if err := cw.Write(cells...); err != nil {
			return err
		}
	}
	if err := cw.Write(Headers()...); err != nil {
		return err
	}
	for k := range w.Items {
		cells := w.Items[k].cells()
		text := make([]string, len(cells))
		for j, c := range cells {
			text[j] = textOf(c)
		}
		if err := cw.Write(text...); err != nil {
			return err
		}
	}
	return cw.Flush()
}

// block returns the lines above the table.
func (w *Workspace) block() [][]any {
	var year any = w.Year
	if w.Year == 0 {
		year = "" // to be filled in
	}
	lines := [][]any{{"Instansi", w.Instansi}, {"Tahun", year}}
	if w.Framework != "" {
		lines = append(lines, []any{"Kerangka", w.Framework})
	}
	if w.Target != "" {
		lines = append(lines, []any{"Target", w.Target})
	}
	if w.Illustrative {
		lines = append(lines, []any{"Ilustrasi", "Ya"})
	}
	return lines
}

// cells returns the item's row. The drop-downs of the status and the main
// flag are the columns', one list for every row and the blank rows below.
func (it *Item) cells() []any {
	st := it.Status
	if st == 0 {
		st = Belum
	}
	main := "Tidak"
	if it.Main {
		main = "Ya"
	}
	row := make([]any, numColumns)
	row[colIndicator], row[colLevel] = it.Indicator, int(it.Level)
	if it.No != 0 {
		row[colNo] = it.No
	}
	row[colTitle], row[colOutput], row[colResponsible], row[colUnit] = it.Title, it.Output, it.Responsible, it.Unit
	row[colStatus], row[colMain] = st.Name(smartcity.Indonesian), main
	if !it.Due.IsZero() {
		row[colDue] = time.Date(it.Due.Year, it.Due.Month, it.Due.Day, 0, 0, 0, 0, time.UTC)
	}
	row[colReason] = reasonCell(it.Revision, it.Reason)
	if it.Document != nil {
		row[colDocument], row[colSHA256] = documentCell(it.Document), it.Document.SHA256
	}
	row[colID] = it.ID
	return row
}

// reasonCell writes why an item was sent back: "Dokumen tidak tepat: the
// reason", the kind alone or the reason alone.
func reasonCell(kind Revision, reason string) string {
	switch {
	case kind == 0:
		return reason
	case reason == "":
		return kind.Name(smartcity.Indonesian)
	}
	return kind.Name(smartcity.Indonesian) + ": " + reason
}

// documentCell writes a document as "Title <reference>", or the reference
// alone when the title is the reference.
func documentCell(ev *spbe.Evidence) string {
	ref := ev.URL
	if ref == "" {
		ref = ev.File
	}
	if ev.Title == "" || ev.Title == ref {
		return ref
	}
	return ev.Title + " <" + ref + ">"
}

// textOf writes a cell of a row as CSV text.
func textOf(c any) string {
	switch c := c.(type) {
	case nil:
		return ""
	case string:
		return c
	case int:
		return strconv.Itoa(c)
	case time.Time:
		return smartcity.DateOf(c).String()
	}
	return ""
}
