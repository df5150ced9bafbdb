package masterplan

import (
	"io"
	"strconv"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/i18n"
	"github.com/kotacerdas/smartcity/internal/workbook"
)

// progressLabels are the labelled values of the sheet Laporan.
var progressLabels = []labelled[Progress]{
	{path: "region", id: "Wilayah", en: "Region",
		read:  func(d *Progress, x *sheetRow, _ string) { d.Region = x.text("value") },
		write: func(d *Progress, _ smartcity.Lang) []any { return texts(d.Region) }},
	{path: "plan", id: "Berkas rencana", en: "Plan file",
		read:  func(d *Progress, x *sheetRow, _ string) { d.Plan = x.text("value") },
		write: func(d *Progress, _ smartcity.Lang) []any { return texts(d.Plan) }},
	{path: "illustrative", id: "Ilustratif", en: "Illustrative", options: yesNo,
		read: func(d *Progress, x *sheetRow, path string) { d.Illustrative = x.flag("value", path) },
		write: func(d *Progress, lang smartcity.Lang) []any {
			if !d.Illustrative {
				return nil
			}
			return texts(yes(true, lang))
		}},
	{path: "years", id: "Tahun laporan", en: "Year reported", list: true,
		read: func(d *Progress, x *sheetRow, path string) {
			if x.capped("years", len(d.Years), 100) {
				d.Years = append(d.Years, RealisationYear{Year: x.integer("value", path+".year")})
			}
		},
		write: func(d *Progress, _ smartcity.Lang) []any {
			out := make([]any, len(d.Years))
			for i, y := range d.Years {
				out[i] = year(y.Year)
			}
			return out
		}},
	{path: "notes", id: "Catatan", en: "Note", list: true,
		read: func(d *Progress, x *sheetRow, _ string) {
			if x.capped("notes", len(d.Notes), 1000) {
				d.Notes = append(d.Notes, x.text("value"))
			}
		},
		write: func(d *Progress, _ smartcity.Lang) []any { return texts(d.Notes...) }},
}

// progressNotes explain the labelled values of the sheet Laporan.
var progressNotes = map[string][2]string{
	"region": {"nama daerah seperti pada rencana induk: Rembang", "the region's name as the plan has it: Rembang"},
	"plan":   {"nama berkas rencana induk di folder yang sama; boleh kosong", "the plan's file name in the same folder; optional"},
	"years":  {"satu tahun per baris", "one year a row"},
}

var (
	yearColumn    = column{field: "year", id: "Tahun", en: "Year", need: true, kind: workbook.Integer}
	reportSheet   = labelSheet("Laporan", "Report")
	realisedSheet = &sheetSpec{id: "Realisasi", en: "Realisation", cols: []column{
		yearColumn, {field: "id", id: programColumn.id, en: programColumn.en, need: true},
		{field: "status", id: "Status", en: "Status", need: true, options: choices(statuses, true)},
		{field: "note", id: "Catatan", en: "Note"},
	}}
	spentSheet = &sheetSpec{id: "Realisasi Anggaran", en: "Spending", cols: []column{
		yearColumn, programColumn,
		{field: "source", id: "Sumber dana", en: "Source", need: true, options: choices(sources, false)},
		{field: "amount", id: "Jumlah", en: "Amount", need: true, kind: workbook.Rupiah},
	}}
	actualSheet = &sheetSpec{id: "Capaian KPI", en: "KPI values", cols: []column{
		yearColumn, programColumn,
		{field: "name", id: "Nama KPI", en: "KPI", need: true},
		{field: "actual", id: "Capaian", en: "Actual", need: true, kind: workbook.Decimal},
	}}
)

// ReadProgressWorkbook reads the realisation in the Excel workbook data and
// reports every problem of it in one pass, as ReadWorkbook does for a
// plan: those of reading, then those Progress.Validate finds against plan
// p (none with a nil p), each at its sheet and cell. The realisation is
// nil only when data is no workbook the package reads, or one with none
// of the layout's sheets. ValidateProgress, DecodeProgress and
// LoadProgress read a workbook as they read JSON, told apart by content.
func ReadProgressWorkbook(data []byte, p *Plan, opts ValidateOptions) (*Progress, smartcity.Problems, error) {
	pr, r, ok := readProgressBook(data, opts)
	if !ok {
		return nil, r.problems, nil
	}
	if p == nil {
		return pr, r.problems, nil
	}
	return pr, r.place(pr.Validate(p, opts)), nil
}

// readProgressBook reads the realisation in the workbook data without
// checking it; ok is false when there is none.
func readProgressBook(data []byte, opts ValidateOptions) (*Progress, *bookReader, bool) {
	b, err := workbook.Open(data, workbook.Options{Limit: opts.Limit})
	r := newBookReader(b, opts.MaxProblems)
	if err != nil {
		r.fromCSV(err)
		return nil, r, false
	}
	defer b.Close()
	pr := new(Progress)
	readLabels(r, reportSheet, progressLabels, pr)
	type key struct{ year, program int }
	type progKey struct {
		year int
		id   string
	}
	rows := map[progKey]key{}
	// yearOf returns the index of the row's year, adding a year the
	// sheet Laporan does not list, and its path.
	yearOf := func(x *sheetRow, add bool) (int, string, bool) {
		y := x.integer("year", "")
		if y == 0 {
			if x.text("year") == "" {
				x.fail("year", "", "required", i18n.Errorf(sheetWords, "the year is required"))
			}
			return 0, "", false
		}
		for i := range pr.Years {
			if pr.Years[i].Year == y {
				return i, index("years", i), true
			}
		}
		if !add || !x.capped("years", len(pr.Years), 100) {
			if !add {
				x.fail("year", "", ruleReference, i18n.Errorf(sheetWords, "no row of programme %s in %d on the sheet Realisasi", strconv.Quote(x.text("program")), y))
			}
			return 0, "", false
		}
		i := len(pr.Years)
		x.r.items[index("years", i)] = rowPlace{sheet: x.s, row: x.line, col: x.s.at["year"]}
		pr.Years = append(pr.Years, RealisationYear{Year: y})
		return i, index("years", i), true
	}
	r.readTable(realisedSheet, "years", func(x *sheetRow) {
		i, base, ok := yearOf(x, true)
		if !ok {
			return
		}
		ry := &pr.Years[i]
		if !x.capped(base+".programs", len(ry.Programs), 2000) {
			return
		}
		path := index(base+".programs", len(ry.Programs))
		x.item(path)
		id := x.text("id")
		if _, dup := rows[progKey{ry.Year, id}]; !dup {
			rows[progKey{ry.Year, id}] = key{i, len(ry.Programs)}
		}
		ry.Programs = append(ry.Programs, Realisation{ID: id, Status: enumCell[Status](x, "status", path+".status"), Note: x.text("note")})
	})
	// realisationOf returns the programme's realisation of the row's year.
	realisationOf := func(x *sheetRow) (*Realisation, string, bool) {
		i, _, ok := yearOf(x, false)
		if !ok {
			return nil, "", false
		}
		y := pr.Years[i].Year
		k, ok := rows[progKey{y, x.text("program")}]
		if !ok {
			x.fail("program", "", ruleReference, i18n.Errorf(sheetWords, "no row of programme %s in %d on the sheet Realisasi", strconv.Quote(x.text("program")), y))
			return nil, "", false
		}
		return &pr.Years[k.year].Programs[k.program], index(index("years", k.year)+".programs", k.program), true
	}
	r.readTable(spentSheet, "years", func(x *sheetRow) {
		re, base, ok := realisationOf(x)
		if !ok || !x.capped(base+".budget", len(re.Budget), 200) {
			return
		}
		path := index(base+".budget", len(re.Budget))
		x.item(path)
		re.Budget = append(re.Budget, RealisedAmount{Source: enumCell[Source](x, "source", path+".source"), Amount: x.amount("amount", path+".amount")})
	})
	r.readTable(actualSheet, "years", func(x *sheetRow) {
		re, base, ok := realisationOf(x)
		if !ok || !x.capped(base+".kpis", len(re.KPIs), 100) {
			return
		}
		path := index(base+".kpis", len(re.KPIs))
		x.item(path)
		re.KPIs = append(re.KPIs, KPIActual{Name: x.text("name"), Actual: x.decimal("actual", path+".actual")})
	})
	if r.found == 0 {
		r.problems = r.problems.Add(r.max, smartcity.Problem{Rule: ruleNoSheet, Severity: smartcity.Error,
			Err: i18n.Errorf(sheetWords, "no sheet of a realisation: want the sheets %s", "Laporan, Realisasi, Realisasi Anggaran, Capaian KPI")})
		return nil, r, false
	}
	return pr, r, true
}

// WriteProgressWorkbook writes the realisation pr to w as an Excel
// workbook in the layout ReadProgressWorkbook reads, headers and sheet
// names in lang; it reads back as pr. A nil pr writes the template, as
// WriteProgressTemplate does.
func WriteProgressWorkbook(w io.Writer, pr *Progress, lang smartcity.Lang) error {
	return writeProgressBook(w, pr, lang)
}

// WriteProgressTemplate writes to w the fill-in workbook of a realisation:
// the sheets of WriteProgressWorkbook with TemplateRows empty rows and
// the drop-down lists of their codes. It reads back, as it is, as a
// realisation with nothing filled in.
func WriteProgressTemplate(w io.Writer, lang smartcity.Lang) error {
	return writeProgressBook(w, nil, lang)
}

func writeProgressBook(out io.Writer, pr *Progress, lang smartcity.Lang) error {
	w := workbook.NewWriter()
	w.AddTable(labelTable(reportSheet, progressLabels, pr, progressNotes, lang))
	var rows [3][][]any
	if pr != nil {
		for _, ry := range pr.Years {
			for _, re := range ry.Programs {
				rows[0] = append(rows[0], []any{year(ry.Year), text(re.ID), text(spelled(statuses, re.Status, true, lang)), text(re.Note)})
				for _, a := range re.Budget {
					rows[1] = append(rows[1], []any{year(ry.Year), text(re.ID), text(a.Source.String()), a.Amount})
				}
				for _, k := range re.KPIs {
					rows[2] = append(rows[2], []any{year(ry.Year), text(re.ID), text(k.Name), decimal(k.Actual)})
				}
			}
		}
	}
	for i, s := range []*sheetSpec{realisedSheet, spentSheet, actualSheet} {
		w.AddTable(specTable(s, rows[i], pr == nil, lang))
	}
	_, err := w.WriteTo(out)
	return err
}
