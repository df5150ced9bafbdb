package masterplan

import (
	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/enum"
	"github.com/kotacerdas/smartcity/internal/i18n"
	"github.com/kotacerdas/smartcity/internal/workbook"
)

// labelled is a row of a sheet of labelled values, such as the plan's
// region and period on the sheet Rencana: the path of its value in a
// document of type D, its label in Indonesian and in English, and how
// its value is read and written. A list's label (list true) may stand on
// several rows, one item each.
type labelled[D any] struct {
	path    string
	id, en  string
	list    bool
	options func(lang smartcity.Lang) []string
	read    func(d *D, x *sheetRow, path string)
	write   func(d *D, lang smartcity.Lang) []any
}

// labelSheet is the layout of a sheet of labelled values: a column of
// labels, a column of values and a column of explanations, which is
// never read.
func labelSheet(id, en string) *sheetSpec {
	return &sheetSpec{id: id, en: en, cols: []column{
		{field: "label", id: "Isian", en: "Field", need: true},
		{field: "value", id: "Nilai", en: "Value", need: true},
		{field: "note", id: "Keterangan", en: "Explanation"},
	}}
}

// readLabels reads the labelled values of sheet s into d.
func readLabels[D any](r *bookReader, s *sheetSpec, labels []labelled[D], d *D) {
	seen := map[string]int{}
	r.readTable(s, "", func(x *sheetRow) {
		name := x.text("label")
		var l *labelled[D]
		for i := range labels {
			if f := enum.Fold(name); f == enum.Fold(labels[i].id) || f == enum.Fold(labels[i].en) || f == enum.Fold(labels[i].path) {
				l = &labels[i]
				break
			}
		}
		if l == nil {
			if x.text("value") != "" {
				x.fail("label", "", ruleLabelUnknown, i18n.Errorf(sheetWords, "unknown field %q", name))
			}
			return
		}
		path := l.path
		if l.list {
			if x.text("value") == "" {
				return
			}
			path = index(l.path, seen[l.path])
		} else if n, dup := seen[l.path]; dup && n > 0 {
			x.fail("label", "", ruleLabelDuplicate, i18n.Errorf(sheetWords, "the field %q is given twice", name))
			return
		}
		seen[l.path]++
		x.r.items[path] = rowPlace{sheet: x.s, row: x.line, col: x.s.at["value"]}
		l.read(d, x, path)
	})
	if name := r.find(s); name != "" {
		for _, l := range labels {
			top := l.path
			for i, c := range top {
				if c == '.' || c == '[' {
					top = top[:i]
					break
				}
			}
			r.sheets[top] = name
		}
	}
}

// labelTable is the table of the labelled values of d in lang, each with
// its explanation; a list has a row per item, and one empty row when it
// has none.
func labelTable[D any](s *sheetSpec, labels []labelled[D], d *D, notes map[string][2]string, lang smartcity.Lang) workbook.Table {
	t := workbook.Table{Sheet: s.name(lang)}
	for _, c := range s.cols {
		w := 0.0
		switch c.field {
		case "label":
			w = 28
		case "value":
			w = 48
		case "note":
			w = 60
		}
		t.Columns = append(t.Columns, workbook.Column{Header: c.header(lang), Width: w})
	}
	li := langIndex(lang)
	for _, l := range labels {
		name := l.id
		if li == 1 {
			name = l.en
		}
		var values []any
		if d != nil {
			values = l.write(d, lang)
		}
		if len(values) == 0 {
			values = []any{nil}
		}
		for _, v := range values {
			if l.options != nil {
				s, _ := v.(string)
				v = workbook.Choice{Value: s, Options: l.options(lang)}
			}
			t.Rows = append(t.Rows, []any{name, v, notes[l.path][li]})
		}
	}
	return t
}
