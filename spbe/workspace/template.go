package workspace

import (
	"io"

	"github.com/kotacerdas/smartcity/spbe"
)

// TemplateOptions choose the blank working list WriteTemplate writes.
type TemplateOptions struct {
	// Instansi, Year and Target fill in the lines above the table; left
	// empty to be filled in when not given.
	Instansi string
	Year     int
	Target   string
	// Rows is the number of empty rows with the columns' drop-downs; 200
	// when <= 0.
	Rows int
}

// templateRows is the number of empty rows of a template by default.
const templateRows = 200

// WriteTemplate writes a working list to fill in: the workbook of
// WriteWorkbook without items — the instansi, the year, fw's id and the
// target (each left blank when not given) above the header of Headers, and empty rows whose level, status
// and main flag are picked from drop-downs (the levels of fw's scale; nil
// means spbe.Default()). ReadTable reads it back as it is filled in.
func WriteTemplate(out io.Writer, fw *spbe.Framework, opt TemplateOptions) error {
	if fw == nil {
		fw = spbe.Default()
	}
	rows := opt.Rows
	if rows <= 0 {
		rows = templateRows
	}
	w := &Workspace{Instansi: opt.Instansi, Year: opt.Year, Framework: fw.ID(), Target: opt.Target}
	above := w.block()
	if w.Target == "" {
		above = append(above, []any{"Target", ""}) // to be filled in
	}
	return w.writeWorkbook(out, fw, above, rows)
}
