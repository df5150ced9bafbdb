package spbe

import (
	"bufio"
	"io"
	"strconv"
	"strings"

	"github.com/kotacerdas/smartcity/internal/csvio"
	"github.com/kotacerdas/smartcity/internal/escape"
	"github.com/kotacerdas/smartcity/internal/input"
	"github.com/kotacerdas/smartcity/internal/workbook"
)

// DecodeCosts reads the prices of raises from a CSV, or the first sheet
// of an Excel workbook that has them (told by content), with the columns
// "indikator" (the indicator number) and "cost" (or "biaya"), and
// optionally "level": the level a raise reaches, for a price that differs
// by level. A row without a level prices every raise of its indicator that
// has no row of its own. CSV may be delimited by "," or ";", quote its
// fields and start with a UTF-8 byte-order mark; blank lines are skipped.
//
// A cost is a whole number from 0 to 10¹⁵, in rupiah or any other
// unit. Digits may be grouped in threes by ".", "," or a space, as
// spreadsheets write thousands ("1.500.000", "1,500,000"); a decimal
// fraction is refused, since costs are whole. "Rp" before the number is
// allowed.
//
// The file is read one way only: a column of another name, or one named
// twice (also as both "cost" and "biaya"), wraps ErrMalformed and names
// the column, as a value under a column without a name does, all the
// header's problems together with those of the rows (the headers are
// compared as DecodeLongCSV compares them, and a first column of row
// numbers is ignored); a file of a
// header alone, which would price nothing and so plan by count, is the
// problem "no_rows"; a level is one a raise reaches, above the
// framework's lowest.
//
// With opt.Framework nil the indicators are those of Default. A file that
// cannot be read wraps ErrMalformed; cells that break the rules (an
// unknown indicator, a level out of range, a price given twice, a cost
// that is not a whole number) are reported all at once in an
// error holding smartcity.Problems whose problems name the row and column.
func DecodeCosts(r io.Reader, opt ReadOptions) ([]Cost, error) {
	fw := opt.Framework
	if fw == nil {
		fw = Default()
	}
	br := bufio.NewReader(r)
	var cr *csvio.Reader
	if head, _ := br.Peek(8); workbook.Is(head) {
		data, err := input.ReadAll(br, opt.Limit)
		if err != nil {
			return nil, malformed(err)
		}
		var b *workbook.Book
		if cr, _, b, err = findSheet(data, opt, costsSheet, errNoCostsSheet,
			"%w: want a sheet whose header has indikator and biaya (read %s)"); err != nil {
			return nil, err
		}
		defer b.Close()
	} else {
		var err error
		if cr, err = csvio.NewReader(br, opt.csv()); err != nil {
			return nil, malformed(err)
		}
	}
	h := readHeader(cr, costRoles, "unknown column %s (want indikator, cost or biaya, and level)")
	cols := [3]int{h.col(roleIndicator), h.col(roleCost), h.col(roleLevel)}
	if cols[0] < 0 || cols[1] < 0 {
		h.add(-1, "the header needs the columns %q and %q (and optionally %q)", "indikator", "cost", "level")
	}
	var out []Cost
	var ps problems
	rows := 0
	seen := map[[2]int]int{} // (indicator, level) → row
	for {
		row, ok, err := nextRow(cr)
		if err != nil {
			return nil, h.stop(err)
		}
		if !ok {
			break
		}
		rows++
		h.rowNumber(&ps, row)
		if cols[0] < 0 || cols[1] < 0 {
			continue
		}
		c, good := Cost{}, true
		cell := row.Cells[cols[0]]
		n, err := strconv.Atoi(cell)
		_, known := fw.Position(n)
		switch {
		case err != nil:
			ps.addAt(place(cr, row.Line, cols[0]), "%s is not an indicator number", escape.Quote(cell))
			good = false
		case !known:
			ps.addAt(place(cr, row.Line, cols[0]), "%w: %s has no indicator %d", ErrUnknownIndicator, fw.spec.ID, n)
			good = false
		}
		c.Indicator = n
		if cols[2] >= 0 && row.Cells[cols[2]] != "" {
			cell := row.Cells[cols[2]]
			l, err := ParseLevel(cell)
			switch {
			case err != nil:
				ps.addAt(place(cr, row.Line, cols[2]), "%s is not a level", escape.Quote(cell))
				good = false
			case l > fw.spec.MaxLevel || l <= fw.spec.MinLevel:
				ps.addAt(place(cr, row.Line, cols[2]), "%w: no raise reaches level %d (raises reach levels %d–%d)", ErrLevelRange, l, fw.spec.MinLevel+1, fw.spec.MaxLevel)
				good = false
			}
			c.Level = l
		}
		cell = row.Cells[cols[1]]
		if v, ok := parseCost(cell); ok {
			c.Cost = v
		} else {
			ps.addAt(place(cr, row.Line, cols[1]), "%s is not a whole cost from 0 to %d", escape.Quote(cell), maxCost)
			good = false
		}
		if !good {
			continue
		}
		key := [2]int{c.Indicator, int(c.Level)}
		if prev, dup := seen[key]; dup {
			ps.addAt(place(cr, row.Line, cols[0]), "%w: indicator %d%s is priced also on line %d", ErrDuplicate, c.Indicator, levelSuffix(c.Level), prev)
			continue
		}
		seen[key] = row.Line
		out = append(out, c)
	}
	if rows == 0 && !h.failed() {
		// An empty list of costs is the plan by count: a file that
		// prices nothing would switch to it without a word.
		ps.addAt(loc{line: 1}, "%w: no row after the header prices a raise", errNoRows)
	}
	if err := h.stop(ps.err("costs")); err != nil {
		return nil, err
	}
	return out, nil
}

// costRoles are the columns of a costs CSV.
func costRoles(c column) bool {
	return c.role == roleIndicator || c.role == roleCost || c.role == roleLevel
}

// parseCost reads a whole, non-negative cost, with digits optionally
// grouped in threes by one separator: ".", "," or a space (including the
// no-break spaces spreadsheets write), and an optional "Rp" or "Rp." before
// it.
func parseCost(s string) (int64, bool) {
	s = strings.TrimSpace(s)
	if t, ok := strings.CutPrefix(s, "Rp."); ok {
		s = strings.TrimSpace(t)
	} else if t, ok := strings.CutPrefix(s, "Rp"); ok {
		s = strings.TrimSpace(t)
	}
	if s == "" {
		return 0, false
	}
	var sep rune
	groups := strings.FieldsFunc(s, func(r rune) bool {
		switch r {
		case '.', ',', ' ', '\u00a0', '\u202f':
			if sep == 0 {
				sep = r
			}
			return true
		}
		return false
	})
	if len(groups) > 1 || sep != 0 {
		// Grouped: every group after the first has three digits, the
		// first one to three, and one separator is used throughout.
		if strings.Count(s, string(sep))+1 != len(groups) || len(groups) < 2 {
			return 0, false
		}
		if len(groups[0]) < 1 || len(groups[0]) > 3 {
			return 0, false
		}
		for _, g := range groups[1:] {
			if len(g) != 3 {
				return 0, false
			}
		}
	}
	digits := strings.Join(groups, "")
	for _, c := range []byte(digits) {
		if c < '0' || c > '9' {
			return 0, false
		}
	}
	if len(digits) > 16 {
		return 0, false
	}
	v, err := strconv.ParseInt(digits, 10, 64)
	if err != nil || v > maxCost {
		return 0, false
	}
	return v, true
}

// costsSheet tells the sheet of a costs list: an indikator and a biaya
// column.
func costsSheet(cr *csvio.Reader) (Format, bool) {
	ind, cost := false, false
	for _, h := range cr.Header() {
		switch columnOf(h).role {
		case roleIndicator:
			ind = true
		case roleCost:
			cost = true
		}
	}
	return 0, ind && cost
}
