package spbe_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/kotacerdas/smartcity/spbe"
)

// A portal scores an uploaded wide CSV row by row: each valid row as it
// comes, each invalid one named with its place and every problem, and
// nothing held but the row at hand — the same loop serves three rows or a
// million. With Reuse every row is scored into one Result, which the loop
// reads before the next row overwrites it.
func ExampleScoreAll() {
	var b strings.Builder
	b.WriteString("instansi;tahun")
	for n := 1; n <= 20; n++ { // the 20 indicators of the Indeks Pemerintah Digital
		fmt.Fprintf(&b, ";%d", n)
	}
	b.WriteString("\n")
	b.WriteString("Pemerintah Kab. Contoh;2026" + strings.Repeat(";4", 20) + "\n")
	b.WriteString("Pemerintah Kota Uji;2026" + strings.Repeat(";3", 19) + ";9\n")
	b.WriteString("Pemerintah Kab. Rembang;2026" + strings.Repeat(";3", 10) + strings.Repeat(";4", 10) + "\n")

	opt := spbe.ScoreAllOptions{Reuse: true}
	for s, err := range spbe.ScoreAll(strings.NewReader(b.String()), opt) {
		var invalid *spbe.AssessmentError
		switch {
		case errors.As(err, &invalid):
			fmt.Printf("line %d, %s: %v\n", invalid.Line, s.Instansi, invalid.Err)
		case err != nil:
			fmt.Println("the rest cannot be read:", err)
		default:
			fmt.Println(s.Instansi, s.Year, s.Result.Index, s.Result.Predicate)
		}
	}
	// Output:
	// Pemerintah Kab. Contoh 2026 4.00 Memuaskan
	// line 3, Pemerintah Kota Uji: spbe: invalid row 3: line 3, column 22 (20): level 9 is outside 1–5
	// Pemerintah Kab. Rembang 2026 3.57 Sangat Baik
}
