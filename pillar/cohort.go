package pillar

import (
	"math"
	"slices"
	"strconv"

	"golang.org/x/exp/stats"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/i18n"
)

// NormalizeZScore puts a cohort of regions on a common footing the way
// Giffinger et al. (2007) do: for each element, every region's value becomes
// its z-score, (value − mean) / standard deviation, over the regions that
// have a value for that element (sample standard deviation, n − 1).
// Aggregating the results with Scorecard.Summarize then gives Giffinger's
// unweighted means of z-scores.
//
// An element that fewer than two regions have, or on which every region
// has the same value, carries no contrast: its values become 0, the mean.
// Missing values stay missing.
//
// The returned scorecards keep their regions and order. Their scale is
// [−b, b] with b = (n − 1)/√n for a cohort of n regions, the largest
// z-score n values can produce, so that every result lies on its scale.
//
// The cohort must hold at least two regions, no zero Scorecard, and all
// its scorecards must share one scale. The error says which condition
// failed as a smartcity.Problem: the rule "cohort_size" for an empty
// cohort or a single region, "zero" for a zero Scorecard and "same_scale"
// for a scorecard on another scale than the first.
func NormalizeZScore(cohort []Scorecard) ([]Scorecard, error) {
	if err := checkCohort(cohort); err != nil {
		return nil, err
	}
	n := float64(len(cohort))
	bound := (n - 1) / math.Sqrt(n)
	return rescaleCohort(cohort, Scale{Min: -bound, Max: bound}, func(vals []float64) func(float64) float64 {
		if len(vals) < 2 || slices.Min(vals) == slices.Max(vals) {
			return func(float64) float64 { return 0 }
		}
		mean, sd := stats.MeanAndStdDev(vals)
		return func(v float64) float64 { return clamp((v-mean)/sd, -bound, bound) }
	}), nil
}

// NormalizeMinMax rescales a cohort of regions element by element: the
// lowest value among the regions that have the element maps to to.Min, the
// highest to to.Max, and the rest linearly between. Use it to compare
// regions on a 0–100 scale, say, whatever their original scale.
//
// An element that fewer than two regions have, or on which every region
// has the same value, carries no contrast: its values map to the middle of
// to. Missing values stay missing. The conditions on the cohort are those
// of NormalizeZScore; to must be a valid Scale: both ends finite, Min below
// Max.
func NormalizeMinMax(cohort []Scorecard, to Scale) ([]Scorecard, error) {
	var ps problems
	to.check(&ps, "scale")
	if err := ps.err("scale", ""); err != nil {
		return nil, err
	}
	if err := checkCohort(cohort); err != nil {
		return nil, err
	}
	return rescaleCohort(cohort, to, func(vals []float64) func(float64) float64 {
		lo, hi := slices.Min(vals), slices.Max(vals)
		if len(vals) < 2 || lo == hi {
			return func(float64) float64 { return to.mid() }
		}
		return func(v float64) float64 {
			return clamp(to.Min+(v-lo)/(hi-lo)*(to.Max-to.Min), to.Min, to.Max)
		}
	}), nil
}

// checkCohort reports why cohort cannot be normalised, or nil.
func checkCohort(cohort []Scorecard) error {
	var ps problems
	if len(cohort) == 0 {
		ps.add("", "cohort_size", "empty cohort")
		return i18n.Errorf(words, "pillar: normalising: %w", smartcity.Problems(ps))
	}
	for i, s := range cohort {
		if s.isZero() {
			ps.add(cohortField(i), "zero", "is the zero Scorecard, not one built by NewScorecard")
		}
	}
	if err := ps.err("cohort", ""); err != nil {
		return err
	}
	first := cohort[0]
	for i, s := range cohort[1:] {
		if s.scale != first.scale {
			ps.add(cohortField(i+1), "same_scale", "%q is on the scale %s, cohort[0] %q on %s: scorecards on different scales",
				s.region, s.scale, first.region, first.scale)
			return i18n.Errorf(words, "pillar: normalising: %w", smartcity.Problems(ps))
		}
	}
	if len(cohort) < 2 {
		ps.add("", "cohort_size", "cohort needs at least two regions")
		return i18n.Errorf(words, "pillar: normalising %q alone: %w", first.region, smartcity.Problems(ps))
	}
	return nil
}

func cohortField(i int) string { return "cohort[" + strconv.Itoa(i) + "]" }

// rescaleCohort applies, element by element, the transform that fit builds from
// the values the cohort has for the element. The values handed to fit are
// first mapped onto [0, 1] by the common scale, so sums cannot overflow
// whatever the scale; both normalisations are invariant under that map.
func rescaleCohort(cohort []Scorecard, to Scale, fit func(vals []float64) func(float64) float64) []Scorecard {
	from := cohort[0].scale
	unit := func(v float64) float64 { return (v - from.Min) / (from.Max - from.Min) }
	out := make([]Scorecard, len(cohort))
	for i, s := range cohort {
		out[i] = Scorecard{region: s.region, scale: to}
	}
	vals := make([]float64, 0, len(cohort))
	for e := range AllElements() {
		vals = vals[:0]
		for _, s := range cohort {
			if v, ok := s.Value(e); ok {
				vals = append(vals, unit(v))
			}
		}
		if len(vals) == 0 {
			continue
		}
		f := fit(vals)
		for i, s := range cohort {
			if v, ok := s.Value(e); ok {
				out[i].set(e, f(unit(v)))
			}
		}
	}
	return out
}

func clamp(v, lo, hi float64) float64 { return min(max(v, lo), hi) }
