package evaluation

import (
	"strconv"
	"strings"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/escape"
	"github.com/kotacerdas/smartcity/internal/i18n"
	"github.com/kotacerdas/smartcity/internal/jsonnum"
)

// Weights are the weights of the five evaluation dimensions in whole
// percent; they must sum to 100. Sources disagree on them — 10/20/30/20/20
// reproduces the published results checked, and 10/20/30/30/10 appears on
// one regional page — so they are a parameter. The zero Weights stand for
// DefaultWeights wherever weights are taken (Evaluation.Score,
// Cohort.Score).
type Weights struct {
	Baseline int `json:"baseline" yaml:"baseline"`   // weight of DimensionBaseline, percent
	Output   int `json:"output" yaml:"output"`       // weight of DimensionOutput, percent
	Outcome  int `json:"outcome" yaml:"outcome"`     // weight of DimensionOutcome, percent
	Impact   int `json:"impact" yaml:"impact"`       // weight of DimensionImpact, percent
	QuickWin int `json:"quick_win" yaml:"quick_win"` // weight of DimensionQuickWin, percent
}

// DefaultWeights returns the weights of the guidance: baseline 10, output
// 20, outcome 30, impact 20 and quick win 20 percent.
func DefaultWeights() Weights {
	return Weights{Baseline: 10, Output: 20, Outcome: 30, Impact: 20, QuickWin: 20}
}

// Of returns the weight of dimension d in percent, 0 when d is not valid.
func (w Weights) Of(d Dimension) int {
	switch d {
	case DimensionBaseline:
		return w.Baseline
	case DimensionOutput:
		return w.Output
	case DimensionOutcome:
		return w.Outcome
	case DimensionImpact:
		return w.Impact
	case DimensionQuickWin:
		return w.QuickWin
	}
	return 0
}

// set sets the weight of d.
func (w *Weights) set(d Dimension, v int) {
	switch d {
	case DimensionBaseline:
		w.Baseline = v
	case DimensionOutput:
		w.Output = v
	case DimensionOutcome:
		w.Outcome = v
	case DimensionImpact:
		w.Impact = v
	case DimensionQuickWin:
		w.QuickWin = v
	}
}

// validate returns the problems of w, or nil: every weight must lie in
// 0–100 (rule "weight_range", at the dimension's code) and together they
// must sum to 100 (rule "weights"). Every problem is an error; Err turns
// them into one that wraps ErrWeights too.
func (w Weights) validate() smartcity.Problems {
	var ps smartcity.Problems
	sum := 0
	for d := range Dimensions() {
		v := w.Of(d)
		if v < 0 || v > 100 {
			ps = append(ps, weightProblem(d.String(), "weight_range", "a weight must be a whole percent from 0 to 100, not %d", v))
		}
		sum += v
	}
	if len(ps) == 0 && sum != 100 {
		ps = append(ps, weightProblem("", "weights", "the weights sum to %d, not 100", sum))
	}
	return ps
}

// weightProblem is a problem of weights at path, its message formatted;
// it wraps ErrWeights.
func weightProblem(path, rule, format string, args ...any) smartcity.Problem {
	return smartcity.Problem{Path: path, Rule: rule, Severity: smartcity.Error, Err: i18n.Wrapf(words, ErrWeights, format, args...)}
}

// String returns the weights in the form ParseWeights reads:
// "baseline=10,output=20,outcome=30,impact=20,quick_win=20".
func (w Weights) String() string {
	var b strings.Builder
	for d := range Dimensions() {
		if d > DimensionBaseline {
			b.WriteByte(',')
		}
		b.WriteString(d.String())
		b.WriteByte('=')
		b.WriteString(strconv.Itoa(w.Of(d)))
	}
	return b.String()
}

// ParseWeights reads weights written "baseline=10,output=20,outcome=30,
// impact=20,quick_win=20": each of the five dimensions once, in any order,
// with a whole percent from 0 to 100 (a trailing "%" is allowed), summing
// to 100. Dimension names are read as Dimension.UnmarshalText reads them;
// spaces around the parts are ignored. There are no defaults for left-out
// dimensions: a weight left out is an error, so that a typo cannot shift
// the index unnoticed. Every bad part is reported: the error holds the
// smartcity.Problems, each wrapping ErrWeights and naming its part:
// `evaluation: weights: "outcome=x": a weight must be a whole percent from
// 0 to 100`.
func ParseWeights(s string) (Weights, error) {
	var ps smartcity.Problems
	bad := func(path, rule, format string, args ...any) {
		ps = append(ps, weightProblem(path, rule, format, args...))
	}
	if strings.TrimSpace(s) == "" {
		bad("", "required", "no weights given; want %s", DefaultWeights().String())
		return Weights{}, weightsError(ps)
	}
	var w Weights
	var seen [DimensionQuickWin + 1]bool
	for part := range strings.SplitSeq(s, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			bad("", "syntax", "an empty part between commas; want dimension=percent")
			continue
		}
		name, value, ok := strings.Cut(part, "=")
		if !ok {
			bad("", "syntax", "%s: want dimension=percent", escape.Quote(part))
			continue
		}
		d, err := dimensions.Parse(strings.TrimSpace(name))
		if err != nil {
			bad("", "enum", "%s: unknown dimension; want one of %s", escape.Quote(part), strings.Join(dimensions.Codes(), ", "))
			continue
		}
		if seen[d] {
			bad("", "unique", "%s: %s is given twice", escape.Quote(part), d.String())
			continue
		}
		seen[d] = true
		value = strings.TrimSuffix(strings.TrimSpace(value), "%")
		v, err := strconv.Atoi(strings.TrimSpace(value))
		if err != nil || v < 0 || v > 100 || !jsonnum.PlainInteger(strings.TrimSpace(value)) {
			bad("", "weight_range", "%s: a weight must be a whole percent from 0 to 100", escape.Quote(part))
			continue
		}
		w.set(d, v)
	}
	var missing []string
	for d := range Dimensions() {
		if !seen[d] {
			missing = append(missing, d.String())
		}
	}
	if len(missing) > 0 {
		bad("", "required", "missing %s; give all five dimensions", strings.Join(missing, ", "))
	}
	if len(ps) == 0 {
		ps = w.validate()
	}
	if len(ps) > 0 {
		return Weights{}, weightsError(ps)
	}
	return w, nil
}

// ErrWeights is what every problem of weights wraps: evaluation weights
// that are malformed, incomplete or do not sum to 100.
var ErrWeights = i18n.New(words, "invalid evaluation weights")

// weightsError is the problems of weights as an error: "evaluation:
// weights: " and the problems.
func weightsError(ps smartcity.Problems) error {
	return i18n.Errorf(words, "evaluation: weights: %w", ps)
}

// weightsOrDefault returns w, or DefaultWeights for the zero Weights.
func weightsOrDefault(w Weights) Weights {
	if w == (Weights{}) {
		return DefaultWeights()
	}
	return w
}
