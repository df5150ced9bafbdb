package spbe

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity/internal/memtest"
)

// csvReader is one of the package's CSV readers, reading r to its end, or
// its first error, under the default options.
type csvReader struct {
	name   string
	header string // a header it reads
	row    func(i int) string
	read   func(r io.Reader) error
}

// csvReaders are the CSV readers of the package, each with a header and
// rows it accepts.
func csvReaders() []csvReader {
	wideHeader := "instansi,tahun"
	for n := 1; n <= 47; n++ {
		wideHeader += "," + fmt.Sprint(n)
	}
	wideRow := func(i int) string {
		return fmt.Sprintf("Pemerintah Kab. Contoh %d,2024,", i) + strings.Repeat("3,", 46) + "3"
	}
	longRow := func(i int) string { return fmt.Sprintf("%d,%d", 1+i%47, 1+i%5) }
	costRow := func(i int) string { return fmt.Sprintf("%d,%d", 1+i%47, 1000*i) }
	return []csvReader{
		{"DecodeWideCSV", wideHeader, wideRow, func(r io.Reader) error { _, err := DecodeWideCSV(r, ReadOptions{}); return err }},
		{"ReadAssessments", wideHeader, wideRow, func(r io.Reader) error { _, err := ReadAssessments(r, ReadOptions{}); return err }},
		{"ScoreAll", wideHeader, wideRow, func(r io.Reader) error {
			var last error
			for _, err := range ScoreAll(r, ScoreAllOptions{Reuse: true}) {
				last = err
			}
			return last
		}},
		{"DecodeLongCSV", "indikator,level", longRow, func(r io.Reader) error { _, err := DecodeLongCSV(r, ReadOptions{}); return err }},
		{"DecodeCosts", "indikator,biaya", costRow, func(r io.Reader) error { _, err := DecodeCosts(r, ReadOptions{}); return err }},
	}
}

// rows returns rd's header and n rows.
func (rd csvReader) rows(n int) []byte {
	var b bytes.Buffer
	b.WriteString(rd.header + "\n")
	for i := range n {
		b.WriteString(rd.row(i) + "\n")
	}
	return b.Bytes()
}

// hostileCSV are the inputs every CSV reader is measured on: one line of
// 8 million empty fields, as the header or after it, a row of 60 MB, and
// rows up to the size limit, each within its reader's bounds or refused.
func hostileCSV(rd csvReader) []memtest.Doc {
	return []memtest.Doc{
		{Name: rd.name + ": a line of 8,000,000 empty fields", Make: func() []byte {
			return []byte(strings.Repeat(",", 8_000_000) + "\n")
		}},
		{Name: rd.name + ": a header and a row of 8,000,000 empty fields", Make: func() []byte {
			return []byte(rd.header + "\n" + strings.Repeat(",", 8_000_000) + "\n")
		}},
		{Name: rd.name + ": a header and a row of 60 MB", Make: func() []byte {
			return []byte(rd.header + "\n1," + strings.Repeat("x", 60_000_000) + "\n")
		}},
		{Name: rd.name + ": 10,000 rows", Make: func() []byte { return rd.rows(10_000) }},
		{Name: rd.name + ": rows to 60 MB or more (past 64 MiB the size limit refuses them)", Make: func() []byte { return rd.rows(60_000_000 / (len(rd.row(7)) + 1)) }},
	}
}

// csvPeakRSS measures the reader named name on the hostile inputs, each
// in a process of its own, and holds its resident set to memtest.Bound:
// 10× the input and 50 MB.
func csvPeakRSS(t *testing.T, name string) {
	var rd csvReader
	for _, r := range csvReaders() {
		if r.name == name {
			rd = r
		}
	}
	results := memtest.Peak(t, nil, func(t testing.TB, path string) {
		f, err := os.Open(path)
		require.NoError(t, err)
		defer f.Close()
		_ = rd.read(f)
	}, hostileCSV(rd)...)
	memtest.Within(t, results)
}

// TestDecodeWideCSVPeakRSS and the tests below hold each CSV reader to
// 10× its input and 50 MB of resident set on hostile files: a line of
// 8 million empty fields took up to 970 MB; now it is refused at the
// 2,049th field, a row at its 1 MiB, a long CSV at its 1,001st row, and
// DecodeWideCSV and ReadAssessments, which hold every row, at 200,000
// answers (ReadOptions.MaxAnswers).
func TestDecodeWideCSVPeakRSS(t *testing.T)   { csvPeakRSS(t, "DecodeWideCSV") }
func TestReadAssessmentsPeakRSS(t *testing.T) { csvPeakRSS(t, "ReadAssessments") }
func TestScoreAllCSVPeakRSS(t *testing.T)     { csvPeakRSS(t, "ScoreAll") }
func TestDecodeLongCSVPeakRSS(t *testing.T)   { csvPeakRSS(t, "DecodeLongCSV") }
func TestDecodeCostsPeakRSS(t *testing.T)     { csvPeakRSS(t, "DecodeCosts") }

// TestCSVReadersAllocateLinearly: each CSV reader allocates for 4× the
// rows no more than about 4× the bytes, counted by the runtime, which is
// deterministic where time is not.
func TestCSVReadersAllocateLinearly(t *testing.T) {
	for _, rd := range csvReaders() {
		n := 1000
		if rd.name == "DecodeLongCSV" || rd.name == "DecodeCosts" {
			n = 200 // a long CSV has a row per indicator; costs repeat theirs past 47 rows
		}
		memtest.Linear(t, rd.name, n, func(n int) func() {
			data := rd.rows(n)
			return func() { _ = rd.read(bytes.NewReader(data)) }
		})
	}
}

// BenchmarkCSVReaders reads files of n and 10n rows with each CSV reader:
// linear time is the same time per row.
func BenchmarkCSVReaders(b *testing.B) {
	for _, rd := range csvReaders() {
		n := 1000
		if rd.name == "DecodeLongCSV" || rd.name == "DecodeCosts" {
			n = 90
		}
		for _, rows := range []int{n, 10 * n} {
			data := rd.rows(rows)
			b.Run(fmt.Sprintf("%s/rows=%d", rd.name, rows), func(b *testing.B) {
				b.SetBytes(int64(len(data)))
				for b.Loop() {
					_ = rd.read(bytes.NewReader(data))
				}
			})
		}
	}
}
