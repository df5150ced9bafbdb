package idfmt

import (
	"testing"

	"github.com/kotacerdas/smartcity"
)

func BenchmarkRupiah(b *testing.B) {
	for b.Loop() {
		_ = Rupiah(18_755_371_000)
	}
}

func BenchmarkPercent(b *testing.B) {
	for b.Loop() {
		_, _ = Percent(3_300_000_000, 22_055_371_000, 2, smartcity.Indonesian)
	}
}
