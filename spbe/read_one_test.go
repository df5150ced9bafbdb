package spbe

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
)

// problemsOf returns the problems of err said in English and in
// Indonesian, and their rules.
func problemsOf(t *testing.T, err error) (en, id, rules []string) {
	t.Helper()
	var ps smartcity.Problems
	require.True(t, errors.As(err, &ps), "%v", err)
	for _, p := range ps {
		en = append(en, p.Message(smartcity.English))
		id = append(id, p.Message(smartcity.Indonesian))
		rules = append(rules, p.Rule)
	}
	return en, id, rules
}

// TestWideCSVOneRowPerInstansiAndYear: a wide CSV that holds one instansi
// and year twice, which a cohort would rank twice, is refused at the
// second row, naming the first, by every reader of it; names are compared
// folded, as the library compares names, and another year or instansi is
// another row.
func TestWideCSVOneRowPerInstansiAndYear(t *testing.T) {
	row := func(instansi, year string) string {
		return instansi + "," + year + "," + levelCells(strings.Repeat("3", 20))
	}
	doc := wideDoc(20, row("Kab. Rembang", "2026"), row("Kab. Blora", "2026"), row("Kab. Rembang", "2027"),
		row("KAB.  REMBANG", "2026"), row("Kab. Blora", ""), row("kab. blora", ""))
	_, err := DecodeWideCSV(strings.NewReader(doc), ReadOptions{})
	en, id, rules := problemsOf(t, err)
	assert.Equal(t, []string{
		`line 5, column 1 (instansi): duplicate: "KAB.  REMBANG" 2026 is also on line 2: a wide CSV holds one row per instansi and year`,
		`line 7, column 1 (instansi): duplicate: "kab. blora" without a year is also on line 6: a wide CSV holds one row per instansi and year`,
	}, en)
	assert.Equal(t, `baris 5, kolom 1 (instansi): duplikat: "KAB.  REMBANG" 2026 juga ada pada baris 2: CSV lebar memuat satu baris per instansi dan tahun`, id[0])
	assert.Equal(t, []string{"duplicate", "duplicate"}, rules)
	assert.ErrorIs(t, err, ErrDuplicate)

	_, err = ReadAssessments(strings.NewReader(doc), ReadOptions{})
	got, _, _ := problemsOf(t, err)
	assert.Equal(t, en, got, "ReadAssessments reads as DecodeWideCSV")

	var failed []int
	for s, err := range ScoreAll(strings.NewReader(doc), ScoreAllOptions{}) {
		var ae *AssessmentError
		if errors.As(err, &ae) {
			failed = append(failed, ae.Line)
			assert.ErrorIs(t, err, ErrDuplicate)
			continue
		}
		require.NoError(t, err)
		require.NotNil(t, s.Result)
	}
	assert.Equal(t, []int{5, 7}, failed, "ScoreAll scores the first row and refuses the second")
}

// TestLongCSVUnnamedColumn: a column without a name, which the long CSV
// used to drop with its values, is allowed empty, as spreadsheets write
// it, and refused at the first value in it, by every reader.
func TestLongCSVUnnamedColumn(t *testing.T) {
	a, err := DecodeLongCSV(strings.NewReader("indikator,,level,\n1,,3,\n2,,4\n"), ReadOptions{})
	require.NoError(t, err)
	assert.Len(t, a.Indicators, 2)

	doc := "indikator,,level\n1,,3\n2,Terdefinisi,4\n"
	for name, read := range map[string]func() error{
		"DecodeLongCSV":   func() error { _, err := DecodeLongCSV(strings.NewReader(doc), ReadOptions{}); return err },
		"ReadAssessments": func() error { _, err := ReadAssessments(strings.NewReader(doc), ReadOptions{}); return err },
		"ScoreAll": func() error {
			for _, err := range ScoreAll(strings.NewReader(doc), ScoreAllOptions{}) {
				return err
			}
			return nil
		},
	} {
		err := read()
		require.ErrorIs(t, err, ErrMalformed, name)
		en, id, rules := problemsOf(t, err)
		assert.Equal(t, []string{"line 3, column 2: a value in column 2, whose header is empty: name the column or clear it"}, en, name)
		assert.Equal(t, []string{"baris 3, kolom 2: ada nilai di kolom 2, yang judulnya kosong: beri nama kolom itu atau kosongkan"}, id, name)
		assert.Equal(t, []string{"unnamed_column"}, rules, name)
	}
}

// TestDecodeCostsOneReading: a costs file is read one way only. A file of
// a header alone, which would switch the plan to counting raises, a
// column named twice (also as "cost" and "biaya"), a column of another
// name, a value under a column without a name and a price for a level no
// raise reaches are refused, each at its place.
func TestDecodeCostsOneReading(t *testing.T) {
	for _, tc := range []struct {
		name, in, want, rule string
	}{
		{"header only", "indikator,biaya\n", "line 1: no rows: no row after the header prices a raise", "no_rows"},
		{"header and blank lines", "indikator;cost\r\n\r\n\r\n", "line 1: no rows: no row after the header prices a raise", "no_rows"},
		{"cost and biaya", "indikator,cost,biaya\n1,100,200\n", `line 1, column 3 (biaya): column "cost" is given twice`, "header"},
		{"indikator twice", "indikator,cost,Indicator\n1,100,2\n", `line 1, column 3 (Indicator): column "indikator" is given twice`, "header"},
		{"level twice", "level,indikator,cost,tingkat\n2,1,100,3\n", `line 1, column 4 (tingkat): column "level" is given twice`, "header"},
		{"unknown column", "indikator,cost,keterangan\n1,100,aplikasi\n", `line 1, column 3 (keterangan): unknown column "keterangan" (want indikator, cost or biaya, and level)`, "header"},
		{"unnamed column", "indikator,cost,\n1,100,\n2,200,300\n", "line 3, column 3: a value in column 3, whose header is empty: name the column or clear it", "unnamed_column"},
		{"level 1", "indikator,cost,level\n1,100,2\n1,50,1\n", "line 3, column 3 (level): level out of range: no raise reaches level 1 (raises reach levels 2–5)", "level_range"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := DecodeCosts(strings.NewReader(tc.in), ReadOptions{})
			en, id, rules := problemsOf(t, err)
			assert.Equal(t, []string{tc.want}, en)
			assert.Equal(t, []string{tc.rule}, rules)
			assert.NotEqual(t, en, id, "said in Indonesian too")
		})
	}
	_, err := DecodeCosts(strings.NewReader("indikator,,cost\n1,,100\n"), ReadOptions{})
	require.NoError(t, err, "an empty column without a name, as spreadsheets write it, is allowed")

	// A plan given the same price in its options refuses it as DecodeCosts does.
	fw := Default()
	from := fw.NewLevels()
	for i := range from {
		from[i] = 1
	}
	_, err = fw.Plan(from, Target{Index: smartcity.NewNumber(2, 1)}, PlanOptions{Costs: []Cost{{Indicator: 1, Level: 1, Cost: 50}}})
	en, _, rules := problemsOf(t, err)
	assert.Equal(t, []string{"costs[0].level: level out of range: no raise reaches level 1 (raises reach levels 2–5)"}, en)
	assert.Equal(t, []string{"level_range"}, rules)
}
