package csvio

import (
	"encoding/csv"
	"io"
	"strings"

	"github.com/kotacerdas/smartcity"
)

// WriterOptions choose the spreadsheet dialect of a Writer.
type WriterOptions struct {
	// Semicolon delimits with ";" and writes decimal commas, as spreadsheets
	// in the Indonesian locale expect.
	Semicolon bool
	// BOM starts the file with a UTF-8 byte-order mark, so that spreadsheets
	// read the names of regions and programmes correctly.
	BOM bool
}

// Writer writes CSV for spreadsheets, neutralising formula injection.
type Writer struct {
	cw      *csv.Writer
	w       io.Writer
	opt     WriterOptions
	started bool
	err     error
}

// NewWriter returns a Writer to w.
func NewWriter(w io.Writer, opt WriterOptions) *Writer {
	cw := csv.NewWriter(w)
	if opt.Semicolon {
		cw.Comma = ';'
	}
	return &Writer{cw: cw, w: w, opt: opt}
}

// Write writes one row of text cells, each passed through Escape.
func (w *Writer) Write(cells ...string) error {
	if w.err != nil {
		return w.err
	}
	if !w.started {
		w.started = true
		if w.opt.BOM {
			if _, err := io.WriteString(w.w, "\ufeff"); err != nil {
				w.err = err
				return err
			}
		}
	}
	row := make([]string, len(cells))
	for i, c := range cells {
		row[i] = Escape(c)
	}
	if err := w.cw.Write(row); err != nil {
		w.err = err
	}
	return w.err
}

// Number formats a decimal number's text for the writer's dialect: with a
// decimal comma when the writer delimits with semicolons.
func (w *Writer) Number(s string) string {
	if w.opt.Semicolon {
		return strings.Replace(s, ".", ",", 1)
	}
	return s
}

// Flush writes any buffered data and returns the first error met.
func (w *Writer) Flush() error {
	w.cw.Flush()
	if w.err != nil {
		return w.err
	}
	return w.cw.Error()
}

// Escape neutralises formula injection: a cell that starts with "=", "+",
// "-", "@", a tab or a carriage return is prefixed with a single quote, so
// that a spreadsheet shows it as text instead of evaluating it. Plain
// numbers ("-0.25", "+3,5") are left alone: they cannot be formulas, and a
// quote would turn them into text.
func Escape(cell string) string {
	if cell == "" {
		return cell
	}
	switch cell[0] {
	case '=', '+', '-', '@', '\t', '\r':
		if _, err := smartcity.ParseNumber(cell); err == nil && cell == strings.TrimSpace(cell) && !strings.Contains(cell, "/") {
			return cell
		}
		return "'" + cell
	}
	return cell
}

// Unescape undoes Escape: a cell of a single quote before what Escape
// protects ("'=SUM(A1)") is that text ("=SUM(A1)"); any other cell is
// left as it is. A reader of a file the library wrote gets its text back.
func Unescape(cell string) string {
	if len(cell) > 1 && cell[0] == '\'' && Escape(cell[1:]) == cell {
		return cell[1:]
	}
	return cell
}
