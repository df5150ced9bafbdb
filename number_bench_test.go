package smartcity

import "testing"

func BenchmarkRupiah(b *testing.B) {
	for b.Loop() {
		_ = Indonesian.Rupiah(18_755_371_000)
	}
}

func BenchmarkPercent(b *testing.B) {
	for b.Loop() {
		_, _ = Indonesian.Percent(3_300_000_000, 22_055_371_000, 2)
	}
}
