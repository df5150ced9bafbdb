package spbe

import (
	"encoding/csv"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
)

// publishedRow is one row of the official 2023 or 2024 results: the four
// domain indices, the index and the predikat, as printed.
type publishedRow struct {
	Year      int
	Name      string
	Domains   [4]string
	Index     string
	Predicate Predicate
}

// basisOf returns the predicate basis of the year's official results.
func basisOf(year int) PredicateBasis {
	if year <= 2023 {
		return Rounded
	}
	return Unrounded
}

// hundredths reads a published two-decimal value as an integer.
func hundredths(t testing.TB, s string) int64 {
	t.Helper()
	x, err := smartcity.ParseNumber(s)
	require.NoError(t, err, s)
	return x.Round(2)
}

// spread returns k levels adding up to sum, as even as can be: the first
// sum%k of them one higher.
func spread(sum, k int) []Level {
	out := make([]Level, k)
	for i := range out {
		out[i] = Level(sum / k)
		if i < sum%k {
			out[i]++
		}
	}
	return out
}

// solve59 searches for PermenPANRB 59/2020 levels that reproduce a
// published row: every domain index, the index and the predikat. The
// search runs on the sums that determine the published values — ΣL(1..10),
// ΣL(11..20), ΣL(21..31), ΣL(32..41) and ΣL(42..47) — first with levels
// 1–5, then allowing 0 (unanswered scored as 0), and spreads each sum
// evenly over its indicators. It reports false when nothing fits.
func solve59(t testing.TB, row publishedRow) (Levels, bool) {
	t.Helper()
	var d [4]int64
	for i, s := range row.Domains {
		d[i] = hundredths(t, s)
	}
	idx := hundredths(t, row.Index)
	basis := basisOf(row.Year)
	fw := Default()
	for _, minL := range []int{1, 0} {
		var s1s, s2s, s3s []int
		for s := 10 * minL; s <= 50; s++ {
			if smartcity.NewNumber(int64(s), 10).Round(2) == d[0] {
				s1s = append(s1s, s)
			}
			if smartcity.NewNumber(int64(s), 10).Round(2) == d[1] {
				s2s = append(s2s, s)
			}
		}
		for s := 11 * minL; s <= 55; s++ {
			if smartcity.NewNumber(int64(s), 11).Round(2) == d[2] {
				s3s = append(s3s, s)
			}
		}
		type pair struct{ a, b int }
		var d4s []pair
		for a := 10 * minL; a <= 50; a++ {
			for b := 6 * minL; b <= 30; b++ {
				if smartcity.NewNumber(int64(11*a+12*b), 182).Round(2) == d[3] {
					d4s = append(d4s, pair{a, b})
				}
			}
		}
		for _, s1 := range s1s {
			for _, s2 := range s2s {
				for _, s3 := range s3s {
					for _, p := range d4s {
						n := int64(130*s1 + 250*s2 + 150*s3 + 275*p.a + 300*p.b)
						if smartcity.NewNumber(n, 10000).Round(2) != idx || fw.predicateFor(n, 10000, basis) != row.Predicate {
							continue
						}
						lv := make(Levels, 0, 47)
						lv = append(lv, spread(s1, 10)...)
						lv = append(lv, spread(s2, 10)...)
						lv = append(lv, spread(s3, 11)...)
						lv = append(lv, spread(p.a, 10)...)
						lv = append(lv, spread(p.b, 6)...)
						return lv, true
					}
				}
			}
		}
	}
	return nil, false
}

// checkPublished scores lv as the row's year did and compares every
// published value.
func checkPublished(t *testing.T, row publishedRow, lv Levels) *Result {
	t.Helper()
	res, err := Default().Score(lv, Options{Basis: basisOf(row.Year), Unanswered: UnansweredZero})
	require.NoError(t, err)
	for i, want := range row.Domains {
		assert.Equal(t, want, res.Domains[i].String(), "%d %s D%d", row.Year, row.Name, i+1)
	}
	assert.Equal(t, row.Index, res.Index.String(), "%d %s index", row.Year, row.Name)
	assert.Equal(t, row.Predicate, res.Predicate, "%d %s predikat", row.Year, row.Name)
	return res
}

// referenceCSV returns the path of the published results beside the
// module (../shared/reference from the module root), or "" when absent.
func referenceCSV(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	require.NoError(t, err)
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
	p := filepath.Join(dir, "..", "shared", "reference", "spbe-results-2023-2024.csv")
	if _, err := os.Stat(p); err != nil {
		return ""
	}
	return p
}

// readPublished reads every row of the published results beside the
// module, and skips the test when they are not there.
func readPublished(t *testing.T) []publishedRow {
	t.Helper()
	path := referenceCSV(t)
	if path == "" {
		t.Skip("the published results (../shared/reference/spbe-results-2023-2024.csv) are not beside the module")
	}
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	cr := csv.NewReader(f)
	header, err := cr.Read()
	require.NoError(t, err)
	col := map[string]int{}
	for i, h := range header {
		col[h] = i
	}
	for _, h := range []string{"tahun", "nama_instansi", "d1_kebijakan", "d2_tata_kelola", "d3_manajemen", "d4_layanan", "indeks", "predikat"} {
		require.Contains(t, col, h)
	}
	var rows []publishedRow
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		require.NoError(t, err)
		p, err := ParsePredicate(rec[col["predikat"]])
		require.NoError(t, err)
		year := 2023
		if rec[col["tahun"]] == "2024" {
			year = 2024
		}
		require.Contains(t, []string{"2023", "2024"}, rec[col["tahun"]])
		rows = append(rows, publishedRow{
			Year: year,
			Name: strings.TrimSpace(rec[col["nama_instansi"]]),
			Domains: [4]string{rec[col["d1_kebijakan"]], rec[col["d2_tata_kelola"]],
				rec[col["d3_manajemen"]], rec[col["d4_layanan"]]},
			Index:     rec[col["indeks"]],
			Predicate: p,
		})
	}
	return rows
}

// TestPublishedResultsConsistent checks every official 2023 and 2024
// result against the rules: for each row some set of levels reproduces
// the four domain indices, the index and the predikat when scored by this
// package, with the predicate basis of the row's year.
func TestPublishedResultsConsistent(t *testing.T) {
	rows := readPublished(t)
	require.Len(t, rows, 621+615)
	zeroNeeded := 0
	for _, row := range rows {
		lv, ok := solve59(t, row)
		if !assert.True(t, ok, "no levels reproduce %d %s", row.Year, row.Name) {
			continue
		}
		checkPublished(t, row, lv)
		if lv.count(Unanswered) > 0 {
			zeroNeeded++
			assert.Equal(t, "Pemerintah Kab. Banyuasin", row.Name)
			assert.Equal(t, 2023, row.Year)
		}
	}
	assert.Equal(t, 1, zeroNeeded, "only Banyuasin 2023 needs unanswered indicators")
}
