package masterplan

import (
	"bytes"
	"fmt"
	"os"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/memtest"
)

// planWorkbook is the workbook of a generated plan of n programmes.
func planWorkbook(n int) []byte {
	var buf bytes.Buffer
	if err := WriteWorkbook(&buf, generatedPlan(n), smartcity.Indonesian); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

// TestReadWorkbookPeakRSS reads and validates the workbooks of generated
// plans of 1,000 and 2,000 programmes (the most a plan may hold), as
// `smartcity plan validate` reads them, and holds each to memtest.Bound.
func TestReadWorkbookPeakRSS(t *testing.T) {
	results := memtest.Peak(t, warmValidator, func(t testing.TB, path string) {
		data, err := os.ReadFile(path)
		require.NoError(t, err)
		p, _, err := ReadWorkbook(data, ValidateOptions{})
		require.NoError(t, err)
		require.NotNil(t, p)
	},
		memtest.Doc{Name: "workbook of 1,000 programmes", Make: func() []byte { return planWorkbook(1000) }},
		memtest.Doc{Name: "workbook of 2,000 programmes", Make: func() []byte { return planWorkbook(2000) }},
	)
	memtest.Within(t, results)
}

// FuzzReadWorkbook feeds workbooks to the reader of a plan's workbook: it
// never panics, and a workbook it reads without a problem of reading
// writes and reads back to the same plan.
func FuzzReadWorkbook(f *testing.F) {
	f.Add(planWorkbook(1))
	var tmpl bytes.Buffer
	require.NoError(f, WriteTemplate(&tmpl, smartcity.English))
	f.Add(tmpl.Bytes())
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, r, ok := readPlanBook(data, ValidateOptions{})
		if !ok {
			require.True(t, r.problems.HasErrors())
			return
		}
		_ = r.place(p.Validate(ValidateOptions{}))
		if r.problems.HasErrors() {
			return
		}
		var buf bytes.Buffer
		if WriteWorkbook(&buf, p, smartcity.Indonesian) != nil {
			return
		}
		back, r2, ok := readPlanBook(buf.Bytes(), ValidateOptions{})
		require.True(t, ok)
		require.False(t, r2.problems.HasErrors(), "%v", r2.problems)
		require.Equal(t, p, back)
	})
}

// FuzzReadProgressWorkbook does for the workbook of a realisation what
// FuzzReadWorkbook does for a plan's.
func FuzzReadProgressWorkbook(f *testing.F) {
	pr := &Progress{Region: "Contoh", Years: []RealisationYear{{Year: 2026, Programs: []Realisation{{ID: "GOV-01", Status: Ongoing,
		Budget: []RealisedAmount{{Source: APBD, Amount: 5}}, KPIs: []KPIActual{{Name: "k", Actual: "1.5"}}}}}}}
	var buf bytes.Buffer
	require.NoError(f, WriteProgressWorkbook(&buf, pr, smartcity.Indonesian))
	f.Add(buf.Bytes())
	f.Fuzz(func(t *testing.T, data []byte) {
		pr, r, ok := readProgressBook(data, ValidateOptions{})
		if !ok || r.problems.HasErrors() {
			return
		}
		_ = r.place(pr.Validate(generatedPlan(1), ValidateOptions{}))
		var out bytes.Buffer
		if WriteProgressWorkbook(&out, pr, smartcity.English) != nil {
			return
		}
		back, r2, ok := readProgressBook(out.Bytes(), ValidateOptions{})
		require.True(t, ok)
		require.False(t, r2.problems.HasErrors(), "%v", r2.problems)
		require.Equal(t, pr, back)
	})
}

// BenchmarkReadWorkbook reads and validates the workbook of a generated
// plan of 200 and 2,000 programmes, against the same plan as JSON.
func BenchmarkReadWorkbook(b *testing.B) {
	for _, n := range []int{200, 2000} {
		book, doc := planWorkbook(n), generatedDocument(n)
		b.Run(fmt.Sprintf("programs=%d/workbook", n), func(b *testing.B) {
			b.SetBytes(int64(len(book)))
			for b.Loop() {
				if p, _, err := ReadWorkbook(book, ValidateOptions{}); err != nil || p == nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("programs=%d/json", n), func(b *testing.B) {
			b.SetBytes(int64(len(doc)))
			for b.Loop() {
				if p, _, err := Validate(bytes.NewReader(doc), ValidateOptions{}); err != nil || p == nil {
					b.Fatal(err)
				}
			}
		})
	}
}
