package spbe

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/input"
)

// longCSV returns a long CSV of every 59/2020 indicator at the digit's
// level, delimited by sep.
func longCSV(levels string, sep string) string {
	var b strings.Builder
	b.WriteString("indikator" + sep + "level\n")
	for i, c := range levels {
		fmt.Fprintf(&b, "%d%s%c\n", i+1, sep, c)
	}
	return b.String()
}

func TestDecodeLongCSVDialects(t *testing.T) {
	rembang := namedRows[8] // 2024
	for name, in := range map[string]string{
		"comma":     longCSV(rembang.levels, ","),
		"semicolon": longCSV(rembang.levels, ";"),
		"bom crlf":  "\ufeff" + strings.ReplaceAll(longCSV(rembang.levels, ";"), "\n", "\r\n"),
		"quoted":    strings.ReplaceAll(longCSV(rembang.levels, `","`), "\n", "\"\n\""),
	} {
		t.Run(name, func(t *testing.T) {
			if name == "quoted" {
				in = `"` + strings.TrimSuffix(in, `"`)
			}
			a, err := DecodeLongCSV(strings.NewReader(in), ReadOptions{})
			require.NoError(t, err)
			res, err := Default().ScoreAssessment(a, Options{})
			require.NoError(t, err)
			assert.Equal(t, rembang.row.Index, res.Index.String())
			assert.Equal(t, rembang.exact, res.Index.Exact())
		})
	}
}

func TestDecodeLongCSVOptionalColumns(t *testing.T) {
	in := "Indikator;Level;Tahap;Penjelasan;Bukti\n" +
		"1;Terpadu dan Terukur;interviu;\"Perbup 12/2023; berlaku\";Perbup 12/2023 <https://jdih.rembangkab.go.id/perbup-12-2023.pdf> | notulen-rapat.pdf\n" +
		"32;transaksi;;;\n" +
		"2;;;belum dinilai;\n"
	a, err := DecodeLongCSV(strings.NewReader(in), ReadOptions{})
	require.NoError(t, err)
	require.Len(t, a.Indicators, 3)
	assert.Equal(t, Answer{
		Indicator: 1, Level: 4, Stage: Interviu, Explanation: "Perbup 12/2023; berlaku",
		Evidence: []Evidence{
			{Title: "Perbup 12/2023", URL: "https://jdih.rembangkab.go.id/perbup-12-2023.pdf"},
			{Title: "notulen-rapat.pdf", File: "notulen-rapat.pdf"},
		},
	}, a.Indicators[0])
	assert.Equal(t, Level(3), a.Indicators[1].Level)
	assert.Equal(t, Unanswered, a.Indicators[2].Level)
	assert.Equal(t, PermenPANRB59of2020, a.Framework)
}

func TestDecodeLongCSVErrorsNameRowAndColumn(t *testing.T) {
	in := "indikator,level,bukti\n" +
		"1,3,\n" +
		"1,4,\n" +
		"48,2,\n" +
		"x,2,\n" +
		"5,6,\n" +
		"6,sedang,\n" +
		"7,3,Tautan <ftp://contoh.go.id/a.pdf>\n"
	_, err := DecodeLongCSV(strings.NewReader(in), ReadOptions{})
	var ve smartcity.Problems
	require.ErrorAs(t, err, &ve)
	var got []string
	for _, p := range ve {
		got = append(got, p.Error())
	}
	assert.Equal(t, []string{
		"line 3, column 1 (indikator): duplicate: indicator 1 is also on line 2",
		"line 4, column 1 (indikator): unknown indicator: permenpanrb-59-2020 has no indicator 48",
		`line 5, column 1 (indikator): "x" is not an indicator number`,
		"line 6, column 2 (level): level 6 is outside 1–5",
		`line 7, column 2 (level): unknown level "sedang" (want a whole number from 0 to 9)`,
		`line 8, column 3 (bukti[0].url): "ftp://contoh.go.id/a.pdf" is not an http or https address`,
	}, got)
	assert.ErrorIs(t, err, ErrDuplicate)
	assert.ErrorIs(t, err, ErrUnknownIndicator)
	assert.ErrorIs(t, err, ErrLevelRange)
}

func TestDecodeLongCSVMalformed(t *testing.T) {
	tests := map[string]struct{ in, msg string }{
		"empty":          {"", "empty file"},
		"no level":       {"indikator,nilai\n1,3\n", `unknown column "nilai"`},
		"missing level":  {"indikator\n1\n", `the header needs the columns "indikator" and "level"`},
		"twice":          {"indikator,level,level\n1,3,3\n", `line 1, column 3 (level): column "level" is given twice`},
		"open quote":     {"indikator,level\n1,\"3\n2,4\n", `extraneous or missing " in quoted-field`},
		"extra cell":     {"indikator,level\n1,3,4\n", "line 2, column 3"},
		"unquoted quote": {"indikator,level\n1,3\"x\n", "line 2, column 4"}, // encoding/csv counts characters
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			_, err := DecodeLongCSV(strings.NewReader(tc.in), ReadOptions{})
			require.ErrorIs(t, err, ErrMalformed)
			assert.Contains(t, err.Error(), tc.msg)
		})
	}
}

// wideCSV returns a wide CSV for the named rows.
func wideCSV(sep string) string {
	var b strings.Builder
	b.WriteString("instansi" + sep + "tahun")
	for n := 1; n <= 47; n++ {
		b.WriteString(sep + strconv.Itoa(n))
	}
	b.WriteString("\n")
	for _, tc := range namedRows {
		fmt.Fprintf(&b, "%q%s%d", tc.row.Name, sep, tc.row.Year)
		for _, c := range tc.levels {
			if c == '0' {
				b.WriteString(sep)
			} else {
				b.WriteString(sep + string(c))
			}
		}
		b.WriteString("\n")
	}
	return b.String()
}

func TestDecodeWideCSV(t *testing.T) {
	for _, sep := range []string{",", ";"} {
		as, err := DecodeWideCSV(strings.NewReader("\ufeff"+wideCSV(sep)), ReadOptions{})
		require.NoError(t, err)
		require.Len(t, as, len(namedRows))
		for i, tc := range namedRows {
			a := &as[i]
			assert.Equal(t, tc.row.Name, a.Instansi)
			assert.Equal(t, tc.row.Year, a.Year)
			res, err := Default().ScoreAssessment(a, Options{Basis: basisOf(a.Year), Unanswered: UnansweredZero})
			require.NoError(t, err)
			assert.Equal(t, tc.row.Index, res.Index.String())
			assert.Equal(t, tc.row.Predicate, res.Predicate)
		}
		// Banyuasin 2023 has empty cells: unanswered, an error by default.
		_, err = Default().ScoreAssessment(&as[5], Options{})
		assert.ErrorIs(t, err, ErrUnanswered)
	}
}

func TestDecodeWideCSVPicksFrameworkByHeader(t *testing.T) {
	var b strings.Builder
	b.WriteString("instansi,tahun")
	for n := 35; n >= 1; n-- { // any column order
		fmt.Fprintf(&b, ",%d", n)
	}
	b.WriteString("\nNasional 2018,2018," + strings.Repeat("0,", 34) + "5\n")
	as, err := DecodeWideCSV(strings.NewReader(b.String()), ReadOptions{})
	require.NoError(t, err)
	require.Len(t, as, 1)
	assert.Equal(t, PermenPANRB5of2018, as[0].Framework)
	fw, err := as[0].ResolveFramework(nil)
	require.NoError(t, err)
	res, err := fw.ScoreAssessment(&as[0], Options{})
	require.NoError(t, err)
	assert.Equal(t, "1/20", res.Index.Exact(), "indicator 1 at 5 × 1 %")

	_, err = DecodeWideCSV(strings.NewReader(b.String()), ReadOptions{Framework: Default()})
	require.ErrorIs(t, err, ErrMalformed)
	assert.Contains(t, err.Error(), "no column for indicators 36, 37")
}

func TestDecodeWideCSVErrors(t *testing.T) {
	header := "instansi,tahun"
	for n := 1; n <= 47; n++ {
		header += "," + strconv.Itoa(n)
	}
	row := func(inst, year string, edit func([]string)) string {
		cells := strings.Split(strings.Repeat("3,", 46)+"3", ",")
		if edit != nil {
			edit(cells)
		}
		return inst + "," + year + "," + strings.Join(cells, ",") + "\n"
	}
	in := header + "\n" +
		row("Kab. A", "2024", nil) +
		row("", "2024", nil) +
		row("Kab. C", "dua ribu", nil) +
		row("Kab. D", "2024", func(c []string) { c[9] = "7" }) +
		row("Kab. E", "2024", func(c []string) { c[46] = "Optimal" })
	_, err := DecodeWideCSV(strings.NewReader(in), ReadOptions{})
	var ve smartcity.Problems
	require.ErrorAs(t, err, &ve)
	var got []string
	for _, p := range ve {
		got = append(got, at(p))
	}
	assert.Equal(t, []string{
		"line 3, column 1 (instansi)",
		"line 4, column 2 (tahun)",
		"line 5, column 12 (10)",
		"line 6, column 49 (47)",
	}, got)

	malformedInputs := map[string]struct{ in, msg string }{
		"unknown column":    {"instansi,tahun,1,catatan\n", `line 1, column 4 (catatan): unknown column "catatan"`},
		"no instansi":       {"tahun,1\n", `"instansi" and "tahun"`},
		"repeated column":   {header + ",3\n", "line 1, column 50 (3): indicator 3 has two columns"},
		"unknown number":    {header + ",48\n", "permenpanrb-59-2020 has no indicator 48"},
		"missing indicator": {strings.Replace(header, ",47", "", 1) + "\n", "no column for indicators 47"},
	}
	for name, tc := range malformedInputs {
		_, err := DecodeWideCSV(strings.NewReader(tc.in), ReadOptions{})
		require.ErrorIs(t, err, ErrMalformed, name)
		assert.Contains(t, err.Error(), tc.msg, name)
	}
}

func TestReadAssessmentsDetects(t *testing.T) {
	one, err := DecodeAssessment(strings.NewReader(`{"instansi": "Kab. A", "indicators": [{"indicator": 1, "level": 2}]}`), 0)
	require.NoError(t, err)
	tests := map[string]struct {
		in    string
		count int
	}{
		"json object":        {"\ufeff \n" + `{"instansi": "Kab. A", "indicators": [{"indicator": 1, "level": 2}]}`, 1},
		"json array":         {`[{"instansi": "Kab. A", "indicators": []}, {"instansi": "Kab. B", "indicators": []}]`, 2},
		"long csv":           {longCSV(namedRows[0].levels, ";"), 1},
		"long csv (english)": {"indicator,level\n1,3\n", 1},
		"wide csv":           {wideCSV(","), len(namedRows)},
	}
	for name, tc := range tests {
		as, err := ReadAssessments(strings.NewReader(tc.in), ReadOptions{})
		require.NoError(t, err, name)
		assert.Len(t, as, tc.count, name)
	}
	as, err := ReadAssessments(strings.NewReader(tests["json object"].in), ReadOptions{})
	require.NoError(t, err)
	assert.Equal(t, *one, as[0])

	for name, bad := range map[string]string{"empty": " \n", "broken json": `{"instansi": `, "unknown header": "nama,indeks\nKab. A,3.2\n"} {
		_, err := ReadAssessments(strings.NewReader(bad), ReadOptions{})
		assert.ErrorIs(t, err, ErrMalformed, name)
	}
	_, err = ReadAssessments(strings.NewReader(wideCSV(",")), ReadOptions{Limit: 1000})
	assert.True(t, errors.Is(err, input.ErrTooLarge))
	_, err = ReadAssessments(strings.NewReader(wideCSV(",")), ReadOptions{MaxRows: 3})
	assert.ErrorIs(t, err, ErrMalformed)
	assert.Contains(t, err.Error(), "too many rows")
}

func TestCSVWritersRoundTrip(t *testing.T) {
	as, err := DecodeWideCSV(strings.NewReader(wideCSV(",")), ReadOptions{})
	require.NoError(t, err)
	for _, opt := range []CSVOptions{{}, {Semicolon: true, BOM: true}} {
		var buf bytes.Buffer
		require.NoError(t, WriteWideCSV(&buf, Default(), as, opt))
		back, err := DecodeWideCSV(&buf, ReadOptions{})
		require.NoError(t, err)
		assert.Equal(t, as, back)
	}

	a := &Assessment{Framework: PermenPANRB59of2020, Indicators: []Answer{
		{Indicator: 3, Level: 4, Stage: Visitasi, Explanation: "=SUM(A1) bukan rumus",
			Evidence: []Evidence{{Title: "SK Tim", File: "sk-tim.pdf"}, {Title: "Portal", URL: "https://rembangkab.go.id"}}},
		{Indicator: 1, Level: 2},
	}}
	var buf bytes.Buffer
	require.NoError(t, WriteLongCSV(&buf, Default(), a, CSVOptions{Semicolon: true}))
	assert.Contains(t, buf.String(), "'=SUM(A1)", "formula injection is neutralised")
	back, err := DecodeLongCSV(&buf, ReadOptions{})
	require.NoError(t, err)
	require.Len(t, back.Indicators, 47)
	assert.Equal(t, Answer{Indicator: 1, Level: 2}, back.Indicators[0])
	assert.Equal(t, Answer{Indicator: 2}, back.Indicators[1])
	got := back.Indicators[2]
	assert.Equal(t, "'=SUM(A1) bukan rumus", got.Explanation)
	got.Explanation = a.Indicators[0].Explanation
	assert.Equal(t, a.Indicators[0], got)

	a.Indicators[0].Evidence[0].Title = "SK <Tim>"
	assert.Error(t, WriteLongCSV(&buf, Default(), a, CSVOptions{}))
	bad := []Assessment{{Indicators: []Answer{{Indicator: 50, Level: 1}}}}
	assert.ErrorIs(t, WriteWideCSV(&buf, Default(), bad, CSVOptions{}), ErrUnknownIndicator)
}

func TestWideReader(t *testing.T) {
	w, err := openWideReader(strings.NewReader(wideCSV(";")), ReadOptions{})
	require.NoError(t, err)
	assert.Equal(t, PermenPANRB59of2020, w.fw.ID())
	var rec wideRecord
	var res Result
	for i, tc := range namedRows {
		require.NoError(t, w.next(&rec))
		assert.Equal(t, i+2, rec.Line)
		assert.Equal(t, tc.row.Name, rec.Instansi)
		err := rec.scoreInto(&res, Options{Basis: basisOf(rec.Year)})
		if tc.row.Name == "Pemerintah Kab. Banyuasin" {
			require.ErrorIs(t, err, ErrUnanswered)
			assert.Contains(t, err.Error(), `row 7 "Pemerintah Kab. Banyuasin": indicators: unanswered indicator: 11 of 47 indicators have no level: 37, 38, 39`)
			require.NoError(t, rec.scoreInto(&res, Options{Basis: Rounded, Unanswered: UnansweredZero}))
		} else {
			require.NoError(t, err)
		}
		assert.Equal(t, tc.row.Index, res.Index.String())
		assert.Equal(t, tc.row.Predicate, res.Predicate)
		a := rec.assessment()
		lv, err := Default().LevelsOf(&a, Options{Unanswered: UnansweredZero})
		require.NoError(t, err)
		assert.Equal(t, rec.Levels, lv)
	}
	assert.Equal(t, io.EOF, w.next(&rec))

	// A bad row is reported with its place; the reader goes on.
	in := "instansi,tahun"
	for n := 1; n <= 35; n++ {
		in += "," + strconv.Itoa(n)
	}
	in += "\nKab. A,2019," + strings.Repeat("0,", 34) + "0" +
		"\nKab. B,2019," + strings.Repeat("3,", 34) + "8" +
		"\nKab. C,2019," + strings.Repeat(",", 34) + "5\n"
	w, err = openWideReader(strings.NewReader(in), ReadOptions{})
	require.NoError(t, err)
	assert.Equal(t, PermenPANRB5of2018, w.fw.ID())
	require.NoError(t, w.next(&rec))
	require.NoError(t, rec.scoreInto(&res, Options{}), "in 5/2018 a 0 is an answer")
	assert.Equal(t, "0/1", res.Index.Exact())
	err = w.next(&rec)
	var ve smartcity.Problems
	require.ErrorAs(t, err, &ve)
	assert.Equal(t, "line 3, column 37 (35): level 8 is outside 0–5", ve[0].Error())
	require.NoError(t, w.next(&rec))
	assert.ErrorIs(t, rec.scoreInto(&res, Options{}), ErrUnanswered, "an empty cell is unanswered")
	require.NoError(t, rec.scoreInto(&res, Options{Unanswered: UnansweredZero}))
	assert.Equal(t, "1/4", res.Index.Exact(), "5 × 5 %")
	assert.Equal(t, io.EOF, w.next(&rec))
}
