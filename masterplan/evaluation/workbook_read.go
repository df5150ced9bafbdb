package evaluation

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/csvio"
	"github.com/kotacerdas/smartcity/internal/enum"
	"github.com/kotacerdas/smartcity/internal/i18n"
	"github.com/kotacerdas/smartcity/internal/input"
	"github.com/kotacerdas/smartcity/internal/jsonio"
	"github.com/kotacerdas/smartcity/internal/jsonnum"
	"github.com/kotacerdas/smartcity/internal/workbook"
	"github.com/kotacerdas/smartcity/pillar"
)

// ReadWorkbook reads the one evaluation in the Excel workbook data (the
// layout of WriteWorkbook) and reports every problem of it in one pass,
// as Validate does for JSON: those of reading — a column the layout lacks
// or has twice, a required column missing, a cell that is no number, code
// or yes-or-no — then those Evaluation.Validate finds, each at its sheet
// and cell ("lembar Evaluasi, sel H2"). A sheet of no row or of several is
// a problem: several are a cohort (ReadCohortWorkbook). The evaluation is
// nil only when data is no workbook the package reads, or one without the
// sheet Evaluasi. err is for an input over opts.Limit (ErrTooLarge).
func ReadWorkbook(data []byte, opts DecodeOptions) (*Evaluation, smartcity.Problems, error) {
	c, r, err := readBook(data, opts)
	if err != nil || c == nil {
		return nil, r.problems, err
	}
	if len(c) != 1 {
		r.count(len(c))
		return nil, r.problems, nil
	}
	ps := r.place(c.Validate())
	for i := range ps {
		ps[i].Path = oneOf(ps[i].Path)
	}
	return &c[0], ps, nil
}

// ReadCohortWorkbook reads the evaluations in the Excel workbook data, a
// row each, and reports every problem of them in one pass, as
// ValidateCohort does for JSON, each at its sheet and cell; paths start
// with the evaluation's index, the row below the header being [0]. The
// cohort is nil only when data is no workbook the package reads, or one
// without the sheet Evaluasi; an empty sheet is an empty cohort.
func ReadCohortWorkbook(data []byte, opts DecodeOptions) (Cohort, smartcity.Problems, error) {
	c, r, err := readBook(data, opts)
	if err != nil || c == nil {
		return nil, r.problems, err
	}
	return c, r.place(c.Validate()), nil
}

// oneOf is the path of a problem of a cohort of one as the evaluation's
// own: "[0].scores.impact" is "scores.impact".
func oneOf(path string) string {
	if rest, ok := strings.CutPrefix(path, "[0]"); ok {
		return strings.TrimPrefix(rest, ".")
	}
	return path
}

// bookReader reads the sheet Evaluasi into a cohort, keeping the row each
// evaluation came from, the column of each field and the problems of
// reading.
type bookReader struct {
	problems smartcity.Problems
	refused  smartcity.Problems // the problems at a value left unset
	sheet    string
	head     int             // the header's row
	at       map[string]int  // a column's path → its 0-based column
	lines    []int           // an evaluation's index → its row
	missing  map[string]bool // the paths of the required columns missing
	maxRows  int
}

// readBook reads the evaluations of the workbook data without checking
// them. The cohort is nil when there is none: the problems say why.
func readBook(data []byte, opts DecodeOptions) (Cohort, *bookReader, error) {
	r := &bookReader{at: map[string]int{}, missing: map[string]bool{}, maxRows: MaxWorkbookRows}
	if _, err := io.Copy(io.Discard, input.Limit(bytes.NewReader(data), opts.Limit)); err != nil {
		return nil, r, fmt.Errorf("evaluation: %w", err)
	}
	b, err := workbook.Open(data, workbook.Options{Limit: opts.Limit})
	if err != nil {
		r.fromCSV(err)
		return nil, r, nil
	}
	defer b.Close()
	for _, name := range b.Sheets() {
		if f := enum.Fold(name); f == enum.Fold(sheetID) || f == enum.Fold(sheetEN) {
			r.sheet = name
			break
		}
	}
	if r.sheet == "" {
		r.problems = r.problems.Add(0, smartcity.Problem{Rule: ruleNoSheet, Severity: smartcity.Error,
			Err: i18n.Errorf(sheetWords, "no sheet of an evaluation: want the sheet %s (%s)", sheetID, sheetEN)})
		return nil, r, nil
	}
	c := Cohort{}
	r.read(b, &c)
	return c, r, nil
}

// read reads the rows of the sheet into c. The header's columns are
// matched to the layout's; a column the layout does not know, one given
// twice and a required one missing are problems of the header, and the
// columns that could be matched are read all the same.
func (r *bookReader) read(b *workbook.Book, c *Cohort) {
	cr, err := b.Table(r.sheet, csvio.Options{MaxRows: r.maxRows + 1})
	if err != nil {
		var e *csvio.Error
		if errors.As(err, &e) && e.Rule == "header" {
			return // an empty sheet: no rows
		}
		r.fromCSV(err)
		return
	}
	r.head = cr.HeaderRow()
	known := make([]string, len(columns))
	for i, col := range columns {
		known[i] = col.id
	}
	for i, h := range cr.Header() {
		if h == "" {
			continue
		}
		col, ok := columnOf(h)
		switch {
		case !ok:
			r.add(r.head, i, "", ruleColumnUnknown, i18n.Errorf(sheetWords, "unknown column %q: the columns of sheet %s are %s", h, r.sheet, strings.Join(known, ", ")))
		case hasKey(r.at, col.path):
			r.add(r.head, i, "", ruleColumnDuplicate, i18n.Errorf(sheetWords, "column %q given twice (as %s too)", h, csvio.ColumnName(r.at[col.path]+1)))
		default:
			r.at[col.path] = i
		}
	}
	for _, col := range columns {
		if _, ok := r.at[col.path]; !ok && col.need {
			r.missing[col.path] = true
			r.add(r.head, -1, "", ruleColumnMissing, i18n.Errorf(sheetWords, "the column %q is missing", col.id))
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
		if len(*c) == r.maxRows {
			r.add(row.Line, -1, "", ruleMaxItems, i18n.Errorf(sheetWords, "more than %d rows on the sheet", r.maxRows))
			return
		}
		x := sheetRow{r: r, line: row.Line, cells: row.Cells, base: index(len(*c)) + "."}
		r.lines = append(r.lines, row.Line)
		*c = append(*c, x.evaluation())
	}
}

// columnOf returns the layout's column whose header, alias or path is h,
// folded.
func columnOf(h string) (column, bool) {
	f := enum.Fold(h)
	for _, c := range columns {
		if f == enum.Fold(c.id) || f == enum.Fold(c.en) || f == enum.Fold(c.path) || f == enum.Fold(c.path[strings.LastIndexByte(c.path, '.')+1:]) {
			return c, true
		}
		for _, a := range c.aliases {
			if f == enum.Fold(a) {
				return c, true
			}
		}
	}
	return column{}, false
}

func hasKey(m map[string]int, k string) bool { _, ok := m[k]; return ok }

// add keeps a problem of reading at the cell of col (0-based; -1 for the
// row's first) in row; path is the value's, "" for one of the header.
func (r *bookReader) add(row, col int, path, rule string, err error) {
	p := smartcity.Problem{Path: path, Sheet: r.sheet, Cell: csvio.CellName(max(col, 0)+1, row), Line: row, Rule: rule, Severity: smartcity.Error, Err: err}
	r.problems = r.problems.Add(0, p)
	if path != "" {
		r.refused = append(r.refused, p)
	}
}

// fromCSV keeps the error of csvio or workbook as a problem of reading.
func (r *bookReader) fromCSV(err error) {
	var e *csvio.Error
	if !errors.As(err, &e) {
		r.problems = r.problems.Add(0, smartcity.Problem{Rule: "workbook", Severity: smartcity.Error, Err: err})
		return
	}
	p := e.Problem()
	p.Path = ""
	p.Line = max(e.Row, 1)
	if p.Sheet != "" && p.Cell == "" {
		p.Cell = csvio.CellName(max(e.Column, 1), p.Line)
	}
	r.problems = r.problems.Add(0, p)
}

// count keeps the problem of a sheet that holds n evaluations where one
// was wanted, at the second's row or at the header.
func (r *bookReader) count(n int) {
	if n == 0 {
		r.add(max(r.head, 1), -1, "", ruleCount, i18n.Errorf(sheetWords, "no evaluation on the sheet %s", r.sheet))
		return
	}
	r.add(r.lines[1], -1, "", ruleCount, i18n.Errorf(sheetWords, "the sheet %s holds %d evaluations, not one: score a cohort", r.sheet, n))
}

// place returns the problems of reading, then those of a check of the
// cohort read, each at the cell its path came from, less those at a
// value reading refused and those of a value of a required column
// missing (which the check would only say again).
func (r *bookReader) place(checked smartcity.Problems) smartcity.Problems {
	ps := r.problems
	for _, p := range jsonio.WithoutDecoded(checked, r.refused) {
		if _, field, ok := strings.Cut(p.Path, "]."); ok && p.Rule == "required" && r.missing[field] {
			continue
		}
		p.Sheet, p.Cell = r.where(p.Path)
		ps = ps.Add(0, p)
	}
	return ps
}

// where returns the sheet and cell of the value at path, "[3].scores.impact":
// the cell of its column in the row of its evaluation, or the row's first
// cell when the sheet has no such column.
func (r *bookReader) where(path string) (sheet, cell string) {
	rest, ok := strings.CutPrefix(path, "[")
	i, rest, ok2 := strings.Cut(rest, "]")
	n, err := strconv.Atoi(i)
	if !ok || !ok2 || err != nil || n < 0 || n >= len(r.lines) {
		return r.sheet, ""
	}
	field := strings.TrimPrefix(rest, ".")
	if j := strings.IndexByte(field, '['); j >= 0 {
		field = field[:j] // notes[2]: the cell of the notes
	}
	return r.sheet, csvio.CellName(r.at[field]+1, r.lines[n]) // an absent column's is 0: the first cell
}

// sheetRow is a row of the sheet being read: one evaluation.
type sheetRow struct {
	r     *bookReader
	line  int
	cells []string
	base  string // the evaluation's path, "[3]."
}

// cell returns the text of the column at path and its 0-based column, or
// "" and -1 when the sheet has no such column.
func (x *sheetRow) cell(path string) (string, int) {
	i, ok := x.r.at[path]
	if !ok || i >= len(x.cells) {
		return "", -1
	}
	return x.cells[i], i
}

// fail keeps a problem of the cell of the column at path.
func (x *sheetRow) fail(path, rule string, err error) {
	_, col := x.cell(path)
	x.r.add(x.line, col, x.base+path, rule, err)
}

// evaluation reads the row's evaluation.
func (x *sheetRow) evaluation() Evaluation {
	region, _ := x.cell("region")
	province, _ := x.cell("province")
	e := Evaluation{Region: region, Province: province, Year: x.integer("year"), PreviousIndex: x.decimal("previous_index")}
	if v, _ := x.cell("stage"); v != "" {
		if err := e.Stage.UnmarshalText([]byte(v)); err != nil {
			x.fail("stage", "enum", err)
		}
	}
	e.Scores = Scores{Baseline: x.decimal("scores.baseline"), Output: x.decimal("scores.output"), Outcome: x.decimal("scores.outcome"),
		Impact: x.decimal("scores.impact"), QuickWin: x.decimal("scores.quick_win")}
	for p := range pillar.All() {
		if v := x.decimal("pillar_scores." + p.String()); v != "" {
			if e.PillarScores == nil {
				e.PillarScores = map[pillar.Pillar]json.Number{}
			}
			e.PillarScores[p] = v
		}
	}
	e.Illustrative = x.flag("illustrative")
	if v, _ := x.cell("notes"); v != "" {
		for line := range strings.Lines(v) {
			if line = strings.TrimSpace(line); line != "" && len(e.Notes) < 1000 {
				e.Notes = append(e.Notes, line)
			}
		}
	}
	return e
}

// integer returns the whole number of the column at path, 0 when empty:
// digits, or the decimal a spreadsheet stores for one ("2024.0").
func (x *sheetRow) integer(path string) int {
	v, _ := x.cell(path)
	if v == "" {
		return 0
	}
	if n, err := strconv.ParseInt(v, 10, 32); err == nil {
		return int(n)
	}
	f, err := strconv.ParseFloat(v, 64)
	if err != nil || f != math.Trunc(f) || math.Abs(f) > math.MaxInt32 {
		x.fail(path, "type", i18n.Errorf(sheetWords, "%q is not a whole number", v))
		return 0
	}
	return int(f)
}

// decimal returns the number of the column at path as exact decimal text,
// "" when empty; a decimal comma is read as a point ("3,75").
func (x *sheetRow) decimal(path string) json.Number {
	v, _ := x.cell(path)
	if v == "" {
		return ""
	}
	if !strings.Contains(v, ".") && strings.Count(v, ",") == 1 {
		v = strings.Replace(v, ",", ".", 1)
	}
	if !jsonnum.Valid(v) {
		x.fail(path, "type", i18n.Errorf(sheetWords, "%q is not a number (write it as 3.75)", v))
		return ""
	}
	return json.Number(v)
}

// flag returns the yes or no of the column at path: "ya", "yes", "true",
// "1" and "x" are yes; empty, "tidak", "no", "false" and "0" no.
func (x *sheetRow) flag(path string) bool {
	v, _ := x.cell(path)
	switch enum.Fold(v) {
	case "", "tidak", "no", "false", "0", "salah", "t", "n":
		return false
	case "ya", "yes", "true", "1", "x", "benar", "y":
		return true
	}
	x.fail(path, "type", i18n.Errorf(sheetWords, "%q is neither Ya nor Tidak", v))
	return false
}
