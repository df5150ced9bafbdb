package spbe

import (
	"bytes"
	"fmt"
	"io"
	"testing"
)

// BenchmarkScore scores one 47-indicator assessment into a reused Result:
// the hot path of planners and cohort statistics.
func BenchmarkScore(b *testing.B) {
	fw := Default()
	levels := lv(b, namedRows[8].levels)
	var res Result
	if err := fw.ScoreInto(&res, levels, Options{}); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := fw.ScoreInto(&res, levels, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// wide10k returns a wide CSV of n assessments with levels that vary from
// row to row, the size of a national evaluation several times over.
func wideRows(n int) []byte {
	var buf bytes.Buffer
	buf.WriteString("instansi;tahun")
	for i := 1; i <= 47; i++ {
		fmt.Fprintf(&buf, ";%d", i)
	}
	buf.WriteByte('\n')
	x := uint32(2024)
	for r := range n {
		fmt.Fprintf(&buf, "\"Pemerintah Kab. Contoh %d\";2024", r+1)
		for range 47 {
			x = x*1664525 + 1013904223 // a fixed LCG: the same file every run
			fmt.Fprintf(&buf, ";%d", 1+(x>>28)%5)
		}
		buf.WriteByte('\n')
	}
	return buf.Bytes()
}

// BenchmarkScoreWideCSV10k reads 10,000 assessments from a wide CSV and
// scores every one through a WideReader: the whole path from bytes to
// results, as the command line takes it.
func BenchmarkScoreWideCSV10k(b *testing.B) {
	data := wideRows(10_000)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		w, err := NewWideReader(bytes.NewReader(data), ReadOptions{})
		if err != nil {
			b.Fatal(err)
		}
		var rec WideRecord
		var res Result
		n := 0
		for ; ; n++ {
			err := w.Next(&rec)
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			if err := rec.ScoreInto(&res, Options{}); err != nil {
				b.Fatal(err)
			}
		}
		if n != 10_000 {
			b.Fatalf("scored %d rows", n)
		}
	}
}

// BenchmarkReadAssessmentsWideCSV10k is the same work through
// ReadAssessments and an Assessment per row: the convenient path, which
// builds every answer.
func BenchmarkReadAssessmentsWideCSV10k(b *testing.B) {
	data := wideRows(10_000)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		as, err := ReadAssessments(bytes.NewReader(data), ReadOptions{})
		if err != nil {
			b.Fatal(err)
		}
		fw := Default()
		var res Result
		for i := range as {
			lv, err := fw.LevelsOf(&as[i], Options{})
			if err != nil {
				b.Fatal(err)
			}
			if err := fw.ScoreInto(&res, lv, Options{}); err != nil {
				b.Fatal(err)
			}
		}
	}
}
