package spbe_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/spbe"
	"github.com/kotacerdas/smartcity/spbe/spbetest"
)

// reader is one of the package's readers, reading r under opt.
type reader struct {
	name string
	read func(r io.Reader, opt spbe.ReadOptions) error
}

// readers are every reader of the package, the ones that take a bare limit
// given opt.Limit.
func readers() []reader {
	return []reader{
		{"DecodeAssessment", func(r io.Reader, opt spbe.ReadOptions) error {
			_, err := spbe.DecodeAssessment(r, opt.Limit)
			return err
		}},
		{"ReadAssessments", func(r io.Reader, opt spbe.ReadOptions) error {
			_, err := spbe.ReadAssessments(r, opt)
			return err
		}},
		{"DecodeLongCSV", func(r io.Reader, opt spbe.ReadOptions) error {
			_, err := spbe.DecodeLongCSV(r, opt)
			return err
		}},
		{"DecodeWideCSV", func(r io.Reader, opt spbe.ReadOptions) error {
			_, err := spbe.DecodeWideCSV(r, opt)
			return err
		}},
		{"ScoreAll", func(r io.Reader, opt spbe.ReadOptions) error {
			for _, err := range spbe.ScoreAll(r, spbe.ScoreAllOptions{ReadOptions: opt}) {
				if errors.Is(err, spbe.ErrMalformed) {
					return err
				}
			}
			return nil
		}},
		{"DecodeCosts", func(r io.Reader, opt spbe.ReadOptions) error {
			_, err := spbe.DecodeCosts(r, opt)
			return err
		}},
		{"DecodeFramework", func(r io.Reader, opt spbe.ReadOptions) error {
			_, err := spbe.DecodeFramework(r, opt.Limit)
			return err
		}},
	}
}

// validInputs returns for each reader a document it accepts.
func validInputs(t *testing.T) map[string][]byte {
	t.Helper()
	js, err := json.Marshal(spbetest.Rembang2024())
	require.NoError(t, err)
	var long, wide bytes.Buffer
	require.NoError(t, spbe.WriteLongCSV(&long, spbe.Default(), spbetest.Rembang2024(), spbe.CSVOptions{}))
	require.NoError(t, spbe.WriteWideCSV(&wide, spbe.Default(), []spbe.Assessment{*spbetest.Rembang2023(), *spbetest.Rembang2024()}, spbe.CSVOptions{}))
	fw, err := json.Marshal(spbe.Default())
	require.NoError(t, err)
	costs := "indikator,biaya\n"
	for n := 1; n <= 10; n++ {
		costs += fmt.Sprintf("%d,%d\n", n, n*1000)
	}
	return map[string][]byte{
		"DecodeAssessment": js, "ReadAssessments": wide.Bytes(), "DecodeLongCSV": long.Bytes(),
		"DecodeWideCSV": wide.Bytes(), "ScoreAll": wide.Bytes(), "DecodeCosts": []byte(costs), "DecodeFramework": fw,
	}
}

// TestReadersRefuseInputOverTheLimit: every reader accepts a document of
// exactly its limit and refuses one byte more with ErrTooLarge, which
// comes with ErrMalformed and names the limit.
func TestReadersRefuseInputOverTheLimit(t *testing.T) {
	inputs := validInputs(t)
	for _, rd := range readers() {
		t.Run(rd.name, func(t *testing.T) {
			data := inputs[rd.name]
			size := int64(len(data))
			require.NoError(t, rd.read(bytes.NewReader(data), spbe.ReadOptions{Limit: size}))

			err := rd.read(bytes.NewReader(data), spbe.ReadOptions{Limit: size - 1})
			require.ErrorIs(t, err, spbe.ErrTooLarge)
			require.ErrorIs(t, err, spbe.ErrMalformed)
			assert.Contains(t, err.Error(), fmt.Sprintf("size limit of %d bytes", size-1))
		})
	}
}

// TestReadersRefuseEndlessInput: an input that never ends is refused at the
// limit, with memory in proportion to the limit. The CSV readers keep
// every problem of every row (a ValidationError lists them all), and the
// endless long and costs files repeat their indicators, so each short row
// becomes a duplicate problem of some hundred bytes: the bound allows for
// that.
func TestReadersRefuseEndlessInput(t *testing.T) {
	inputs := validInputs(t)
	const limit = 32 << 10
	for _, rd := range readers() {
		t.Run(rd.name, func(t *testing.T) {
			data := inputs[rd.name]
			// The document's first line, then the same rows (or spaces
			// inside the JSON value) for ever.
			head, body := data, []byte(" ")
			if i := bytes.IndexByte(data, '\n'); i >= 0 && !json.Valid(data) {
				head, body = data[:i+1], data[i+1:]
			} else {
				head = data[:1]
			}
			r := io.MultiReader(bytes.NewReader(head), &repeat{data: body})
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			err := rd.read(r, spbe.ReadOptions{Limit: limit, MaxRows: 1 << 30})
			runtime.ReadMemStats(&after)
			if rd.name == "DecodeLongCSV" {
				// A long CSV holds one row per indicator: it is refused
				// at the most indicators a framework has.
				require.ErrorIs(t, err, spbe.ErrTooManyRows)
				assert.Contains(t, err.Error(), "line 1002: too many rows")
			} else {
				require.ErrorIs(t, err, spbe.ErrTooLarge)
				assert.Contains(t, err.Error(), "size limit of 32768 bytes")
			}
			assert.Less(t, after.TotalAlloc-before.TotalAlloc, uint64(128*limit), "allocated for a %d-byte limit", limit)
		})
	}
}

// repeat reads data again and again, for ever.
type repeat struct {
	data []byte
	off  int
}

func (r *repeat) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		c := copy(p[n:], r.data[r.off:])
		n += c
		r.off = (r.off + c) % len(r.data)
	}
	return n, nil
}

// TestCSVReadersRefuseRowsOverTheLimit: every CSV reader accepts exactly
// MaxRows data rows and refuses one more with ErrTooManyRows, naming the
// row and the limit.
func TestCSVReadersRefuseRowsOverTheLimit(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 5))
	as := []spbe.Assessment{*spbetest.Random(rng, nil), *spbetest.Random(rng, nil), *spbetest.Random(rng, nil), *spbetest.Random(rng, nil)}
	var wide bytes.Buffer
	require.NoError(t, spbe.WriteWideCSV(&wide, spbe.Default(), as, spbe.CSVOptions{Semicolon: true}))
	var long bytes.Buffer
	require.NoError(t, spbe.WriteLongCSV(&long, spbe.Default(), &as[0], spbe.CSVOptions{}))
	costs := "indikator,biaya\n1,100\n2,200\n3,300\n4,400\n"

	for _, tc := range []struct {
		reader  string
		data    string
		rows    int
		lastRow int // the row of the file that passes the limit
	}{
		{"DecodeWideCSV", wide.String(), 4, 5},
		{"ScoreAll", wide.String(), 4, 5},
		{"ReadAssessments", wide.String(), 4, 5},
		{"DecodeLongCSV", long.String(), 47, 48},
		{"ReadAssessments", long.String(), 47, 48},
		{"DecodeCosts", costs, 4, 5},
	} {
		t.Run(tc.reader, func(t *testing.T) {
			var rd reader
			for _, r := range readers() {
				if r.name == tc.reader {
					rd = r
				}
			}
			require.NoError(t, rd.read(strings.NewReader(tc.data), spbe.ReadOptions{MaxRows: tc.rows}))
			err := rd.read(strings.NewReader(tc.data), spbe.ReadOptions{MaxRows: tc.rows - 1})
			require.ErrorIs(t, err, spbe.ErrTooManyRows)
			require.ErrorIs(t, err, spbe.ErrMalformed)
			assert.Contains(t, err.Error(), fmt.Sprintf("line %d: too many rows: more than %d data rows", tc.lastRow, tc.rows-1))
		})
	}
}

// TestDeeplyNestedJSON: a value nested 100,000 arrays deep, where a field
// or the whole document is expected, is an error, not a crash.
func TestDeeplyNestedJSON(t *testing.T) {
	deep := strings.Repeat("[", 100_000) + strings.Repeat("]", 100_000)
	for name, doc := range map[string]string{
		"field":        `{"instansi": "a", "indicators": [{"indicator": 1, "bukti": ` + deep + `}]}`,
		"unknownField": `{"instansi": "a", "x": ` + deep + `}`,
		"document":     deep,
		"unclosed":     `{"instansi": ` + strings.Repeat(`{"a":[`, 50_000),
	} {
		t.Run(name, func(t *testing.T) {
			_, err := spbe.DecodeAssessment(strings.NewReader(doc), 0)
			require.ErrorIs(t, err, spbe.ErrMalformed)
			_, err = spbe.ReadAssessments(strings.NewReader(doc), spbe.ReadOptions{})
			require.ErrorIs(t, err, spbe.ErrMalformed)
			_, err = spbe.UnmarshalFramework([]byte(doc))
			require.ErrorIs(t, err, spbe.ErrMalformed)
		})
	}
}

// TestLargeJSONArrayIsBounded: an array of assessments that goes on past
// the limit is refused at the limit.
func TestLargeJSONArrayIsBounded(t *testing.T) {
	one, err := json.Marshal(spbetest.Rembang2024())
	require.NoError(t, err)
	r := io.MultiReader(strings.NewReader("["), &repeat{data: append(one, ',')})
	_, err = spbe.ReadAssessments(r, spbe.ReadOptions{Limit: 1 << 20})
	require.ErrorIs(t, err, spbe.ErrTooLarge)
	assert.Contains(t, err.Error(), "size limit of 1048576 bytes")
}

// TestHugeLimit: a limit as large as int64 allows, which a caller may set
// for "no limit", reads the input (it used to panic).
func TestHugeLimit(t *testing.T) {
	inputs := validInputs(t)
	for _, rd := range readers() {
		require.NoError(t, rd.read(bytes.NewReader(inputs[rd.name]), spbe.ReadOptions{Limit: math.MaxInt64, MaxRows: math.MaxInt}), rd.name)
	}
}

// TestCSVReadersRefuseWideLines: every CSV reader refuses a line of more
// fields than ReadOptions.MaxFields, or more bytes than MaxRowBytes, in
// the header or in a row, with ErrMalformed, the rule of the limit and the
// place: the line and the column where the limit is passed. A line of
// 8 million empty fields took up to 970 MB before it was refused.
func TestCSVReadersRefuseWideLines(t *testing.T) {
	inputs := validInputs(t)
	fields := strings.Repeat(",", 8_000_000) + "\n"
	for _, rd := range readers() {
		if rd.name == "DecodeAssessment" || rd.name == "DecodeFramework" {
			continue
		}
		t.Run(rd.name, func(t *testing.T) {
			data := string(inputs[rd.name])
			header := data[:strings.IndexByte(data, '\n')+1]
			nf, nb := strings.Count(header, ",")+1, len(header)-1
			for _, tc := range []struct {
				in, rule, at string
				opt          spbe.ReadOptions
			}{
				{fields, "too_many_fields", "line 1, column 2049: ", spbe.ReadOptions{}},
				{header + fields, "too_many_fields", "line 2, column 2049: ", spbe.ReadOptions{}},
				{header + strings.Repeat("1,", nf) + "1\n", "too_many_fields", fmt.Sprintf("line 2, column %d: ", nf+1), spbe.ReadOptions{MaxFields: nf}},
				{header + strings.Repeat("9", 2<<20) + "\n", "row_too_long", "line 2, column 1: ", spbe.ReadOptions{}},
				{header + "\"" + strings.Repeat("2\n", nb) + "\"\n", "row_too_long", "line 2, column 1: ", spbe.ReadOptions{MaxRowBytes: nb}},
			} {
				err := rd.read(strings.NewReader(tc.in), tc.opt)
				require.ErrorIs(t, err, spbe.ErrMalformed)
				var ps smartcity.Problems
				require.ErrorAs(t, err, &ps)
				require.Len(t, ps, 1)
				assert.Equal(t, tc.rule, ps[0].Rule)
				assert.Contains(t, err.Error(), tc.at)
			}
		})
	}
}
