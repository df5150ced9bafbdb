package masterplan

import (
	"runtime"
	"runtime/debug"
	"sync/atomic"
	"testing"
	"time"

	"github.com/kotacerdas/smartcity"
)

func BenchmarkDecode(b *testing.B) {
	data := generatedDocument(1000)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Unmarshal(data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkValidate(b *testing.B) {
	p, err := Unmarshal(generatedDocument(1000))
	if err != nil {
		b.Fatal(err)
	}
	opts := ValidateOptions{Lang: smartcity.Indonesian, RequireQuickWinPerPillar: true}
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
// 10,000-programme document is read from a reader, decoded and validated,
// per byte of the document ("peak-heap/doc-bytes"). The heap is sampled
// from a second goroutine with the collector run often, so the figure is
// close to the live peak rather than to garbage awaiting collection.
func BenchmarkDecodeValidatePeak(b *testing.B) {
	data := generatedDocument(10_000)
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
