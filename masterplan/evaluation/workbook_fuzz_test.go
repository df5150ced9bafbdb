package evaluation

import (
	"bytes"
	"os"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/memtest"
	"github.com/kotacerdas/smartcity/internal/workbook/workbooktest"
)

// cohortWorkbook is the workbook of generatedCohort(n) with notes, one
// a formula, and every other evaluation illustrative.
func cohortWorkbook(n int) []byte {
	c := generatedCohort(n)
	for i := range c {
		c[i].Notes = []string{"angka ilustratif", "=HYPERLINK(\"x\")"}
		c[i].Illustrative = i%2 == 0
	}
	var buf bytes.Buffer
	if err := WriteCohortWorkbook(&buf, c, smartcity.Indonesian); err != nil {
		panic(err)
	}
	return buf.Bytes()
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
