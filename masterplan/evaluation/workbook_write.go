package evaluation

import (
	"encoding/json"
	"io"
	"strconv"
	"strings"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/i18n"
	"github.com/kotacerdas/smartcity/internal/workbook"
	"github.com/kotacerdas/smartcity/pillar"
)

// WriteWorkbook writes the evaluation e to w as an Excel workbook in the
// layout ReadWorkbook reads, headers and sheet name in lang: the sheet
// Evaluasi with its one row, scores stored as numbers, the stage and
// yes-or-no picked from drop-down lists. It reads back as e. A nil e
// writes the template (WriteTemplate).
func WriteWorkbook(w io.Writer, e *Evaluation, lang smartcity.Lang) error {
	if e == nil {
		return WriteTemplate(w, lang)
	}
	return writeBook(w, Cohort{*e}, false, lang)
}

// WriteCohortWorkbook writes the cohort c to w as WriteWorkbook writes
// one evaluation, a row each; it reads back (ReadCohortWorkbook) as c.
func WriteCohortWorkbook(w io.Writer, c Cohort, lang smartcity.Lang) error {
	return writeBook(w, c, false, lang)
}

// WriteTemplate writes to w the fill-in workbook of a year's evaluations:
// the sheet Evaluasi of WriteCohortWorkbook, headers in lang, with empty
// rows whose stage and yes-or-no cells offer their drop-down lists and
// whose scores are formatted as numbers. It reads back, as it is, as an
// empty cohort without a problem; filled in with one row, as one
// evaluation (ReadWorkbook), with more, as a cohort.
func WriteTemplate(w io.Writer, lang smartcity.Lang) error {
	return writeBook(w, nil, true, lang)
}

// writeBook writes the sheet Evaluasi of c, with empty rows to fill in
// when template is true.
func writeBook(out io.Writer, c Cohort, template bool, lang smartcity.Lang) error {
	t := workbook.Table{Sheet: sheetName(lang)}
	for _, col := range columns {
		wc := workbook.Column{Header: col.header(lang), Kind: col.kind}
		if col.options != nil {
			wc.Options = col.options(lang)
		}
		if col.path == "notes" {
			wc.Width = 60
		}
		t.Columns = append(t.Columns, wc)
	}
	if template {
		t.Blank = templateRows
	}
	for i := range c {
		row, err := cells(&c[i], lang)
		if err != nil {
			return err
		}
		t.Rows = append(t.Rows, row)
	}
	w := workbook.NewWriter()
	w.AddTable(t)
	_, err := w.WriteTo(out)
	return err
}

// cells are the cells of e's row, in the order of columns.
func cells(e *Evaluation, lang smartcity.Lang) ([]any, error) {
	for _, n := range e.Notes {
		if strings.ContainsAny(n, "\r\n") {
			return nil, i18n.Errorf(sheetWords, "a note holds a line break, which separates the notes of a cell: %s", strconv.Quote(n))
		}
	}
	row := make([]any, 0, len(columns))
	for _, col := range columns {
		var v any
		switch col.path {
		case "region":
			v = text(e.Region)
		case "province":
			v = text(e.Province)
		case "year":
			if e.Year != 0 {
				v = e.Year
			}
		case "stage":
			v = text(stageCode(e.Stage)) // the column's drop-down list reaches every cell
		case "previous_index":
			v = decimal(e.PreviousIndex)
		case "illustrative":
			yn := yesNo(lang)
			pick := yn[1]
			if e.Illustrative {
				pick = yn[0]
			}
			v = pick
		case "notes":
			v = text(strings.Join(e.Notes, "\n"))
		default:
			parent, field, _ := strings.Cut(col.path, ".")
			if parent == "scores" {
				d, _ := dimensions.Parse(field)
				v = decimal(e.Scores.Of(d))
			} else {
				p, _ := pillar.Parse(field)
				v = decimal(e.PillarScores[p])
			}
		}
		row = append(row, v)
	}
	return row, nil
}

// stageCode is the stage's cell: its code, "" when unset.
func stageCode(s Stage) string {
	if s == 0 {
		return ""
	}
	return s.String()
}

// text is a text cell, empty text an empty cell.
func text(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// decimal is a cell of exact decimal text: a number when the cell's
// number reads back as the same text, text otherwise ("3.50").
func decimal(n json.Number) any {
	if n == "" {
		return nil
	}
	if f, err := strconv.ParseFloat(string(n), 64); err == nil && strconv.FormatFloat(f, 'f', -1, 64) == string(n) {
		return f
	}
	return string(n)
}
