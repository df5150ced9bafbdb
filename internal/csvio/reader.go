// Package csvio reads and writes the CSV files regions exchange with
// spreadsheets: a UTF-8 byte-order mark and either "," or ";" as the
// delimiter (the Indonesian locale writes ";"), quoted fields, errors that
// name the row and the column in English or Indonesian (Error.Message), and
// a writer that neutralises formula injection.
package csvio

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/i18n"
	"github.com/kotacerdas/smartcity/internal/input"
)

// DefaultMaxRows is the number of data rows a Reader accepts unless told
// otherwise.
const DefaultMaxRows = 1_000_000

// DefaultMaxFields is the number of fields a Reader accepts on one row,
// the header's included, unless told otherwise: twice the widest file the
// library reads, a wide CSV of a framework of the most indicators a
// framework may have (1,000) beside its instansi and tahun.
const DefaultMaxFields = 2048

// DefaultMaxRowBytes is the length of one row a Reader accepts unless told
// otherwise: 1 MiB, a hundred times a row of the long CSV with a long
// penjelasan and a list of bukti. A row is a line, or the lines of a
// quoted field that holds line breaks.
const DefaultMaxRowBytes = 1 << 20

// ErrTooManyRows is returned (wrapped) when a file has more data rows than
// the reader's limit.
var ErrTooManyRows = i18n.New(words, "too many rows")

// ErrTooManyFields is returned (wrapped, with the row and the column) when
// a row has more fields than the reader's limit.
var ErrTooManyFields = i18n.New(words, "too many fields")

// ErrRowTooLong is returned (wrapped, with the row and the column) when a
// row is longer than the reader's limit.
var ErrRowTooLong = i18n.New(words, "row too long")

// ErrNotUTF8 is returned (wrapped, with the row and column) for a cell that
// is not UTF-8 text, such as one from a file a spreadsheet saved in a
// Windows code page: its bytes could not be kept through JSON or reports.
var ErrNotUTF8 = i18n.New(words, "not UTF-8 text (save the file as CSV UTF-8)")

// Options bound what a Reader accepts.
type Options struct {
	MaxRows     int   // data rows after the header; DefaultMaxRows when <= 0
	MaxFields   int   // fields on one row, the header's too; DefaultMaxFields when <= 0
	MaxRowBytes int   // bytes of one row, the header too; DefaultMaxRowBytes when <= 0
	Limit       int64 // bytes; input.DefaultLimit when <= 0
}

// Error is a problem at a place in a CSV file. Row is the 1-based line of
// the file (the header is row 1), Column the 1-based column and Name the
// header of that column; Column is 0 for a problem with a whole row. Rule
// is the code of the problem (Problem); "" is "malformed".
//
// In a workbook's sheet (NewSheetReader), Sheet is the sheet's name and
// Row and Column the cell's row and column, said as the cell ("Program!D7"
// is sheet "Program", row 7, column 4).
type Error struct {
	Sheet  string
	Row    int
	Column int
	Name   string
	Rule   string
	Err    error
}

// Problem returns e as a problem of reading the file: its row and column,
// the column's name as the path, its rule ("syntax" for broken CSV,
// "header", "utf8", "too_many_rows", "too_many_fields", "row_too_long", "columns",
// "unnamed_column") and its cause, said in
// Indonesian as Message says it.
func (e *Error) Problem() smartcity.Problem {
	rule := e.Rule
	if rule == "" {
		rule = "malformed"
	}
	p := smartcity.Problem{Path: e.Name, Line: e.Row, Column: e.Column, Rule: rule, Severity: smartcity.Error,
		Err: i18n.Errorf(words, "%w", e.Err)}
	if e.Sheet != "" {
		p.Sheet, p.Cell, p.Line, p.Column = e.Sheet, CellName(e.Column, e.Row), 0, 0
		if p.Cell == "" {
			p.Line = e.Row
		}
	}
	return p
}

// Error implements error.
func (e *Error) Error() string {
	return e.where(smartcity.English) + e.Err.Error()
}

// where says the place of e as Where does, or, in a sheet, as "sheet
// Program, cell D7 (anggaran): " ("lembar Program, sel D7 (anggaran): ").
func (e *Error) where(lang smartcity.Lang) string {
	if e.Sheet == "" {
		return Where(e.Row, e.Column, e.Name, lang)
	}
	return smartcity.Problem{Sheet: e.Sheet, Cell: CellName(e.Column, e.Row), Line: e.Row, Path: e.Name}.Where(lang)
}

// Message returns the error in lang: Error's text in English; in
// Indonesian (also the zero Lang) the place and the rule in Indonesian,
// "baris 4, kolom 2 (tahun): nilai bukan teks UTF-8 (simpan berkas sebagai
// CSV UTF-8)", the column's name kept as the file has it. The errors of
// encoding/csv are said in Indonesian too.
func (e *Error) Message(lang smartcity.Lang) string {
	if i18n.English(lang) {
		return e.Error()
	}
	return e.where(lang) + words.ErrorMessage(e.Err, lang)
}

// Where says a place in a CSV file as the errors of this package start:
// "row 4, column 2 (tahun): " in English, "baris 4, kolom 2 (tahun): " in
// Indonesian; the column is left out when it is 0 (a problem with the
// whole row), its name when it is empty, and everything when row is 0.
func Where(row, column int, name string, lang smartcity.Lang) string {
	w := [...]string{"row", "column"}
	if !i18n.English(lang) {
		w = [...]string{"baris", "kolom"}
	}
	switch {
	case column > 0 && name != "":
		return fmt.Sprintf("%s %d, %s %d (%s): ", w[0], row, w[1], column, name)
	case column > 0:
		return fmt.Sprintf("%s %d, %s %d: ", w[0], row, w[1], column)
	case row > 0:
		return fmt.Sprintf("%s %d: ", w[0], row)
	}
	return ""
}

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }

// Row is one data row: its line in the file and its cells, trimmed of
// surrounding white space.
type Row struct {
	Line  int
	Cells []string
}

// Reader reads a table with a header row: a CSV file (NewReader) or a
// sheet of a workbook (NewSheetReader).
type Reader struct {
	src     Source
	sheet   string
	header  []string
	headRow int   // the row of the header
	unnamed []int // the columns whose header is empty
	comma   rune
	maxRows int
	rows    int
	above   []Row // the rows above the header (Reheader)
}

// Source is where the records of a table other than a CSV text come
// from, such as the rows of a workbook's sheet.
type Source interface {
	// Next returns the next record and the 1-based row it stands on, or
	// io.EOF after the last. An error other than io.EOF ends the
	// reading; an *Error keeps its place.
	Next() (record []string, row int, err error)
}

// csvSource is the Source of a CSV text.
type csvSource struct{ cr *csv.Reader }

func (c csvSource) Next() ([]string, int, error) {
	rec, err := c.cr.Read()
	if err != nil {
		if err == io.EOF {
			return nil, 0, io.EOF
		}
		return nil, 0, wrapParse(err)
	}
	line, _ := c.cr.FieldPos(0)
	return rec, line, nil
}

// NewReader reads the header of r and returns a Reader for the rows after
// it. The delimiter is the one of "," and ";" that the header line uses more.
//
// A row, the header too, of more than Options.MaxFields fields or
// Options.MaxRowBytes bytes is an error at its row and the column where
// the limit is passed, found before the row is held: encoding/csv keeps a
// whole row and a record of each of its fields, so that one line of
// millions of empty fields would otherwise take hundreds of megabytes.
func NewReader(r io.Reader, opt Options) (*Reader, error) {
	br := bufio.NewReaderSize(input.Limit(r, opt.Limit), 64<<10)
	if bom, err := br.Peek(3); err == nil && bytes.Equal(bom, []byte("\xef\xbb\xbf")) {
		_, _ = br.Discard(3)
	}
	peek, _ := br.Peek(br.Size())
	comma := sniff(peek)
	g := &rowGuard{r: br, comma: byte(comma), maxFields: opt.MaxFields, maxBytes: opt.MaxRowBytes, fields: 1, line: 1, start: 1}
	if g.maxFields <= 0 {
		g.maxFields = DefaultMaxFields
	}
	if g.maxBytes <= 0 {
		g.maxBytes = DefaultMaxRowBytes
	}
	cr := csv.NewReader(g)
	cr.Comma = comma
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = false
	rd, err := newReader(csvSource{cr}, "", opt)
	if err != nil {
		return nil, err
	}
	rd.comma = comma
	return rd, nil
}

// NewSheetReader returns a Reader of the records of src, the sheet named
// sheet of a workbook, its first record that holds a value the header. It
// reads as NewReader does, its errors naming the sheet and the cell; a
// record of more than Options.MaxFields cells, or of more than
// Options.MaxRowBytes bytes in all, is refused at its row.
func NewSheetReader(sheet string, src Source, opt Options) (*Reader, error) {
	return newReader(&sheetSource{src: src, sheet: sheet, opt: opt}, sheet, opt)
}

// sheetSource holds the records of a sheet to the limits of a row that
// rowGuard keeps for a CSV text.
type sheetSource struct {
	src   Source
	sheet string
	opt   Options
}

func (s *sheetSource) Next() ([]string, int, error) {
	rec, row, err := s.src.Next()
	if err != nil {
		if e, ok := err.(*Error); ok && e.Sheet == "" {
			e.Sheet = s.sheet
		}
		return nil, 0, err
	}
	maxFields, maxBytes := s.opt.MaxFields, s.opt.MaxRowBytes
	if maxFields <= 0 {
		maxFields = DefaultMaxFields
	}
	if maxBytes <= 0 {
		maxBytes = DefaultMaxRowBytes
	}
	if len(rec) > maxFields {
		return nil, 0, &Error{Sheet: s.sheet, Row: row, Column: maxFields + 1, Rule: "too_many_fields",
			Err: i18n.Errorf(words, "%w: more than %d on one row", ErrTooManyFields, maxFields)}
	}
	size := 0
	for i, c := range rec {
		if size += len(c); size > maxBytes {
			return nil, 0, &Error{Sheet: s.sheet, Row: row, Column: i + 1, Rule: "row_too_long",
				Err: i18n.Errorf(words, "%w: more than %d bytes", ErrRowTooLong, maxBytes)}
		}
	}
	return rec, row, nil
}

// newReader reads the header from src, skipping records without a value
// before it, and returns the Reader of the rows after it.
func newReader(src Source, sheet string, opt Options) (*Reader, error) {
	var header []string
	var row int
	for {
		rec, r, err := src.Next()
		if err == io.EOF {
			return nil, &Error{Sheet: sheet, Rule: "header", Err: i18n.Errorf(words, "empty file: a header row is required")}
		}
		if err != nil {
			return nil, err
		}
		if !blank(rec) {
			header, row = rec, r
			break
		}
	}
	maxRows := opt.MaxRows
	if maxRows <= 0 {
		maxRows = DefaultMaxRows
	}
	r := &Reader{src: src, sheet: sheet, comma: ',', maxRows: maxRows}
	if err := r.setHeader(header, row); err != nil {
		return nil, err
	}
	return r, nil
}

// setHeader makes rec, on row, the header.
func (r *Reader) setHeader(rec []string, row int) error {
	var unnamed []int
	for i := range rec {
		rec[i] = strings.TrimSpace(rec[i])
		if !utf8.ValidString(rec[i]) {
			return &Error{Sheet: r.sheet, Row: row, Column: i + 1, Rule: "utf8", Err: ErrNotUTF8}
		}
		if rec[i] == "" {
			unnamed = append(unnamed, i)
		}
	}
	r.header, r.headRow, r.unnamed = rec, row, unnamed
	return nil
}

// Reheader takes the next row that holds a value as the header, for a
// table below lines that are not part of it, such as a block of
// "Instansi;Kab. Rembang" lines; the header it replaces is kept, with its
// row, in Above. It returns io.EOF when no such row follows, and the
// error of the row otherwise.
func (r *Reader) Reheader() error {
	for {
		rec, row, err := r.src.Next()
		if err != nil {
			return err
		}
		if blank(rec) {
			continue
		}
		above := Row{Line: r.headRow, Cells: r.header}
		if err := r.setHeader(rec, row); err != nil {
			return err
		}
		r.above = append(r.above, above)
		return nil
	}
}

// Above returns the rows Reheader moved past, first first. The slice is
// the Reader's own.
func (r *Reader) Above() []Row { return r.above }

// blank reports whether rec holds nothing but white space, as the rows
// ";;;;" a spreadsheet leaves below a table.
func blank(rec []string) bool {
	for _, c := range rec {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// sniff picks the delimiter of the first line that is not blank, the
// header's (a spreadsheet may leave empty lines above a table): ";" when
// it has more semicolons than commas outside quotes, "," otherwise.
func sniff(data []byte) rune {
	commas, semis, quoted, blank := 0, 0, false, true
	for _, c := range data {
		switch {
		case c == '"':
			quoted, blank = !quoted, false
		case quoted:
		case c == '\n' && blank:
		case c == '\n':
			if semis > commas {
				return ';'
			}
			return ','
		case c == ',':
			commas++
			blank = false
		case c == ';':
			semis++
			blank = false
		case c != ' ' && c != '\t' && c != '\r':
			blank = false
		}
	}
	if semis > commas {
		return ';'
	}
	return ','
}

// Header returns the header cells, trimmed. The slice is the Reader's own.
func (r *Reader) Header() []string { return r.header }

// Comma returns the delimiter in use.
func (r *Reader) Comma() rune { return r.comma }

// Column returns the index of the header cell named name, compared without
// regard to case or surrounding space, or -1.
func (r *Reader) Column(name string) int {
	for i, h := range r.header {
		if strings.EqualFold(h, strings.TrimSpace(name)) {
			return i
		}
	}
	return -1
}

// Next returns the next data row, or io.EOF after the last. Rows without
// a value — blank lines, and the ";;;;" rows a spreadsheet leaves below
// its table — are skipped. A row with more cells than the header is an error; a shorter row
// is padded with empty cells, as spreadsheets drop trailing empty cells. A
// column whose header is empty, which a spreadsheet writes for a column
// once used, must be empty too (the rule "unnamed_column"): a reader that
// looks a column up by its name would otherwise drop its values without a
// word. A cell that is not UTF-8 is an error wrapping ErrNotUTF8.
func (r *Reader) Next() (Row, error) {
	var rec []string
	var line int
	for {
		var err error
		if rec, line, err = r.src.Next(); err != nil {
			return Row{}, err
		}
		if !blank(rec) {
			break
		}
	}
	r.rows++
	if r.rows > r.maxRows {
		return Row{}, &Error{Sheet: r.sheet, Row: line, Rule: "too_many_rows", Err: i18n.Errorf(words, "%w: more than %d data rows", ErrTooManyRows, r.maxRows)}
	}
	for i := len(r.header); i < len(rec); i++ {
		if strings.TrimSpace(rec[i]) != "" {
			return Row{}, &Error{Sheet: r.sheet, Row: line, Column: i + 1, Rule: "columns", Err: i18n.Errorf(words, "a value beyond the %d columns of the header", len(r.header))}
		}
	}
	if len(rec) > len(r.header) {
		// A copy, so that a caller that keeps the row does not keep the
		// empty cells past the header.
		rec = append([]string(nil), rec[:len(r.header)]...)
	}
	for len(rec) < len(r.header) {
		rec = append(rec, "")
	}
	for i := range rec {
		rec[i] = strings.TrimSpace(rec[i])
		if !utf8.ValidString(rec[i]) {
			return Row{}, &Error{Sheet: r.sheet, Row: line, Column: i + 1, Name: r.header[i], Rule: "utf8", Err: ErrNotUTF8}
		}
	}
	for _, i := range r.unnamed {
		if rec[i] != "" {
			return Row{}, &Error{Sheet: r.sheet, Row: line, Column: i + 1, Rule: "unnamed_column", Err: i18n.Errorf(words, "a value in column %d, whose header is empty: name the column or clear it", i+1)}
		}
	}
	return Row{Line: line, Cells: rec}, nil
}

// HeaderRow returns the row of the header: 1 unless rows without a value
// stand above it.
func (r *Reader) HeaderRow() int { return r.headRow }

// Sheet returns the name of the workbook's sheet the Reader reads, or ""
// for a CSV file.
func (r *Reader) Sheet() string { return r.sheet }

// At returns an Error of the rule at the cell of row in column col
// (0-based, with the column's header as its name; -1 for the whole row),
// in the Reader's sheet when it reads one.
func (r *Reader) At(row, col int, rule string, err error) *Error {
	e := &Error{Sheet: r.sheet, Row: row, Column: col + 1, Rule: rule, Err: err}
	if col >= 0 && col < len(r.header) {
		e.Name = r.header[col]
	}
	return e
}

// Errorf returns an Error for the cell of row in column col (0-based), with
// the column's header as its name.
func (r *Reader) Errorf(row Row, col int, format string, args ...any) error {
	e := &Error{Sheet: r.sheet, Row: row.Line, Column: col + 1, Err: fmt.Errorf(format, args...)}
	if col >= 0 && col < len(r.header) {
		e.Name = r.header[col]
	}
	return e
}

// wrapParse turns encoding/csv's error into an Error with row and column.
func wrapParse(err error) error {
	if e, ok := err.(*Error); ok {
		return e
	}
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return &Error{Row: pe.Line, Column: pe.Column, Rule: "syntax", Err: pe.Err}
	}
	return &Error{Err: err}
}

// rowGuard passes a CSV file through to encoding/csv, counting the fields
// and the bytes of the row being read, and fails with an *Error once a row
// has more than maxFields fields or maxBytes bytes. Quotes are followed as
// encoding/csv follows them: a delimiter or a line break between quotes is
// part of a field. (Where a quote stands where encoding/csv does not take
// it as one, encoding/csv fails on that row with an error of its own.)
type rowGuard struct {
	r         io.Reader
	comma     byte
	maxFields int
	maxBytes  int
	quoted    bool
	fields    int // fields of the row so far
	size      int // bytes of the row so far
	line      int // the line being read, from 1
	start     int // the line the row starts on
	err       error
}

// Read reads from the file, up to the byte that passes a limit.
func (g *rowGuard) Read(p []byte) (int, error) {
	if g.err != nil {
		return 0, g.err
	}
	n, err := g.r.Read(p)
	for i, c := range p[:n] {
		g.size++
		switch {
		case c == '"':
			g.quoted = !g.quoted
		case c == '\n':
			g.line++
			if !g.quoted {
				g.fields, g.size, g.start = 1, 0, g.line
				continue
			}
		case c == g.comma && !g.quoted:
			g.fields++
			if g.fields > g.maxFields {
				g.err = &Error{Row: g.start, Column: g.fields, Rule: "too_many_fields",
					Err: i18n.Errorf(words, "%w: more than %d on one row", ErrTooManyFields, g.maxFields)}
				return i, g.err
			}
		}
		if g.size > g.maxBytes {
			g.err = &Error{Row: g.start, Column: g.fields, Rule: "row_too_long",
				Err: i18n.Errorf(words, "%w: more than %d bytes", ErrRowTooLong, g.maxBytes)}
			return i, g.err
		}
	}
	return n, err
}
