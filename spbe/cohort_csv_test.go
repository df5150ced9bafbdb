package spbe

import (
	"bytes"
	"io"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/csvio"
)

// The ranking CSV of cohorts of two frameworks: one header with the
// domains of both, each cohort ranked, the index as published and exact,
// cells that would be formulas defused; and it reads back, a member a
// row, to the ranks, indices and percentiles of the cohorts.
func TestCohortsWriteCSV(t *testing.T) {
	pemdi, err := Lookup(PermenPANRB8of2026)
	require.NoError(t, err)
	spbe, err := NewCohort(Default(), []Member{
		{Instansi: "Pemerintah Kab. Rembang", Year: 2024, Index: smartcity.NewNumber(39870, 10000),
			Domains: []smartcity.Number{smartcity.NewNumber(44, 10), smartcity.NewNumber(37, 10), smartcity.NewNumber(264, 100), smartcity.NewNumber(452, 100)}},
		member("=HYPERLINK(\"http://x\")", smartcity.NewNumber(17995, 10000)),
		member("Pemerintah Kab. Sumedang", smartcity.NewNumber(4, 1)),
		member("Pemerintah Kab. Wonogiri", smartcity.NewNumber(40000, 10000)),
	})
	require.NoError(t, err)
	ipd, err := NewCohort(pemdi, []Member{{Instansi: "Pemerintah Kab. Rembang", Year: 2026, Index: smartcity.NewNumber(34, 10)}})
	require.NoError(t, err)
	cohorts := Cohorts{ipd, spbe}

	var b bytes.Buffer
	require.NoError(t, cohorts.WriteCSV(&b, CSVOptions{}))
	assert.Equal(t, "peringkat,instansi,tahun,framework,indeks,indeks_eksak,predikat,persentil,D1,D2,D3,D4\n"+
		"1,Pemerintah Kab. Rembang,2026,permenpanrb-8-2026,3.40,3.40,Baik,100,,,,\n"+
		"1,Pemerintah Kab. Sumedang,,permenpanrb-59-2020,4.00,4.00,Sangat Baik,66.66666666666667,4.00,4.00,4.00,4.00\n"+
		"1,Pemerintah Kab. Wonogiri,,permenpanrb-59-2020,4.00,4.00,Sangat Baik,66.66666666666667,4.00,4.00,4.00,4.00\n"+
		"3,Pemerintah Kab. Rembang,2024,permenpanrb-59-2020,3.99,3.987,Sangat Baik,33.333333333333336,4.40,3.70,2.64,4.52\n"+
		"4,\"'=HYPERLINK(\"\"http://x\"\")\",,permenpanrb-59-2020,1.80,1.7995,Kurang,0,1.80,1.80,1.80,1.80\n", b.String())

	r, err := csvio.NewReader(bytes.NewReader(b.Bytes()), csvio.Options{})
	require.NoError(t, err)
	for _, c := range cohorts {
		for _, m := range c.Members() {
			row, err := r.Next()
			require.NoError(t, err)
			cell := func(name string) string { return row.Cells[r.Column(name)] }
			assert.Equal(t, strconv.Itoa(m.Rank), cell("peringkat"))
			assert.Equal(t, c.Framework.ID(), cell("framework"))
			exact, err := smartcity.ParseNumber(cell("indeks_eksak"))
			require.NoError(t, err)
			assert.Zero(t, exact.Cmp(m.Index), "indeks_eksak is the exact index")
			pct, err := strconv.ParseFloat(cell("persentil"), 64)
			require.NoError(t, err)
			assert.Equal(t, m.Percentile, pct, "persentil reads back as the same float")
		}
	}
	_, err = r.Next()
	assert.ErrorIs(t, err, io.EOF)
}

// With Semicolon and BOM, the ranking CSV is the dialect spreadsheets in
// the Indonesian locale read: ";" between cells, decimal commas.
func TestCohortWriteCSVSemicolon(t *testing.T) {
	c, err := NewCohort(Default(), []Member{member("Kab. A", smartcity.NewNumber(39870, 10000)), member("Kab. B", smartcity.NewNumber(3, 1))})
	require.NoError(t, err)
	var b bytes.Buffer
	require.NoError(t, c.WriteCSV(&b, CSVOptions{Semicolon: true, BOM: true}))
	assert.Equal(t, "\ufeffperingkat;instansi;tahun;framework;indeks;indeks_eksak;predikat;persentil;D1;D2;D3;D4\n"+
		"1;Kab. A;;permenpanrb-59-2020;3,99;3,987;Sangat Baik;100;3,99;3,99;3,99;3,99\n"+
		"2;Kab. B;;permenpanrb-59-2020;3,00;3,00;Baik;0;3,00;3,00;3,00;3,00\n", b.String())

	empty, err := NewCohort(Default(), nil)
	require.NoError(t, err)
	b.Reset()
	require.NoError(t, empty.WriteCSV(&b, CSVOptions{}))
	assert.Equal(t, strings.Join(cohortCSVHeader[:], ",")+",D1,D2,D3,D4\n", b.String(), "an empty cohort is its header")
}
