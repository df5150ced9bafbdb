package masterplan_test

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
	"github.com/kotacerdas/smartcity/masterplan"
	"github.com/kotacerdas/smartcity/masterplan/plantest"
)

// randomProgress returns a realisation document for plan p drawn from rng:
// for each of some of the plan's years, some of the programmes running
// then, each with a status, money spent from the sources it was budgeted
// from and values reached by its KPIs, some with decimals.
func randomProgress(rng *rand.Rand, p *masterplan.Plan) *masterplan.Progress {
	statuses := []masterplan.Status{masterplan.Planned, masterplan.Ongoing, masterplan.Completed, masterplan.Postponed, masterplan.Cancelled}
	pr := &masterplan.Progress{Region: p.Region.Name, Plan: "masterplan.json"}
	if rng.IntN(3) == 0 {
		pr.Illustrative = true
		pr.Notes = []string{"Realisasi acak untuk pengujian."}
	}
	for y := p.Period.StartYear; y <= p.Period.EndYear; y++ {
		if rng.IntN(3) == 0 {
			continue
		}
		ry := masterplan.RealisationYear{Year: y, Programs: []masterplan.Realisation{}}
		for _, prog := range p.Programs {
			if y < prog.StartYear || y > prog.EndYear || rng.IntN(4) == 0 {
				continue
			}
			r := masterplan.Realisation{ID: prog.ID, Status: statuses[rng.IntN(len(statuses))]}
			for _, b := range prog.Budget {
				if b.Year == y && rng.IntN(2) == 0 {
					r.Budget = append(r.Budget, masterplan.RealisedAmount{Source: b.Source, Amount: rng.Int64N(b.Amount + 1)})
				}
			}
			for _, k := range prog.KPIs {
				if rng.IntN(2) == 0 {
					v := json.Number(fmt.Sprint(rng.IntN(1000)))
					if rng.IntN(2) == 0 {
						v = json.Number(fmt.Sprintf("%d.%02d", rng.IntN(100), rng.IntN(100)))
					}
					r.KPIs = append(r.KPIs, masterplan.KPIActual{Name: k.Name, Actual: v})
				}
			}
			if rng.IntN(5) == 0 {
				r.Note = "Tertunda karena pengadaan; \"lelang\" diulang <2x>."
			}
			ry.Programs = append(ry.Programs, r)
		}
		pr.Years = append(pr.Years, ry)
	}
	if pr.Years == nil {
		pr.Years = []masterplan.RealisationYear{}
	}
	return pr
}

// TestPlanRoundTripProperty: for generated plans, decode(encode(p)) is p,
// and the document stays valid.
func TestPlanRoundTripProperty(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 1))
	for i := range 60 {
		p := plantest.Random(rng, 1+rng.IntN(20))
		data, err := json.Marshal(p)
		require.NoError(t, err)
		back, err := masterplan.Decode(bytes.NewReader(data), masterplan.DecodeOptions{})
		require.NoError(t, err, "plan %d", i)
		require.Equal(t, p, back, "plan %d", i)
		require.False(t, back.Validate(masterplan.ValidateOptions{}).HasErrors(), "plan %d", i)
	}
}

// TestEvaluationRoundTripProperty: generated evaluations and cohorts come
// back from JSON as they were, and score the same.
func TestEvaluationRoundTripProperty(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 2))
	for i := range 300 {
		e := plantest.RandomEvaluation(rng)
		data, err := json.Marshal(e)
		require.NoError(t, err)
		back, err := masterplan.DecodeEvaluation(bytes.NewReader(data), masterplan.DecodeOptions{})
		require.NoError(t, err, "evaluation %d", i)
		require.Equal(t, e, back, "evaluation %d", i)
		want, err := e.Score(masterplan.Weights{})
		require.NoError(t, err)
		got, err := back.Score(masterplan.Weights{})
		require.NoError(t, err)
		require.Equal(t, want.Index.Exact(), got.Index.Exact())
	}
	for i := range 30 {
		c := plantest.RandomCohort(rng, rng.IntN(40))
		data, err := json.Marshal(c)
		require.NoError(t, err)
		back, err := masterplan.DecodeCohort(bytes.NewReader(data), masterplan.DecodeOptions{})
		require.NoError(t, err, "cohort %d", i)
		if len(c) == 0 {
			require.Empty(t, back)
			continue
		}
		require.Equal(t, c, back, "cohort %d", i)
	}
}

// TestProgressRoundTripProperty: generated realisation documents come back
// from JSON as they were, and check against their plan without an error.
func TestProgressRoundTripProperty(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 3))
	for i := range 80 {
		p := plantest.Random(rng, 1+rng.IntN(12))
		pr := randomProgress(rng, p)
		data, err := json.Marshal(pr)
		require.NoError(t, err)
		back, err := masterplan.DecodeProgress(bytes.NewReader(data), masterplan.DecodeOptions{})
		require.NoError(t, err, "progress %d", i)
		require.Equal(t, pr, back, "progress %d", i)
		require.False(t, back.Validate(p, masterplan.ValidateOptions{}).HasErrors(), "progress %d: %v", i, back.Validate(p, masterplan.ValidateOptions{}))
	}
}

// TestEvaluationScoreProperty checks the evaluation index on generated
// evaluations and weights: it lies in [0, 5], equals Σ weight × score / 100
// computed independently, and never falls when one score rises.
func TestEvaluationScoreProperty(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 4))
	dims := []masterplan.Dimension{
		masterplan.DimensionBaseline, masterplan.DimensionOutput, masterplan.DimensionOutcome,
		masterplan.DimensionImpact, masterplan.DimensionQuickWin,
	}
	five := big.NewRat(5, 1)
	for i := range 500 {
		e := plantest.RandomEvaluation(rng)
		w := randomWeights(rng)
		res, err := e.Score(w)
		require.NoError(t, err, "evaluation %d", i)
		idx := res.Index.Rat()
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
		raised := *e
		setScore(&raised.Scores, d, json.Number(new(big.Rat).Add(s, step).FloatString(4)))
		up, err := raised.Score(w)
		require.NoError(t, err)
		require.GreaterOrEqual(t, up.Index.Cmp(res.Index), 0, "evaluation %d: raising %s lowered the index", i, d)
	}
}

// randomWeights returns weights of the five dimensions that sum to 100.
func randomWeights(rng *rand.Rand) masterplan.Weights {
	var parts [5]int
	left := 100
	for i := range 4 {
		parts[i] = rng.IntN(left + 1)
		left -= parts[i]
	}
	parts[4] = left
	rng.Shuffle(5, func(i, j int) { parts[i], parts[j] = parts[j], parts[i] })
	return masterplan.Weights{Baseline: parts[0], Output: parts[1], Outcome: parts[2], Impact: parts[3], QuickWin: parts[4]}
}

func setScore(s *masterplan.Scores, d masterplan.Dimension, v json.Number) {
	switch d {
	case masterplan.DimensionBaseline:
		s.Baseline = v
	case masterplan.DimensionOutput:
		s.Output = v
	case masterplan.DimensionOutcome:
		s.Outcome = v
	case masterplan.DimensionImpact:
		s.Impact = v
	case masterplan.DimensionQuickWin:
		s.QuickWin = v
	}
}

// FuzzDecodeCohort feeds JSON arrays of evaluations to the cohort decoder:
// it never panics, refuses with a *DecodeError, and a cohort it accepts
// encodes and decodes back the same and, when valid, ranks every member
// with an index in [0, 5].
func FuzzDecodeCohort(f *testing.F) {
	rembang, err := json.Marshal(masterplan.Cohort{*plantest.RembangEvaluation2024()})
	require.NoError(f, err)
	f.Add(rembang)
	cohort, err := json.Marshal(plantest.RandomCohort(rand.New(rand.NewPCG(1, 1)), 3))
	require.NoError(f, err)
	f.Add(cohort)
	for _, s := range []string{`[]`, `null`, `[{}]`, `[{"region":"A"},{"region":"a"}]`, `[1]`, `[[]]`, `{"region":"A"}`} {
		f.Add([]byte(s))
	}
	five := masterplan.NewRatio(5, 1)
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := masterplan.DecodeCohort(bytes.NewReader(data), masterplan.DecodeOptions{Limit: 1 << 20})
		if err != nil {
			var de *masterplan.DecodeError
			require.ErrorAs(t, err, &de)
			return
		}
		out, err := json.Marshal(c)
		require.NoError(t, err)
		back, err := masterplan.UnmarshalCohort(out)
		require.NoError(t, err)
		again, err := json.Marshal(back)
		require.NoError(t, err)
		require.Equal(t, string(out), string(again))
		if c.Validate(masterplan.ValidateOptions{Lang: smartcity.English}).HasErrors() {
			return
		}
		standings, err := c.Score(masterplan.Weights{})
		require.NoError(t, err)
		require.Len(t, standings, len(c))
		for _, s := range standings {
			assert.GreaterOrEqual(t, s.Index.Sign(), 0)
			assert.LessOrEqual(t, s.Index.Cmp(five), 0)
			assert.GreaterOrEqual(t, s.Rank, 1)
		}
	})
}

// FuzzDecodeLimit reads each kind of document through the size limit:
// whatever fits decodes as the in-memory decoder does, whatever does not is
// ErrTooLarge.
func FuzzDecodeLimit(f *testing.F) {
	plan, err := json.Marshal(plantest.Plan().Build())
	require.NoError(f, err)
	eval, err := json.Marshal(plantest.RembangEvaluation2024())
	require.NoError(f, err)
	prog, err := json.Marshal(plantest.RembangProgress2024())
	require.NoError(f, err)
	for kind, data := range [][]byte{plan, eval, prog, []byte(`[` + string(eval) + `]`)} {
		f.Add(uint8(kind), data, int64(len(data)))
		f.Add(uint8(kind), data, int64(len(data)/2))
	}
	f.Add(uint8(0), []byte(`{} `), int64(2))
	f.Fuzz(func(t *testing.T, kind uint8, data []byte, limit int64) {
		limit = max(1, limit%(2<<20))
		opts := masterplan.DecodeOptions{Limit: limit}
		var got, want any
		var gotErr, wantErr error
		switch kind % 4 {
		case 0:
			got, gotErr = masterplan.Decode(bytes.NewReader(data), opts)
			want, wantErr = masterplan.Unmarshal(data)
		case 1:
			got, gotErr = masterplan.DecodeEvaluation(bytes.NewReader(data), opts)
			want, wantErr = masterplan.UnmarshalEvaluation(data)
		case 2:
			got, gotErr = masterplan.DecodeProgress(bytes.NewReader(data), opts)
			want, wantErr = masterplan.UnmarshalProgress(data)
		default:
			got, gotErr = masterplan.DecodeCohort(bytes.NewReader(data), opts)
			want, wantErr = masterplan.UnmarshalCohort(data)
		}
		if int64(len(data)) > limit {
			require.ErrorIs(t, gotErr, masterplan.ErrTooLarge)
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
