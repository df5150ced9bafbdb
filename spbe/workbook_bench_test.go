package spbe_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/kotacerdas/smartcity/internal/csvio"
	"github.com/kotacerdas/smartcity/internal/workbook"
	"github.com/kotacerdas/smartcity/spbe"
)

// BenchmarkReadWorkbook scores 1,000 wide rows with ScoreAll from a
// workbook and from the same rows as CSV, and a national cohort of 650
// rows from a workbook: the figures the README gives.
func BenchmarkReadWorkbook(b *testing.B) {
	book := wideBook(b, 1000)
	csv := csvOfBook(b, book)
	for _, bc := range []struct {
		name string
		data []byte
	}{{"xlsx-1000", book}, {"csv-1000", csv}, {"xlsx-650", wideBook(b, 650)}} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(bc.data)))
			b.ReportAllocs()
			for b.Loop() {
				n := 0
				for _, err := range spbe.ScoreAll(bytes.NewReader(bc.data), spbe.ScoreAllOptions{Reuse: true}) {
					if err != nil {
						b.Fatal(err)
					}
					n++
				}
				if n == 0 {
					b.Fatal("nothing scored")
				}
			}
		})
	}
}

// csvOfBook is the CSV of the first sheet of a workbook.
func csvOfBook(b *testing.B, data []byte) []byte {
	bk, err := workbook.Open(data, workbook.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer bk.Close()
	r, err := bk.Table(bk.Sheets()[0], csvio.Options{})
	if err != nil {
		b.Fatal(err)
	}
	var out strings.Builder
	out.WriteString(strings.Join(r.Header(), ",") + "\n")
	for {
		row, err := r.Next()
		if err != nil {
			break
		}
		out.WriteString(strings.Join(row.Cells, ",") + "\n")
	}
	return []byte(out.String())
}
