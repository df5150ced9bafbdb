package spbe

import (
	"io"
	"slices"
	"strconv"
)

// cohortCSVHeader is the header of the ranking CSV that Cohorts.WriteCSV
// writes before the columns of the domains. Its names are a contract with
// the spreadsheets and scripts that read the file: they are extended,
// never renamed.
var cohortCSVHeader = [...]string{"peringkat", "instansi", "tahun", "framework", "indeks", "indeks_eksak", "predikat", "persentil"}

// WriteCSV writes the ranking of the cohorts as CSV for spreadsheets, one
// row per member, each cohort's members ranked, highest index first, the
// cohorts one after another as they come (the newest framework first, as
// GroupByFramework orders them):
//
//	peringkat,instansi,tahun,framework,indeks,indeks_eksak,predikat,persentil,D1,…,Dn
//
// peringkat is the rank (ties share one: 1, 2, 2, 4) within the member's
// cohort, framework its id; indeks is the index rounded half-up to two
// decimals, as published, and indeks_eksak the exact index as a decimal
// ("3.987", "1.7995", "4.00"), never rounded; predikat is the official word;
// persentil is the percentile rank (Ranked.Percentile), a float written
// with the fewest digits that read back as the same float ("66.66666666666667").
// The domain columns are the codes of the domains of every cohort's
// framework, in the order they first appear; a member's domain indices
// rounded as the index is, and empty cells for a framework without that
// domain, such as the Indeks Pemerintah Digital, which has none. The
// year is empty when a member has none.
//
// With Semicolon the decimals are written with decimal commas. Cells are
// protected against formula injection: an instansi such as
// "=HYPERLINK(…)" is written "'=HYPERLINK(…)".
func (cs Cohorts) WriteCSV(w io.Writer, opt CSVOptions) error {
	var codes []string
	for _, c := range cs {
		if c.Framework == nil {
			continue
		}
		for _, d := range c.Framework.Domains() {
			if !slices.Contains(codes, d.Code) {
				codes = append(codes, d.Code)
			}
		}
	}
	cw := opt.writer(w)
	if err := cw.Write(slices.Concat(cohortCSVHeader[:], codes)...); err != nil {
		return err
	}
	row := make([]string, len(cohortCSVHeader)+len(codes))
	for _, c := range cs {
		// column is the column of each of the cohort's domains.
		var column []int
		id := ""
		if fw := c.Framework; fw != nil {
			id = fw.ID()
			for _, d := range fw.Domains() {
				column = append(column, len(cohortCSVHeader)+slices.Index(codes, d.Code))
			}
		}
		for _, m := range c.Members() {
			clear(row)
			row[0] = strconv.Itoa(m.Rank)
			row[1] = m.Instansi
			if m.Year != 0 {
				row[2] = strconv.Itoa(m.Year)
			}
			row[3] = id
			row[4] = cw.Number(m.Index.Format(2))
			row[5] = cw.Number(m.Index.Decimal(2))
			row[6] = m.Predicate.String()
			row[7] = cw.Number(strconv.FormatFloat(m.Percentile, 'f', -1, 64))
			for d, x := range m.Domains {
				if d < len(column) {
					row[column[d]] = cw.Number(x.Format(2))
				}
			}
			if err := cw.Write(row...); err != nil {
				return err
			}
		}
	}
	return cw.Flush()
}

// WriteCSV writes the ranking of the cohort as CSV, as Cohorts.WriteCSV
// writes that of one cohort.
func (c *Cohort) WriteCSV(w io.Writer, opt CSVOptions) error {
	return Cohorts{c}.WriteCSV(w, opt)
}
