package spbe

import (
	"errors"
	"strings"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/csvio"
	"github.com/kotacerdas/smartcity/internal/escape"
	"github.com/kotacerdas/smartcity/internal/i18n"
)

// header is the reading of the header of a CSV file: the column of each
// role, and every problem of the header, each at its column, so that a
// file is refused once with all of them rather than once per problem.
type header struct {
	cr   *csvio.Reader
	line int             // the header's line in the file
	of   map[role]int    // the column of each role found once
	cols []column        // the reading of every column, by index
	ps   problems        // the header's problems, rule "header"
	rows problems        // the problems of the rows, read for a header with problems
	num  int             // the column of row numbers, -1 for none
	seen map[column]bool // the numbered columns met
}

// readHeader reads the header of cr, accepting the roles of one form:
// a column of another role, or a header columnOf does not know, is the
// problem of format (one %s, the header) at its column; a
// role or numbered column given twice is a problem at its second column.
// A leading column of row numbers ("No", "No.", "Nomor") is accepted by
// every form, in the first column only; an unnamed column is allowed
// (csvio.Reader holds it empty).
func readHeader(cr *csvio.Reader, accept func(column) bool, format string) *header {
	h := &header{cr: cr, line: cr.HeaderRow(), of: map[role]int{}, num: -1, seen: map[column]bool{}}
	h.cols = make([]column, len(cr.Header()))
	for c, name := range cr.Header() {
		if name == "" {
			continue
		}
		col := columnOf(name)
		switch {
		case col.role == roleRowNumber && c == 0:
			h.num = c
			continue
		case col.role == roleUnknown || !accept(col):
			h.add(c, format, escape.Quote(name))
			continue
		case col.n > 0 && h.seen[col]:
			h.twice(c, col)
			continue
		case col.n > 0:
			h.seen[col] = true
		default:
			if _, dup := h.of[col.role]; dup {
				h.add(c, "column %s is given twice", escape.Quote(columnName(col.role)))
				continue
			}
			h.of[col.role] = c
		}
		h.cols[c] = col
	}
	return h
}

// twice records a numbered column given twice.
func (h *header) twice(c int, col column) {
	switch col.role {
	case roleDomain:
		h.add(c, "domain %d has two columns", col.n)
	case roleAspect:
		h.add(c, "aspect %d has two columns", col.n)
	default:
		h.add(c, "indicator %d has two columns", col.n)
	}
}

// col returns the column of r, -1 when the header has none.
func (h *header) col(r role) int {
	if c, ok := h.of[r]; ok {
		return c
	}
	return -1
}

// add records a problem of the header at column c (0-based), or of the
// header as a whole when c is negative.
func (h *header) add(c int, format string, args ...any) {
	at := loc{line: h.line, sheet: h.cr.Sheet()}
	if c >= 0 {
		at = place(h.cr, h.line, c)
	}
	h.ps.addAll(smartcity.Problems{at.problem("header", i18n.Errorf(messagesID, format, said(args)...))})
}

// rowNumber checks the cell of the column of row numbers, if any, of
// row: a number or empty, as spreadsheets number their rows. Anything
// else is a problem at the cell, since the column would hide it.
func (h *header) rowNumber(ps *problems, row csvio.Row) {
	if h.num < 0 {
		return
	}
	cell := strings.TrimSuffix(row.Cells[h.num], ".")
	if cell == "" {
		return
	}
	if strings.Trim(cell, "0123456789") != "" {
		ps.addAt(place(h.cr, row.Line, h.num), "%s is not a row number: the first column numbers the rows", escape.Quote(row.Cells[h.num]))
	}
}

// stop returns err, the failure of reading the rows after the header,
// with the problems of the header before its own when the header has
// any: err's problems are then those of the rows, and the whole wraps
// ErrMalformed. A nil err is the header's problems alone, nil when it has
// none.
func (h *header) stop(err error) error {
	if !h.failed() {
		return err
	}
	var found smartcity.Problems
	if errors.As(err, &found) {
		h.rows.addAll(found)
	}
	return h.err()
}

// failed reports whether the header has problems.
func (h *header) failed() bool { return len(h.ps) > 0 }

// err returns the problems of the header and of the rows read after it
// as one error wrapping ErrMalformed, or nil when the header has none.
func (h *header) err() error {
	if !h.failed() {
		return nil
	}
	all := h.ps
	all.addAll(smartcity.Problems(h.rows))
	return i18n.Errorf(messagesID, "spbe: %w: %w", ErrMalformed, smartcity.Problems(all))
}
