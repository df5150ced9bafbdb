package evaluation_test

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/memtest"
	"github.com/kotacerdas/smartcity/masterplan/evaluation"
)

// A cohort of more evaluations than a document may hold is refused at its
// path before anything is decoded, in Indonesian and English.
func TestCohortOverItsCapIsRefused(t *testing.T) {
	doc := string(memtest.Array("", "{}", 10_001))
	c, ps, err := evaluation.ValidateCohort(strings.NewReader(doc), evaluation.DecodeOptions{})
	require.NoError(t, err)
	assert.Nil(t, c)
	require.Len(t, ps, 1)
	assert.Equal(t, "max_items", ps[0].Rule)
	assert.Equal(t, "line 1, column 1: 10001 elements, more than the 10000 allowed", ps[0].Message(smartcity.English))
	assert.Equal(t, "baris 1, kolom 1: 10001 anggota, melebihi batas 10000", ps[0].Message(smartcity.Indonesian))

	_, ps, err = evaluation.ValidateCohort(strings.NewReader(string(memtest.Array("", "{}", 2000))), evaluation.DecodeOptions{})
	require.NoError(t, err)
	assert.Len(t, ps, smartcity.DefaultMaxProblems+1, "the problems of 2,000 empty evaluations, capped")
	assert.Equal(t, smartcity.RuleMoreProblems, ps[len(ps)-1].Rule)
}

// TestValidatePeakRSS reads hostile evaluations and cohorts, each in a
// process of its own, and holds each to memtest.Bound.
func TestValidatePeakRSS(t *testing.T) {
	memtest.Within(t, memtest.Peak(t, nil, func(t testing.TB, path string) {
		for _, validate := range []func(*os.File) error{
			func(f *os.File) error { _, _, err := evaluation.Validate(f, evaluation.DecodeOptions{}); return err },
			func(f *os.File) error {
				_, _, err := evaluation.ValidateCohort(f, evaluation.DecodeOptions{})
				return err
			},
			func(f *os.File) error { _, err := evaluation.Decode(f, evaluation.DecodeOptions{}); return err },
		} {
			f, err := os.Open(path)
			require.NoError(t, err)
			_ = validate(f)
			f.Close()
		}
	}, memtest.Hostile(memtest.Shape{}, 100_000)...))
}

// Validating a cohort grows linearly with its evaluations.
func TestValidateCohortAllocatesLinearly(t *testing.T) {
	memtest.Linear(t, "ValidateCohort of n empty evaluations", 500, func(n int) func() {
		doc := string(memtest.Array("", "{}", n))
		return func() {
			_, _, err := evaluation.ValidateCohort(strings.NewReader(doc), evaluation.DecodeOptions{})
			require.NoError(t, err)
		}
	})
}
