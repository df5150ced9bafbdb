package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/kotacerdas/smartcity/spbe"
)

func mustFramework(t testing.TB) *spbe.Framework {
	t.Helper()
	fw, err := spbe.Lookup(spbe.PermenPANRB59of2020)
	if err != nil {
		t.Fatal(err)
	}
	return fw
}

// wide10k writes a wide CSV of 10,000 assessments with levels that vary
// from row to row (a fixed generator: the same file every run) and returns
// its path.
func wide10k(b *testing.B) string {
	var buf bytes.Buffer
	buf.WriteString("instansi;tahun")
	for i := 1; i <= 47; i++ {
		fmt.Fprintf(&buf, ";%d", i)
	}
	buf.WriteByte('\n')
	x := uint32(2024)
	for r := range 10_000 {
		fmt.Fprintf(&buf, "\"Pemerintah Kab. Contoh %d\";2024", r+1)
		for range 47 {
			x = x*1664525 + 1013904223
			fmt.Fprintf(&buf, ";%d", 1+(x>>28)%5)
		}
		buf.WriteByte('\n')
	}
	path := filepath.Join(b.TempDir(), "wide10k.csv")
	if err := os.WriteFile(path, buf.Bytes(), 0o600); err != nil {
		b.Fatal(err)
	}
	return path
}

// BenchmarkSPBEScoreWide10k runs `smartcity spbe score` on a wide CSV of
// 10,000 assessments, end to end: reading the file, scoring, and writing
// the table or the JSON lines.
func BenchmarkSPBEScoreWide10k(b *testing.B) {
	path := wide10k(b)
	for _, format := range []string{"table", "json"} {
		b.Run(format, func(b *testing.B) {
			args := []string{"spbe", "score", path}
			if format == "json" {
				args = []string{"spbe", "score", "--json", path}
			}
			b.ReportAllocs()
			for b.Loop() {
				if code := run(args, nil, io.Discard, io.Discard); code != exitOK {
					b.Fatalf("exit %d", code)
				}
			}
		})
	}
}
