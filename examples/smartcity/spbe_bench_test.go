package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/kotacerdas/smartcity/spbe"
	"github.com/stretchr/testify/require"
)

func mustFramework(t testing.TB) *spbe.Framework {
	t.Helper()
	fw, err := spbe.Lookup(spbe.PermenPANRB59of2020)
	if err != nil {
		t.Fatal(err)
	}
	return fw
}

// writeWideRows writes a wide CSV of n assessments of 2024 with levels
// that vary from row to row (a fixed generator: the same file every run).
func writeWideRows(w io.Writer, n int) error {
	bw := bufio.NewWriter(w)
	bw.WriteString("instansi;tahun")
	for i := 1; i <= 47; i++ {
		fmt.Fprintf(bw, ";%d", i)
	}
	bw.WriteByte('\n')
	x := uint32(2024)
	for r := range n {
		fmt.Fprintf(bw, "\"Pemerintah Kab. Contoh %d\";2024", r+1)
		for range 47 {
			x = x*1664525 + 1013904223
			fmt.Fprintf(bw, ";%d", 1+(x>>28)%5)
		}
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

// wide10k writes a wide CSV of 10,000 assessments (writeWideRows) and
// returns its path.
func wide10k(b *testing.B) string {
	path := filepath.Join(b.TempDir(), "wide10k.csv")
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	if err := errors.Join(writeWideRows(f, 10_000), f.Close()); err != nil {
		b.Fatal(err)
	}
	return path
}

// TestWriteWideCSV writes the wide CSV that the peak memory of `spbe
// score` and `spbe cohort` is measured on, too large to keep in the
// repository: SMARTCITY_WIDE_ROWS rows to the file SMARTCITY_WIDE_CSV.
//
//	SMARTCITY_WIDE_ROWS=1000000 SMARTCITY_WIDE_CSV=/tmp/wide1m.csv go test -run TestWriteWideCSV ./examples/smartcity
//	/usr/bin/time -v smartcity spbe score --max-bytes 256MiB /tmp/wide1m.csv > /dev/null
func TestWriteWideCSV(t *testing.T) {
	path, rows := os.Getenv("SMARTCITY_WIDE_CSV"), os.Getenv("SMARTCITY_WIDE_ROWS")
	if path == "" || rows == "" {
		t.Skip("SMARTCITY_WIDE_CSV and SMARTCITY_WIDE_ROWS name the file to write and its rows")
	}
	n, err := strconv.Atoi(rows)
	require.NoError(t, err)
	f, err := os.Create(path)
	require.NoError(t, err)
	require.NoError(t, errors.Join(writeWideRows(f, n), f.Close()))
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
