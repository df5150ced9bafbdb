package spbe_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/spbe"
	"github.com/kotacerdas/smartcity/spbe/spbetest"
)

// readOptions bound the fuzzed readers so that one input stays small.
var readOptions = spbe.ReadOptions{Limit: 1 << 20, MaxRows: 1000}

// wideHeader is the header of a wide CSV of the default framework.
func wideHeader(sep string) string {
	cols := []string{"instansi", "tahun"}
	for _, ind := range spbe.Default().Indicators() {
		cols = append(cols, strconv.Itoa(ind.Number))
	}
	return strings.Join(cols, sep)
}

// randomWide returns a wide CSV of n random assessments of the default
// framework.
func randomWide(t testing.TB, seed uint64, n int, semicolon bool) []byte {
	rng := rand.New(rand.NewPCG(seed, 0))
	as := make([]spbe.Assessment, n)
	for i := range as {
		as[i] = *spbetest.Random(rng, nil)
	}
	var buf bytes.Buffer
	require.NoError(t, spbe.WriteWideCSV(&buf, spbe.Default(), as, spbe.CSVOptions{Semicolon: semicolon}))
	return buf.Bytes()
}

// FuzzReadAssessments feeds any of the forms — JSON, long and wide CSV,
// and workbooks of either table — to the reader that tells them apart: it never panics, a refusal is ErrMalformed or a
// *ValidationError, and what it accepts goes through JSON and back
// unchanged.
func FuzzReadAssessments(f *testing.F) {
	rembang, err := json.Marshal(spbetest.Rembang2024())
	require.NoError(f, err)
	f.Add(rembang)
	f.Add(randomWide(f, 1, 2, true))
	var long bytes.Buffer
	require.NoError(f, spbe.WriteLongCSV(&long, spbe.Default(), spbetest.Rembang2023(), spbe.CSVOptions{}))
	f.Add(long.Bytes())
	// Workbooks, told by content: the long and the wide table on a sheet
	// of their own, and a template.
	f.Add(sheetOf(f, "Penilaian", long.String()))
	f.Add(sheetOf(f, "Kohort", string(randomWide(f, 1, 3, false))))
	var template bytes.Buffer
	require.NoError(f, spbe.WriteTemplate(&template, spbe.Default(), spbe.TemplateOptions{Instansi: "Kab. Rembang", Year: 2024}))
	f.Add(template.Bytes())
	for _, s := range []string{
		"", " \n", "\ufeff[]", "[{}]", "{}", `[{"instansi":"a","indicators":null}] x`,
		"indikator;level\n1;Terdefinisi\n", "instansi,tahun\n", "instansi,tahun,1\nA,2024,9\n",
		"\ufeff\"indikator\",\"level\"\r\n\"1\",\"3\"\r\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		as, err := spbe.ReadAssessments(bytes.NewReader(data), readOptions)
		if err != nil {
			var ve smartcity.Problems
			if !errors.Is(err, spbe.ErrMalformed) && !errors.As(err, &ve) {
				t.Fatalf("refused with neither ErrMalformed nor a ValidationError: %v", err)
			}
			return
		}
		format, err := spbe.DetectFormat(data)
		require.NoError(t, err, "read but its format cannot be told")
		if format == spbe.FormatLongCSV {
			require.Len(t, as, 1)
		}
		enc, err := json.Marshal(as)
		require.NoError(t, err)
		back, err := spbe.ReadAssessments(bytes.NewReader(enc), spbe.ReadOptions{})
		require.NoError(t, err, "%s", enc)
		again, err := json.Marshal(back)
		require.NoError(t, err)
		require.Equal(t, string(enc), string(again))
	})
}

// FuzzWideReader reads a wide CSV a row at a time, as ScoreAll does: it
// never panics, every row it scores has an index of at least 0, and a
// file that DecodeWideCSV reads scores, row by row, as its Assessments do.
func FuzzWideReader(f *testing.F) {
	f.Add(randomWide(f, 2, 3, false))
	f.Add(randomWide(f, 3, 1, true))
	f.Add([]byte(wideHeader(",") + "\nKab. A,2024" + strings.Repeat(",", 47) + "\n"))
	f.Add([]byte(wideHeader(";") + "\n;abc;Terdefinisi\n"))
	f.Add([]byte("instansi,tahun," + strings.Repeat("1,", 34) + "35\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		zero := spbe.Options{Unanswered: spbe.UnansweredZero}
		var got []*spbe.Result
		for s, err := range spbe.ScoreAll(bytes.NewReader(data), spbe.ScoreAllOptions{ReadOptions: readOptions, Options: zero}) {
			var ae *spbe.AssessmentError
			switch {
			case errors.As(err, &ae):
				got = append(got, nil)
				continue
			case err != nil:
				require.ErrorIs(t, err, spbe.ErrMalformed)
				return
			}
			require.GreaterOrEqual(t, s.Result.Index.Num(), int64(0))
			got = append(got, s.Result)
		}
		as, err := spbe.DecodeWideCSV(bytes.NewReader(data), readOptions)
		if err != nil {
			return
		}
		require.Len(t, got, len(as))
		for i := range as {
			require.NotNil(t, got[i], "row %d", i+1)
			fw, err := as[i].ResolveFramework(nil)
			require.NoError(t, err)
			want, err := fw.ScoreAssessment(&as[i], zero)
			require.NoError(t, err)
			require.Equal(t, 0, want.Index.Cmp(got[i].Index), "row %d", i+1)
			require.Equal(t, want.Levels, got[i].Levels)
		}
	})
}

// FuzzDecodeFramework reads a framework through the size limit: whatever
// fits loads as UnmarshalFramework does, whatever does not is ErrTooLarge.
func FuzzDecodeFramework(f *testing.F) {
	for fw := range spbe.Frameworks() {
		data, err := json.Marshal(fw)
		require.NoError(f, err)
		f.Add(data, int64(len(data)))
		f.Add(data, int64(len(data)-1))
	}
	f.Add([]byte(`{"id":"x"}`), int64(3))
	f.Add([]byte(`{"id":"x"}  `), int64(10))
	f.Fuzz(func(t *testing.T, data []byte, limit int64) {
		limit = max(1, limit%(2<<20))
		fw, err := spbe.DecodeFramework(bytes.NewReader(data), limit)
		if int64(len(data)) > limit {
			require.ErrorIs(t, err, spbe.ErrTooLarge)
			require.ErrorIs(t, err, spbe.ErrMalformed)
			return
		}
		want, werr := spbe.UnmarshalFramework(data)
		if werr != nil {
			require.EqualError(t, err, werr.Error())
			return
		}
		require.NoError(t, err)
		require.Equal(t, want.Spec(), fw.Spec())
	})
}

// textEnum is what the package's small enums have in common.
type textEnum interface {
	~uint8
	String() string
	MarshalText() ([]byte, error)
}

// unmarshalText reads s as a T with its UnmarshalText, the parser of the
// enums that have no Parse function; empty text, the zero value there, is
// refused as their Parse would.
func unmarshalText[T any, P interface {
	*T
	UnmarshalText([]byte) error
}](s string) (T, error) {
	var v T
	if s == "" {
		return v, &smartcity.ParseError{Input: s}
	}
	err := P(&v).UnmarshalText([]byte(s))
	return v, err
}

// fuzzEnum checks a parser: it never panics, refuses with a *smartcity.ParseError
// that unwraps to ErrUnknown, and what it accepts is a declared value whose
// code parses back to it and whose text form unmarshals back to it.
func fuzzEnum[T textEnum, P interface {
	*T
	UnmarshalText([]byte) error
}](f *testing.F, parse func(string) (T, error), seeds ...string) {
	for _, s := range append(seeds, "", " ", "x", "\x00", "ü", "Ｊｓｏｎ") {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := parse(s)
		if err != nil {
			var pe *smartcity.ParseError
			require.ErrorAs(t, err, &pe)
			require.ErrorAs(t, err, new(*smartcity.ParseError))
			require.Equal(t, s, pe.Input)
			return
		}
		require.NotZero(t, v, "a parsed value is declared")
		back, err := parse(v.String())
		require.NoError(t, err)
		require.Equal(t, v, back)
		text, err := v.MarshalText()
		require.NoError(t, err)
		var u T
		require.NoError(t, P(&u).UnmarshalText(text))
		require.Equal(t, v, u)
	})
}

func FuzzParseFormat(f *testing.F) {
	fuzzEnum(f, unmarshalText[spbe.Format], "json", "long-csv", " WIDE ", "long", "csv")
}

func FuzzParseLimit(f *testing.F) {
	fuzzEnum(f, unmarshalText[spbe.Limit], "frozen", "raise-cap", "Unpriced", "max-level", "max level")
}

func FuzzParsePredicateBasis(f *testing.F) {
	fuzzEnum(f, spbe.ParsePredicateBasis, "unrounded", "Rounded", "exact", "round", "bulat")
}

func FuzzParseUnansweredPolicy(f *testing.F) {
	fuzzEnum(f, spbe.ParseUnansweredPolicy, "error", "zero", " ZERO ", "nol")
}

// TestCSVReadersRefuseNotUTF8: a CSV cell that is not UTF-8 (a file saved
// in a Windows code page) is refused with its place, as JSON could not
// carry it unchanged. FuzzReadAssessments found the bytes going through.
func TestCSVReadersRefuseNotUTF8(t *testing.T) {
	for _, tc := range []struct{ reader, data, place string }{
		{"DecodeLongCSV", "indikator,level,penjelasan\n1,3,Perbup caf\xe9\n", "line 2, column 3 (penjelasan)"},
		{"ReadAssessments", "indiCAtor,level,,Bukti\n1,,,\xbe", "line 2, column 4 (Bukti)"},
		{"DecodeWideCSV", wideHeader(";") + "\nKab. \xc1ceh;2024" + strings.Repeat(";3", 47) + "\n", "line 2, column 1 (instansi)"},
		{"ScoreAll", wideHeader(",") + "\nKab. A,2024" + strings.Repeat(",3", 46) + ",\xff\n", "line 2, column 49 (47)"},
		{"DecodeCosts", "indikator;biaya;catatan\xa0\n1;100\n", "line 1, column 3"},
	} {
		t.Run(tc.reader, func(t *testing.T) {
			for _, rd := range readers() {
				if rd.name != tc.reader {
					continue
				}
				err := rd.read(strings.NewReader(tc.data), spbe.ReadOptions{})
				require.ErrorIs(t, err, spbe.ErrMalformed)
				assert.Contains(t, err.Error(), tc.place+": not UTF-8 text (save the file as CSV UTF-8)")
			}
		})
	}
}

// TestWideCSVWithoutRowsRoundTrip: a wide CSV with a header and no rows
// reads as no assessments, which encode as [] and read back as none.
// FuzzReadAssessments found them encoded as null, which no reader takes.
func TestWideCSVWithoutRowsRoundTrip(t *testing.T) {
	for _, header := range []string{wideHeader(","), "instAnsi;tAhun;1;2;3;4;5;6;7;8;9;10;11;12;13;14;15;16;17;18;19;20;21;22;23;24;25;26;27;28;29;30;31;32;33;34;35"} {
		for _, read := range []func(io.Reader, spbe.ReadOptions) ([]spbe.Assessment, error){spbe.DecodeWideCSV, spbe.ReadAssessments} {
			as, err := read(strings.NewReader(header+"\n"), spbe.ReadOptions{})
			require.NoError(t, err)
			data, err := json.Marshal(as)
			require.NoError(t, err)
			assert.Equal(t, "[]", string(data))
			back, err := spbe.ReadAssessments(bytes.NewReader(data), spbe.ReadOptions{})
			require.NoError(t, err)
			assert.Empty(t, back)
		}
	}
}
