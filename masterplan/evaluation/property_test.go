package evaluation_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/masterplan/evaluation"
	"github.com/kotacerdas/smartcity/masterplan/evaluation/evaltest"
)

// TestEvaluationRoundTripProperty: generated evaluations and cohorts come
// back from JSON as they were, and score the same.
func TestEvaluationRoundTripProperty(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 2))
	for i := range 300 {
		e := evaltest.Random(rng)
		data, err := json.Marshal(e)
		require.NoError(t, err)
		back, err := evaluation.Decode(bytes.NewReader(data), evaluation.DecodeOptions{})
		require.NoError(t, err, "evaluation %d", i)
		require.Equal(t, e, back, "evaluation %d", i)
		want, err := e.Score(evaluation.Weights{})
		require.NoError(t, err)
		got, err := back.Score(evaluation.Weights{})
		require.NoError(t, err)
		require.Equal(t, want.Index.Exact(), got.Index.Exact())
	}
	for i := range 30 {
		c := evaltest.RandomCohort(rng, rng.IntN(40))
		data, err := json.Marshal(c)
		require.NoError(t, err)
		back, err := evaluation.DecodeCohort(bytes.NewReader(data), evaluation.DecodeOptions{})
		require.NoError(t, err, "cohort %d", i)
		if len(c) == 0 {
			require.Empty(t, back)
			continue
		}
		require.Equal(t, c, back, "cohort %d", i)
	}
}

// TestEvaluationScoreProperty checks the evaluation index on generated
// evaluations and weights: it lies in [0, 5], equals Σ weight × score / 100
// computed independently, and never falls when one score rises.
func TestEvaluationScoreProperty(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 4))
	dims := []evaluation.Dimension{
		evaluation.DimensionBaseline, evaluation.DimensionOutput, evaluation.DimensionOutcome,
		evaluation.DimensionImpact, evaluation.DimensionQuickWin,
	}
	five := big.NewRat(5, 1)
	for i := range 500 {
		e := evaltest.Random(rng)
		w := randomWeights(rng)
		res, err := e.Score(w)
		require.NoError(t, err, "evaluation %d", i)
		idx := big.NewRat(res.Index.Num(), res.Index.Den())
		require.True(t, idx.Sign() >= 0 && idx.Cmp(five) <= 0, "evaluation %d: index %s", i, res.Index.Exact())

		want := new(big.Rat)
		for _, d := range dims {
			s, ok := new(big.Rat).SetString(string(e.Scores.Of(d)))
			require.True(t, ok)
			want.Add(want, s.Mul(s, big.NewRat(int64(w.Of(d)), 100)))
		}
		require.Equal(t, 0, want.Cmp(idx), "evaluation %d: %s, want %s", i, idx.RatString(), want.RatString())

		// Raise one score by a random step within 0–5.
		d := dims[rng.IntN(len(dims))]
		s, _ := new(big.Rat).SetString(string(e.Scores.Of(d)))
		room := new(big.Rat).Sub(five, s)
		step := new(big.Rat).Mul(room, big.NewRat(int64(rng.IntN(101)), 100))
		raised := evaltest.Evaluation()
		for _, other := range dims {
			raised.Score(other, e.Scores.Of(other))
		}
		raised.Score(d, json.Number(new(big.Rat).Add(s, step).FloatString(4)))
		up, err := raised.Build().Score(w)
		require.NoError(t, err)
		require.GreaterOrEqual(t, up.Index.Cmp(res.Index), 0, "evaluation %d: raising %s lowered the index", i, d)
	}
}

// randomWeights returns weights of the five dimensions that sum to 100.
func randomWeights(rng *rand.Rand) evaluation.Weights {
	var parts [5]int
	left := 100
	for i := range 4 {
		parts[i] = rng.IntN(left + 1)
		left -= parts[i]
	}
	parts[4] = left
	rng.Shuffle(5, func(i, j int) { parts[i], parts[j] = parts[j], parts[i] })
	return evaluation.Weights{Baseline: parts[0], Output: parts[1], Outcome: parts[2], Impact: parts[3], QuickWin: parts[4]}
}

// FuzzDecodeCohort feeds JSON arrays of evaluations to the cohort decoder:
// it never panics, refuses with a *DecodeError, and a cohort it accepts
// encodes and decodes back the same and, when valid, ranks every member
// with an index in [0, 5].
func FuzzDecodeCohort(f *testing.F) {
	rembang, err := json.Marshal(evaluation.Cohort{*evaltest.Rembang2024()})
	require.NoError(f, err)
	f.Add(rembang)
	cohort, err := json.Marshal(evaltest.RandomCohort(rand.New(rand.NewPCG(1, 1)), 3))
	require.NoError(f, err)
	f.Add(cohort)
	for _, s := range []string{`[]`, `null`, `[{}]`, `[{"region":"A"},{"region":"a"}]`, `[1]`, `[[]]`, `{"region":"A"}`} {
		f.Add([]byte(s))
	}
	five := smartcity.NewNumber(5, 1)
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := evaluation.DecodeCohort(bytes.NewReader(data), evaluation.DecodeOptions{Limit: 1 << 20})
		if err != nil {
			require.ErrorAs(t, err, new(smartcity.Problems))
			return
		}
		out, err := json.Marshal(c)
		require.NoError(t, err)
		back, err := evaluation.UnmarshalCohort(out)
		require.NoError(t, err)
		again, err := json.Marshal(back)
		require.NoError(t, err)
		require.Equal(t, string(out), string(again))
		if c.Validate().HasErrors() {
			return
		}
		standings, err := c.Score(evaluation.Weights{})
		require.NoError(t, err)
		require.Len(t, standings, len(c))
		for _, s := range standings {
			assert.GreaterOrEqual(t, s.Index.Sign(), 0)
			assert.LessOrEqual(t, s.Index.Cmp(five), 0)
			assert.GreaterOrEqual(t, s.Rank, 1)
		}
	})
}

// FuzzDecodeLimit reads an evaluation and a cohort through the size limit:
// whatever fits decodes as the in-memory decoder does, whatever does not is
// ErrTooLarge.
func FuzzDecodeLimit(f *testing.F) {
	eval, err := json.Marshal(evaltest.Rembang2024())
	require.NoError(f, err)
	for kind, data := range [][]byte{eval, []byte(`[` + string(eval) + `]`)} {
		f.Add(uint8(kind), data, int64(len(data)))
		f.Add(uint8(kind), data, int64(len(data)/2))
	}
	f.Add(uint8(0), []byte(`{} `), int64(2))
	f.Fuzz(func(t *testing.T, kind uint8, data []byte, limit int64) {
		limit = max(1, limit%(2<<20))
		opts := evaluation.DecodeOptions{Limit: limit}
		var got, want any
		var gotErr, wantErr error
		if kind%2 == 0 {
			got, gotErr = evaluation.Decode(bytes.NewReader(data), opts)
			want, wantErr = evaluation.Unmarshal(data)
		} else {
			got, gotErr = evaluation.DecodeCohort(bytes.NewReader(data), opts)
			want, wantErr = evaluation.UnmarshalCohort(data)
		}
		if int64(len(data)) > limit {
			require.ErrorIs(t, gotErr, evaluation.ErrTooLarge)
			require.ErrorContains(t, gotErr, fmt.Sprint(limit))
			return
		}
		if wantErr != nil {
			require.EqualError(t, gotErr, wantErr.Error())
			return
		}
		require.NoError(t, gotErr)
		require.Equal(t, want, got)
	})
}
