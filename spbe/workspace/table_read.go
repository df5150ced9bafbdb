package workspace

import (
	"bytes"
	"errors"
	"io"
	"strconv"
	"strings"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/csvio"
	"github.com/kotacerdas/smartcity/internal/i18n"
	"github.com/kotacerdas/smartcity/internal/input"
	"github.com/kotacerdas/smartcity/internal/workbook"
	"github.com/kotacerdas/smartcity/spbe"
)

// ReadOptions say how ReadTable reads a working list.
type ReadOptions struct {
	// Framework is the framework of the list; nil: the one its lines
	// above the table name ("Kerangka"), else the one of its year.
	Framework *spbe.Framework
	// Limit is the most bytes read; 64 MiB when <= 0.
	Limit int64
	// MaxRows is the most rows read; 100,000 when <= 0, the items a
	// workspace holds.
	MaxRows int
	// Instansi and Year are the workspace's, for a list whose lines above
	// the table do not say them; a line that says another is a problem.
	Instansi string
	Year     int
	// Warnings, when set, receives what is worth a look without refusing
	// the list: a column ReadTable does not read (rule "unknown_column").
	Warnings *smartcity.Problems
}

// maxItems is the most items a workspace holds, as its JSON caps them.
const maxItems = 100_000

// ReadTable reads a workspace from a working list: CSV (delimited by "," or
// ";") or an Excel workbook, told apart by content; in a workbook the first
// sheet whose header has the item, its level and its unit, a sheet
// "Klaim" of claimed levels and a sheet "Nilai Luar" of outside values
// when there are. Above the table, lines of a
// key and a value may name the instansi, the year ("Tahun"), the framework
// ("Kerangka"), the target and "Ilustrasi: Ya". The header names the
// columns of Headers in any order, in the spellings working lists use
// ("Unit Kerja", "OPD"; "No. Level", "No"); the item, its level and its
// unit are required. A blank indicator or level repeats the one above, as
// merged cells read, and a row that gives only an indicator ("Indikator 3
// — Manajemen Data") heads the rows below it. A level is a number ("2",
// "Level 2", "2 - Membangun") or its name; a status a code or a name; a
// main item "Ya" or "Tidak" (every item is a main one without the column);
// a due date a date cell, 2026-08-17 or 17/08/2026; a document "Title
// <file or address>" or the reference alone. Items without an id are given
// indicator.level.number. A CSV cell that WriteCSV defused with a quote
// ("'=HYPERLINK(…)") reads as the text it was.
//
// Every problem is reported at once, at its sheet and cell or its row and
// column, those Validate finds included, in an error holding
// smartcity.Problems; a workbook is refused before it is unzipped when it
// is an .xls, protected, has macros or links, or unzips to far more than
// its size. The items have no history: the list does not keep one.
func ReadTable(r io.Reader, opt ReadOptions) (*Workspace, error) {
	data, err := input.ReadAll(r, opt.Limit)
	if err != nil {
		return nil, err
	}
	copt := csvio.Options{MaxRows: opt.MaxRows, Limit: opt.Limit}
	if copt.MaxRows <= 0 || copt.MaxRows > maxItems {
		copt.MaxRows = maxItems
	}
	var cr, claims, outside *csvio.Reader
	isCSV := !workbook.Is(data)
	if !isCSV {
		b, err := workbook.Open(data, workbook.Options{Limit: opt.Limit})
		if err != nil {
			return nil, problemOf(err)
		}
		defer b.Close()
		if cr, claims, outside, err = sheets(b, copt); err != nil {
			return nil, problemOf(err)
		}
	} else if cr, err = csvio.NewReader(bytes.NewReader(data), copt); err != nil {
		return nil, problemOf(err)
	}
	t := &tableRead{cr: cr, opt: opt, csv: isCSV, w: &Workspace{Instansi: opt.Instansi, Year: opt.Year}, refused: map[refusal]bool{}}
	if err := t.read(); err != nil {
		return nil, t.stop(err)
	}
	if claims != nil {
		if err := t.readClaims(claims); err != nil {
			return nil, t.stop(err)
		}
	}
	if outside != nil {
		if err := t.readOutside(outside); err != nil {
			return nil, t.stop(err)
		}
	}
	t.validate()
	if ps := t.ps.Errors(); len(ps) > 0 {
		return nil, t.ps
	}
	if opt.Warnings != nil {
		*opt.Warnings = append(*opt.Warnings, t.ps...)
	}
	return t.w, nil
}

// problemOf returns a failure of reading the file — a *csvio.Error, which
// says its place — as the Problems ReadTable's errors hold.
func problemOf(err error) error {
	if e, ok := errors.AsType[*csvio.Error](err); ok {
		return smartcity.Problems{e.Problem()}
	}
	return err
}

// stop returns the problems found so far with err, the failure that ends
// the reading, after them.
func (t *tableRead) stop(err error) error {
	if e, ok := errors.AsType[*csvio.Error](err); ok {
		return t.ps.Add(0, e.Problem())
	}
	if ps, ok := errors.AsType[smartcity.Problems](err); ok {
		return ps
	}
	return err
}

// sheets returns the readers of the workbook's items sheet and, when it
// has them, of its claims sheet and its sheet of outside values.
func sheets(b *workbook.Book, copt csvio.Options) (items, claims, outside *csvio.Reader, err error) {
	var seen []string
	for _, sheet := range b.Sheets() {
		cr, err := b.Table(sheet, copt)
		if err != nil {
			var e *csvio.Error
			if errors.As(err, &e) && e.Rule != "header" && e.Rule != "utf8" {
				return nil, nil, nil, err
			}
			continue
		}
		if err := skipBlock(cr); err != nil {
			return nil, nil, nil, err
		}
		switch {
		case items == nil && isItemsHeader(cr.Header()):
			items = cr
		case claims == nil && foldHeader(sheet) == "klaim":
			claims = cr
		case outside == nil && foldHeader(sheet) == "nilai luar":
			outside = cr
		default:
			seen = append(seen, strconv.Quote(sheet))
		}
	}
	if items == nil {
		return nil, nil, nil, &csvio.Error{Rule: "sheet", Err: i18n.Errorf(messagesID,
			"no sheet holds a working list: want a header with Item Bukti Dukung, Level Kematangan and Unit Kerja (read %s)", strings.Join(seen, ", "))}
	}
	return items, claims, outside, nil
}

// isItemsHeader reports whether a header is a working list's.
func isItemsHeader(header []string) bool {
	var has [numColumns]bool
	for _, h := range header {
		if c := columnOf(h); c >= 0 {
			has[c] = true
		}
	}
	return has[colTitle] && has[colLevel] && has[colUnit]
}

// skipBlock moves cr past the lines above its table: a key in the first
// cell, a value in the second, nothing else; at most eight.
func skipBlock(cr *csvio.Reader) error {
	for len(cr.Above()) < 8 && isBlockLine(cr.Header()) {
		if err := cr.Reheader(); err != nil {
			if errors.Is(err, io.EOF) {
				return nil
			}
			return err
		}
	}
	return nil
}

// isBlockLine reports whether cells are a key and its value.
func isBlockLine(cells []string) bool {
	if len(cells) == 0 || blockKeyOf(cells[0]) == keyNone {
		return false
	}
	for _, c := range cells[min(len(cells), 2):] {
		if c != "" {
			return false
		}
	}
	return true
}

// tableRead is the state of one ReadTable.
type tableRead struct {
	cr  *csvio.Reader
	opt ReadOptions
	csv bool // a CSV file, whose cells csvio.Escape may have defused
	w   *Workspace
	ps  smartcity.Problems
	// refused are the values of items that could not be read, whose
	// problems Validate would only say again.
	refused map[refusal]bool
	col     [numColumns]int // the position of each column, -1 when missing
	// row is the row of each item, for placing Validate's problems;
	// blockRow the row of each key above the table.
	row      []int
	blockRow [keyIllustrative + 1]int
	fw       *spbe.Framework
	// lists are the sheets of the claims and the outside values, by the
	// JSON name of their list, with the row of each entry read.
	lists map[string]listSheet
}

// listSheet is a sheet that holds one of the workspace's lists, and the
// row of each entry read from it.
type listSheet struct {
	cr  *csvio.Reader
	row []int
}

// refusal is a value of an item reading refused: the item's index and
// the field's JSON name.
type refusal struct {
	item  int
	field string
}

// refuse records that the current row's value of field could not be read.
func (t *tableRead) refuse(field string) {
	t.refused[refusal{len(t.w.Items), field}] = true
}

// fail records a problem at the cell of row in column c.
func (t *tableRead) fail(row int, c column, rule string, err error) {
	col := -1
	if c >= 0 {
		col = t.col[c]
	}
	t.ps = t.ps.Add(0, t.cr.At(row, col, rule, err).Problem())
}

// read reads the lines above the table, its header and its rows.
func (t *tableRead) read() error {
	if err := skipBlock(t.cr); err != nil {
		return err
	}
	t.readBlock()
	t.readHeader()
	if len(t.ps.Errors()) > 0 {
		return t.ps
	}
	t.fw = t.opt.Framework
	if t.fw == nil {
		fw, err := t.w.ResolveFramework(nil)
		if err != nil {
			t.fail(t.blockRow[keyFramework], -1, RuleFramework, err)
			return t.ps
		}
		t.fw = fw
	}
	var ind int
	var lvl spbe.Level
	var indBad, lvlBad bool // the indicator or level carried down was refused
	for {
		row, err := t.cr.Next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if e, ok := errors.AsType[*csvio.Error](err); ok && (e.Rule == "utf8" || e.Rule == "columns" || e.Rule == "unnamed_column") {
			t.ps = t.ps.Add(0, e.Problem()) // the row is left out; the next may be read
			continue
		}
		if err != nil {
			return err
		}
		if t.csv {
			for k, c := range row.Cells {
				row.Cells[k] = csvio.Unescape(c)
			}
		}
		t.readRow(row, &ind, &lvl, &indBad, &lvlBad)
	}
}

// readBlock takes the instansi, year, framework, target and the
// illustrative mark from the lines above the table.
func (t *tableRead) readBlock() {
	for _, line := range t.cr.Above() {
		key, value := blockKeyOf(line.Cells[0]), ""
		if len(line.Cells) > 1 {
			value = strings.TrimSpace(line.Cells[1])
		}
		if t.csv {
			value = csvio.Unescape(value)
		}
		if t.blockRow[key] != 0 {
			t.ps = t.ps.Add(0, t.cr.At(line.Line, -1, RuleDuplicate, i18n.Errorf(messagesID, "%s is given twice above the table", line.Cells[0])).Problem())
			continue
		}
		t.blockRow[key] = line.Line
		if value == "" {
			continue
		}
		switch key {
		case keyInstansi:
			if t.w.Instansi != "" && t.w.Instansi != value {
				t.ps = t.ps.Add(0, t.cr.At(line.Line, -1, RuleMismatch, i18n.Errorf(messagesID, "the list is of %q, not %q", value, t.w.Instansi)).Problem())
			}
			t.w.Instansi = value
		case keyYear:
			y, err := strconv.Atoi(value)
			switch {
			case err != nil:
				t.ps = t.ps.Add(0, t.cr.At(line.Line, -1, RuleYear, i18n.Errorf(messagesID, "%q is not a year", value)).Problem())
			case t.w.Year != 0 && t.w.Year != y:
				t.ps = t.ps.Add(0, t.cr.At(line.Line, -1, RuleMismatch, i18n.Errorf(messagesID, "%q is not the year %d", value, t.w.Year)).Problem())
			}
			t.w.Year = y
		case keyFramework:
			t.w.Framework = value
		case keyTarget:
			t.w.Target = value
		case keyIllustrative:
			t.w.Illustrative = yes(value)
		}
	}
}

// readHeader finds the columns, and reports a required one missing, one
// given twice and one not read.
func (t *tableRead) readHeader() {
	for c := range t.col {
		t.col[c] = -1
	}
	row := t.cr.HeaderRow()
	for k, h := range t.cr.Header() {
		c := columnOf(h)
		switch {
		case strings.TrimSpace(h) == "":
		case c < 0:
			t.ps = t.ps.Add(0, withSeverity(t.cr.At(row, k, "unknown_column", i18n.Errorf(messagesID, "column %q is not read", h)).Problem(), smartcity.Warning))
		case t.col[c] >= 0:
			t.ps = t.ps.Add(0, t.cr.At(row, k, RuleDuplicate, i18n.Errorf(messagesID, "column %q names the column %q again", h, t.cr.Header()[t.col[c]])).Problem())
		default:
			t.col[c] = k
		}
	}
	for _, c := range []column{colIndicator, colLevel, colTitle, colUnit} {
		if t.col[c] < 0 {
			t.ps = t.ps.Add(0, t.cr.At(row, -1, RuleRequired, i18n.Errorf(messagesID, "the header has no column %q", Headers()[c])).Problem())
		}
	}
}

// withSeverity returns p with severity s.
func withSeverity(p smartcity.Problem, s smartcity.Severity) smartcity.Problem {
	p.Severity = s
	return p
}

// cell returns the row's cell in column c, "" when the column is missing.
func (t *tableRead) cell(row csvio.Row, c column) string {
	if k := t.col[c]; k >= 0 && k < len(row.Cells) {
		return row.Cells[k]
	}
	return ""
}

// leadingNumber reads the number a cell starts with, after one of the
// words (any case): "Indikator 3 — Manajemen Data", "3. Manajemen Data",
// "Level 2", "2 - Membangun", "3". After the number comes nothing, white
// space or a separator; ok is false for anything else ("3a", "2026-08").
func leadingNumber(cell string, words ...string) (n int, ok bool) {
	s := strings.TrimSpace(cell)
	for _, w := range words {
		if len(s) >= len(w) && strings.EqualFold(s[:len(w)], w) {
			s = strings.TrimSpace(s[len(w):])
			break
		}
	}
	k := 0
	for k < len(s) && k < 4 && s[k] >= '0' && s[k] <= '9' {
		k++
	}
	if k == 0 || (k < len(s) && s[k] >= '0' && s[k] <= '9') {
		return 0, false
	}
	rest := strings.TrimLeft(s[k:], " \t")
	if rest != "" && len(rest) == len(s[k:]) && !strings.ContainsAny(rest[:1], ".:)-") && !strings.HasPrefix(rest, "–") && !strings.HasPrefix(rest, "—") {
		return 0, false
	}
	if strings.HasPrefix(rest, "-") && len(rest) > 1 && rest[1] >= '0' && rest[1] <= '9' {
		return 0, false // a date, "2026-08"
	}
	n, _ = strconv.Atoi(s[:k])
	return n, true
}

// readRow reads one row; ind and lvl carry the indicator and level down.
func (t *tableRead) readRow(row csvio.Row, ind *int, lvl *spbe.Level, indBad, lvlBad *bool) {
	indCell := t.cell(row, colIndicator)
	rest := false
	for c := range numColumns {
		if c != colIndicator && t.cell(row, c) != "" {
			rest = true
			break
		}
	}
	if indCell != "" {
		n, _ := leadingNumber(indCell, "indikator", "indicator")
		_, known := t.fw.Indicator(n)
		if !known {
			t.fail(row.Line, colIndicator, RuleIndicator, i18n.Errorf(messagesID, "%w: %s has no indicator %q", spbe.ErrUnknownIndicator, t.fw.ID(), indCell))
			n = 0
		}
		*ind, *lvl, *indBad, *lvlBad = n, 0, !known, false
		if !rest {
			return // a heading
		}
	}
	if levelCell := t.cell(row, colLevel); levelCell != "" {
		var ok bool
		*lvl, ok = t.level(row, levelCell, *ind)
		*lvlBad = !ok
	}
	if *indBad {
		t.refuse("indicator")
	}
	if *lvlBad {
		t.refuse("level")
	}
	it := Item{
		ID: t.cell(row, colID), Indicator: *ind, Level: *lvl, Title: t.cell(row, colTitle), Output: t.cell(row, colOutput),
		Responsible: t.cell(row, colResponsible), Unit: t.cell(row, colUnit), Main: true, Status: Belum, Reason: t.cell(row, colReason),
	}
	if v := t.cell(row, colNo); v != "" {
		n, err := strconv.Atoi(strings.TrimSuffix(v, ".0"))
		if err != nil || n < 0 {
			t.fail(row.Line, colNo, "type", i18n.Errorf(messagesID, "%q is not a number", v))
			t.refuse("no")
		}
		it.No = n
	}
	if v := t.cell(row, colStatus); v != "" {
		st, err := ParseStatus(v)
		if err != nil {
			t.fail(row.Line, colStatus, RuleEnum, err)
			t.refuse("status")
		}
		it.Status = st
	}
	if v := t.cell(row, colMain); v != "" {
		main, ok := yesNo(v)
		if !ok {
			t.fail(row.Line, colMain, RuleEnum, i18n.Errorf(messagesID, "%q is neither Ya nor Tidak", v))
		}
		it.Main = main
	}
	if v := t.cell(row, colDue); v != "" {
		d, ok := workbook.Day(v)
		if !ok {
			t.fail(row.Line, colDue, RuleDate, i18n.Errorf(messagesID, "%q is not a date (write it as 2026-08-17 or as a date cell)", v))
			t.refuse("due")
		}
		it.Due = d
	}
	if v := t.cell(row, colDocument); v != "" {
		it.Document = parseDocument(v)
	}
	if v := t.cell(row, colSHA256); v != "" {
		if it.Document == nil {
			it.Document = &spbe.Evidence{}
		}
		it.Document.SHA256 = v
	}
	it.Revision, it.Reason = parseReason(it.Reason)
	t.w.Items = append(t.w.Items, it)
	t.row = append(t.row, row.Line)
}

// level reads a level cell of indicator number; ok is false, the problem
// recorded, for a cell that names no level.
func (t *tableRead) level(row csvio.Row, cell string, number int) (l spbe.Level, ok bool) {
	if n, ok := leadingNumber(cell, "level", "tingkat"); ok {
		return spbe.Level(min(n, 255)), true // Validate checks the range
	}
	for l := max(t.fw.MinLevel(), 1); l <= t.fw.MaxLevel() && number != 0; l++ {
		name := t.fw.LevelName(number, l)
		if strings.EqualFold(name.In(smartcity.Indonesian), cell) || strings.EqualFold(name.In(smartcity.English), cell) {
			return l, true
		}
	}
	t.fail(row.Line, colLevel, RuleLevel, i18n.Errorf(messagesID, "%q is no level: write its number or its name", cell))
	return 0, false
}

// parseDocument reads a document cell: "Title <reference>" or the
// reference alone, an address when it starts with a scheme.
func parseDocument(cell string) *spbe.Evidence {
	title, ref := cell, cell
	if open := strings.LastIndexByte(cell, '<'); open >= 0 && strings.HasSuffix(cell, ">") && open < len(cell)-2 {
		title, ref = strings.TrimSpace(cell[:open]), strings.TrimSpace(cell[open+1:len(cell)-1])
		if title == "" {
			title = ref
		}
	}
	ev := &spbe.Evidence{Title: title}
	lower := strings.ToLower(ref)
	if strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://") {
		ev.URL = ref
	} else {
		ev.File = ref
	}
	return ev
}

// parseReason reads a reason cell as reasonCell writes it: a kind of
// revision, a reason, or both as "kind: reason".
func parseReason(cell string) (Revision, string) {
	if r, err := revisions.Parse(cell); err == nil {
		return r, ""
	}
	if kind, reason, ok := strings.Cut(cell, ":"); ok {
		if r, err := revisions.Parse(kind); err == nil {
			return r, strings.TrimSpace(reason)
		}
	}
	return 0, cell
}

// yesNo reads a main-item cell.
func yesNo(v string) (main, ok bool) {
	switch foldHeader(v) {
	case "ya", "y", "yes", "utama", "butir utama", "main", "1", "true", "benar":
		return true, true
	case "tidak", "t", "no", "n", "pendukung", "supporting", "0", "false", "salah":
		return false, true
	}
	return false, false
}

// yes reports whether a cell says yes.
func yes(v string) bool {
	main, ok := yesNo(v)
	return ok && main
}

// readClaims reads the sheet of claimed levels: Indikator, Level Diklaim
// and, if given, Penjelasan.
func (t *tableRead) readClaims(cr *csvio.Reader) error {
	ind, lvl, note := -1, -1, -1
	for k, h := range cr.Header() {
		switch foldHeader(h) {
		case "indikator", "indicator":
			ind = k
		case "level diklaim", "level klaim", "level", "claimed level":
			lvl = k
		case "penjelasan", "note", "explanation":
			note = k
		}
	}
	if ind < 0 || lvl < 0 {
		t.ps = t.ps.Add(0, cr.At(cr.HeaderRow(), -1, RuleRequired, i18n.Errorf(messagesID, "the sheet Klaim needs the columns Indikator and Level Diklaim")).Problem())
		return nil
	}
	for {
		row, err := cr.Next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		c := Claim{}
		n, err1 := strconv.Atoi(row.Cells[ind])
		l, err2 := strconv.Atoi(row.Cells[lvl])
		if err1 != nil || err2 != nil || l < 0 || l > 255 {
			t.ps = t.ps.Add(0, cr.At(row.Line, -1, "type", i18n.Errorf(messagesID, "a claim is an indicator's number and a level")).Problem())
			continue
		}
		c.Indicator, c.Level = n, spbe.Level(l)
		if note >= 0 && note < len(row.Cells) {
			c.Note = row.Cells[note]
		}
		t.w.Claims = append(t.w.Claims, c)
		t.listRow("claims", cr, row.Line)
	}
}

// readOutside reads the sheet of outside values: Indikator, and Sumber
// with Skor for an indicator the framework converts a score for, or Level.
func (t *tableRead) readOutside(cr *csvio.Reader) error {
	col := map[string]int{}
	for k, h := range cr.Header() {
		switch foldHeader(h) {
		case "indikator", "indicator":
			col["indikator"] = k
		case "sumber", "source":
			col["sumber"] = k
		case "skor", "score":
			col["skor"] = k
		case "level":
			col["level"] = k
		}
	}
	if _, ok := col["indikator"]; !ok {
		t.ps = t.ps.Add(0, cr.At(cr.HeaderRow(), -1, RuleRequired, i18n.Errorf(messagesID, "the sheet Nilai Luar needs the column Indikator")).Problem())
		return nil
	}
	cell := func(row csvio.Row, name string) string {
		if k, ok := col[name]; ok && k < len(row.Cells) {
			return row.Cells[k]
		}
		return ""
	}
	for {
		row, err := cr.Next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		n, err := strconv.Atoi(cell(row, "indikator"))
		o := Outside{Indicator: n}
		if src, score := cell(row, "sumber"), cell(row, "skor"); src != "" || score != "" {
			o.Score = &spbe.ExternalScore{Source: src, Score: score}
		}
		l, errLevel := 0, error(nil)
		if v := cell(row, "level"); v != "" {
			l, errLevel = strconv.Atoi(v)
		}
		if err != nil || errLevel != nil || l < 0 || l > 255 {
			t.ps = t.ps.Add(0, cr.At(row.Line, -1, "type", i18n.Errorf(messagesID, "an outside value is an indicator's number with a source and a score, or a level")).Problem())
			continue
		}
		o.Level = spbe.Level(l)
		t.w.Outside = append(t.w.Outside, o)
		t.listRow("outside", cr, row.Line)
	}
}

// listRow records the row of the next entry of the list named list, read
// from the sheet of cr.
func (t *tableRead) listRow(list string, cr *csvio.Reader, row int) {
	if t.lists == nil {
		t.lists = map[string]listSheet{}
	}
	ls := t.lists[list]
	ls.cr, ls.row = cr, append(ls.row, row)
	t.lists[list] = ls
}

// validate gives the items without an id theirs, checks the workspace and
// places each problem Validate finds at the cell it came from.
func (t *tableRead) validate() {
	if t.fw == nil {
		return
	}
	t.assignIDs()
	for _, p := range t.w.Validate(t.fw) {
		if k, field, _, ok := itemField(p.Path); ok && t.refused[refusal{k, field}] {
			continue // said where the value was refused
		}
		t.ps = t.ps.Add(0, t.place(p))
	}
}

// assignIDs gives each item without an id indicator.level.number, or the
// next free such id.
func (t *tableRead) assignIDs() {
	used := map[string]bool{}
	for _, it := range t.w.Items {
		used[it.ID] = true
	}
	perLevel := map[[2]int]int{}
	for k := range t.w.Items {
		it := &t.w.Items[k]
		key := [2]int{it.Indicator, int(it.Level)}
		perLevel[key]++
		if it.ID != "" {
			continue
		}
		n := it.No
		if n == 0 {
			n = perLevel[key]
		}
		id := strconv.Itoa(it.Indicator) + "." + strconv.Itoa(int(it.Level)) + "." + strconv.Itoa(n)
		for suffix := 2; used[id]; suffix++ {
			id = strconv.Itoa(it.Indicator) + "." + strconv.Itoa(int(it.Level)) + "." + strconv.Itoa(n) + "-" + strconv.Itoa(suffix)
		}
		it.ID, used[id] = id, true
	}
}

// itemField splits a problem's path in an item, "items[3].document.sha256",
// into the item's index and the field and subfield; ok is false for a
// path outside the items.
func itemField(path string) (k int, field, sub string, ok bool) {
	return listField(path, "items")
}

// listField is itemField for the list named list ("claims", "outside").
func listField(path, list string) (k int, field, sub string, ok bool) {
	rest, found := strings.CutPrefix(path, list+"[")
	end := strings.IndexByte(rest, ']')
	if !found || end < 0 {
		return 0, "", "", false
	}
	k, err := strconv.Atoi(rest[:end])
	if err != nil {
		return 0, "", "", false
	}
	parts := strings.SplitN(strings.TrimPrefix(rest[end+1:], "."), ".", 3)
	field = parts[0]
	if i := strings.IndexByte(field, '['); i >= 0 {
		field = field[:i]
	}
	if len(parts) > 1 {
		sub = parts[1]
	}
	return k, field, sub, true
}

// place moves a problem at a JSON path to the cell its value came from.
func (t *tableRead) place(p smartcity.Problem) smartcity.Problem {
	for name, ls := range t.lists {
		if k, _, _, ok := listField(p.Path, name); ok && k < len(ls.row) {
			return withSeverity(ls.cr.At(ls.row[k], -1, p.Rule, p.Err).Problem(), p.Severity)
		}
	}
	k, field, sub, isItem := itemField(p.Path)
	if !isItem {
		key := map[string]blockKey{"instansi": keyInstansi, "tahun": keyYear, "framework": keyFramework, "target": keyTarget}[p.Path]
		if row := t.blockRow[key]; row != 0 {
			return withSeverity(t.cr.At(row, -1, p.Rule, p.Err).Problem(), p.Severity)
		}
		return p
	}
	c, ok := map[string]column{"id": colID, "indicator": colIndicator, "level": colLevel, "title": colTitle, "unit": colUnit,
		"status": colStatus, "reason": colReason, "revision": colReason, "due": colDue, "document": colDocument}[field]
	if field == "document" && sub == "sha256" {
		c = colSHA256
	}
	if k >= len(t.row) {
		return p
	}
	q := t.cr.At(t.row[k], -1, p.Rule, p.Err)
	if ok {
		q = t.cr.At(t.row[k], t.col[c], p.Rule, p.Err)
	}
	return withSeverity(q.Problem(), p.Severity)
}
