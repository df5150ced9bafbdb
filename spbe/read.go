package spbe

import (
	"bytes"
	"github.com/kotacerdas/smartcity"
	"io"
	"strconv"
	"strings"

	"github.com/kotacerdas/smartcity/internal/csvio"
	"github.com/kotacerdas/smartcity/internal/escape"
	"github.com/kotacerdas/smartcity/internal/i18n"
	"github.com/kotacerdas/smartcity/internal/input"
	"github.com/kotacerdas/smartcity/internal/jsonio"
	"github.com/kotacerdas/smartcity/internal/workbook"
)

// ReadOptions bound and steer the readers.
type ReadOptions struct {
	// Framework is the framework of CSV files, chosen by the caller; it
	// wins over the year. When nil, the evaluation year picks the rule in
	// force (ForYear): a wide CSV takes the built-in whose indicator numbers
	// its header lists and checks each row's year against it, a long CSV
	// the framework of its tahun column, and a long CSV without one
	// Default. JSON assessments are resolved when scored
	// (Assessment.ResolveFramework).
	Framework *Framework
	// Limit is the most bytes read; 64 MiB when <= 0.
	Limit int64
	// MaxRows is the most CSV data rows read; 1,000,000 when <= 0. A long
	// CSV, one assessment of a row per indicator, has at most
	// MaxIndicators.
	MaxRows int
	// MaxAnswers is the most answers DecodeWideCSV and ReadAssessments
	// hold from a wide CSV, whose every row they return as an Assessment
	// of some 90 bytes an answer against the 2 bytes of a cell; 200,000
	// when <= 0: some 4,000 rows of 47 indicators, 10,000 of 20, in about
	// 40 MB. More are refused (ErrTooManyRows, the rule
	// "too_many_answers"). ScoreAll, which holds one row at a time, reads
	// a wide CSV of any length up to MaxRows.
	MaxAnswers int
	// MaxFields is the most fields on one line of a CSV file, its header's
	// too; 2048 when <= 0, twice a wide CSV of the largest framework
	// (MaxIndicators) beside its instansi and tahun. A line with more is
	// refused (the rule "too_many_fields") before it is held.
	MaxFields int
	// MaxRowBytes is the most bytes of one row of a CSV file, its header's
	// too; 1 MiB when <= 0. A row with more is refused (the rule
	// "row_too_long") before it is held.
	MaxRowBytes int
	// Instansi and Year are the instansi and the evaluation year of a long
	// CSV, whose table has no instansi column and may have no tahun: the
	// assessment is given them. A long CSV may name them itself in a header
	// block (see DecodeLongCSV); a block, or a tahun column, that names
	// another is a problem at its cell, never overridden. Forms that name
	// their own instansi and year (JSON, a wide CSV) ignore them.
	Instansi string
	Year     int
	// Warnings, when set, receives what the readers find worth a look
	// without refusing the input: a value a sheet computed itself (an
	// Indeks, Predikat, domain or aspect column of a wide CSV) that
	// differs from the exact result of its row under the default Options,
	// of the rule StatedValueRule and the severity smartcity.Warning. The
	// readers add to it, and never fail for a warning. ScoreAll gives
	// each Scored its own Warnings instead, checked against the Result it
	// yields.
	Warnings *smartcity.Problems
}

func (o ReadOptions) csv() csvio.Options {
	return csvio.Options{MaxRows: o.MaxRows, MaxFields: o.MaxFields, MaxRowBytes: o.MaxRowBytes, Limit: o.Limit}
}

// DecodeAssessment reads one assessment as JSON from r, strictly: unknown
// fields and trailing data are errors that wrap ErrMalformed and name the
// line and column. It does not check the assessment against a framework;
// see Assessment.Validate and Framework.LevelsOf.
func DecodeAssessment(r io.Reader, limit int64) (*Assessment, error) {
	var a Assessment
	if err := jsonio.Decode(r, &a, limit); err != nil {
		return nil, malformed(err)
	}
	return &a, nil
}

// ReadAssessments reads assessments from r in whichever form it holds,
// told apart by content: a JSON assessment ({…}) or array of them ([…]),
// a long CSV (header with "indikator" and "level"), a wide CSV (header
// with "instansi", "tahun" and indicator numbers), or an Excel workbook
// (.xlsx) whose first sheet with such a header holds a long or wide
// table, read as the CSV is, its problems naming the sheet and the cell
// ("lembar Penilaian, sel D7"). A workbook is looked at before it is
// unzipped: an .xls, a workbook saved with a password or with macros, one
// linking other workbooks, or one that unzips to far more than its size
// is refused. CSV may be delimited by
// "," or ";", quote its fields and start with a UTF-8 byte-order mark; it
// must be UTF-8 text, as JSON could not carry other bytes unchanged.
//
// A file that cannot be read wraps ErrMalformed (a cell that is not UTF-8
// too, with its row and column); a file over ReadOptions.Limit or with
// more rows than ReadOptions.MaxRows also wraps ErrTooLarge or
// ErrTooManyRows. CSV cells that break the rules (an unknown or repeated
// indicator, a level out of range) are reported all at once in an
// error holding smartcity.Problems whose problems name the row and column. Assessments
// from CSV carry the id of their framework.
func ReadAssessments(r io.Reader, opt ReadOptions) ([]Assessment, error) {
	data, err := input.ReadAll(r, opt.Limit)
	if err != nil {
		return nil, malformed(err)
	}
	if workbook.Is(data) {
		cr, format, b, err := sheetTable(data, opt)
		if err != nil {
			return nil, err
		}
		defer b.Close()
		return readTable(cr, format, opt)
	}
	format, err := DetectFormat(data)
	if err != nil {
		return nil, err
	}
	if format == FormatJSON {
		body := bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
		var as []Assessment
		// Errors name lines from the start of the file, white space
		// before the array included, as they do for a lone assessment.
		if bytes.TrimLeft(body, " \t\r\n")[0] == '[' {
			err = jsonio.Unmarshal(body, &as)
		} else {
			as = make([]Assessment, 1)
			err = jsonio.Unmarshal(body, &as[0])
		}
		if err != nil {
			return nil, malformed(err)
		}
		return as, nil
	}
	cr, err := csvio.NewReader(bytes.NewReader(data), opt.csv())
	if err != nil {
		return nil, malformed(err)
	}
	return readTable(cr, format, opt)
}

// readTable reads the assessments of a long or a wide table.
func readTable(cr *csvio.Reader, format Format, opt ReadOptions) ([]Assessment, error) {
	if format == FormatLongCSV {
		a, err := readLong(cr, opt)
		if err != nil {
			return nil, err
		}
		return []Assessment{*a}, nil
	}
	return readWide(cr, opt)
}

// DecodeLongCSV reads one assessment in the long CSV form: a header with
// the columns "indikator" (the indicator number) and "level", and
// optionally "tahun" (the evaluation year), "tahap" (the stage),
// "penjelasan" (the explanation) and "bukti" (the evidence), then one row
// per indicator. An empty level is unanswered. A level is a number or a
// name on the indicator's scale ("Terdefinisi", "Berkembang").
//
// Columns of notes beside the answers are passed over: the indicator's
// aspect ("aspek"), name ("nama indikator"), weight ("bobot"),
// the level's name ("nama tingkat"), the person responsible ("penanggung
// jawab", "PIC") and the unit ("unit kerja", "OPD") — the columns of the
// fill-in template (WriteTemplate) and of a report's indicator sheet
// (WriteReportWorkbook), which read back as the assessment they hold.
//
// The tahun cells, where given, must all name one year, and that year
// picks the framework unless ReadOptions.Framework is set: a long CSV for
// 2026 is read against PermenPANRB 8/2026, one for 2025 against 59/2020.
//
// The bukti cell lists references separated by "|" or line breaks, each
// either "Title <reference>" or a bare reference, where a reference is an
// http(s) address (anything with "://" is read as an address, and must be
// http or https) or a file name: "Perbup 12/2023 <https://…/perbup.pdf> |
// notulen-rapat.pdf". A SHA-256 digest can only be given in JSON.
//
// The long form has no instansi; it is left empty, and so is the year
// without a tahun column. A column without a name in the header must be
// empty (the rule "unnamed_column"), as in every CSV file the package
// reads.
//
// Every reader of CSV accepts what spreadsheets write: the headers of one
// table, compared folding case, surrounding space, runs of spaces and "_"
// ("No. Indikator", "Nomor Indikator" and "indicator" are indikator;
// "Level Kematangan", "Tingkat Kematangan" and "tingkat" are level;
// "Bukti Dukung" is bukti; the README lists them all); a first column of
// row numbers ("No", "No.", "Nomor") whose cells are numbers or empty,
// which is ignored; a whole level written with zero decimals ("5,0",
// "4.00"); and a level name in any case and spacing ("  terDEFINISI ").
// The problems of the header — an unknown column, one given twice, a
// required one missing — are reported all together, with those of the
// rows that can still be read, in one error wrapping ErrMalformed.
func DecodeLongCSV(r io.Reader, opt ReadOptions) (*Assessment, error) {
	cr, err := csvio.NewReader(r, opt.csv())
	if err != nil {
		return nil, malformed(err)
	}
	return readLong(cr, opt)
}

// DecodeWideCSV reads many assessments in the wide CSV form: a header
// "instansi,tahun,1,2,…,47" ("1…35" for PermenPANRB 5/2018), one
// assessment per row, an empty cell meaning unanswered. The headers may be
// written as spreadsheets write them (see DecodeLongCSV): "Nama Instansi",
// "Tahun Evaluasi", "Indikator 1", "I1".
//
// Columns a sheet computes from the levels are accepted and checked, never
// read as levels: "Indeks" (or "Index"), "Predikat" ("Predicate"), a
// domain's index ("Domain 1", "D1") and an aspect's ("Aspek 3", "A3"),
// numbered by the framework's codes (D1–D4 and A1–A8 under 59/2020 and
// 5/2018; A1–A7, no domains, under 8/2026). A value that differs from
// the exact result of its row — a number not equal to it rounded to the
// decimals the cell shows, another predikat — is a warning of the rule
// StatedValueRule in ReadOptions.Warnings, when set, and never a failure. The indicator
// columns may come in any order but must be all the framework's. One
// instansi and year has one row: a second, its instansi compared as the
// library compares names ("KAB.  REMBANG" is "Kab. Rembang"), is a
// problem of the rule "duplicate" that names the first row.
//
// To score many rows without building an Assessment for each, use
// ScoreAll.
func DecodeWideCSV(r io.Reader, opt ReadOptions) ([]Assessment, error) {
	cr, err := csvio.NewReader(r, opt.csv())
	if err != nil {
		return nil, malformed(err)
	}
	return readWide(cr, opt)
}

// place is a cell of a CSV file: its row, its column and the column's
// name.
func place(cr *csvio.Reader, line, col int) loc {
	at := loc{line: line, column: col + 1, sheet: cr.Sheet()}
	if h := cr.Header(); col >= 0 && col < len(h) {
		at.path = h[col]
	}
	return at
}

// nextRow reads the next row, turning a parse failure into ErrMalformed.
func nextRow(cr *csvio.Reader) (csvio.Row, bool, error) {
	row, err := cr.Next()
	if err == io.EOF {
		return row, false, nil
	}
	if err != nil {
		return row, false, malformed(err)
	}
	return row, true, nil
}

// longRoles are the columns of the long CSV form.
func longRoles(c column) bool {
	switch c.role {
	case roleIndicator, roleLevel, roleStage, roleExplanation, roleEvidence, roleYear,
		roleAspectNote, roleIndicatorName, roleWeightNote, roleLevelNameNote, roleResponsibleNote, roleUnitNote:
		return true
	}
	return false
}

func readLong(cr *csvio.Reader, opt ReadOptions) (*Assessment, error) {
	if err := skipBlock(cr); err != nil {
		return nil, err
	}
	h := readHeader(cr, longRoles, "unknown column %s (want indikator, level, tahun, tahap, penjelasan, bukti)")
	ic, lc := h.col(roleIndicator), h.col(roleLevel)
	if ic < 0 || lc < 0 {
		h.add(-1, `the header needs the columns "indikator" and "level"`)
	}
	// The year decides the framework the levels are read against, so the
	// rows are read first.
	var rows []csvio.Row
	for {
		row, ok, err := nextRow(cr)
		if err != nil {
			return nil, h.stop(err)
		}
		if !ok {
			break
		}
		if len(rows) == MaxIndicators {
			// One row per indicator: more rows than any framework has
			// indicators can only repeat one or name none, and are not
			// held.
			return nil, h.stop(malformed(cr.At(row.Line, -1, "too_many_rows", i18n.Errorf(messagesID,
				"%w: a long CSV holds one assessment, a row per indicator, and a framework has at most %d", ErrTooManyRows, MaxIndicators))))
		}
		rows = append(rows, row)
	}
	var ps problems
	blk := readBlock(cr, opt, &ps)
	yc := h.col(roleYear)
	year, yearLine := longYear(cr, rows, yc, &ps)
	switch {
	case blk.year == 0 || year == 0:
	case year != blk.year && blk.yearLine != 0:
		ps.addAt(place(cr, yearLine, yc), "year %d differs from %d on line %d: a long CSV holds one assessment", year, blk.year, blk.yearLine)
	case year != blk.year:
		ps.addAt(place(cr, yearLine, yc), "the file names the year %d, but %d was asked for", year, blk.year)
	}
	if blk.year != 0 {
		year = blk.year
	}
	fw := opt.Framework
	if fw == nil && year != 0 {
		var ok bool
		if fw, ok = ForYear(year); !ok {
			ps.addAt(place(cr, yearLine, yc), "%w: no SPBE or Pemdi evaluation was held in %d; the first was in 2018", errNoFramework, year)
		}
	}
	if len(ps) > 0 {
		return nil, h.stop(ps.err("assessment"))
	}
	if fw == nil {
		fw = Default()
	}
	a := &Assessment{Framework: fw.spec.ID, Instansi: blk.instansi, Year: year}
	seenAt := make([]int, len(fw.weight)) // line of the row that answered each position
	for _, row := range rows {
		h.rowNumber(&ps, row)
		if ic < 0 {
			continue
		}
		c := row.Cells
		num, err := strconv.Atoi(c[ic])
		if err != nil {
			ps.addAt(place(cr, row.Line, ic), "%s is not an indicator number", escape.Quote(c[ic]))
			continue
		}
		pos, ok := fw.Position(num)
		if !ok {
			ps.addAt(place(cr, row.Line, ic), "%w: %s has no indicator %d", ErrUnknownIndicator, fw.spec.ID, num)
			continue
		}
		if seenAt[pos] != 0 {
			ps.addAt(place(cr, row.Line, ic), "%w: indicator %d is also on line %d", ErrDuplicate, num, seenAt[pos])
			continue
		}
		seenAt[pos] = row.Line
		ans := Answer{Indicator: num}
		if lc >= 0 && c[lc] != "" {
			l, err := fw.parseLevelAt(pos, c[lc])
			if err != nil {
				ps.addAt(place(cr, row.Line, lc), "%w", err)
			}
			ans.Level = l
		}
		if sc := h.col(roleStage); sc >= 0 && c[sc] != "" {
			s, err := stages.Parse(c[sc])
			if err != nil {
				ps.addAt(place(cr, row.Line, sc), "%w", err)
			}
			ans.Stage = s
		}
		if ec := h.col(roleExplanation); ec >= 0 {
			ans.Explanation = c[ec]
		}
		if bc := h.col(roleEvidence); bc >= 0 && c[bc] != "" {
			ans.Evidence = parseEvidence(&ps, place(cr, row.Line, bc), c[bc])
		}
		a.Indicators = append(a.Indicators, ans)
	}
	if err := h.stop(ps.err("assessment")); err != nil {
		return nil, err
	}
	return a, nil
}

// longYear returns the year the tahun column of a long CSV names and the
// line it is first named on: 0 without the column or a year in it. Cells
// that are not a year, or name another year than the first, are problems.
func longYear(cr *csvio.Reader, rows []csvio.Row, col int, ps *problems) (year, line int) {
	if col < 0 {
		return 0, 0
	}
	for _, row := range rows {
		cell := row.Cells[col]
		if cell == "" {
			continue
		}
		y, err := strconv.Atoi(cell)
		switch {
		case err != nil || y < minYear || y > maxYear:
			ps.addAt(place(cr, row.Line, col), "%s is not a year between %d and %d", escape.Quote(cell), minYear, maxYear)
		case year == 0:
			year, line = y, row.Line
		case y != year:
			ps.addAt(place(cr, row.Line, col), "year %d differs from %d on line %d: a long CSV holds one assessment", y, year, line)
		}
	}
	return year, line
}

// parseEvidence reads the bukti cell of the long CSV form: items
// separated by "|" or line breaks, each "Title <reference>" or a bare
// reference. An item it cannot read so — a "<" or ">" elsewhere than
// around one reference at its end, as in "A <a.pdf>, B <b.pdf>", whose
// items are not separated by "|", or an empty reference — is a problem of
// the rule "evidence_syntax" at the cell, naming the item as
// bukti[i], and is left out; it is never split another way.
func parseEvidence(ps *problems, at loc, cell string) []Evidence {
	var out []Evidence
	items := strings.FieldsFunc(cell, func(r rune) bool { return r == '|' || r == '\n' || r == '\r' })
	i := 0
	for _, item := range items {
		item = strings.TrimSpace(item)
		if item == "" {
			continue
		}
		where := at.field("[" + strconv.Itoa(i) + "]")
		i++
		title, ref, ok := evidenceItem(item)
		if !ok {
			ps.addAt(where, "%w: %s is not \"Title <reference>\" nor a bare reference (separate the items with \"|\")", errEvidenceSyntax, escape.Quote(item))
			continue
		}
		ev := Evidence{Title: title}
		if strings.Contains(ref, "://") {
			ev.URL = ref
		} else {
			ev.File = ref
		}
		checkEvidence(ps, where, ev)
		out = append(out, ev)
	}
	return out
}

// evidenceItem reads one item of a bukti cell, trimmed: "Title
// <reference>", the title the reference when empty, or a bare reference
// without "<" and ">".
func evidenceItem(item string) (title, ref string, ok bool) {
	open, shut := strings.IndexByte(item, '<'), strings.IndexByte(item, '>')
	if open < 0 && shut < 0 {
		return item, item, true
	}
	if open < 0 || shut != len(item)-1 || strings.Count(item, "<") != 1 || strings.Count(item, ">") != 1 {
		return "", "", false
	}
	title, ref = strings.TrimSpace(item[:open]), strings.TrimSpace(item[open+1:shut])
	if ref == "" {
		return "", "", false
	}
	if title == "" {
		title = ref
	}
	return title, ref, true
}
