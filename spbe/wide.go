package spbe

import (
	"encoding/binary"
	"errors"
	"hash/maphash"
	"io"
	"strconv"
	"strings"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/csvio"
	"github.com/kotacerdas/smartcity/internal/enum"
	"github.com/kotacerdas/smartcity/internal/escape"
	"github.com/kotacerdas/smartcity/internal/i18n"
)

// wideReader reads the wide CSV form ("instansi,tahun,1,…,47") one row at
// a time into a reused wideRecord, so that scoring thousands of rows
// allocates little more than the CSV reader does: ScoreAll and
// DecodeWideCSV read with it. newWideReader checks the header; next reads
// the rows.
type wideReader struct {
	cr      *csvio.Reader
	fw      *Framework
	byYear  bool // the framework is the rule of each row's year, checked per row
	instCol int
	yearCol int
	cols    []int // column by indicator position, -1 for none
	seen    seenRows
	h       *header
	stated  []statedColumn // the columns of values the sheet computes
}

// seenRows are the instansi and years a wide CSV has named so far, each
// with the line that first named it, so that a second row of one instansi
// and year, which a cohort would rank twice, is refused. An instansi is
// folded as the library compares names (enum.Fold: "Kab. Rembang" and
// "KAB.  REMBANG" are one), and kept as a 128-bit hash of its folded name
// and the year, two seeded maphash sums, rather than as text: a file of a
// million rows is checked in some 50 MB, and two names that differ share
// a hash with a chance below one in 10²⁶.
type seenRows struct {
	lines map[[2]uint64]int
	seeds [2]maphash.Seed
	buf   []byte // the folded name and the year, hashed
}

// record records that line names instansi in year, and returns the line
// that named them first, or 0.
func (s *seenRows) record(instansi string, year, line int) int {
	if s.lines == nil {
		s.lines, s.seeds = map[[2]uint64]int{}, [2]maphash.Seed{maphash.MakeSeed(), maphash.MakeSeed()}
	}
	s.buf = binary.BigEndian.AppendUint64(enum.AppendFold(s.buf[:0], instansi), uint64(year))
	key := [2]uint64{maphash.Bytes(s.seeds[0], s.buf), maphash.Bytes(s.seeds[1], s.buf)}
	if first, ok := s.lines[key]; ok {
		return first
	}
	s.lines[key] = line
	return 0
}

// wideRecord is one row of a wide CSV: an assessment as a level vector.
// Its slices are reused by the next wideReader.next; copy what must
// outlive it (assessment makes an independent Assessment).
type wideRecord struct {
	// Framework is the framework of the file.
	Framework *Framework
	// Line is the row's line in the file (the header is line 1).
	Line int
	// Instansi is the row's instansi cell.
	Instansi string
	// Year is the row's tahun cell, 0 when empty.
	Year int
	// Levels are the levels by indicator position; Unanswered for an empty
	// cell.
	Levels Levels
	// Answered tells, by position, whether the cell held a level. It
	// differs from Levels[i] != Unanswered only in a framework whose
	// levels start at 0, where a "0" is an answer.
	Answered []bool
	// Stated are the values the row's sheet computed itself (the index,
	// the predikat, domains, aspects), to be checked against its score.
	Stated []statedValue
}

// openWideReader reads and checks the header of a wide CSV: "instansi",
// "tahun" and one column per indicator of the framework, in any order.
// With opt.Framework nil, the framework is the built-in whose indicator
// numbers the header lists (PermenPANRB 8/2026 for 1…20, 59/2020 for
// 1…47, 5/2018 for 1…35), and each row's year must be one that framework
// is the rule of: a row of 2026 under the 47 columns of 59/2020 is a
// problem of that row (ErrFrameworkMismatch), as is a year before 2018
// (the rule "no_framework"). A framework chosen in opt wins over the year. A header
// that does not fit wraps ErrMalformed and names the column.
func openWideReader(r io.Reader, opt ReadOptions) (*wideReader, error) {
	cr, err := csvio.NewReader(r, opt.csv())
	if err != nil {
		return nil, malformed(err)
	}
	w, err := newWideReader(cr, opt)
	if err == nil && w.h.failed() {
		return nil, w.problems()
	}
	return w, err
}

// wideRoles are the columns of the wide CSV form: the instansi, the year,
// a level per indicator, and the values a sheet computes from them.
func wideRoles(c column) bool {
	switch c.role {
	case roleInstansi, roleYear, roleLevelOf, roleIndex, rolePredicate, roleDomain, roleAspect:
		return true
	}
	return false
}

// newWideReader is openWideReader of a CSV reader. A header with problems
// that still names the columns of the levels leaves a reader whose rows
// are read for their problems too (header.stop).
func newWideReader(cr *csvio.Reader, opt ReadOptions) (*wideReader, error) {
	if err := skipBlock(cr); err != nil {
		return nil, err
	}
	h := readHeader(cr, wideRoles, "unknown column %s (want instansi, tahun and indicator numbers)")
	if above := cr.Above(); len(above) > 0 {
		at := loc{line: above[0].Line, column: 1, path: above[0].Cells[0], sheet: cr.Sheet()}
		h.ps.addAll(smartcity.Problems{at.problem("header", i18n.Errorf(messagesID,
			"a wide table names the instansi and the year of each row in its columns, not in lines above it"))})
	}
	w := &wideReader{cr: cr, h: h, instCol: h.col(roleInstansi), yearCol: h.col(roleYear)}
	numbers := map[int]int{} // indicator number → column
	for c, col := range h.cols {
		if col.role == roleLevelOf {
			numbers[col.n] = c
		}
	}
	if w.instCol < 0 || w.yearCol < 0 {
		h.add(-1, `the header needs the columns "instansi" and "tahun" and one column per indicator`)
	}
	w.fw = opt.Framework
	if w.fw == nil {
		w.fw, w.byYear = wideFramework(numbers), true
	}
	fw := w.fw
	for c, col := range h.cols {
		switch col.role {
		case roleLevelOf:
			if _, ok := fw.Position(col.n); !ok {
				h.add(c, "%w: %s has no indicator %d", ErrUnknownIndicator, fw.spec.ID, col.n)
			}
		case roleIndex, rolePredicate:
			w.stated = append(w.stated, statedColumn{col: c, role: col.role})
		case roleDomain, roleAspect:
			pos, ok := fw.codePosition(col)
			if !ok {
				h.add(c, "%s has no column %s: its codes are %s", fw.spec.ID, escape.Quote(cr.Header()[c]), fw.codes(col.role))
				continue
			}
			w.stated = append(w.stated, statedColumn{col: c, role: col.role, pos: pos})
		}
	}
	var missing []string
	for _, n := range fw.numbers {
		if _, ok := numbers[n]; !ok {
			missing = append(missing, strconv.Itoa(n))
		}
	}
	if len(missing) > 0 {
		h.add(-1, "no column for indicators %s of %s", strings.Join(missing, ", "), fw.spec.ID)
	}
	w.cols = make([]int, len(fw.numbers))
	for pos, n := range fw.numbers {
		w.cols[pos] = -1
		if c, ok := numbers[n]; ok {
			w.cols[pos] = c
		}
	}
	return w, nil
}

// wideFramework picks the built-in whose indicator numbers are exactly the
// numeric columns of a wide header, Default when none is.
func wideFramework(numbers map[int]int) *Framework {
	for fw := range Frameworks() {
		if len(fw.numbers) != len(numbers) {
			continue
		}
		all := true
		for _, n := range fw.numbers {
			if _, ok := numbers[n]; !ok {
				all = false
				break
			}
		}
		if all {
			return fw
		}
	}
	return Default()
}

// next reads the next row into rec, reusing its slices. It returns io.EOF
// after the last row. A row whose cells break the rules (an empty
// instansi, a year or level that cannot be read) is an error holding smartcity.Problems
// naming the row and column of each problem; rec then holds what could be
// read, and the reader goes on with the next row. A file that cannot be
// read any further wraps ErrMalformed.
func (w *wideReader) next(rec *wideRecord) error {
	row, ok, err := nextRow(w.cr)
	if err != nil {
		return err
	}
	if !ok {
		return io.EOF
	}
	n := len(w.cols)
	if len(rec.Levels) != n {
		rec.Levels = make(Levels, n)
		rec.Answered = make([]bool, n)
	}
	c := row.Cells
	rec.Framework, rec.Line, rec.Instansi, rec.Year, rec.Stated = w.fw, row.Line, "", 0, rec.Stated[:0]
	var ps problems
	w.h.rowNumber(&ps, row)
	switch {
	case w.instCol < 0:
	case c[w.instCol] == "":
		ps.addAt(place(w.cr, row.Line, w.instCol), "the instansi is required")
	default:
		rec.Instansi = c[w.instCol]
	}
	yearOK := w.yearCol >= 0
	if yearOK && c[w.yearCol] != "" {
		yc := c[w.yearCol]
		y, err := strconv.Atoi(yc)
		if err != nil || y < minYear || y > maxYear {
			ps.addAt(place(w.cr, row.Line, w.yearCol), "%s is not a year between %d and %d", escape.Quote(yc), minYear, maxYear)
			yearOK = false
		} else {
			rec.Year = y
			if w.byYear {
				w.checkYear(&ps, row.Line, y)
			}
		}
	}
	if rec.Instansi != "" && yearOK {
		switch first := w.seen.record(rec.Instansi, rec.Year, row.Line); {
		case first == 0:
		case rec.Year == 0:
			ps.addAt(place(w.cr, row.Line, w.instCol), "%w: %s without a year is also on line %d: a wide CSV holds one row per instansi and year", ErrDuplicate, escape.Quote(rec.Instansi), first)
		default:
			ps.addAt(place(w.cr, row.Line, w.instCol), "%w: %s %d is also on line %d: a wide CSV holds one row per instansi and year", ErrDuplicate, escape.Quote(rec.Instansi), rec.Year, first)
		}
	}
	for pos, col := range w.cols {
		rec.Levels[pos], rec.Answered[pos] = Unanswered, false
		if col < 0 {
			continue
		}
		cell := c[col]
		if cell == "" {
			continue
		}
		// The common case, one digit within the scale, without a call.
		if len(cell) == 1 && cell[0] >= '0' && Level(cell[0]-'0') <= w.fw.spec.MaxLevel {
			rec.Levels[pos], rec.Answered[pos] = Level(cell[0]-'0'), true
			continue
		}
		l, err := w.fw.parseLevelAt(pos, cell)
		if err != nil {
			ps.addAt(place(w.cr, row.Line, col), "%w", err)
			continue
		}
		rec.Levels[pos], rec.Answered[pos] = l, true
	}
	for _, sc := range w.stated {
		if cell := c[sc.col]; cell != "" {
			rec.Stated = append(rec.Stated, statedValue{statedColumn: sc, at: place(w.cr, row.Line, sc.col), text: cell})
		}
	}
	if len(ps) > 0 {
		return ps.err("row " + strconv.Itoa(row.Line))
	}
	return nil
}

// checkYear reports a row whose year is not one the file's framework is
// the rule of. The place is named only for a problem, so that a row of
// the right year costs no formatting.
func (w *wideReader) checkYear(ps *problems, line, year int) {
	fy, ok := ForYear(year)
	switch {
	case !ok:
		ps.addAt(place(w.cr, line, w.yearCol), "%w: no SPBE or Pemdi evaluation was held in %d; the first was in 2018", errNoFramework, year)
	case fy != w.fw:
		ps.addAt(place(w.cr, line, w.yearCol), "%w: %d is evaluated under %s (%d indicators), but the columns are the %d indicators of %s",
			ErrFrameworkMismatch, year, fy.spec.ID, fy.NumIndicators(), w.fw.NumIndicators(), w.fw.spec.ID)
	}
}

// assessment returns the record as an Assessment that shares no memory
// with it: one answer per answered cell.
func (rec *wideRecord) assessment() Assessment {
	a := Assessment{Instansi: rec.Instansi, Year: rec.Year}
	if rec.Framework != nil {
		a.Framework = rec.Framework.spec.ID
	}
	n := 0
	for _, ok := range rec.Answered {
		if ok {
			n++
		}
	}
	a.Indicators = make([]Answer, 0, n)
	for pos, ok := range rec.Answered {
		if ok {
			a.Indicators = append(a.Indicators, Answer{Indicator: rec.Framework.numbers[pos], Level: rec.Levels[pos]})
		}
	}
	return a
}

// scoreInto scores the record into res, reusing res's slices (see
// Framework.ScoreInto). An unanswered indicator — an empty cell, or a 0
// where levels start at 1 — is an error wrapping ErrUnanswered that names
// the row, unless opt.Unanswered is UnansweredZero.
func (rec *wideRecord) scoreInto(res *Result, opt Options) error {
	fw := rec.Framework
	if fw == nil {
		return errors.New("spbe: a wide CSV row without a framework")
	}
	if opt.Unanswered != UnansweredZero {
		var missing []string
		for pos, ok := range rec.Answered {
			if !ok || (rec.Levels[pos] == Unanswered && fw.spec.MinLevel > 0) {
				missing = append(missing, strconv.Itoa(fw.numbers[pos]))
			}
		}
		if len(missing) > 0 {
			var ps problems
			ps.add("indicators", "%w: %d of %d indicators have no level: %s", ErrUnanswered, len(missing), len(rec.Levels), strings.Join(missing, ", "))
			return ps.err("row " + strconv.Itoa(rec.Line) + " " + escape.Quote(rec.Instansi))
		}
	}
	opt.Unanswered = UnansweredZero
	return fw.ScoreInto(res, rec.Levels, opt)
}

// DefaultMaxAnswers is the most answers DecodeWideCSV and ReadAssessments
// hold from a wide CSV unless ReadOptions.MaxAnswers says otherwise.
const DefaultMaxAnswers = 200_000

// problems reads the rows after a header with problems for theirs, and
// returns the header's and the rows' problems as one error wrapping
// ErrMalformed (header.err), so that a file is refused once with all of
// them.
func (w *wideReader) problems() error {
	var rec wideRecord
	for {
		err := w.next(&rec)
		var found smartcity.Problems
		switch {
		case err == io.EOF:
			return w.h.err()
		case errors.Is(err, ErrMalformed):
			return w.h.stop(err)
		case errors.As(err, &found):
			w.h.rows.addAll(found)
		}
	}
}

// readWide reads every row of a wide CSV as an Assessment, holding at
// most opt.MaxAnswers answers. With opt.Warnings set, each row is scored
// under the default Options, and the values its sheet computed are
// checked against the result (wideRecord.checkStated).
func readWide(cr *csvio.Reader, opt ReadOptions) ([]Assessment, error) {
	w, err := newWideReader(cr, opt)
	if err != nil {
		return nil, err
	}
	if w.h.failed() {
		return nil, w.problems()
	}
	// Empty, not nil, for a file without rows: it encodes as the JSON
	// array [] that ReadAssessments reads back, not as null.
	out := []Assessment{}
	var ps problems
	var rec wideRecord
	var res Result
	maxAnswers, answers := opt.MaxAnswers, 0
	if maxAnswers <= 0 {
		maxAnswers = DefaultMaxAnswers
	}
	for {
		err := w.next(&rec)
		if err == io.EOF {
			break
		}
		for _, ok := range rec.Answered {
			if ok {
				answers++
			}
		}
		if answers > maxAnswers {
			return nil, malformed(w.cr.At(rec.Line, -1, "too_many_answers", i18n.Errorf(messagesID,
				"%w: more than %d answers to hold; ScoreAll reads a wide CSV of any length row by row", ErrTooManyRows, maxAnswers)))
		}
		var found smartcity.Problems
		switch {
		case err != nil && !errors.Is(err, ErrMalformed) && errors.As(err, &found):
			ps.addAll(found)
			continue
		case err != nil:
			return nil, err
		}
		if opt.Warnings != nil && len(rec.Stated) > 0 && rec.scoreInto(&res, Options{}) == nil {
			rec.checkStated(opt.Warnings, &res)
		}
		out = append(out, rec.assessment())
	}
	if err := ps.err("assessments"); err != nil {
		return nil, err
	}
	return out, nil
}
