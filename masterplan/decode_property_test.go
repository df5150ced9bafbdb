package masterplan_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"

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

// FuzzDecodeLimit reads a plan and a realisation through the size limit:
// whatever fits decodes as the in-memory decoder does, whatever does not is
// ErrTooLarge.
func FuzzDecodeLimit(f *testing.F) {
	plan, err := json.Marshal(plantest.Plan().Build())
	require.NoError(f, err)
	prog, err := json.Marshal(plantest.RembangProgress2024())
	require.NoError(f, err)
	for kind, data := range [][]byte{plan, prog} {
		f.Add(uint8(kind), data, int64(len(data)))
		f.Add(uint8(kind), data, int64(len(data)/2))
	}
	f.Add(uint8(0), []byte(`{} `), int64(2))
	f.Fuzz(func(t *testing.T, kind uint8, data []byte, limit int64) {
		limit = max(1, limit%(2<<20))
		opts := masterplan.DecodeOptions{Limit: limit}
		var got, want any
		var gotErr, wantErr error
		if kind%2 == 0 {
			got, gotErr = masterplan.Decode(bytes.NewReader(data), opts)
			want, wantErr = masterplan.Unmarshal(data)
		} else {
			got, gotErr = masterplan.DecodeProgress(bytes.NewReader(data), opts)
			want, wantErr = masterplan.UnmarshalProgress(data)
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
