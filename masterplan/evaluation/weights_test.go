package evaluation

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
)

func TestParseWeights(t *testing.T) {
	tests := []struct {
		in   string
		want Weights
	}{
		{"baseline=10,output=20,outcome=30,impact=20,quick_win=20", DefaultWeights()},
		{"baseline=10,output=20,outcome=30,impact=30,quick_win=10", Weights{10, 20, 30, 30, 10}},
		{" quick_win = 20% , impact=20, outcome=30,output=20 ,baseline=10 ", DefaultWeights()},
		{"Baseline=0,Output=0,Outcome=100,Impact=0,Quick-Win=0", Weights{Outcome: 100}},
		{"baseline=010,output=20,outcome=30,impact=20,quickwin=20", DefaultWeights()},
	}
	for _, tt := range tests {
		got, err := ParseWeights(tt.in)
		require.NoError(t, err, tt.in)
		assert.Equal(t, tt.want, got, tt.in)
	}
}

func TestParseWeightsErrors(t *testing.T) {
	// The message begins with the first problem; every problem of the text
	// is reported, a dimension left out as well as a bad part.
	tests := []struct {
		in, part, message string
	}{
		{"", "", "evaluation: weights: no weights given; want baseline=10,output=20,outcome=30,impact=20,quick_win=20"},
		{"baseline=10", "", "evaluation: weights: missing output, outcome, impact, quick_win; give all five dimensions"},
		{"baseline=10,output=20,outcome=30,impact=20,quick_win=10", "", "evaluation: weights: the weights sum to 90, not 100"},
		{"baseline=10,output=20,outcome=x,impact=20,quick_win=20", "outcome=x",
			`evaluation: weights: "outcome=x": a weight must be a whole percent from 0 to 100`},
		{"baseline=10,innovation=20", "innovation=20",
			`evaluation: weights: "innovation=20": unknown dimension; want one of baseline, output, outcome, impact, quick_win`},
		{"baseline=10,baseline=10", "baseline=10", `evaluation: weights: "baseline=10": baseline is given twice`},
		{"baseline", "baseline", `evaluation: weights: "baseline": want dimension=percent`},
		{"baseline=-10,output=40,outcome=30,impact=20,quick_win=20", "baseline=-10",
			`evaluation: weights: "baseline=-10": a weight must be a whole percent from 0 to 100`},
		{"baseline=101", "baseline=101", `evaluation: weights: "baseline=101": a weight must be a whole percent from 0 to 100`},
		{"baseline=+10", "baseline=+10", `evaluation: weights: "baseline=+10": a weight must be a whole percent from 0 to 100`},
		{"baseline=12.5", "baseline=12.5", `evaluation: weights: "baseline=12.5": a weight must be a whole percent from 0 to 100`},
		{"baseline=10,,output=20", "", "evaluation: weights: an empty part between commas; want dimension=percent"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			_, err := ParseWeights(tt.in)
			require.ErrorIs(t, err, ErrWeights)
			var ps smartcity.Problems
			require.ErrorAs(t, err, &ps)
			for _, p := range ps {
				assert.ErrorIs(t, p, ErrWeights)
			}
			assert.True(t, strings.HasPrefix(err.Error(), tt.message), err.Error())
			if tt.part != "" {
				assert.Contains(t, ps[0].Error(), `"`+tt.part+`"`)
			}
		})
	}
}

func TestWeights(t *testing.T) {
	w := DefaultWeights()
	assert.Equal(t, "baseline=10,output=20,outcome=30,impact=20,quick_win=20", w.String())
	back, err := ParseWeights(w.String())
	require.NoError(t, err)
	assert.Equal(t, w, back)
	require.Empty(t, w.validate())

	sum := 0
	for d := range Dimensions() {
		sum += w.Of(d)
	}
	assert.Equal(t, 100, sum)
	assert.Equal(t, 30, w.Of(DimensionOutcome))
	assert.Equal(t, 0, w.Of(Dimension(0)))

	assert.Equal(t, DefaultWeights(), weightsOrDefault(Weights{}))
	ps := Weights{Baseline: 200, Output: -100}.validate()
	assert.EqualError(t, ps, `baseline: a weight must be a whole percent from 0 to 100, not 200; output: a weight must be a whole percent from 0 to 100, not -100`)
	assert.Equal(t, "weight_range", ps[0].Rule)
	_, err = ParseWeights("baseline=10,innovation=20")
	assert.Equal(t, `evaluation: bobot: "innovation=20": dimensi tidak dikenal; seharusnya salah satu dari baseline, output, outcome, impact, quick_win; `+
		`output, outcome, impact, quick_win tidak ada; berikan kelima dimensi`, smartcity.ErrorMessage(err, smartcity.Indonesian))
	assert.EqualError(t, Weights{}.validate(), "the weights sum to 0, not 100")
}
