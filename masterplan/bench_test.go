package masterplan

import (
	"bytes"
	"encoding/json"
	"fmt"
	"runtime"
	"runtime/debug"
	"sync/atomic"
	"testing"
	"time"
)

// BenchmarkDecode decodes generated plans of 1,000, 10,000 and 30,000
// programmes with Unmarshal (strict, every problem placed), with Decode
// from a reader that hides its size, as a pipe does, and with plain
// encoding/json's Unmarshal into a Plan — neither strict nor placing
// anything — the floor the package is measured against: Unmarshal is to
// take at most 1.5× its time.
func BenchmarkDecode(b *testing.B) {
	for _, n := range []int{200, 2000} {
		data := generatedDocument(n)
		b.Run(fmt.Sprintf("programs=%d/Unmarshal", n), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := Unmarshal(data); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("programs=%d/Decode", n), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := Decode(bytesReader(data), DecodeOptions{}); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("programs=%d/encoding-json", n), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				var p Plan
				if err := json.Unmarshal(data, &p); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkDecodeRatio reports Unmarshal's time over plain encoding/json's
// ("x-encoding-json") for the same documents as BenchmarkDecode, the two
// timed in turn within each iteration, so that a machine busy with other
// work slows both alike and the ratio holds where the times do not.
func BenchmarkDecodeRatio(b *testing.B) {
	for _, n := range []int{200, 2000} {
		data := generatedDocument(n)
		b.Run(fmt.Sprintf("programs=%d", n), func(b *testing.B) {
			var ours, plain time.Duration
			for b.Loop() {
				start := time.Now()
				if _, err := Unmarshal(data); err != nil {
					b.Fatal(err)
				}
				mid := time.Now()
				var p Plan
				if err := json.Unmarshal(data, &p); err != nil {
					b.Fatal(err)
				}
				ours, plain = ours+mid.Sub(start), plain+time.Since(mid)
			}
			b.ReportMetric(float64(ours)/float64(plain), "x-encoding-json")
		})
	}
}

// BenchmarkDecodeProblems decodes a 1,000-programme plan with an unknown
// element in every tenth programme: the walk that finds every problem and
// its place, which only a document with problems takes.
func BenchmarkDecodeProblems(b *testing.B) {
	p := generatedPlan(1000)
	data := generatedDocument(1000)
	bad := bytes.ReplaceAll(data, []byte(`"element": "`+p.Programs[0].Element.String()+`"`), []byte(`"element": "GOV.XXX"`))
	b.SetBytes(int64(len(bad)))
	for b.Loop() {
		if _, err := Unmarshal(bad); err == nil {
			b.Fatal("no problem found")
		}
	}
}

func BenchmarkValidate(b *testing.B) {
	p, err := Unmarshal(generatedDocument(1000))
	if err != nil {
		b.Fatal(err)
	}
	opts := ValidateOptions{RequireQuickWinPerPillar: true}
	if ps := p.Validate(opts); len(ps) != 0 {
		b.Fatalf("generated plan has problems: %v", ps)
	}
	for b.Loop() {
		p.Validate(opts)
	}
}

func BenchmarkSummarize(b *testing.B) {
	p := generatedPlan(1000)
	for b.Loop() {
		if _, err := p.Summarize(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDecodeValidatePeak reports the peak heap in use while a
// 2,000-programme document (the most a plan holds) is read from a reader, decoded and validated,
// per byte of the document ("peak-heap/doc-bytes"). The heap is sampled
// from a second goroutine with the collector run often, so the figure is
// close to the live peak rather than to garbage awaiting collection.
func BenchmarkDecodeValidatePeak(b *testing.B) {
	data := generatedDocument(2000)
	defer debug.SetGCPercent(debug.SetGCPercent(10))
	var worst float64
	for b.Loop() {
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		base := ms.HeapAlloc
		var peak atomic.Uint64
		done := make(chan struct{})
		stopped := make(chan struct{})
		go func() {
			defer close(stopped)
			var ms runtime.MemStats
			for {
				runtime.ReadMemStats(&ms)
				if ms.HeapAlloc > peak.Load() {
					peak.Store(ms.HeapAlloc)
				}
				select {
				case <-done:
					return
				case <-time.After(200 * time.Microsecond):
				}
			}
		}()
		p, err := Decode(bytesReader(data), DecodeOptions{})
		if err != nil {
			b.Fatal(err)
		}
		ps := p.Validate(ValidateOptions{})
		runtime.ReadMemStats(&ms)
		if ms.HeapAlloc > peak.Load() {
			peak.Store(ms.HeapAlloc)
		}
		close(done)
		<-stopped
		runtime.KeepAlive(p)
		runtime.KeepAlive(ps)
		if r := float64(peak.Load()-base) / float64(len(data)); r > worst {
			worst = r
		}
	}
	b.ReportMetric(worst, "peak-heap/doc-bytes")
	b.ReportMetric(float64(len(data)), "doc-bytes")
}
