package spbe

import (
	"io"
	"strconv"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/workbook"
)

// TemplateOptions choose the fill-in workbook WriteTemplate writes.
type TemplateOptions struct {
	// Lang is the language of the headers, the level names of the
	// drop-downs and the notes; the zero Lang is Indonesian. Either
	// reads back.
	Lang smartcity.Lang
	// Cohort writes the sheet of many assessments, a row each (the wide
	// form: instansi, tahun and a column per indicator), instead of the
	// sheet of one assessment, a row per indicator.
	Cohort bool
	// Instansi and Year fill in the assessment's instansi and year above
	// its table; left empty to be filled in when not given.
	Instansi string
	Year     int
	// Rows is the number of empty rows of a cohort sheet whose level
	// cells have drop-downs; 50 when 0.
	Rows int
}

// WriteTemplate writes a fill-in workbook for an assessment under fw: a
// sheet of notes, then the sheet "Penilaian" with the instansi and the
// year above one row per indicator — its number, aspect and name, a level
// chosen from a drop-down of that indicator's level names, the
// explanation, the evidence ("Title <reference>" items separated by "|"),
// the person responsible and the unit — or, with opt.Cohort, the sheet
// "Kohort" of the wide form, a row per instansi and year. A filled
// template is read back by ReadAssessments and ScoreAll without edits;
// the columns of the aspect, the name, the person responsible and the
// unit are notes the readers pass over.
func WriteTemplate(w io.Writer, fw *Framework, opt TemplateOptions) error {
	if fw == nil {
		fw = Default()
	}
	if err := fw.usable(); err != nil {
		return err
	}
	en := opt.Lang == smartcity.English
	say := func(id, e string) string {
		if en {
			return e
		}
		return id
	}
	b := workbook.NewWriter()
	notes := [][]any{
		{say("Kerangka evaluasi", "Framework"), fw.Name().In(opt.Lang) + " (" + fw.ID() + ")"},
		{say("Isi lembar berikutnya: satu baris per indikator; tingkat dipilih dari daftar atau ditulis sebagai angka.",
			"Fill in the next sheet: a row per indicator; pick the level from the list or write its number.")},
		{say("Bukti: judul lalu rujukan dalam < >, beberapa dipisah |, misalnya: Perbup 12/2023 <https://…/perbup.pdf> | notulen.pdf",
			"Evidence: a title and its reference in < >, several separated by |, e.g. Perbup 12/2023 <https://…/perbup.pdf> | minutes.pdf")},
		{say("Lalu: smartcity spbe report BERKAS.xlsx", "Then: smartcity spbe report FILE.xlsx")},
	}
	if opt.Cohort {
		notes[1] = []any{say("Isi lembar berikutnya: satu baris per instansi dan tahun, satu kolom per indikator berisi tingkatnya.",
			"Fill in the next sheet: a row per instansi and year, a column per indicator holding its level.")}
		notes[3] = []any{say("Lalu: smartcity spbe cohort BERKAS.xlsx", "Then: smartcity spbe cohort FILE.xlsx")}
	}
	b.AddTable(workbook.Table{Sheet: say("Petunjuk", "Notes"), Columns: []workbook.Column{{Header: say("Petunjuk", "Notes"), Width: 30}, {Header: say("Isi", "Content"), Width: 90}}, Rows: notes})
	if opt.Cohort {
		cohortSheet(b, fw, opt, say)
	} else {
		assessmentSheet(b, fw, opt, say)
	}
	_, err := b.WriteTo(w)
	return err
}

// assessmentSheet writes the sheet of one assessment.
func assessmentSheet(b *workbook.Writer, fw *Framework, opt TemplateOptions, say func(id, en string) string) {
	var inst, year any
	if opt.Instansi != "" {
		inst = opt.Instansi
	}
	if opt.Year != 0 {
		year = opt.Year
	}
	rows := make([][]any, 0, fw.NumIndicators())
	for i, ind := range fw.Indicators() {
		var names []string
		for l := max(fw.MinLevel(), 1); l <= fw.MaxLevel(); l++ {
			names = append(names, fw.levelNameAt(i, l).In(opt.Lang))
		}
		rows = append(rows, []any{ind.Number, ind.Aspect, ind.Name.In(opt.Lang), workbook.Choice{Options: names}})
	}
	b.AddTable(workbook.Table{
		Sheet: say("Penilaian", "Assessment"),
		Above: [][]any{{"Instansi", inst}, {say("Tahun", "Year"), year}},
		Columns: []workbook.Column{
			{Header: say("Indikator", "Indicator"), Kind: workbook.Integer},
			{Header: say("Aspek", "Aspect")},
			{Header: say("Nama Indikator", "Indicator Name"), Width: 50},
			{Header: "Level", Width: 16},
			{Header: say("Penjelasan", "Explanation"), Width: 40},
			{Header: say("Bukti", "Evidence"), Width: 40},
			{Header: say("Penanggung Jawab", "Person Responsible"), Width: 20},
			{Header: say("Unit Kerja", "Unit"), Width: 20},
		},
		Rows: rows,
	})
}

// cohortSheet writes the sheet of many assessments.
func cohortSheet(b *workbook.Writer, fw *Framework, opt TemplateOptions, say func(id, en string) string) {
	var levels []string
	for l := fw.MinLevel(); l <= fw.MaxLevel(); l++ {
		levels = append(levels, strconv.Itoa(int(l)))
	}
	cols := []workbook.Column{{Header: "Instansi", Width: 30}, {Header: say("Tahun", "Year"), Kind: workbook.Integer}}
	for _, ind := range fw.Indicators() {
		cols = append(cols, workbook.Column{Header: strconv.Itoa(ind.Number), Kind: workbook.Integer, Width: 5, Options: levels})
	}
	n := opt.Rows
	if n <= 0 {
		n = 50
	}
	var rows [][]any
	if opt.Instansi != "" || opt.Year != 0 {
		row := make([]any, len(cols))
		if opt.Instansi != "" {
			row[0] = opt.Instansi
		}
		row[1] = yearCell(opt.Year)
		rows = append(rows, row)
	}
	b.AddTable(workbook.Table{Sheet: say("Kohort", "Cohort"), Columns: cols, Rows: rows, Blank: n})
}
