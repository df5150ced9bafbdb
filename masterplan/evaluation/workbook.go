package evaluation

import (
	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/i18n"
	"github.com/kotacerdas/smartcity/internal/jsonio"
	"github.com/kotacerdas/smartcity/internal/workbook"
	"github.com/kotacerdas/smartcity/pillar"
)

// The workbook of evaluations (ReadWorkbook, ReadCohortWorkbook,
// WriteWorkbook, WriteCohortWorkbook, WriteTemplate) has one sheet,
// Evaluasi (Evaluation), with one evaluation a row, in the layout the
// masterplan's workbooks have: a header row whose columns are found by
// their Indonesian or English header or their JSON field, folded, in any
// order:
//
//	Wilayah (Region), Provinsi (Province), Tahun (Year), Tahap (Stage: I or II),
//	Baseline, Output, Outcome, Impact, Quick Win (the five scores, 0–5),
//	Indeks tahun lalu (Previous index), Pilar GOV … Pilar ENV (Pillar GOV …,
//	a pillar's score; its name, "Smart Governance", is its header too),
//	Ilustratif (Illustrative: Ya or Tidak), Catatan (Notes: a line each)
//
// A workbook of one row is one evaluation; of several, a cohort.

// MaxWorkbookRows is how many evaluations the sheet Evaluasi may hold, as
// many as a JSON cohort may (an array of at most jsonio.DefaultMaxItems).
const MaxWorkbookRows = jsonio.DefaultMaxItems

// templateRows is how many empty rows a template leaves to fill in, with
// its drop-down lists.
const templateRows = 40

// column is a column of the sheet Evaluasi: the path of its value in an
// evaluation, its header in Indonesian and in English and other headers
// it is known by, how its cells are kept, and the options of its
// drop-down list.
type column struct {
	path    string
	id, en  string
	aliases []string
	kind    workbook.Kind
	need    bool                               // the header must have it
	options func(lang smartcity.Lang) []string // nil: no drop-down
}

// header is the column's header in lang.
func (c column) header(lang smartcity.Lang) string {
	if i18n.English(lang) {
		return c.en
	}
	return c.id
}

// The sheet's names.
const (
	sheetID = "Evaluasi"
	sheetEN = "Evaluation"
)

// sheetName is the sheet's name in lang.
func sheetName(lang smartcity.Lang) string {
	if i18n.English(lang) {
		return sheetEN
	}
	return sheetID
}

// columns are the columns of the sheet Evaluasi, in the order written.
var columns = func() []column {
	cols := []column{
		{path: "region", id: "Wilayah", en: "Region", aliases: []string{"Daerah", "Nama daerah"}, need: true},
		{path: "province", id: "Provinsi", en: "Province"},
		{path: "year", id: "Tahun", en: "Year", kind: workbook.Integer, need: true},
		{path: "stage", id: "Tahap", en: "Stage", need: true, options: stageCodes},
	}
	for d := range Dimensions() {
		cols = append(cols, column{path: "scores." + d.String(), id: d.Name(smartcity.Indonesian), en: d.Name(smartcity.English),
			kind: workbook.Decimal, need: true})
	}
	cols = append(cols, column{path: "previous_index", id: "Indeks tahun lalu", en: "Previous index", kind: workbook.Decimal})
	for p := range pillar.All() {
		cols = append(cols, column{path: "pillar_scores." + p.String(), id: "Pilar " + p.String(), en: "Pillar " + p.String(),
			aliases: []string{p.Name(smartcity.Indonesian), p.Name(smartcity.English)}, kind: workbook.Decimal})
	}
	return append(cols,
		column{path: "illustrative", id: "Ilustratif", en: "Illustrative", options: yesNo},
		column{path: "notes", id: "Catatan", en: "Notes", aliases: []string{"Note"}},
	)
}()

// stageCodes are the options of the column Tahap.
func stageCodes(smartcity.Lang) []string {
	var out []string
	for s := range stages.All() {
		out = append(out, s.String())
	}
	return out
}

// yesNo are the options of a yes-or-no column.
func yesNo(lang smartcity.Lang) []string {
	if i18n.English(lang) {
		return []string{"Yes", "No"}
	}
	return []string{"Ya", "Tidak"}
}

// sheetWords say the problems of reading a workbook in Indonesian, keyed
// by their English format.
var sheetWords = i18n.Table{
	"%q is neither Ya nor Tidak":                                         "%q bukan Ya atau Tidak",
	"%q is not a number (write it as 3.75)":                              "%q bukan angka (tulis seperti 3.75)",
	"%q is not a whole number":                                           "%q bukan bilangan bulat",
	"column %q given twice (as %s too)":                                  "kolom %q ada dua kali (juga sebagai %s)",
	"more than %d rows on the sheet":                                     "lebih dari %d baris pada lembar",
	"no sheet of an evaluation: want the sheet %s (%s)":                  "tidak ada lembar evaluasi: perlu lembar %s (%s)",
	"the column %q is missing":                                           "kolom %q tidak ada",
	"unknown column %q: the columns of sheet %s are %s":                  "kolom %q tidak dikenal: kolom lembar %s adalah %s",
	"no evaluation on the sheet %s":                                      "tidak ada evaluasi pada lembar %s",
	"the sheet %s holds %d evaluations, not one: score a cohort":         "lembar %s memuat %d evaluasi, bukan satu: nilailah sebagai kohort",
	"a note holds a line break, which separates the notes of a cell: %s": "catatan memuat ganti baris, pemisah catatan dalam satu sel: %s",
}

// The rules of the problems of reading a workbook.
const (
	ruleColumnUnknown   = "unknown_column"
	ruleColumnDuplicate = "duplicate_column"
	ruleColumnMissing   = "missing_column"
	ruleNoSheet         = "sheet"
	ruleCount           = "evaluation_count"
	ruleMaxItems        = jsonio.KindMaxItems
)
