package spbe

import (
	"bytes"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/memtest"
)

// answers returns n answers of indicator 1 at level 1, as JSON.
func answers(n int) string {
	return strings.TrimSuffix(strings.Repeat(`{"indicator": 1, "level": 1},`, n), ",")
}

// An assessment of more answers than an assessment may hold is refused
// before it is decoded, at its path, by every reader: the streaming one
// reads an array element by element, and holds each to the same caps.
func TestAssessmentOverItsCapIsRefused(t *testing.T) {
	doc := "[{\"instansi\": \"A\", \"indicators\": []},\n {\"instansi\": \"B\", \"indicators\": [" + answers(1001) + "]}]"
	const want = `line 2, column 34 ([1].indicators): 1001 elements, more than the 1000 allowed`
	_, err := ReadAssessments(strings.NewReader(doc), ReadOptions{})
	require.ErrorIs(t, err, ErrMalformed)
	assert.Contains(t, err.Error(), want)

	var last error
	for _, err := range ScoreAll(strings.NewReader(doc), ScoreAllOptions{}) {
		if err != nil {
			last = err
		}
	}
	require.ErrorIs(t, last, ErrMalformed)
	assert.Contains(t, last.Error(), want)

	_, err = DecodeAssessment(strings.NewReader(`{"instansi": "A", "indicators": [`+answers(1001)+`]}`), 0)
	require.ErrorIs(t, err, ErrMalformed)
	assert.Contains(t, err.Error(), `line 1, column 33 (indicators): 1001 elements, more than the 1000 allowed`)
	assert.Contains(t, smartcity.ErrorMessage(err, 0), `1001 anggota, melebihi batas 1000`)
}

// TestReadPeakRSS reads hostile assessment and framework files as
// ReadAssessments, DecodeAssessment and DecodeFramework do, each file in a
// process of its own, and holds each to memtest.Bound.
func TestReadPeakRSS(t *testing.T) {
	docs := append(memtest.Hostile(memtest.Shape{}, 100_000),
		memtest.Hostile(memtest.Shape{Array: "indicators", String: "instansi"}, 100_000)[:2]...)
	docs = append(docs, memtest.Doc{Name: "2,000 assessments of 47 empty answers", Make: func() []byte {
		return memtest.Array("", string(memtest.Array("indicators", "{}", 47)), 2000)
	}})
	results := memtest.Peak(t, func() { _ = Default() }, func(t testing.TB, path string) {
		data, err := os.ReadFile(path)
		require.NoError(t, err)
		_, _ = ReadAssessments(bytes.NewReader(data), ReadOptions{})
		_, _ = DecodeAssessment(bytes.NewReader(data), 0)
		_, _ = DecodeFramework(bytes.NewReader(data), 0)
	}, docs...)
	memtest.Within(t, results)
}

// TestScoreAllPeakRSS streams hostile assessment files through ScoreAll,
// which reads an array element by element, and holds each to
// memtest.Bound. The arrays are smaller than TestReadPeakRSS's: ScoreAll
// reads an array of any length, and scores what it reads.
func TestScoreAllPeakRSS(t *testing.T) {
	docs := memtest.Hostile(memtest.Shape{}, 10_000)
	docs = append(docs, memtest.Doc{Name: "an assessment of 1,000,000 empty answers", Make: func() []byte {
		return []byte("[" + string(memtest.Array("indicators", "{}", 1_000_000)) + "]")
	}})
	results := memtest.Peak(t, func() { _ = Default() }, func(t testing.TB, path string) {
		f, err := os.Open(path)
		require.NoError(t, err)
		defer f.Close()
		for range ScoreAll(f, ScoreAllOptions{}) {
		}
	}, docs...)
	memtest.Within(t, results)
}

// Reading grows linearly with the number of assessments, refused or not.
func TestReadAllocatesLinearly(t *testing.T) {
	memtest.Linear(t, "ReadAssessments of n assessments", 200, func(n int) func() {
		data := memtest.Array("", `{"instansi":"A","tahun":2024,"indicators":[`+answers(10)+`]}`, n)
		return func() {
			_, err := ReadAssessments(bytes.NewReader(data), ReadOptions{})
			require.NoError(t, err)
		}
	})
	memtest.Linear(t, "ScoreAll of n assessments", 200, func(n int) func() {
		data := memtest.Array("", `{"instansi":"A","tahun":2024,"indicators":[`+answers(10)+`]}`, n)
		return func() {
			for range ScoreAll(bytes.NewReader(data), ScoreAllOptions{}) {
			}
		}
	})
}

func BenchmarkReadAssessmentsJSON(b *testing.B) {
	for _, n := range []int{100, 1000} {
		data := memtest.Array("", `{"instansi":"A","tahun":2024,"indicators":[`+answers(47)+`]}`, n)
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				_, _ = ReadAssessments(bytes.NewReader(data), ReadOptions{})
			}
		})
	}
}

func BenchmarkScoreAllJSON(b *testing.B) {
	for _, n := range []int{100, 1000} {
		data := memtest.Array("", `{"instansi":"A","tahun":2024,"indicators":[`+answers(47)+`]}`, n)
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				for range ScoreAll(bytes.NewReader(data), ScoreAllOptions{}) {
				}
			}
		})
	}
}
