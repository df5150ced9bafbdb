package spbe

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"testing"

	"github.com/kotacerdas/smartcity"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// scoredRow is what a test compares of one item ScoreAll yields.
type scoredRow struct {
	Instansi string
	Year     int
	Index    string // exact; "" without a Result
	Fw       string
	N, Line  int    // of an *AssessmentError
	Err      string // the error's text in English
}

// collect ranges over ScoreAll and keeps what each item says.
func collect(t *testing.T, in string, opt ScoreAllOptions) []scoredRow {
	t.Helper()
	var out []scoredRow
	for s, err := range ScoreAll(strings.NewReader(in), opt) {
		row := scoredRow{Instansi: s.Instansi, Year: s.Year}
		if s.Result != nil {
			row.Index, row.Fw = s.Result.Index.Exact(), s.Result.Framework.ID()
			assert.NoError(t, err)
		}
		var ae *AssessmentError
		if errors.As(err, &ae) {
			row.N, row.Line = ae.N, ae.Line
		}
		if err != nil {
			assert.Nil(t, s.Result, "no Result with an error")
			row.Err = err.Error()
		}
		out = append(out, row)
	}
	return out
}

// wideDoc returns a wide CSV of n indicator columns ("," delimited) with
// the given rows, each "instansi,tahun,levels…".
func wideDoc(n int, rows ...string) string {
	var b strings.Builder
	b.WriteString("instansi,tahun")
	for i := 1; i <= n; i++ {
		b.WriteString("," + strconv.Itoa(i))
	}
	b.WriteString("\n")
	for _, r := range rows {
		b.WriteString(r + "\n")
	}
	return b.String()
}

// levelCells returns the digits of levels as CSV cells, "0" as empty.
func levelCells(levels string) string {
	cells := make([]string, len(levels))
	for i, c := range levels {
		if c != '0' {
			cells[i] = string(c)
		}
	}
	return strings.Join(cells, ",")
}

// Every row of a wide CSV is scored as ReadAssessments and ScoreAssessment
// score it, in order.
func TestScoreAllWideMatchesReadAssessments(t *testing.T) {
	doc := wideCSV(";")
	as, err := ReadAssessments(strings.NewReader(doc), ReadOptions{})
	require.NoError(t, err)
	opt := Options{Unanswered: UnansweredZero, Basis: Rounded}
	var want []scoredRow
	for i := range as {
		res, err := Default().ScoreAssessment(&as[i], opt)
		require.NoError(t, err)
		want = append(want, scoredRow{Instansi: as[i].Instansi, Year: as[i].Year, Index: res.Index.Exact(), Fw: res.Framework.ID()})
	}
	for _, reuse := range []bool{false, true} {
		got := collect(t, doc, ScoreAllOptions{Options: opt, Reuse: reuse})
		assert.Equal(t, want, got, "reuse %v", reuse)
	}
}

// Under Reuse every item has the same Result; without it, each its own.
func TestScoreAllReuse(t *testing.T) {
	doc := wideDoc(20, "A,2026,"+levelCells(strings.Repeat("3", 20)), "B,2026,"+levelCells(strings.Repeat("4", 20)))
	for _, reuse := range []bool{false, true} {
		var results []*Result
		var indices []string
		for s, err := range ScoreAll(strings.NewReader(doc), ScoreAllOptions{Reuse: reuse}) {
			require.NoError(t, err)
			results = append(results, s.Result)
			indices = append(indices, s.Result.Index.String())
		}
		assert.Equal(t, []string{"3.00", "4.00"}, indices, "each index read while it is current")
		require.Len(t, results, 2)
		assert.Equal(t, reuse, results[0] == results[1], "reuse %v", reuse)
		if !reuse {
			assert.Equal(t, "3.00", results[0].Index.String(), "kept")
		}
	}
}

// A row that cannot be scored is yielded as an *AssessmentError naming the
// row; the rows after it are still scored.
func TestScoreAllWideRowProblemsDoNotStop(t *testing.T) {
	good := levelCells(strings.Repeat("3", 20))
	doc := wideDoc(20,
		"A,2026,"+good,
		",2026,"+good, // no instansi
		"C,2026,"+levelCells("3333333333333333333"+"0"), // indicator 20 unanswered
		"D,2025,"+good, // 2025 is not a year of 8/2026
		"E,2026,"+levelCells(strings.Repeat("3", 19)+"9"),
		"F,2026,"+good,
	)
	got := collect(t, doc, ScoreAllOptions{})
	require.Len(t, got, 6)
	assert.Equal(t, scoredRow{Instansi: "A", Year: 2026, Index: "3/1", Fw: PermenPANRB8of2026}, got[0])
	for i, want := range []struct {
		instansi string
		line     int
		err      string
	}{
		{"", 3, "line 3, column 1 (instansi): the instansi is required"},
		{"C", 4, `row 4 "C": indicators: unanswered indicator: 1 of 20 indicators have no level: 20`},
		{"D", 5, "framework mismatch: 2025 is evaluated under permenpanrb-59-2020"},
		{"E", 6, "line 6, column 22 (20): level 9 is outside 1–5"},
	} {
		g := got[i+1]
		assert.Equal(t, want.instansi, g.Instansi)
		assert.Equal(t, i+2, g.N, "the assessment's place")
		assert.Equal(t, want.line, g.Line)
		assert.Contains(t, g.Err, want.err)
		assert.True(t, strings.HasPrefix(g.Err, "assessment "+strconv.Itoa(i+2)+": spbe: invalid row "), g.Err)
	}
	assert.Equal(t, "F", got[5].Instansi)
	assert.Equal(t, "3/1", got[5].Index)
}

// A file that cannot be read further ends the sequence with ErrMalformed,
// after the rows before it.
func TestScoreAllWideMalformedEnds(t *testing.T) {
	good := levelCells(strings.Repeat("3", 20))
	doc := wideDoc(20, "A,2026,"+good, "\"B,2026,"+good, "C,2026,"+good)
	var items int
	var last error
	for s, err := range ScoreAll(strings.NewReader(doc), ScoreAllOptions{}) {
		items++
		if err == nil {
			assert.Equal(t, "A", s.Instansi)
		}
		last = err
	}
	assert.Equal(t, 2, items)
	require.ErrorIs(t, last, ErrMalformed)
	var ae *AssessmentError
	assert.False(t, errors.As(last, &ae), "a reading error is not one assessment's")

	_, err := first(ScoreAll(strings.NewReader("instansi,tahun,1,nilai\n"), ScoreAllOptions{}))
	// Every problem of the header at once: the unknown column and the
	// indicators without one.
	assert.ErrorContains(t, err, `spbe: malformed input: line 1, column 4 (nilai): unknown column "nilai" (want instansi, tahun and indicator numbers); line 1: no column for indicators 2, 3, 4,`)
}

// first returns the first item of a sequence.
func first(seq func(func(Scored, error) bool)) (Scored, error) {
	for s, err := range seq {
		return s, err
	}
	return Scored{}, errors.New("no item")
}

// The size and row limits end the sequence with the errors the readers
// return, and raising them reads on.
func TestScoreAllLimits(t *testing.T) {
	row := levelCells(strings.Repeat("3", 20))
	rows := make([]string, 2_000) // more than is read at once
	for i := range rows {
		rows[i] = "K" + strconv.Itoa(i) + ",2026," + row
	}
	doc := wideDoc(20, rows...)
	count := func(opt ReadOptions) (int, error) {
		n := 0
		for _, err := range ScoreAll(strings.NewReader(doc), ScoreAllOptions{ReadOptions: opt}) {
			if err != nil {
				return n, err
			}
			n++
		}
		return n, nil
	}
	n, err := count(ReadOptions{MaxRows: 3})
	require.ErrorIs(t, err, ErrTooManyRows)
	require.ErrorIs(t, err, ErrMalformed)
	assert.Equal(t, 3, n)
	assert.EqualError(t, err, "spbe: malformed input: line 5: too many rows: more than 3 data rows")

	n, err = count(ReadOptions{Limit: int64(len(doc) - 10)})
	require.ErrorIs(t, err, ErrTooLarge)
	require.ErrorIs(t, err, ErrMalformed)
	assert.Equal(t, len(rows)-1, n, "the rows within the limit")
	assert.Contains(t, err.Error(), fmt.Sprintf("input exceeds the size limit of %d bytes", len(doc)-10))

	n, err = count(ReadOptions{Limit: int64(len(doc)), MaxRows: len(rows)})
	require.NoError(t, err)
	assert.Equal(t, len(rows), n)

	// A limit within the first block read is reported before any row, as
	// ReadAssessments reports it.
	_, err = first(ScoreAll(strings.NewReader(doc), ScoreAllOptions{ReadOptions: ReadOptions{Limit: 100}}))
	_, want := ReadAssessments(strings.NewReader(doc), ReadOptions{Limit: 100})
	require.ErrorIs(t, err, ErrTooLarge)
	assert.Equal(t, want.Error(), err.Error())

	// JSON is read whole, within the limit.
	arr := "[" + strings.Repeat(`{"instansi": "x", "indicators": []},`, 100) + `{"instansi": "x", "indicators": []}]`
	_, err = first(ScoreAll(strings.NewReader(arr), ScoreAllOptions{ReadOptions: ReadOptions{Limit: 1000}}))
	require.ErrorIs(t, err, ErrTooLarge)
}

// assessmentDoc is a JSON assessment of the given year and levels, one
// digit per indicator.
func assessmentDoc(instansi string, year int, levels string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "{\"instansi\": %q, \"tahun\": %d, \"indicators\": [", instansi, year)
	for i, c := range levels {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "{\"indicator\": %d, \"level\": %c}", i+1, c)
	}
	b.WriteString("]}")
	return b.String()
}

// A JSON array is scored element by element, each under the framework it
// names or the rule of its year; an element that cannot be scored is an
// *AssessmentError with its place and line, and the others go on.
func TestScoreAllJSONArray(t *testing.T) {
	doc := "\ufeff[\n" + strings.Join([]string{
		assessmentDoc("A", 2026, strings.Repeat("4", 20)),
		assessmentDoc("B", 2024, strings.Repeat("3", 47)),
		`{"instansi": "C", "framework": "ipd-2025", "indicators": []}`,
		assessmentDoc("D", 2017, strings.Repeat("3", 47)),
		assessmentDoc("E", 2026, strings.Repeat("3", 47)),
		`{"instansi": "F", "catatan": "tanpa tahun", "indicators": []}`,
	}, ",\n") + "\n]\n"
	got := collect(t, doc, ScoreAllOptions{})
	require.Len(t, got, 6)
	assert.Equal(t, scoredRow{Instansi: "A", Year: 2026, Index: "4/1", Fw: PermenPANRB8of2026}, got[0])
	assert.Equal(t, scoredRow{Instansi: "B", Year: 2024, Index: "3/1", Fw: PermenPANRB59of2020}, got[1])
	assert.Equal(t, scoredRow{Instansi: "C", N: 3, Line: 4,
		Err: `assessment 3: spbe: unknown framework "ipd-2025" (built in: permenpanrb-8-2026, permenpanrb-59-2020, permenpanrb-5-2018)`}, got[2])
	assert.Equal(t, 4, got[3].N)
	assert.Contains(t, got[3].Err, `assessment 4: spbe: invalid assessment "D" 2017: tahun: no framework for the year`)
	assert.Contains(t, got[4].Err, "permenpanrb-8-2026 has no indicator 21")
	assert.Equal(t, 7, got[5].Line, "the array opens on line 1")
	assert.Contains(t, got[5].Err, "47 of 47 indicators have no level", "no year: the default framework")

	// The note comes with the result.
	for s, err := range ScoreAll(strings.NewReader(`[{"instansi": "x", "catatan": "n", "indicators": []}]`), ScoreAllOptions{Options: Options{Unanswered: UnansweredZero}}) {
		require.NoError(t, err)
		assert.Equal(t, "n", s.Note)
	}
}

// The caller's framework stands for the ones assessments do not name; with
// FrameworkOnly it is the only one.
func TestScoreAllCallerFramework(t *testing.T) {
	pemdi, err := Lookup(PermenPANRB8of2026)
	require.NoError(t, err)
	named := strings.Replace(assessmentDoc("A", 2025, strings.Repeat("3", 47)), `"tahun": 2025,`, `"tahun": 2025, "framework": "permenpanrb-59-2020",`, 1)
	doc := "[" + named + "," + assessmentDoc("B", 2025, strings.Repeat("4", 20)) + "]"

	got := collect(t, doc, ScoreAllOptions{ReadOptions: ReadOptions{Framework: pemdi}})
	assert.Equal(t, []scoredRow{
		{Instansi: "A", Year: 2025, Index: "3/1", Fw: PermenPANRB59of2020},
		{Instansi: "B", Year: 2025, Index: "4/1", Fw: PermenPANRB8of2026},
	}, got, "the framework named wins; the caller's wins over the year")

	got = collect(t, doc, ScoreAllOptions{ReadOptions: ReadOptions{Framework: pemdi}, FrameworkOnly: true})
	require.Len(t, got, 2)
	assert.Contains(t, got[0].Err, `framework mismatch: the assessment is for "permenpanrb-59-2020", not permenpanrb-8-2026`)
	assert.Equal(t, "4/1", got[1].Index)
}

// A broken element ends the sequence with the error ReadAssessments
// returns for the document, after the elements before it.
func TestScoreAllJSONMalformed(t *testing.T) {
	a := assessmentDoc("A", 2024, strings.Repeat("3", 47))
	for name, doc := range map[string]string{
		"syntax":         "[" + a + ",\n" + `{"instansi": "B", "indicators": [}` + "]",
		"unknown field":  "[" + a + ",\n" + `{"instansi": "B", "indikator": []}` + "]",
		"wrong kind":     "[" + a + ",\n" + `{"instansi": "B", "tahun": "2024"}` + "]",
		"cut short":      "[" + a + ",\n" + `{"instansi": "B"`,
		"unclosed array": "[" + a + "\n",
		"trailing data":  "[" + a + "] {}",
		"trailing comma": "[" + a + ",]",
	} {
		t.Run(name, func(t *testing.T) {
			_, want := ReadAssessments(strings.NewReader(doc), ReadOptions{})
			require.ErrorIs(t, want, ErrMalformed)
			var errs []error
			for s, err := range ScoreAll(strings.NewReader(doc), ScoreAllOptions{}) {
				if err == nil {
					assert.Equal(t, "A", s.Instansi)
					continue
				}
				errs = append(errs, err)
			}
			require.Len(t, errs, 1)
			assert.Equal(t, want.Error(), errs[0].Error())
			assert.ErrorIs(t, errs[0], ErrMalformed)
		})
	}
}

// A lone JSON assessment and a long CSV are one assessment each; their
// problems are that assessment's, their reading errors end the sequence.
func TestScoreAllOneAssessment(t *testing.T) {
	got := collect(t, assessmentDoc("A", 2024, strings.Repeat("3", 47)), ScoreAllOptions{})
	assert.Equal(t, []scoredRow{{Instansi: "A", Year: 2024, Index: "3/1", Fw: PermenPANRB59of2020}}, got)

	got = collect(t, assessmentDoc("A", 2024, strings.Repeat("3", 46)), ScoreAllOptions{})
	require.Len(t, got, 1)
	assert.Equal(t, 1, got[0].N)
	assert.Zero(t, got[0].Line, "the whole input")
	assert.Contains(t, got[0].Err, "1 of 47 indicators have no level: 47")

	got = collect(t, "indikator,level,tahun\n"+longRowsDoc(strings.Repeat("4", 20), ",2026"), ScoreAllOptions{})
	assert.Equal(t, []scoredRow{{Index: "4/1", Year: 2026, Fw: PermenPANRB8of2026}}, got)

	got = collect(t, "indikator;level\n1;6\n1;4\n", ScoreAllOptions{})
	require.Len(t, got, 1)
	assert.Equal(t, 1, got[0].N)
	assert.Contains(t, got[0].Err, "line 2, column 2 (level): level 6 is outside 1–5")
	assert.Contains(t, got[0].Err, "line 3, column 1 (indikator): duplicate: indicator 1 is also on line 2")

	_, err := first(ScoreAll(strings.NewReader("indikator,level\n1,\"3\n"), ScoreAllOptions{}))
	_, want := ReadAssessments(strings.NewReader("indikator,level\n1,\"3\n"), ReadOptions{})
	assert.Equal(t, want.Error(), err.Error())
	require.ErrorIs(t, err, ErrMalformed)
}

// longRowsDoc writes the rows of a long CSV, one per digit of levels,
// each followed by suffix.
func longRowsDoc(levels, suffix string) string {
	var b strings.Builder
	for i, c := range levels {
		fmt.Fprintf(&b, "%d,%c%s\n", i+1, c, suffix)
	}
	return b.String()
}

// The form is told as DetectFormat tells it, also after more white space
// than ScoreAll looks at first.
func TestScoreAllDetects(t *testing.T) {
	_, err := first(ScoreAll(strings.NewReader(""), ScoreAllOptions{}))
	assert.EqualError(t, err, "spbe: malformed input: empty input")
	_, err = first(ScoreAll(strings.NewReader(" \n\t"), ScoreAllOptions{}))
	assert.EqualError(t, err, "spbe: malformed input: empty input")

	space := strings.Repeat(" \n", peekSize)
	got := collect(t, space+"["+assessmentDoc("A", 2024, strings.Repeat("3", 47))+"]", ScoreAllOptions{})
	assert.Equal(t, []scoredRow{{Instansi: "A", Year: 2024, Index: "3/1", Fw: PermenPANRB59of2020}}, got)

	doc := space + "[" + assessmentDoc("A", 2024, strings.Repeat("3", 46)) + "]"
	got = collect(t, doc, ScoreAllOptions{})
	require.Len(t, got, 1)
	assert.Equal(t, peekSize+1, got[0].Line, "lines count the white space before")

	_, err = first(ScoreAll(strings.NewReader(space+"[}"), ScoreAllOptions{}))
	assert.EqualError(t, err, fmt.Sprintf("spbe: malformed input: line %d, column 2 ([0]): invalid character '}' looking for beginning of value", peekSize+1))
	_, want := ReadAssessments(strings.NewReader(space+"[}"), ReadOptions{})
	assert.Equal(t, want.Error(), err.Error(), "as ReadAssessments counts lines")
}

// Breaking out of the loop stops the reading: an endless input is not
// read to its end. (Its rows repeat one instansi and year, refused after
// the first as duplicates, and the sequence goes on.)
func TestScoreAllStops(t *testing.T) {
	header := wideDoc(20)
	row := "A,2026," + levelCells(strings.Repeat("3", 20)) + "\n"
	r := io.MultiReader(strings.NewReader(header), &endless{line: []byte(row)})
	n := 0
	for _, err := range ScoreAll(r, ScoreAllOptions{ReadOptions: ReadOptions{Limit: 1 << 40, MaxRows: 1 << 30}, Reuse: true}) {
		require.NotErrorIs(t, err, ErrMalformed)
		if n++; n == 1000 {
			break
		}
	}
	assert.Equal(t, 1000, n)
}

// endless repeats a line forever.
type endless struct {
	line []byte
	off  int
}

func (e *endless) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		c := copy(p[n:], e.line[e.off:])
		n += c
		e.off = (e.off + c) % len(e.line)
	}
	return n, nil
}

// An AssessmentError says its place in either language.
func TestAssessmentErrorMessage(t *testing.T) {
	doc := "[" + `{"instansi": "C", "framework": "ipd-2025", "indicators": []}` + "]"
	_, err := first(ScoreAll(strings.NewReader(doc), ScoreAllOptions{}))
	require.ErrorIs(t, err, ErrUnknownFramework)
	assert.Equal(t, `penilaian ke-1: spbe: kerangka evaluasi "ipd-2025" tidak dikenal (bawaan: permenpanrb-8-2026, permenpanrb-59-2020, permenpanrb-5-2018)`,
		smartcity.ErrorMessage(err, smartcity.Indonesian))
	assert.Equal(t, err.Error(), smartcity.ErrorMessage(err, smartcity.English))

	_, err = first(ScoreAll(strings.NewReader(assessmentDoc("D", 2017, "3")), ScoreAllOptions{}))
	require.ErrorAs(t, err, new(smartcity.Problems), "the problems are there to list")
	var ae *AssessmentError
	require.ErrorAs(t, err, &ae)
	assert.Equal(t, `penilaian "D" 2017 tidak sah`, ae.Heading(smartcity.Indonesian))
	assert.Equal(t, `invalid assessment "D" 2017`, ae.Heading(smartcity.English))
	assert.True(t, strings.HasPrefix(smartcity.ErrorMessage(err, smartcity.Indonesian), `penilaian ke-1: spbe: penilaian "D" 2017 tidak sah: tahun: `))
}

// Scoring the rows of a wide CSV under Reuse allocates no more per row
// than reading it does.
func TestScoreAllAllocsPerRow(t *testing.T) {
	if testing.Short() {
		t.Skip("counts allocations over 2,000 rows")
	}
	data := wideRows(2_000)
	allocs := testing.AllocsPerRun(3, func() {
		for _, err := range ScoreAll(bytes.NewReader(data), ScoreAllOptions{Reuse: true}) {
			if err != nil {
				t.Fatal(err)
			}
		}
	})
	assert.LessOrEqual(t, allocs/2_000, 2.1, "allocations per row")
}
