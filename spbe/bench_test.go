package spbe

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"runtime"
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

// BenchmarkScorePemdi scores one 20-indicator assessment of PermenPANRB
// 8/2026 — the levels of the illustrative 2026 fixture of spbetest, index
// 3.23 — into a reused Result: seven aspects directly under the index, no
// domains. Target: at most 200 ns and no allocation per score.
func BenchmarkScorePemdi(b *testing.B) {
	fw, err := Lookup(PermenPANRB8of2026)
	if err != nil {
		b.Fatal(err)
	}
	levels := lv(b, "43334433342343334333")
	var res Result
	if err := fw.ScoreInto(&res, levels, Options{}); err != nil {
		b.Fatal(err)
	}
	if got := res.Index.Exact(); got != "323/100" {
		b.Fatalf("scored %s, want 323/100", got)
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := fw.ScoreInto(&res, levels, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkScoreAssessmentPemdi scores the illustrative 2026 assessment
// of spbetest through ScoreAssessment: validation, the three outside
// scores converted from decimal text, and a new Result — the convenient
// path, for comparison with BenchmarkScorePemdi.
func BenchmarkScoreAssessmentPemdi(b *testing.B) {
	data, err := os.ReadFile("spbetest/fixtures/contoh-pemdi-2026.json")
	if err != nil {
		b.Fatal(err)
	}
	a, err := DecodeAssessment(bytes.NewReader(data), 0)
	if err != nil {
		b.Fatal(err)
	}
	fw, err := a.ResolveFramework(nil)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		res, err := fw.ScoreAssessment(a, Options{})
		if err != nil || len(res.External) != 3 {
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
		w, err := openWideReader(bytes.NewReader(data), ReadOptions{})
		if err != nil {
			b.Fatal(err)
		}
		var rec wideRecord
		var res Result
		n := 0
		for ; ; n++ {
			err := w.next(&rec)
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			if err := rec.scoreInto(&res, Options{}); err != nil {
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
// builds every answer, and so holds more than its default cap on answers
// (ReadOptions.MaxAnswers) only when told to.
func BenchmarkReadAssessmentsWideCSV10k(b *testing.B) {
	data := wideRows(10_000)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		as, err := ReadAssessments(bytes.NewReader(data), ReadOptions{MaxAnswers: 10_000 * 47})
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

// scoreSink keeps the bare loop's sum alive.
var scoreSink int64

// BenchmarkScoreBareLoop is the floor BenchmarkScore is measured against:
// Σ level × weight over the same 47 levels and weights, with nothing else
// — no range check, no aspects or domains, no result.
func BenchmarkScoreBareLoop(b *testing.B) {
	fw := Default()
	levels, weights := lv(b, namedRows[8].levels), fw.weight
	for b.Loop() {
		var n int64
		for i, l := range levels {
			n += int64(l) * weights[i]
		}
		scoreSink = n
	}
}

// BenchmarkScoreAllWideCSV10k is BenchmarkScoreWideCSV10k through
// ScoreAll, the iterator a portal or the command line ranges over: with
// Reuse one Result for every row, without it a Result per row. It
// reports the time and the allocations per row, which are what decide
// whether a million rows stream in constant memory.
func BenchmarkScoreAllWideCSV10k(b *testing.B) {
	data := wideRows(10_000)
	for _, reuse := range []bool{true, false} {
		b.Run(fmt.Sprintf("reuse=%v", reuse), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			for b.Loop() {
				n := 0
				for _, err := range ScoreAll(bytes.NewReader(data), ScoreAllOptions{Reuse: reuse}) {
					if err != nil {
						b.Fatal(err)
					}
					n++
				}
				if n != 10_000 {
					b.Fatalf("scored %d rows", n)
				}
			}
			runtime.ReadMemStats(&after)
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/10_000, "ns/row")
			b.ReportMetric(float64(after.Mallocs-before.Mallocs)/float64(b.N)/10_000, "allocs/row")
		})
	}
}
