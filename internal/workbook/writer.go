package workbook

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/csvio"
)

// Kind is how a column's cells are stored and shown.
type Kind int

// The kinds of a column. Numbers are stored as numbers, shown with the
// display format of the kind; Excel shows its separators as the reader's
// locale says ("Rp 1.250.000" and "3,99" in Indonesian).
const (
	Text    Kind = iota // stored as text, never read as a formula
	Integer             // a whole number without separators: a year, a level, a rank
	Decimal             // two decimals: #,##0.00
	Rupiah              // "Rp" #,##0
	Percent             // 0.00%
	Date                // dd/mm/yyyy, stored as Excel's serial day
)

// formats are the number formats of the kinds.
var formats = [...]string{
	Text:    "@",
	Integer: "0",
	Decimal: "#,##0.00",
	Rupiah:  `"Rp"\ #,##0`,
	Percent: "0.00%",
	Date:    "dd/mm/yyyy",
}

// Column is a column of a Table.
type Column struct {
	Header string
	Kind   Kind
	// Width is the width in characters; 0 fits what the column holds,
	// between 8 and 60.
	Width float64
	// Options, when given, are a drop-down list on every cell of the
	// column, the blank rows to fill included.
	Options []string
}

// Choice is a cell whose value is picked from a drop-down list.
type Choice struct {
	Value   string
	Options []string
}

// Styled is a cell shown as Kind says rather than as its column's kind
// does, as the year among the decimals of a column of labelled values.
type Styled struct {
	Value any
	Kind  Kind
}

// Table is a sheet of one table: rows above it (a title, or labelled
// values such as "Instansi" and "Tahun"), a header row that is frozen and
// filtered, and its rows. A cell is a string, an int, an int64, a
// float64, a smartcity.Number, a time.Time (a Date column), a Choice, a
// Styled, or nil for an empty cell.
type Table struct {
	Sheet   string
	Above   [][]any
	Columns []Column
	Rows    [][]any
	// Blank is the number of empty rows below Rows left to be filled in:
	// the drop-downs and formats of the columns reach over them.
	Blank int
}

// Placed is where a table was written: the rows of its header and of its
// last row, for charts of it.
type Placed struct {
	Sheet      string
	Header     int // the row of the header
	Last       int // the row of its last row; Header when it has none
	NumColumns int
}

// Range returns the absolute reference of the data cells of the 0-based
// column col: "'Hasil'!$B$2:$B$9".
func (p Placed) Range(col int) string {
	c := csvio.ColumnName(col + 1)
	return fmt.Sprintf("%s!$%s$%d:$%s$%d", quoteSheet(p.Sheet), c, p.Header+1, c, max(p.Last, p.Header+1))
}

// HeaderCell returns the absolute reference of the header of column col.
func (p Placed) HeaderCell(col int) string {
	return fmt.Sprintf("%s!$%s$%d", quoteSheet(p.Sheet), csvio.ColumnName(col+1), p.Header)
}

// quoteSheet quotes a sheet's name for a reference: 'Rencana ”26'.
func quoteSheet(name string) string {
	return "'" + strings.ReplaceAll(name, "'", "''") + "'"
}

// Writer builds a workbook of tables and charts.
type Writer struct {
	f      *excelize.File
	styles map[Kind]int
	head   int
	lists  map[string]string // a drop-down list's options, joined, → its range
	sheets int
	styled []styledCell // cells styled after their column
	err    error
}

// styledCell is a cell whose kind is not its column's.
type styledCell struct {
	sheet, cell string
	kind        Kind
}

// listSheet is the hidden sheet that holds the options of drop-down
// lists.
const listSheet = "Pilihan"

// NewWriter returns a Writer of an empty workbook. The zero Writer is
// one too.
func NewWriter() *Writer {
	w := &Writer{}
	w.init()
	return w
}

// init makes the zero Writer ready.
func (w *Writer) init() {
	if w.f == nil {
		w.f, w.styles, w.lists = excelize.NewFile(), map[Kind]int{}, map[string]string{}
	}
}

// style returns the style of cells of kind k.
func (w *Writer) style(k Kind) int {
	if id, ok := w.styles[k]; ok {
		return id
	}
	f := formats[k]
	id, err := w.f.NewStyle(&excelize.Style{CustomNumFmt: &f, Alignment: &excelize.Alignment{Vertical: "top", WrapText: k == Text}})
	w.fail(err)
	w.styles[k] = id
	return id
}

func (w *Writer) fail(err error) {
	if err != nil && w.err == nil {
		w.err = err
	}
}

// AddTable writes t on a sheet of its own and returns where.
func (w *Writer) AddTable(t Table) Placed {
	w.init()
	if w.err != nil {
		return Placed{}
	}
	if w.sheets == 0 {
		w.fail(w.f.SetSheetName("Sheet1", t.Sheet))
	} else {
		_, err := w.f.NewSheet(t.Sheet)
		w.fail(err)
	}
	w.sheets++
	s := t.Sheet
	widths := make([]int, len(t.Columns))
	for r, row := range t.Above {
		for c, v := range row {
			w.set(s, c, r+1, Column{}, v)
		}
	}
	header := len(t.Above) + 1
	if len(t.Above) > 0 {
		header++ // a blank row between
	}
	if w.head == 0 {
		id, err := w.f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}, Alignment: &excelize.Alignment{Vertical: "top", WrapText: true},
			Fill:   excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}},
			Border: []excelize.Border{{Type: "bottom", Color: "4472C4", Style: 1}}})
		w.fail(err)
		w.head = id
	}
	for c, col := range t.Columns {
		cell := csvio.CellName(c+1, header)
		w.fail(w.f.SetCellStr(s, cell, ooxmlText(col.Header)))
		w.fail(w.f.SetCellStyle(s, cell, cell, w.head))
		widths[c] = utf8.RuneCountInString(col.Header)
	}
	for r, row := range t.Rows {
		for c, v := range row {
			if c >= len(t.Columns) {
				break
			}
			n := w.set(s, c, header+1+r, t.Columns[c], v)
			widths[c] = max(widths[c], n)
		}
	}
	last := header + len(t.Rows)
	fill := last + t.Blank
	for c, col := range t.Columns {
		if len(col.Options) > 0 && fill > header {
			w.dropDown(s, csvio.CellName(c+1, header+1)+":"+csvio.CellName(c+1, fill), col.Options)
		}
		width := col.Width
		if width == 0 {
			width = float64(min(max(widths[c]+2, 8), 60))
		}
		name := csvio.ColumnName(c + 1)
		w.fail(w.f.SetColWidth(s, name, name, width))
		if fill > header && col.Kind != Text {
			w.fail(w.f.SetCellStyle(s, csvio.CellName(c+1, header+1), csvio.CellName(c+1, fill), w.style(col.Kind)))
		}
	}
	if len(t.Columns) > 0 {
		w.fail(w.f.SetPanes(s, &excelize.Panes{Freeze: true, YSplit: header, TopLeftCell: csvio.CellName(1, header+1), ActivePane: "bottomLeft"}))
		w.fail(w.f.AutoFilter(s, csvio.CellName(1, header)+":"+csvio.CellName(len(t.Columns), max(fill, header+1)), nil))
	}
	for _, sc := range w.styled {
		w.fail(w.f.SetCellStyle(sc.sheet, sc.cell, sc.cell, w.style(sc.kind)))
	}
	w.styled = w.styled[:0]
	w.printable(s)
	return Placed{Sheet: s, Header: header, Last: last, NumColumns: len(t.Columns)}
}

// printable sets sheet s to print on landscape pages as wide as the
// sheet, so that a table and its chart print whole.
func (w *Writer) printable(s string) {
	landscape, wide, tall, fit := "landscape", 1, 0, true
	w.fail(w.f.SetPageLayout(s, &excelize.PageLayoutOptions{Orientation: &landscape, FitToWidth: &wide, FitToHeight: &tall}))
	w.fail(w.f.SetSheetProps(s, &excelize.SheetPropsOptions{FitToPage: &fit}))
}

// set writes the value v in the cell of the 0-based column c and row r,
// as col says, and returns its width in characters.
func (w *Writer) set(s string, c, r int, col Column, v any) int {
	cell := csvio.CellName(c+1, r)
	switch v := v.(type) {
	case nil:
		return 0
	case string:
		w.fail(w.f.SetCellStr(s, cell, ooxmlText(v)))
		return longestLine(v)
	case int:
		w.fail(w.f.SetCellInt(s, cell, int64(v)))
		return len(strconv.Itoa(v)) + len(strconv.Itoa(v))/3
	case int64:
		w.fail(w.f.SetCellInt(s, cell, v))
		return len(strconv.FormatInt(v, 10))*4/3 + 3
	case float64:
		w.fail(w.f.SetCellFloat(s, cell, v, -1, 64))
		return 8
	case smartcity.Number:
		if !v.IsValid() {
			return 0
		}
		w.fail(w.f.SetCellFloat(s, cell, v.Float64(), -1, 64))
		return 8
	case time.Time:
		w.fail(w.f.SetCellValue(s, cell, v))
		return 10
	case Styled:
		n := w.set(s, c, r, col, v.Value)
		w.styled = append(w.styled, styledCell{s, cell, v.Kind})
		return n
	case Choice:
		w.fail(w.f.SetCellStr(s, cell, ooxmlText(v.Value)))
		w.dropDown(s, cell, v.Options)
		n := longestLine(v.Value)
		for _, o := range v.Options {
			n = max(n, utf8.RuneCountInString(o))
		}
		return n
	}
	w.fail(fmt.Errorf("workbook: a cell of type %T", v))
	return 0
}

// ooxmlText escapes text for a cell as the format of a workbook wants
// it, so that it reads back as it was: a control character, which XML
// cannot hold, is written "_x001B_", and a "_" that would start such an
// escape ("_x0041_", which a reader takes for "A") is written "_x005F_".
func ooxmlText(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == '_' }) {
		return s
	}
	var b strings.Builder
	for i, r := range s {
		switch {
		case r < 0x20 && r != '\t' && r != '\n' && r != '\r':
			fmt.Fprintf(&b, "_x%04X_", r)
		case r == '_' && escapeLike(s[i:]):
			b.WriteString("_x005F_")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// escapeLike reports whether s starts with an escape of the format of a
// workbook: "_x", four hexadecimal digits and "_".
func escapeLike(s string) bool {
	if len(s) < 7 || s[1] != 'x' && s[1] != 'X' || s[6] != '_' {
		return false
	}
	for _, c := range s[2:6] {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}

// longestLine is the length of the longest line of s, in characters.
func longestLine(s string) int {
	n := 0
	for line := range strings.SplitSeq(s, "\n") {
		n = max(n, utf8.RuneCountInString(line))
	}
	return n
}

// dropDown gives the cells of ref a drop-down list of options, kept on the hidden
// sheet listSheet (a list written in the rule itself may hold no comma
// and at most 255 characters).
func (w *Writer) dropDown(s, ref string, options []string) {
	if len(options) == 0 {
		return
	}
	key := strings.Join(options, "\x00")
	list, ok := w.lists[key]
	if !ok {
		if len(w.lists) == 0 {
			_, err := w.f.NewSheet(listSheet)
			w.fail(err)
			w.fail(w.f.SetSheetVisible(listSheet, false))
		}
		col := csvio.ColumnName(len(w.lists) + 1)
		for i, o := range options {
			w.fail(w.f.SetCellStr(listSheet, col+strconv.Itoa(i+1), ooxmlText(o)))
		}
		list = fmt.Sprintf("%s!$%s$1:$%s$%d", listSheet, col, col, len(options))
		w.lists[key] = list
	}
	dv := excelize.NewDataValidation(true)
	dv.Sqref = ref
	dv.SetSqrefDropList(list)
	w.fail(w.f.AddDataValidation(s, dv))
}

// WriteTo writes the workbook to out.
func (w *Writer) WriteTo(out io.Writer) (int64, error) {
	w.init()
	if w.err != nil {
		return 0, w.err
	}
	if w.sheets == 0 {
		return 0, fmt.Errorf("workbook: no table to write")
	}
	w.f.SetActiveSheet(0)
	return w.f.WriteTo(out)
}

// TableOf returns the table of records, its first the header, as a
// spreadsheet would hold them: a whole number as an int, a decimal as a
// float64, other text as text.
func TableOf(sheet string, records [][]string) Table {
	t := Table{Sheet: sheet}
	for i, rec := range records {
		if i == 0 {
			for _, h := range rec {
				t.Columns = append(t.Columns, Column{Header: h})
			}
			continue
		}
		row := make([]any, len(rec))
		for c, v := range rec {
			if n, err := strconv.Atoi(v); err == nil {
				row[c] = n
			} else if f, err := strconv.ParseFloat(v, 64); err == nil && !strings.ContainsAny(v, "xXnN") {
				row[c] = f
			} else if v != "" {
				row[c] = v
			}
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}
