package evaluation

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"os"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/memtest"
	"github.com/kotacerdas/smartcity/internal/workbook/workbooktest"
)

// cohortWorkbook is the workbook of a cohort of n evaluations with every
// optional field given.
func cohortWorkbook(n int) []byte {
	rng := rand.New(rand.NewPCG(uint64(n), 7))
	c := make(Cohort, n)
	for i := range c {
		c[i] = Evaluation{Region: "Kabupaten " + string(rune('A'+i%26)) + string(rune('a'+i/26%26)) + string(rune('a'+i/676%26)),
			Province: "Provinsi " + string(rune('A'+i%7)), Year: 2024, Stage: StageII, PreviousIndex: "3.21",
			Notes: []string{"angka ilustratif", "=HYPERLINK(\"x\")"}, Illustrative: i%2 == 0}
		for d := range Dimensions() {
			switch d {
			case DimensionBaseline:
				c[i].Scores.Baseline = scoreText(rng)
			case DimensionOutput:
				c[i].Scores.Output = scoreText(rng)
			case DimensionOutcome:
				c[i].Scores.Outcome = scoreText(rng)
			case DimensionImpact:
				c[i].Scores.Impact = scoreText(rng)
			case DimensionQuickWin:
				c[i].Scores.QuickWin = scoreText(rng)
			}
		}
	}
	var buf bytes.Buffer
	if err := WriteCohortWorkbook(&buf, c, smartcity.Indonesian); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

// scoreText is a score of two decimals from 0 to 5.
func scoreText(rng *rand.Rand) json.Number {
	n := rng.IntN(501)
	return json.Number(string(rune('0'+n/100)) + "." + string(rune('0'+n/10%10)) + string(rune('0'+n%10)))
}

// TestReadWorkbookPeakRSS reads and validates a cohort of 10,000
// evaluations (the most a sheet may hold) and the hostile workbooks of
// workbooktest, each in a process of its own, as smartcity eval score
// reads them, and holds each to memtest.Bound.
func TestReadWorkbookPeakRSS(t *testing.T) {
	docs := append([]memtest.Doc{{Name: "workbook of 10,000 evaluations", Make: func() []byte { return cohortWorkbook(MaxWorkbookRows) }}},
		workbooktest.Hostile(cohortWorkbook(3))...)
	memtest.Within(t, memtest.Peak(t, nil, func(t testing.TB, path string) {
		data, err := os.ReadFile(path)
		require.NoError(t, err)
		_, _, err = ReadCohortWorkbook(data, DecodeOptions{})
		require.NoError(t, err)
	}, docs...))
}

// FuzzReadWorkbook feeds workbooks to the reader of evaluations: it never
// panics, a workbook it cannot read says why, and one it reads without a
// problem of reading writes and reads back to the same cohort.
func FuzzReadWorkbook(f *testing.F) {
	f.Add(cohortWorkbook(1))
	f.Add(cohortWorkbook(3))
	var tmpl bytes.Buffer
	require.NoError(f, WriteTemplate(&tmpl, smartcity.English))
	f.Add(tmpl.Bytes())
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, r, err := readBook(data, DecodeOptions{})
		require.NoError(t, err)
		if c == nil {
			require.True(t, r.problems.HasErrors())
			return
		}
		_ = r.place(c.Validate())
		if r.problems.HasErrors() {
			return
		}
		var buf bytes.Buffer
		if WriteCohortWorkbook(&buf, c, smartcity.English) != nil {
			return
		}
		back, r2, err := readBook(buf.Bytes(), DecodeOptions{})
		require.NoError(t, err)
		require.False(t, r2.problems.HasErrors(), "%v", r2.problems)
		require.Equal(t, c, back)
	})
}
