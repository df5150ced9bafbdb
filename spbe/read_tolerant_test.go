package spbe

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
)

func TestColumnOf(t *testing.T) {
	tests := []struct {
		header string
		want   column
	}{
		{"instansi", column{role: roleInstansi}},
		{"Nama Instansi", column{role: roleInstansi}},
		{"nama_instansi", column{role: roleInstansi}},
		{"  INSTANSI ", column{role: roleInstansi}},
		{"Nama  Pemda", column{role: roleInstansi}},
		{"Agency", column{role: roleInstansi}},
		{"Tahun", column{role: roleYear}},
		{"year", column{role: roleYear}},
		{"Tahun Evaluasi", column{role: roleYear}},
		{"1", column{role: roleLevelOf, n: 1}},
		{"47", column{role: roleLevelOf, n: 47}},
		{"I1", column{role: roleLevelOf, n: 1}},
		{"Indikator 12", column{role: roleLevelOf, n: 12}},
		{"Indicator 3", column{role: roleLevelOf, n: 3}},
		{"indikator_1", column{role: roleLevelOf, n: 1}},
		{"Indikator", column{role: roleIndicator}},
		{"No. Indikator", column{role: roleIndicator}},
		{"Nomor Indikator", column{role: roleIndicator}},
		{"Level Kematangan", column{role: roleLevel}},
		{"Tingkat Kematangan", column{role: roleLevel}},
		{"Bukti Dukung", column{role: roleEvidence}},
		{"No", column{role: roleRowNumber}},
		{"No.", column{role: roleRowNumber}},
		{"Nomor", column{role: roleRowNumber}},
		{"Indeks", column{role: roleIndex}},
		{"Index", column{role: roleIndex}},
		{"Indeks SPBE", column{role: roleIndex}},
		{"Predikat", column{role: rolePredicate}},
		{"Predicate", column{role: rolePredicate}},
		{"Domain 1", column{role: roleDomain, n: 1}},
		{"D4", column{role: roleDomain, n: 4}},
		{"Domain D2", column{role: roleDomain, n: 2}},
		{"Aspek 3", column{role: roleAspect, n: 3}},
		{"Aspect 8", column{role: roleAspect, n: 8}},
		{"A7", column{role: roleAspect, n: 7}},
		{"Aspek A1", column{role: roleAspect, n: 1}},
		// Not columns of the library.
		{"nilai", column{}}, {"catatan", column{}}, {"0", column{}}, {"I0", column{}}, {"12345", column{}},
		{"Indikator x", column{}}, {"Domain", column{}}, {"-1", column{}}, {"", column{}}, {"Indikator 1 2", column{}},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, columnOf(tc.header), "%q", tc.header)
	}
}

// scoreFile scores the assessments of a file of testdata/excel.
func scoreFile(t *testing.T, name string) []Scored {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "excel", name))
	require.NoError(t, err)
	defer f.Close()
	var out []Scored
	for s, err := range ScoreAll(f, ScoreAllOptions{}) {
		require.NoError(t, err, name)
		out = append(out, s)
	}
	return out
}

// TestExcelStyleCSVScoresEqual: a CSV as an analyst's Excel exports it —
// a byte-order mark, ";", CRLF, a leading No column, aliases for the
// headers, whole levels written "5,0" and "4.00", level names in any case
// and spacing, the Indeks, Predikat and aspect columns the sheet computes,
// and an empty trailing column — scores as the clean CSV of the same
// levels does, without a warning.
func TestExcelStyleCSVScoresEqual(t *testing.T) {
	for _, form := range []string{"wide-8-2026", "long-59-2020"} {
		t.Run(form, func(t *testing.T) {
			scoresEqual(t, scoreFile(t, form+"-clean.csv"), scoreFile(t, form+"-excel.csv"))
		})
	}
}

// scoresEqual holds the results of an export to those of the clean file:
// the same instansi, years and exact results, and no warning.
func scoresEqual(t *testing.T, clean, got []Scored) {
	t.Helper()
	require.Len(t, got, len(clean))
	for i := range clean {
		c, e := clean[i], got[i]
		assert.Equal(t, c.Instansi, e.Instansi)
		assert.Equal(t, c.Year, e.Year)
		assert.Empty(t, e.Warnings)
		assert.Equal(t, c.Result.Framework, e.Result.Framework)
		assert.Equal(t, c.Result.Levels, e.Result.Levels)
		assert.Equal(t, c.Result.Index, e.Result.Index)
		assert.Equal(t, c.Result.Aspects, e.Result.Aspects)
		assert.Equal(t, c.Result.Domains, e.Result.Domains)
		assert.Equal(t, c.Result.Predicate, e.Result.Predicate)
	}
}

// wide26 is a wide CSV header of PermenPANRB 8/2026 with the given
// columns after the indicators, and a row of levels 3 (index 3.00, Baik)
// with the given cells after them.
func wide26(extra, cells string) string {
	var h, r strings.Builder
	h.WriteString("instansi;tahun")
	r.WriteString("Kab. Contoh;2026")
	for i := 1; i <= 20; i++ {
		h.WriteString(";" + strconv.Itoa(i))
		r.WriteString(";3")
	}
	return h.String() + ";" + extra + "\n" + r.String() + ";" + cells + "\n"
}

func TestStatedValues(t *testing.T) {
	// A value right to the decimals its cell shows is no warning.
	for s, err := range ScoreAll(strings.NewReader(wide26("Indeks;Predikat;A1;Aspek 7", "3,00;Baik;3;3.0")), ScoreAllOptions{}) {
		require.NoError(t, err)
		assert.Empty(t, s.Warnings)
	}
	// A column of a domain the framework does not have is a problem of
	// the header.
	in := wide26("Indeks;Predikat;Aspek 1;D1", "3,98;Sangat Baik;2,9;x")
	in = strings.Replace(in, "Kab. Contoh;2026;3", "Kab. Contoh;2026;4", 1) // indicator 1 at 4
	var got []Scored
	for s, err := range ScoreAll(strings.NewReader(in), ScoreAllOptions{}) {
		got = append(got, s)
		require.Error(t, err, "D1 names no domain of 8/2026")
		assert.ErrorIs(t, err, ErrMalformed)
		assert.ErrorContains(t, err, `line 1, column 26 (D1): permenpanrb-8-2026 has no column "D1": its codes are -`)
	}
	require.Len(t, got, 1)

	in = wide26("Indeks;Predikat;Aspek 1;Aspek 2", "3,98;Sangat Baik;3,2;3")
	in = strings.Replace(in, "Kab. Contoh;2026;3", "Kab. Contoh;2026;4", 1)
	got = got[:0]
	for s, err := range ScoreAll(strings.NewReader(in), ScoreAllOptions{}) {
		require.NoError(t, err)
		got = append(got, s)
	}
	require.Len(t, got, 1)
	res := got[0].Result
	exact := res.Index.Decimal(2)
	require.NotEqual(t, "3.00", exact)
	ws := got[0].Warnings
	require.Len(t, ws, 3, ws.Message(smartcity.English))
	for _, w := range ws {
		assert.Equal(t, StatedValueRule, w.Rule)
		assert.Equal(t, smartcity.Warning, w.Severity)
		assert.Equal(t, 2, w.Line)
	}
	a1 := res.Aspects[0]
	assert.Equal(t, "line 2, column 23 (Indeks): the cell says 3.98; the exact index is "+exact+", "+res.Index.Format(2), ws[0].Message(smartcity.English))
	assert.Equal(t, "baris 2, kolom 23 (Indeks): sel berisi 3,98; nilai eksak indeks adalah "+smartcity.Indonesian.Decimal(exact)+", "+smartcity.Indonesian.Decimal(res.Index.Format(2)), ws[0].Message(smartcity.Indonesian))
	assert.Equal(t, `line 2, column 24 (Predikat): the cell says "Sangat Baik"; the exact index `+exact+" is "+res.Predicate.Name(smartcity.English), ws[1].Message(smartcity.English))
	assert.Equal(t, "line 2, column 25 (Aspek 1): the cell says 3.2; the exact aspect A1 is "+a1.Decimal(2)+", "+a1.Format(1), ws[2].Message(smartcity.English))
	assert.Contains(t, ws[2].Message(smartcity.Indonesian), "nilai eksak aspek A1 adalah")

	// ReadAssessments gives the same warnings to ReadOptions.Warnings,
	// and the same assessment as without the columns.
	var read smartcity.Problems
	as, err := ReadAssessments(strings.NewReader(in), ReadOptions{Warnings: &read})
	require.NoError(t, err)
	assert.Equal(t, ws, read)
	plain, err := ReadAssessments(strings.NewReader(strings.Replace(wide26("", ""), "Kab. Contoh;2026;3", "Kab. Contoh;2026;4", 1)), ReadOptions{})
	require.NoError(t, err)
	assert.Equal(t, plain, as)

	// A cell that is no number is a warning too, not a failure.
	got = got[:0]
	for s, err := range ScoreAll(strings.NewReader(wide26("Indeks", "#DIV/0!")), ScoreAllOptions{}) {
		require.NoError(t, err)
		got = append(got, s)
	}
	require.Len(t, got, 1)
	require.Len(t, got[0].Warnings, 1)
	assert.Equal(t, `line 2, column 23 (Indeks): the cell says "#DIV/0!", which is no number; the exact index is 3.00`, got[0].Warnings[0].Message(smartcity.English))
}

// TestHeaderProblemsAtOnce: a file is refused once with every problem of
// its header, and the problems of its rows that can still be found.
func TestHeaderProblemsAtOnce(t *testing.T) {
	tests := []struct {
		name string
		read func(string) error
		in   string
		want []string
	}{
		{"wide", func(in string) error { _, err := ReadAssessments(strings.NewReader(in), ReadOptions{}); return err },
			wide26("catatan;Year", "x;2026"),
			[]string{
				`line 1, column 23 (catatan): unknown column "catatan" (want instansi, tahun and indicator numbers)`,
				`line 1, column 24 (Year): column "tahun" is given twice`,
			}},
		{"wide, missing and a bad level", func(in string) error {
			_, err := ReadAssessments(strings.NewReader(in), ReadOptions{})
			return err
		},
			"No;Nama Instansi;nilai;1;2;3\n1;Kab. A;4;3;3;9\nx;;4;3;3;3\n",
			[]string{
				`line 1, column 3 (nilai): unknown column "nilai" (want instansi, tahun and indicator numbers)`,
				`line 1: the header needs the columns "instansi" and "tahun" and one column per indicator`,
				`line 1: no column for indicators 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47 of permenpanrb-59-2020`,
				`line 2, column 6 (3): level 9 is outside 1–5`,
				`line 3, column 1 (No): "x" is not a row number: the first column numbers the rows`,
				`line 3, column 2 (Nama Instansi): the instansi is required`,
			}},
		{"long", func(in string) error { _, err := DecodeLongCSV(strings.NewReader(in), ReadOptions{}); return err },
			"No. Indikator;Nilai;Indikator;Tahun;Year\n1;3;1;2024;2024\n99;3;1;2024;2024\n",
			[]string{
				`line 1, column 2 (Nilai): unknown column "Nilai" (want indikator, level, tahun, tahap, penjelasan, bukti)`,
				`line 1, column 3 (Indikator): column "indikator" is given twice`,
				`line 1, column 5 (Year): column "tahun" is given twice`,
				`line 1: the header needs the columns "indikator" and "level"`,
				`line 3, column 1 (No. Indikator): unknown indicator: permenpanrb-59-2020 has no indicator 99`,
			}},
		{"costs", func(in string) error { _, err := DecodeCosts(strings.NewReader(in), ReadOptions{}); return err },
			"Nomor;Indikator;Harga;Biaya;Cost\n1;1;5;1000;\n2;99;5;1000;\n",
			[]string{
				`line 1, column 3 (Harga): unknown column "Harga" (want indikator, cost or biaya, and level)`,
				`line 1, column 5 (Cost): column "cost" is given twice`,
				`line 3, column 2 (Indikator): unknown indicator: permenpanrb-59-2020 has no indicator 99`,
			}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.read(tc.in)
			require.ErrorIs(t, err, ErrMalformed)
			var ps smartcity.Problems
			require.True(t, errors.As(err, &ps))
			var got []string
			for _, p := range ps {
				got = append(got, p.Message(smartcity.English))
				assert.NotEmpty(t, p.Message(smartcity.Indonesian))
			}
			assert.Equal(t, tc.want, got)
		})
	}
}

// TestRowNumberColumn: a leading No column is ignored when its cells are
// numbers or empty; anywhere else it is an unknown column.
func TestRowNumberColumn(t *testing.T) {
	as, err := ReadAssessments(strings.NewReader("No.;indikator;level\n1;1;3\n;2;4\n003.;3;5\n"), ReadOptions{})
	require.NoError(t, err)
	require.Len(t, as, 1)
	assert.Len(t, as[0].Indicators, 3)

	_, err = ReadAssessments(strings.NewReader("indikator;level;No\n1;3;1\n"), ReadOptions{})
	assert.ErrorContains(t, err, `line 1, column 3 (No): unknown column "No"`)
	_, err = ReadAssessments(strings.NewReader("No;indikator;level\n1a;1;3\n"), ReadOptions{})
	assert.ErrorContains(t, err, `line 2, column 1 (No): "1a" is not a row number`)
}

// TestWholeLevels: a level written with zero decimals is the level; a
// fraction is a problem at its cell.
func TestWholeLevels(t *testing.T) {
	as, err := ReadAssessments(strings.NewReader("indikator;level\n1;3,0\n2;4.00\n3; 5,0 \n"), ReadOptions{})
	require.NoError(t, err)
	assert.Equal(t, []Answer{{Indicator: 1, Level: 3}, {Indicator: 2, Level: 4}, {Indicator: 3, Level: 5}}, as[0].Indicators)

	_, err = ReadAssessments(strings.NewReader("indikator;level\n1;3,5\n"), ReadOptions{})
	assert.ErrorContains(t, err, `line 2, column 2 (level): unknown level "3,5"`)
	_, err = DecodeCosts(strings.NewReader("indikator;level;biaya\n1;3,0;100\n1;2,5;100\n"), ReadOptions{})
	assert.ErrorContains(t, err, `line 3, column 2 (level): "2,5" is not a level`)
	assert.NotContains(t, err.Error(), "line 2")
}

// long26 is a long CSV of PermenPANRB 8/2026, every level 3, below the
// lines given.
func long26(above string) string {
	var b strings.Builder
	b.WriteString(above)
	b.WriteString("No;Indikator;Level\n")
	for i := 1; i <= 20; i++ {
		b.WriteString(strconv.Itoa(i) + ";" + strconv.Itoa(i) + ";3\n")
	}
	return b.String()
}

// TestHeaderBlock: a long CSV names its instansi and year in lines above
// its table, or the caller does; where both do, they must agree.
func TestHeaderBlock(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		opt       ReadOptions
		instansi  string
		year      int
		framework string
		problems  []string
	}{
		{"none", long26(""), ReadOptions{}, "", 0, PermenPANRB59of2020, []string{"unanswered"}},
		{"block", long26("Instansi;Kab. Rembang\nTahun;2026\n"), ReadOptions{}, "Kab. Rembang", 2026, PermenPANRB8of2026, nil},
		{"block as Excel exports it", long26("\ufeffNama Instansi;Kab. Rembang;;;\r\ntahun evaluasi; 2026 ;;\r\n;;;\r\n"), ReadOptions{}, "Kab. Rembang", 2026, PermenPANRB8of2026, nil},
		{"options", long26(""), ReadOptions{Instansi: "Kab. Rembang", Year: 2026}, "Kab. Rembang", 2026, PermenPANRB8of2026, nil},
		{"options that agree", long26("Instansi;KAB.  REMBANG\nTahun;2026\n"), ReadOptions{Instansi: "Kab. Rembang", Year: 2026}, "KAB.  REMBANG", 2026, PermenPANRB8of2026, nil},
		{"options that disagree", long26("Instansi;Kab. Blora\nTahun;2025\n"), ReadOptions{Instansi: "Kab. Rembang", Year: 2026}, "", 0, "", []string{
			`line 1, column 2 (Instansi): the file names the instansi "Kab. Blora", but "Kab. Rembang" was asked for`,
			`line 2, column 2 (Tahun): the file names the year 2025, but 2026 was asked for`,
		}},
		{"given twice", long26("Instansi;Kab. Blora\nTahun;2026\nInstansi;Kab. Rembang\nTahun;dua ribu\n"), ReadOptions{}, "", 0, "", []string{
			`line 3, column 2 (Instansi): duplicate: the instansi is also on line 1`,
			`line 4, column 2 (Tahun): "dua ribu" is not a year between 1900 and 2999`,
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, read := range []func() ([]Assessment, error){
				func() ([]Assessment, error) { return ReadAssessments(strings.NewReader(tc.in), tc.opt) },
				func() ([]Assessment, error) {
					a, err := DecodeLongCSV(strings.NewReader(tc.in), tc.opt)
					if err != nil {
						return nil, err
					}
					return []Assessment{*a}, nil
				},
			} {
				as, err := read()
				if tc.problems != nil && tc.problems[0] != "unanswered" {
					var ps smartcity.Problems
					require.ErrorAs(t, err, &ps)
					var got []string
					for _, p := range ps {
						got = append(got, p.Message(smartcity.English))
						assert.NotContains(t, p.Message(smartcity.Indonesian), " the ")
					}
					assert.Equal(t, tc.problems, got)
					continue
				}
				require.NoError(t, err)
				require.Len(t, as, 1)
				assert.Equal(t, tc.instansi, as[0].Instansi)
				assert.Equal(t, tc.year, as[0].Year)
				assert.Equal(t, tc.framework, as[0].Framework)
			}
			// ScoreAll reads the block too, and names the result.
			for s, err := range ScoreAll(strings.NewReader(tc.in), ScoreAllOptions{ReadOptions: tc.opt}) {
				if tc.problems != nil {
					require.Error(t, err)
					continue
				}
				require.NoError(t, err)
				assert.Equal(t, tc.instansi, s.Instansi)
				assert.Equal(t, tc.year, s.Year)
			}
		})
	}
}

// A tahun column that differs from the block, and a block above a wide
// table, are problems at their cells.
func TestHeaderBlockConflicts(t *testing.T) {
	in := "Tahun;2026\nindikator;level;tahun\n1;3;2025\n"
	_, err := ReadAssessments(strings.NewReader(in), ReadOptions{})
	assert.ErrorContains(t, err, "line 3, column 3 (tahun): year 2025 differs from 2026 on line 1: a long CSV holds one assessment")
	_, err = ReadAssessments(strings.NewReader("indikator;level;tahun\n1;3;2025\n"), ReadOptions{Year: 2026})
	assert.ErrorContains(t, err, "line 2, column 3 (tahun): the file names the year 2025, but 2026 was asked for")

	_, err = ReadAssessments(strings.NewReader("Instansi;Kab. Rembang\n"+wide26("", "")), ReadOptions{})
	require.ErrorIs(t, err, ErrMalformed)
	assert.ErrorContains(t, err, "line 1, column 1 (Instansi): a wide table names the instansi and the year of each row in its columns, not in lines above it")

	// A file of block lines alone has no table.
	_, err = ReadAssessments(strings.NewReader("Instansi;Kab. Rembang\nTahun;2026\n"), ReadOptions{})
	assert.ErrorIs(t, err, ErrMalformed)
}
