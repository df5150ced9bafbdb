package spbe

import (
	"io"
	"strconv"

	"github.com/kotacerdas/smartcity"
)

// planCSVHeader is the header of the CSV of a plan's steps that
// Plan.WriteStepsCSV writes. Its names are a contract with the
// spreadsheets and scripts that read the file: they are extended, never
// renamed.
var planCSVHeader = [...]string{"tahun", "indikator", "nama_indikator", "dari", "ke", "biaya", "indeks_setelah", "menuju_minimum"}

// WriteStepsCSV writes the steps of the plan as CSV for spreadsheets, one
// row per one-level raise in the plan's order (by year):
//
//	tahun,indikator,nama_indikator,dari,ke,biaya,indeks_setelah,menuju_minimum
//
// tahun is the step's year, indikator the indicator's number and
// nama_indikator its name in lang; dari and ke are the levels before and
// after the raise; biaya is its price in whole rupiah digits, empty in a
// plan made without costs; indeks_setelah is the exact index once the
// step and every one before it are done, as a decimal never rounded
// ("3.9945", "4.00"); menuju_minimum is 1 for a step toward a minimum
// level, else 0, so that a SUM counts them. A plan without steps is the
// header alone.
//
// With Semicolon the index is written with a decimal comma. Cells are
// protected against formula injection.
func (p *Plan) WriteStepsCSV(w io.Writer, lang smartcity.Lang, opt CSVOptions) error {
	cw := opt.writer(w)
	if err := cw.Write(planCSVHeader[:]...); err != nil {
		return err
	}
	row := make([]string, len(planCSVHeader))
	for _, s := range p.Steps {
		clear(row)
		row[0] = strconv.Itoa(s.Year)
		row[1] = strconv.Itoa(s.Indicator)
		if p.Framework != nil {
			if ind, ok := p.Framework.Indicator(s.Indicator); ok {
				row[2] = ind.Name.In(lang)
			}
		}
		row[3] = s.From.String()
		row[4] = s.To.String()
		if p.Priced {
			row[5] = strconv.FormatInt(s.Cost, 10)
		}
		row[6] = cw.Number(s.IndexAfter.Decimal(2))
		row[7] = "0"
		if s.Required {
			row[7] = "1"
		}
		if err := cw.Write(row...); err != nil {
			return err
		}
	}
	return cw.Flush()
}
