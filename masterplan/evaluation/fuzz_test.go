package evaluation

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
)

// fuzzEnum checks a parser: no panic, and what it accepts is a declared
// value whose code parses back to it.
func fuzzEnum[T interface {
	~uint8
	isValid() bool
	String() string
}](f *testing.F, parse func(string) (T, error), seeds ...string) {
	for _, s := range append(seeds, "", " ", "x", "\x00", "ü") {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := parse(s)
		if err != nil {
			var pe *smartcity.ParseError
			require.ErrorAs(t, err, &pe)
			return
		}
		require.True(t, v.isValid())
		back, err := parse(v.String())
		require.NoError(t, err)
		require.Equal(t, v, back)
	})
}

func isArray(data []byte) bool {
	for _, c := range data {
		switch c {
		case ' ', '\t', '\r', '\n':
			continue
		}
		return c == '['
	}
	return false
}

// FuzzParseWeights: no panic; what ParseWeights accepts is valid and its
// String parses back to the same weights.
func FuzzParseWeights(f *testing.F) {
	for _, s := range []string{
		"baseline=10,output=20,outcome=30,impact=20,quick_win=20",
		"baseline=10,output=20,outcome=30,impact=30,quick_win=10",
		" quick win = 20% ,impact=20,outcome=30,output=20,baseline=10",
		"baseline=10", "baseline=x", "=", ",", "", "baseline=100,output=0,outcome=0,impact=0,quick_win=0,",
		"baseline=-0,output=+20", "baseline=99999999999999999999",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		w, err := ParseWeights(s)
		if err != nil {
			require.ErrorIs(t, err, ErrWeights)
			require.ErrorAs(t, err, new(smartcity.Problems))
			return
		}
		require.Empty(t, w.validate())
		back, err := ParseWeights(w.String())
		require.NoError(t, err)
		require.Equal(t, w, back)
	})
}

// FuzzUnmarshal feeds documents to the evaluation decoders, one
// evaluation or a cohort: they never panic; what they accept encodes and
// decodes back the same, validates, and scores exactly when valid, with
// an index inside 0–5 whatever the weights.
func FuzzUnmarshal(f *testing.F) {
	for _, s := range []string{
		`{"region": "Kabupaten Rembang", "province": "Jawa Tengah", "year": 2024, "stage": "II",
		  "scores": {"baseline": 3.5, "output": 3.75, "outcome": 3.25, "impact": 3, "quick_win": 3.5},
		  "pillar_scores": {"GOV": 3.6, "tata kelola": 1}, "previous_index": 3.21}`,
		`[{"region": "A", "year": 2024, "stage": "I", "scores": {"baseline": 5, "output": 5, "outcome": 5, "impact": 5, "quick_win": 5}},
		  {"region": "a", "year": 2024, "stage": "2", "scores": {"baseline": 0, "output": 0, "outcome": 0, "impact": 0, "quick_win": 0}}]`,
		`{"scores": {"baseline": 5.01, "qiuck_win": 1}}`,
		`{"scores": {"baseline": "1e-1000", "output": -0, "outcome": 1E400, "impact": "4.5", "quick_win": 0.5e1}}`,
		`{"region": "A", "year": 2024, "stage": "II", "pillar_scores": {"XYZ": 1}}`,
		`null`, `[]`, `{}`, `[null]`, `{"year": 1e3}`, `{"pillAr_sCores": {}}`,
	} {
		f.Add([]byte(s))
	}
	weights := []Weights{DefaultWeights(), {10, 20, 30, 30, 10}, {Outcome: 100}}
	f.Fuzz(func(t *testing.T, data []byte) {
		var cohort Cohort
		if isArray(data) {
			c, err := UnmarshalCohort(data)
			if err != nil {
				require.ErrorAs(t, err, new(smartcity.Problems))
				return
			}
			cohort = c
		} else {
			e, err := Unmarshal(data)
			if err != nil {
				require.ErrorAs(t, err, new(smartcity.Problems))
				return
			}
			out, err := json.Marshal(e)
			require.NoError(t, err)
			back, err := Unmarshal(out)
			require.NoError(t, err)
			assert.Equal(t, e, back)
			cohort = Cohort{*e}
		}
		valid := !cohort.Validate().HasErrors()
		for _, w := range weights {
			standings, err := cohort.Score(w)
			if !valid {
				require.ErrorAs(t, err, new(smartcity.Problems))
				continue
			}
			require.NoError(t, err)
			require.Len(t, standings, len(cohort))
			for _, s := range standings {
				require.GreaterOrEqual(t, s.Index.Sign(), 0)
				require.LessOrEqual(t, s.Index.Cmp(smartcity.NewNumber(5, 1)), 0)
				require.GreaterOrEqual(t, s.Rank, 1)
				back, err := smartcity.ParseNumber(s.Index.Exact())
				require.NoError(t, err)
				require.Equal(t, 0, back.Cmp(s.Index))
				_, err = json.Marshal(s)
				require.NoError(t, err)
			}
		}
	})
}

func FuzzParseDimension(f *testing.F) {
	fuzzEnum(f, dimensions.Parse, "baseline", "Quick Win", "dampak", "quick-win")
}

func FuzzParseStage(f *testing.F) {
	fuzzEnum(f, stages.Parse, "I", "II", "tahap 2", "Stage I")
}
