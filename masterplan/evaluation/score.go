package evaluation

import (
	"encoding/json"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/escape"
	"github.com/kotacerdas/smartcity/internal/i18n"
)

// Result is an evaluation scored under a set of weights: its index (Indeks
// Pencapaian), the weighted mean of the five dimension scores, exact, and,
// when last year's index is known, the improvement.
type Result struct {
	Region       string           // the evaluation's region
	Province     string           // its province, "" when not given
	Year         int              // the year evaluated
	Stage        Stage            // the stage
	Weights      Weights          // the weights the index was computed with
	Index        smartcity.Number // Σ weight × score / 100, exact
	Previous     smartcity.Number // last year's index as given; zero when not given
	Improvement  smartcity.Number // Index − Previous, exact and signed; zero when Previous is
	Illustrative bool             // the evaluation is marked illustrative
}

// Score computes the evaluation's index under weights w — the zero Weights
// mean DefaultWeights — exactly: Σ w × score / 100. With the default
// weights, scores 4, 3.5, 3, 2.5 and 4.5 give (40 + 70 + 90 + 50 + 90) / 100
// = 3.40. When PreviousIndex is given, the improvement is the exact index
// minus it.
//
// The error holds the smartcity.Problems of weights that do not sum to
// 100 (wrapping ErrWeights), or those of the evaluation when it is not
// valid.
func (e *Evaluation) Score(w Weights) (Result, error) {
	w = weightsOrDefault(w)
	if ps := w.validate(); len(ps) > 0 {
		return Result{}, weightsError(ps)
	}
	if ps := e.Validate(); ps.HasErrors() {
		return Result{}, i18n.Errorf(words, "evaluation: %w", ps)
	}
	return e.score(w)
}

// score computes the result of a valid evaluation under valid weights.
// Validation bounds the scores' decimals so that every sum fits; the
// error is there in case one does not.
func (e *Evaluation) score(w Weights) (Result, error) {
	res := Result{
		Region: e.Region, Province: e.Province, Year: e.Year, Stage: e.Stage,
		Weights: w, Index: smartcity.NewNumber(0, 1), Illustrative: e.Illustrative,
	}
	ok := true
	for d := range Dimensions() {
		s, _ := scoreNumber(e.Scores.Of(d))
		term, ok1 := s.Mul(smartcity.NewNumber(int64(w.Of(d)), 100))
		var ok2 bool
		res.Index, ok2 = res.Index.Add(term)
		ok = ok && ok1 && ok2
	}
	if e.PreviousIndex != "" {
		var ok3 bool
		res.Previous, _ = scoreNumber(e.PreviousIndex)
		res.Improvement, ok3 = res.Index.Sub(res.Previous)
		ok = ok && ok3
	}
	if !ok {
		return Result{}, i18n.Errorf(words, "evaluation: the index of %s in %d does not fit in an int64 fraction", escape.Quote(e.Region), e.Year)
	}
	return res, nil
}

// HasImprovement reports whether the result has an improvement, that is,
// whether last year's index was given.
func (r Result) HasImprovement() bool { return r.Improvement.IsValid() }

// resultJSON is the JSON form of a Result.
type resultJSON struct {
	Region           string   `json:"region"`
	Province         string   `json:"province,omitempty"`
	Year             int      `json:"year"`
	Stage            Stage    `json:"stage"`
	Index            string   `json:"index"`
	IndexExact       string   `json:"index_exact"`
	IndexValue       float64  `json:"index_value"`
	Improvement      string   `json:"improvement,omitempty"`
	ImprovementExact string   `json:"improvement_exact,omitempty"`
	ImprovementValue *float64 `json:"improvement_value,omitempty"`
	Illustrative     bool     `json:"illustrative,omitempty"`
}

func (r Result) toJSON() resultJSON {
	j := resultJSON{
		Region: r.Region, Province: r.Province, Year: r.Year, Stage: r.Stage,
		Index: r.Index.String(), IndexExact: r.Index.Exact(), IndexValue: r.Index.Float64(),
		Improvement: r.Improvement.String(), ImprovementExact: r.Improvement.Exact(),
		Illustrative: r.Illustrative,
	}
	if r.Improvement.IsValid() {
		f := r.Improvement.Float64()
		j.ImprovementValue = &f
	}
	return j
}

// MarshalJSON writes the result as `smartcity eval score --json` prints
// it: "region", "province" (when given), "year", "stage", "index" rounded
// half up to two decimals ("3.40"), "index_exact" the exact reduced
// fraction ("17/5"), "index_value" a float of it for charts (3.4), and,
// when last year's index is given, "improvement", "improvement_exact" and
// "improvement_value" in the same forms, signed ("-0.05", "-1/20",
// -0.05), rounded half away from zero (−0.055 is "-0.06").
// The weights are not written.
func (r Result) MarshalJSON() ([]byte, error) { return json.Marshal(r.toJSON()) }
