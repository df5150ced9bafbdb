package spbe

import (
	"strconv"

	"github.com/kotacerdas/smartcity"
)

// WeightedMean returns Σ xsᵢ·wsᵢ / Σ wsᵢ exactly: the regulation's
// aggregation of aspect indices into a domain index (weights: the aspects'
// weights) and of domain indices into the Indeks SPBE (weights: the
// domains'). Weights must be positive and as many as the values; the
// result is reduced. A mean, or a sum on the way to it, that does not
// fit in int64 is an error ("arithmetic overflow"). Scoring levels never needs this —
// Framework.Score sums level × weight directly, which is the same value —
// but it reproduces the regulation's worked examples and lets a caller
// check published aggregates.
func WeightedMean(xs []smartcity.Number, ws []int64) (smartcity.Number, error) {
	if len(xs) == 0 || len(xs) != len(ws) {
		var ps problems
		ps.add("weights", "%w", errorfWrap(ErrWeights, "%d values need %d positive weights, got %d", len(xs), len(xs), len(ws)))
		return smartcity.Number{}, ps.err("weighted mean")
	}
	var ps problems
	for i, x := range xs {
		if ws[i] <= 0 {
			ps.add("weights["+strconv.Itoa(i)+"]", "%w: weight %d is not positive", ErrWeights, ws[i])
		}
		if !x.IsValid() {
			ps.add("values["+strconv.Itoa(i)+"]", "index has no positive denominator")
		}
	}
	if err := ps.err("weighted mean"); err != nil {
		return smartcity.Number{}, err
	}
	sum, total := smartcity.NewNumber(0, 1), smartcity.NewNumber(0, 1)
	ok := true
	for i, x := range xs {
		w := smartcity.NewNumber(ws[i], 1)
		term, ok1 := x.Mul(w)
		var ok2, ok3 bool
		sum, ok2 = sum.Add(term)
		total, ok3 = total.Add(w)
		if ok = ok1 && ok2 && ok3; !ok {
			break
		}
	}
	mean, ok4 := sum.Quo(total)
	if !ok || !ok4 {
		return smartcity.Number{}, errorfWrap(errOverflow, "spbe: weighted mean does not fit in int64")
	}
	return mean, nil
}
