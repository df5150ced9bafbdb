package spbe

import (
	"strings"

	"github.com/kotacerdas/smartcity/internal/csvio"
	"github.com/kotacerdas/smartcity/internal/escape"
	"github.com/kotacerdas/smartcity/internal/i18n"
	"github.com/kotacerdas/smartcity/internal/workbook"
)

// errNoAssessmentSheet is a workbook none of whose sheets holds an
// assessment's table.
var errNoAssessmentSheet = i18n.New(messagesID, "no sheet holds an assessment")

// errNoCostsSheet is a workbook none of whose sheets holds a costs list.
var errNoCostsSheet = i18n.New(messagesID, "no sheet holds a costs list")

// sheetTable opens the workbook in data and returns the reader of its
// first sheet whose header is that of an assessment, long or wide, with
// the form of its table, and the book to close after reading. A workbook
// the package cannot read, or none of whose sheets holds an assessment,
// wraps ErrMalformed.
func sheetTable(data []byte, opt ReadOptions) (*csvio.Reader, Format, *workbook.Book, error) {
	return findSheet(data, opt, tableForm, errNoAssessmentSheet,
		"%w: want a sheet whose header has indikator and level, or instansi, tahun and the indicators' numbers (read %s)")
}

// findSheet opens the workbook in data and returns the reader of its
// first sheet whose header fits, and the book to close after reading;
// when none does, the error none, said by format (a %w for none and a %s
// for the sheets read), wrapping ErrMalformed.
func findSheet(data []byte, opt ReadOptions, fits func(*csvio.Reader) (Format, bool), none error, format string) (*csvio.Reader, Format, *workbook.Book, error) {
	b, err := workbook.Open(data, workbook.Options{Limit: opt.Limit})
	if err != nil {
		return nil, 0, nil, malformed(err)
	}
	var seen []string
	for _, sheet := range b.Sheets() {
		cr, err := b.Table(sheet, opt.csv())
		if err != nil {
			// A sheet whose header cannot be read is not the one; an
			// empty sheet neither. A limit passed stops the search.
			if e, ok := err.(*csvio.Error); ok && e.Rule != "header" && e.Rule != "utf8" {
				_ = b.Close()
				return nil, 0, nil, malformed(err)
			}
			continue
		}
		if form, ok := fits(cr); ok {
			return cr, form, b, nil
		}
		seen = append(seen, escape.Quote(sheet))
	}
	_ = b.Close()
	return nil, 0, nil, malformed(&csvio.Error{Rule: "sheet", Err: i18n.Errorf(messagesID, format, none, strings.Join(seen, ", "))})
}

// tableForm tells an assessment's table by its header: a long one has an
// indikator column, a wide one an instansi column and indicator columns,
// their headers read as every reader reads them (columnOf).
func tableForm(cr *csvio.Reader) (Format, bool) {
	if skipBlock(cr) != nil {
		return 0, false
	}
	if isLong(cr.Header()) {
		return FormatLongCSV, true
	}
	inst, levels := false, false
	for _, h := range cr.Header() {
		switch columnOf(h).role {
		case roleInstansi:
			inst = true
		case roleLevelOf:
			levels = true
		}
	}
	if inst && levels {
		return FormatWideCSV, true
	}
	return 0, false
}
