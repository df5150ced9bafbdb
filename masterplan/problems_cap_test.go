package masterplan_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/memtest"
	"github.com/kotacerdas/smartcity/masterplan"
)

// emptyProgrammes is a masterplan of n empty programmes, each missing its
// eight required fields.
func emptyProgrammes(n int) string {
	return `{"programs":[` + strings.Repeat(`{},`, n-1) + `{}]}`
}

// A plan with thousands of faults keeps the first and counts the rest, in
// one closing problem, as many as ValidateOptions.MaxProblems asks.
func TestValidateKeepsMaxProblems(t *testing.T) {
	for _, max := range []int{0, 10} {
		_, ps, err := masterplan.Validate(strings.NewReader(emptyProgrammes(200)), masterplan.ValidateOptions{MaxProblems: max})
		require.NoError(t, err)
		want := max
		if want == 0 {
			want = smartcity.DefaultMaxProblems
		}
		require.Len(t, ps, want+1, "max %d", max)
		last := ps[len(ps)-1]
		assert.Equal(t, smartcity.RuleMoreProblems, last.Rule)
		assert.Equal(t, smartcity.Error, last.Severity)
		errs, _ := ps.Count()
		assert.GreaterOrEqual(t, errs, 8*200, "every programme's eight required fields are counted")
		assert.Contains(t, last.Message(smartcity.Indonesian), "masalah lainnya")
	}
	p := &masterplan.Plan{Programs: make([]masterplan.Program, 50)}
	ps := p.Validate(masterplan.ValidateOptions{MaxProblems: 5})
	require.Len(t, ps, 6, "Plan.Validate keeps as many")
	assert.Equal(t, smartcity.RuleMoreProblems, ps[5].Rule)
}

// A plan of more programmes than the cap is refused at "programs" before
// anything of it is decoded, in one problem that names the cap.
func TestValidateRefusesTooManyProgrammes(t *testing.T) {
	p, ps, err := masterplan.Validate(strings.NewReader(emptyProgrammes(100_000)), masterplan.ValidateOptions{})
	require.NoError(t, err)
	assert.Nil(t, p, "nothing is decoded")
	require.Len(t, ps, 1)
	assert.Equal(t, "max_items", ps[0].Rule)
	assert.Equal(t, "programs", ps[0].Path)
	assert.Equal(t, "line 1, column 13 (programs): 100000 elements, more than the 2000 allowed", ps[0].Message(smartcity.English))
	assert.Equal(t, "baris 1, kolom 13 (programs): 100000 anggota, melebihi batas 2000", ps[0].Message(smartcity.Indonesian))

	_, err = masterplan.Unmarshal([]byte(emptyProgrammes(2001)))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "(programs): 2001 elements, more than the 2000 allowed")
	_, err = masterplan.Unmarshal([]byte(emptyProgrammes(2000)))
	assert.NoError(t, err, "2,000 are read")
}

// Validating a plan grows linearly with its programmes, however many
// problems they have: the problems past the cap are counted, not held.
func TestValidateAllocatesLinearly(t *testing.T) {
	memtest.Linear(t, "Validate of n empty programmes", 400, func(n int) func() {
		doc := emptyProgrammes(n)
		return func() {
			_, _, err := masterplan.Validate(strings.NewReader(doc), masterplan.ValidateOptions{})
			require.NoError(t, err)
		}
	})
}

// BenchmarkValidateEmptyProgrammes validates plans of n and 10n empty
// programmes, eight problems each: the time grows as the programmes do.
func BenchmarkValidateEmptyProgrammes(b *testing.B) {
	for _, n := range []int{200, 2000} {
		doc := emptyProgrammes(n)
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			b.SetBytes(int64(len(doc)))
			for b.Loop() {
				_, _, _ = masterplan.Validate(strings.NewReader(doc), masterplan.ValidateOptions{})
			}
		})
	}
}
