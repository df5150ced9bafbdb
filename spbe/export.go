package spbe

import (
	"fmt"
	"io"
	"strconv"

	"github.com/kotacerdas/smartcity/internal/escape"
)

// ExportOptions choose the dialect and the columns of WriteResultsCSV.
type ExportOptions struct {
	// CSVOptions choose the delimiter and the byte-order mark. With
	// Semicolon the indices are written with decimal commas too ("3,99"),
	// as spreadsheets in the Indonesian locale read them.
	CSVOptions
	// Levels adds one column per indicator ("1" … "47") with its level,
	// empty for an unanswered one.
	Levels bool
}

// WriteResultsCSV writes scored results as CSV for spreadsheets and for
// tools in other languages, one row per result:
//
//	instansi,tahun,framework,D1,…,Dn,indeks,predikat,basis_predikat,pembilang[,1,…,n]
//
// The columns after framework are the parts right under the index: the
// domains, or, under a framework without domains such as the Indeks
// Pemerintah Digital, the aspects (A1,…,A7); never an empty column.
// Their indices and the index are rounded half-up to two decimals, as
// published; pembilang is the exact Σ level × weight in basis points, an
// integer, so that indeks = pembilang / 10000 exactly (a fraction such as
// "3987/1000" would be read as a date by some spreadsheets). The predikat
// is the official word and basis_predikat "unrounded" or "rounded".
//
// Every result must be of the same framework (ErrFrameworkMismatch), whose
// domain (or aspect) codes and indicator numbers head the columns; with no results the
// header is Default's. Cells are protected against formula injection: an
// instansi such as "=HYPERLINK(…)" is written "'=HYPERLINK(…)". Nothing is
// written when a result is missing or of another framework.
func WriteResultsCSV(w io.Writer, results []Scored, opt ExportOptions) error {
	fw := Default()
	for i, s := range results {
		if err := s.check("export of"); err != nil {
			return err
		}
		if i == 0 {
			fw = s.Result.Framework
		} else if s.Result.Framework.ID() != fw.ID() {
			return fmt.Errorf("spbe: export of %s (%s) after results of %s: %w", escape.Quote(s.label()), s.Result.Framework.ID(), fw.ID(), ErrFrameworkMismatch)
		}
	}
	cw := opt.writer(w)
	parts := topParts(fw)
	header := make([]string, 0, 7+len(parts)+fw.NumIndicators())
	header = append(header, "instansi", "tahun", "framework")
	for _, p := range parts {
		header = append(header, p.code)
	}
	header = append(header, "indeks", "predikat", "basis_predikat", "pembilang")
	if opt.Levels {
		for _, ind := range fw.Indicators() {
			header = append(header, strconv.Itoa(ind.Number))
		}
	}
	if err := cw.Write(header...); err != nil {
		return err
	}
	row := make([]string, 0, len(header))
	for _, s := range results {
		res := s.Result
		row = append(row[:0], s.Instansi, "", fw.ID())
		if s.Year != 0 {
			row[1] = strconv.Itoa(s.Year)
		}
		for _, x := range topIndices(res) {
			row = append(row, cw.Number(x.Format(2)))
		}
		row = append(row, cw.Number(res.Index.Format(2)), res.Predicate.String(), res.Basis.String(), strconv.FormatInt(res.Numerator(), 10))
		if opt.Levels {
			for _, l := range res.Levels {
				if l < fw.MinLevel() {
					row = append(row, "")
				} else {
					row = append(row, l.String())
				}
			}
		}
		if err := cw.Write(row...); err != nil {
			return err
		}
	}
	return cw.Flush()
}
