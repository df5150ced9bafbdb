package spbe

import (
	"errors"
	"io"
	"strconv"

	"github.com/kotacerdas/smartcity/internal/csvio"
	"github.com/kotacerdas/smartcity/internal/enum"
	"github.com/kotacerdas/smartcity/internal/escape"
)

// maxBlockLines is the most lines of a header block: one for the instansi,
// one for the year, and room for a title a sheet would not have.
const maxBlockLines = 8

// skipBlock moves cr past the header block of a long CSV, if its header is
// one: lines above the table, each a key — the header of the instansi or
// the year column ("Instansi", "Nama Instansi", "Tahun", …) — in its first
// cell, a value in its second, and nothing else. The lines are kept in
// cr.Above for readBlock. It may be called again: a header that is no
// block line is left as it is. A file of nothing but block lines keeps
// its last as the header, whose table then lacks its columns.
func skipBlock(cr *csvio.Reader) error {
	for len(cr.Above()) < maxBlockLines && blockLine(cr.Header()) {
		if err := cr.Reheader(); err != nil {
			if errors.Is(err, io.EOF) {
				return nil
			}
			return malformed(err)
		}
	}
	return nil
}

// blockLine reports whether cells are a line of a header block: a key of
// the instansi or the year, a value that is no column's header (a number
// is a year's value, not an indicator's column) or none — a template's
// line left to be filled in — and nothing else.
func blockLine(cells []string) bool {
	if len(cells) == 0 {
		return false
	}
	switch columnOf(cells[0]).role {
	case roleInstansi, roleYear:
	default:
		return false
	}
	if len(cells) == 1 {
		return true
	}
	if r := columnOf(cells[1]).role; cells[1] != "" && r != roleUnknown && r != roleLevelOf {
		return false // a header such as "tahun;indikator", not a year's value
	}
	for _, c := range cells[2:] {
		if c != "" {
			return false
		}
	}
	return true
}

// block is what a long CSV says of its assessment outside its table: the
// instansi and the year, from its header block or the caller
// (ReadOptions.Instansi, ReadOptions.Year), each with the line of the
// block that gave it (0 for the caller's).
type block struct {
	instansi           string
	year               int
	instLine, yearLine int
}

// readBlock reads the header block cr moved past (skipBlock) with the
// caller's instansi and year: a key given twice, a year that is not one,
// or a value that differs from the caller's is a problem at its cell, so
// that an assessment is never filed under a name or year the user did
// not mean.
func readBlock(cr *csvio.Reader, opt ReadOptions, ps *problems) block {
	b := block{instansi: opt.Instansi, year: opt.Year}
	for _, row := range cr.Above() {
		key, value := row.Cells[0], ""
		if len(row.Cells) > 1 {
			value = row.Cells[1]
		}
		if value == "" {
			continue // left empty: the block does not say
		}
		at := loc{line: row.Line, column: 2, path: key, sheet: cr.Sheet()}
		switch columnOf(key).role {
		case roleInstansi:
			switch {
			case b.instLine != 0:
				ps.addAt(at, "%w: the instansi is also on line %d", ErrDuplicate, b.instLine)
			case opt.Instansi != "" && enum.Fold(opt.Instansi) != enum.Fold(value):
				ps.addAt(at, "the file names the instansi %s, but %s was asked for", escape.Quote(value), escape.Quote(opt.Instansi))
			default:
				b.instansi, b.instLine = value, row.Line
			}
		case roleYear:
			y, err := strconv.Atoi(value)
			switch {
			case err != nil || y < minYear || y > maxYear:
				ps.addAt(at, "%s is not a year between %d and %d", escape.Quote(value), minYear, maxYear)
			case b.yearLine != 0:
				ps.addAt(at, "%w: the year is also on line %d", ErrDuplicate, b.yearLine)
			case opt.Year != 0 && opt.Year != y:
				ps.addAt(at, "the file names the year %d, but %d was asked for", y, opt.Year)
			default:
				b.year, b.yearLine = y, row.Line
			}
		}
	}
	return b
}
