package masterplan

import (
	"encoding"
	"encoding/json"
	"errors"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/csvio"
	"github.com/kotacerdas/smartcity/internal/enum"
	"github.com/kotacerdas/smartcity/internal/i18n"
	"github.com/kotacerdas/smartcity/internal/jsonio"
	"github.com/kotacerdas/smartcity/internal/jsonnum"
	"github.com/kotacerdas/smartcity/internal/workbook"
)

// This file holds what the workbooks of a plan and of its realisation
// share: a sheet's layout (sheetSpec), the reading of its rows into a
// document with every cell's place kept (bookReader), and the placing of
// the problems a check finds at a document's paths back in the cells
// they came from.

// MaxWorkbookRows is how many rows the sheets of one workbook of a plan or
// a realisation may hold in all, as a JSON document may hold at most as
// many elements in all its arrays (internal/jsonio).
const MaxWorkbookRows = jsonio.DefaultMaxElements

// column is a column of a sheet: the JSON field its cells hold (the last
// part of their path), its header in Indonesian and in English, how its
// cells are kept, and the options of its drop-down list.
type column struct {
	field   string
	id, en  string
	kind    workbook.Kind
	need    bool                               // the header must have it
	options func(lang smartcity.Lang) []string // nil: no drop-down
}

// header is the column's header in lang.
func (c column) header(lang smartcity.Lang) string {
	if i18n.English(lang) {
		return c.en
	}
	return c.id
}

// sheetSpec is a sheet of a workbook layout: its name in Indonesian and
// in English, and its columns.
type sheetSpec struct {
	id, en string
	cols   []column
}

// name is the sheet's name in lang.
func (s *sheetSpec) name(lang smartcity.Lang) string {
	if i18n.English(lang) {
		return s.en
	}
	return s.id
}

// The rules of the problems of reading a workbook.
const (
	ruleColumnUnknown   = "unknown_column"
	ruleColumnDuplicate = "duplicate_column"
	ruleColumnMissing   = "missing_column"
	ruleLabelUnknown    = "unknown_field"
	ruleLabelDuplicate  = "duplicate_key"
	ruleNoSheet         = "sheet"
	ruleReference       = "program_unknown"
	ruleMaxItems        = jsonio.KindMaxItems
)

// openSheet is a sheet being read: its name, its header's row and where
// each field's column stands.
type openSheet struct {
	name string
	head int
	at   map[string]int // field → 0-based column
}

// rowPlace is the row an item of a document was read from. col is the
// column of a value read from a labelled row (-1 for a row of a table,
// whose fields have columns of their own).
type rowPlace struct {
	sheet *openSheet
	row   int
	col   int
}

// bookReader reads the sheets of one workbook into a document, keeping
// the row each item came from and the problems of reading.
type bookReader struct {
	book     *workbook.Book
	problems smartcity.Problems
	items    map[string]rowPlace // an item's path → its row
	sheets   map[string]string   // a top-level field → the sheet of its items
	refused  smartcity.Problems  // the problems at a value left unset
	capped   map[string]bool     // the lists over their caps
	rows     int
	maxRows  int // rows in all the sheets
	max      int // problems kept
	found    int // sheets of the layout found
}

func newBookReader(b *workbook.Book, maxProblems int) *bookReader {
	return &bookReader{book: b, items: map[string]rowPlace{}, sheets: map[string]string{}, capped: map[string]bool{}, maxRows: MaxWorkbookRows, max: maxProblems}
}

// add keeps a problem of reading at the cell of col (0-based; -1 for the
// row) in row of sheet s.
func (r *bookReader) add(s *openSheet, row, col int, path, rule string, err error) {
	p := smartcity.Problem{Path: path, Sheet: s.name, Line: row, Rule: rule, Severity: smartcity.Error, Err: err}
	p.Cell = csvio.CellName(max(col, 0)+1, row)
	r.problems = r.problems.Add(r.max, p)
	if path != "" {
		r.refused = append(r.refused, p)
	}
}

// fromCSV keeps the error of csvio or workbook as a problem of reading,
// its row said as the line (the mark of a problem of reading).
func (r *bookReader) fromCSV(err error) {
	var e *csvio.Error
	if !errors.As(err, &e) {
		r.problems = r.problems.Add(r.max, smartcity.Problem{Rule: "workbook", Severity: smartcity.Error, Err: err})
		return
	}
	p := e.Problem()
	p.Path = ""
	p.Line = max(e.Row, 1)
	if p.Sheet != "" && p.Cell == "" {
		p.Cell = csvio.CellName(max(e.Column, 1), p.Line)
	}
	r.problems = r.problems.Add(r.max, p)
}

// find returns the name of the book's sheet of s, by either of its names
// folded, or "".
func (r *bookReader) find(s *sheetSpec) string {
	for _, name := range r.book.Sheets() {
		if f := enum.Fold(name); f == enum.Fold(s.id) || f == enum.Fold(s.en) {
			return name
		}
	}
	return ""
}

// sheetRow is a row of a table being read.
type sheetRow struct {
	r     *bookReader
	s     *openSheet
	line  int
	cells []string
}

// readTable reads the sheet of s, when the book has one, calling each for
// every data row; top is the document's field its items belong to. The
// header's columns are matched to s's by either header or the field's
// name, folded; a column the layout does not know, one given twice and a
// required one missing are problems of the header cell, and the columns
// that could be matched are read all the same.
func (r *bookReader) readTable(s *sheetSpec, top string, each func(x *sheetRow)) {
	name := r.find(s)
	if name == "" {
		return
	}
	r.found++
	if top != "" {
		r.sheets[top] = name
	}
	cr, err := r.book.Table(name, csvio.Options{MaxRows: MaxWorkbookRows})
	if err != nil {
		var e *csvio.Error
		if errors.As(err, &e) && e.Rule == "header" {
			return // an empty sheet: no rows
		}
		r.fromCSV(err)
		return
	}
	os := &openSheet{name: name, head: cr.HeaderRow(), at: map[string]int{}}
	for i, h := range cr.Header() {
		if h == "" {
			continue
		}
		c, ok := s.column(h)
		switch {
		case !ok:
			r.add(os, os.head, i, "", ruleColumnUnknown, i18n.Errorf(sheetWords, "unknown column %q: the columns of sheet %s are %s", h, name, s.headers()))
		case hasKey(os.at, c.field):
			r.add(os, os.head, i, "", ruleColumnDuplicate, i18n.Errorf(sheetWords, "column %q given twice (as %s too)", h, csvio.ColumnName(os.at[c.field]+1)))
		default:
			os.at[c.field] = i
		}
	}
	for _, c := range s.cols {
		if _, ok := os.at[c.field]; !ok && c.need {
			r.add(os, os.head, -1, "", ruleColumnMissing, i18n.Errorf(sheetWords, "the column %q is missing", c.id))
		}
	}
	for {
		row, err := cr.Next()
		if err == io.EOF {
			return
		}
		if err != nil {
			r.fromCSV(err)
			var e *csvio.Error
			if errors.As(err, &e) && (e.Rule == "columns" || e.Rule == "unnamed_column" || e.Rule == "utf8") {
				continue
			}
			return
		}
		if r.rows++; r.rows > r.maxRows {
			r.add(os, row.Line, -1, "", ruleMaxItems, i18n.Errorf(sheetWords, "more than %d rows in all the sheets", r.maxRows))
			return
		}
		each(&sheetRow{r: r, s: os, line: row.Line, cells: row.Cells})
	}
}

func hasKey(m map[string]int, k string) bool { _, ok := m[k]; return ok }

// column returns s's column whose header or field is h, folded.
func (s *sheetSpec) column(h string) (column, bool) {
	f := enum.Fold(h)
	for _, c := range s.cols {
		if f == enum.Fold(c.id) || f == enum.Fold(c.en) || f == enum.Fold(c.field) {
			return c, true
		}
	}
	return column{}, false
}

// headers lists s's headers in Indonesian, for a message.
func (s *sheetSpec) headers() string {
	hs := make([]string, len(s.cols))
	for i, c := range s.cols {
		hs[i] = c.id
	}
	return strings.Join(hs, ", ")
}

// item records that the item at path was read from this row.
func (x *sheetRow) item(path string) { x.r.items[path] = rowPlace{sheet: x.s, row: x.line, col: -1} }

// cell returns the value of the field's cell and its column, or "" and
// -1 when the sheet has no such column.
func (x *sheetRow) cell(field string) (string, int) {
	i, ok := x.s.at[field]
	if !ok {
		return "", -1
	}
	return x.cells[i], i
}

// fail keeps a problem of the field's cell at path.
func (x *sheetRow) fail(field, path, rule string, err error) {
	_, col := x.cell(field)
	x.r.add(x.s, x.line, col, path, rule, err)
}

// text returns the field's text.
func (x *sheetRow) text(field string) string {
	v, _ := x.cell(field)
	return v
}

// integer returns the field's whole number, 0 when empty; path is the
// value's path in the document, for a problem.
func (x *sheetRow) integer(field, path string) int {
	v, _ := x.cell(field)
	if v == "" {
		return 0
	}
	n, ok := wholeNumber(v)
	if !ok || n < math.MinInt32 || n > math.MaxInt32 {
		x.fail(field, path, "type", i18n.Errorf(sheetWords, "%q is not a whole number", v))
		return 0
	}
	return int(n)
}

// amount returns the field's whole rupiah, 0 when empty.
func (x *sheetRow) amount(field, path string) int64 {
	v, _ := x.cell(field)
	if v == "" {
		return 0
	}
	n, ok := wholeNumber(v)
	if !ok {
		x.fail(field, path, "type", i18n.Errorf(sheetWords, "%q is not an amount in whole rupiah", v))
		return 0
	}
	return n
}

// wholeNumber reads a cell's whole number: digits, or the decimal a
// spreadsheet stores for one ("1250000000", "1.25E+9", "2026.0").
func wholeNumber(v string) (int64, bool) {
	if n, err := strconv.ParseInt(v, 10, 64); err == nil {
		return n, true
	}
	f, err := strconv.ParseFloat(v, 64)
	if err != nil || f != math.Trunc(f) || math.Abs(f) > 1<<53 {
		return 0, false
	}
	return int64(f), true
}

// decimal returns the field's number as exact decimal text, "" when
// empty.
func (x *sheetRow) decimal(field, path string) json.Number {
	v, _ := x.cell(field)
	if v == "" {
		return ""
	}
	if !jsonnum.Valid(v) {
		x.fail(field, path, "type", i18n.Errorf(sheetWords, "%q is not a number (write it as 85.5)", v))
		return ""
	}
	return json.Number(v)
}

// flag returns the field's yes or no: "ya", "yes", "true", "1" and "x"
// are yes; empty, "tidak", "no", "false" and "0" no.
func (x *sheetRow) flag(field, path string) bool {
	v, _ := x.cell(field)
	switch enum.Fold(v) {
	case "", "tidak", "no", "false", "0", "salah", "t", "n":
		return false
	case "ya", "yes", "true", "1", "x", "benar", "y":
		return true
	}
	x.fail(field, path, "type", i18n.Errorf(sheetWords, "%q is neither Ya nor Tidak", v))
	return false
}

// date returns the field's date: a date cell, which a workbook keeps as
// its serial day ("45292"), or text written "2006-01-02".
func (x *sheetRow) date(field, path string) Date {
	v, _ := x.cell(field)
	if v == "" {
		return Date{}
	}
	if d, ok := workbook.Day(v); ok {
		return d
	}
	x.fail(field, path, "type", i18n.Errorf(sheetWords, "%q is not a date (write it as 2024-06-23 or as a date cell)", v))
	return Date{}
}

// enumCell returns the field's value of an enum of the package or of
// package pillar, read as its UnmarshalText reads it.
func enumCell[E any, P interface {
	*E
	encoding.TextUnmarshaler
}](x *sheetRow, field, path string) E {
	var e E
	v, _ := x.cell(field)
	if err := P(&e).UnmarshalText([]byte(v)); err != nil {
		x.fail(field, path, "enum", err)
		var zero E
		return zero
	}
	return e
}

// capped reports whether the list at path, of n items so far, has room
// for one more of at most most; the first item past it is a problem.
func (x *sheetRow) capped(path string, n, most int) bool {
	if n < most {
		return true
	}
	if !x.r.capped[path] {
		x.r.capped[path] = true
		x.r.add(x.s, x.line, -1, path, ruleMaxItems, i18n.Errorf(sheetWords, "more than %d items in %s", most, path))
	}
	return false
}

// place returns the problems of a check of the document read, each
// placed at the cell its path came from, after the problems of reading,
// less those at a value reading refused (which the check would only say
// again).
func (r *bookReader) place(checked smartcity.Problems) smartcity.Problems {
	ps := r.problems
	for _, p := range jsonio.WithoutDecoded(checked, r.refused) {
		if p.Sheet == "" {
			p.Sheet, p.Cell = r.where(p.Path)
		}
		ps = ps.Add(r.max, p)
	}
	return ps
}

// where returns the sheet and cell of the value at path: the cell of its
// field in the row of its item, or the row's first cell when the sheet
// has no column of that field; the nearest item that holds it when path
// is no item's; the sheet of its top-level field when no item holds it.
func (r *bookReader) where(path string) (sheet, cell string) {
	field := ""
	for p := path; p != ""; {
		if it, ok := r.items[p]; ok {
			col := it.col
			if col < 0 {
				col = 0
				if c, ok := it.sheet.at[field]; ok && field != "" {
					col = c
				}
			}
			return it.sheet.name, csvio.CellName(col+1, it.row)
		}
		i := strings.LastIndexAny(p, ".[")
		if i < 0 {
			break
		}
		if p[i] == '.' {
			field = p[i+1:]
		} else {
			field = ""
		}
		p = p[:i]
	}
	top, _, _ := strings.Cut(path, ".")
	top, _, _ = strings.Cut(top, "[")
	return r.sheets[top], ""
}
