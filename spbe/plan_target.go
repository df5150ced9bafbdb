package spbe

import (
	"math"
	"strings"

	"github.com/kotacerdas/smartcity"
)

// Target is what an improvement plan aims at: an index, a predikat, a
// profile of levels, or several of them at once (the plan must then meet
// each). The zero Target aims at nothing.
type Target struct {
	// Index is an index to reach, judged on the plan's predicate basis:
	// on the unrounded basis the exact index must be at least Index, on
	// the rounded basis the index rounded half-up to two decimals must be
	// (4.195 is shown 4.20, so it reaches 4.2). The zero Number sets no
	// index target.
	Index smartcity.Number
	// Predicate is a predikat to earn on the plan's basis, in the bands of
	// the framework planned for: the index of Numerator.
	// Zero sets no predikat target.
	Predicate Predicate
	// Profile is a profile of levels to reach or exceed, one per indicator
	// by position — a peer's levels, say. Each indicator below its profile
	// level must rise to it; the plan's steps are then the gap per
	// indicator. Nil sets no profile target; an Unanswered entry sets no
	// minimum for its indicator.
	Profile Levels
}

// ParseTarget reads a target written as a predikat ("Memuaskan", "sangat
// baik", "satisfactory"; see ParsePredicate) or as an index ("4.2",
// "4,2", "21/5"; see smartcity.ParseNumber). A negative index is refused.
// The error is a *smartcity.ParseError.
func ParseTarget(s string) (Target, error) {
	if p, err := ParsePredicate(s); err == nil {
		return Target{Predicate: p}, nil
	}
	x, err := smartcity.ParseNumber(s)
	if err != nil || x.Sign() < 0 {
		return Target{}, unknown("target", s, `an index such as "4.2" or a predikat such as "Memuaskan"`)
	}
	return Target{Index: x}, nil
}

// isZero reports whether t aims at nothing.
func (t Target) isZero() bool {
	return !t.Index.IsValid() && t.Predicate == 0 && t.Profile == nil
}

// String returns the target as ParseTarget reads it: the predikat word, the
// index as its shortest exact decimal ("4.2"), or a fraction when the index
// has no finite decimal ("13/3"). Parts are joined with " + "; a profile is
// written "profile". The zero Target is "".
func (t Target) String() string {
	var parts []string
	if t.Index.IsValid() {
		parts = append(parts, exactDecimal(t.Index))
	}
	if t.Predicate != 0 {
		parts = append(parts, t.Predicate.String())
	}
	if t.Profile != nil {
		parts = append(parts, "profile")
	}
	return strings.Join(parts, " + ")
}

// exactDecimal writes x as the shortest decimal equal to it, up to nine
// places, or as a reduced fraction when there is none, so that ParseTarget
// reads it back.
func exactDecimal(x smartcity.Number) string {
	d := x.Decimal(0)
	if y, err := smartcity.ParseNumber(d); err == nil && y.Cmp(x) == 0 {
		return d
	}
	return x.Exact()
}

// Numerator returns the least numerator N over WeightTotal — Σ level ×
// weight in basis points, Result.Numerator — that meets t's index and
// predikat on basis in fw: under 59/2020 42000 for Memuaskan or 4.2 on the
// unrounded basis, 41950 on the rounded one; under 8/2026 40000 for
// Memuaskan. It is 0 when t has neither part (a profile alone sets no
// index) or asks for an index of 0 or less. A target too large for int64,
// or a predikat that is not one of fw's bands, gives math.MaxInt64, which
// no framework reaches.
func (t Target) Numerator(fw *Framework, basis PredicateBasis) int64 {
	var need int64
	if t.Predicate != 0 {
		n, ok := fw.minNumerator(t.Predicate, basis)
		if !ok {
			return math.MaxInt64
		}
		need = n
	}
	if t.Index.Sign() > 0 {
		need = max(need, indexNumerator(t.Index, basis))
	}
	return need
}

// indexNumerator is the least N with N/WeightTotal ≥ x (unrounded basis),
// or with N/WeightTotal rounded half-up to hundredths ≥ x (rounded basis):
// with k = ⌈100x⌉ hundredths, N = 100k − 50, since half-up rounding reaches
// k/100 from k/100 − 0.005. x is positive; a target too large gives
// math.MaxInt64.
func indexNumerator(x smartcity.Number, basis PredicateBasis) int64 {
	if basis != Rounded {
		return indexNumeratorOver(x, WeightTotal)
	}
	k := indexNumeratorOver(x, 100)
	if k > (math.MaxInt64-WeightTotal)/(WeightTotal/100) {
		return math.MaxInt64
	}
	return k*(WeightTotal/100) - WeightTotal/200
}
