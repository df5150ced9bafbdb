package evaluation

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

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

// IsZero reports whether w is the zero Weights, which stand for
// DefaultWeights.
func (w Weights) IsZero() bool { return w == Weights{} }

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

// Validate checks that every weight lies in 0–100 and that they sum to
// 100. The error is a *WeightsError.
func (w Weights) Validate() error {
	sum := 0
	for d := range Dimensions() {
		v := w.Of(d)
		if v < 0 || v > 100 {
			return &WeightsError{Part: d.String() + "=" + strconv.Itoa(v), Reason: "a weight must be a whole percent from 0 to 100"}
		}
		sum += v
	}
	if sum != 100 {
		return &WeightsError{Reason: fmt.Sprintf("the weights sum to %d, not 100", sum)}
	}
	return nil
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
// to 100. Dimension names are read as ParseDimension reads them; spaces
// around the parts are ignored. There are no defaults for left-out
// dimensions: a weight left out is an error, so that a typo cannot shift
// the index unnoticed. The error is a *WeightsError naming the bad part.
func ParseWeights(s string) (Weights, error) {
	if strings.TrimSpace(s) == "" {
		return Weights{}, &WeightsError{Reason: "no weights given; want " + DefaultWeights().String()}
	}
	var w Weights
	var seen [DimensionQuickWin + 1]bool
	for part := range strings.SplitSeq(s, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			return Weights{}, &WeightsError{Reason: "an empty part between commas; want dimension=percent"}
		}
		name, value, ok := strings.Cut(part, "=")
		if !ok {
			return Weights{}, &WeightsError{Part: part, Reason: "want dimension=percent"}
		}
		d, err := ParseDimension(strings.TrimSpace(name))
		if err != nil {
			return Weights{}, &WeightsError{Part: part, Reason: "unknown dimension; want one of " + strings.Join(dimensions.Codes(), ", ")}
		}
		if seen[d] {
			return Weights{}, &WeightsError{Part: part, Reason: d.String() + " is given twice"}
		}
		seen[d] = true
		value = strings.TrimSuffix(strings.TrimSpace(value), "%")
		v, err := strconv.Atoi(strings.TrimSpace(value))
		if err != nil || v < 0 || v > 100 || !jsonnum.PlainInteger(strings.TrimSpace(value)) {
			return Weights{}, &WeightsError{Part: part, Reason: "a weight must be a whole percent from 0 to 100"}
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
		return Weights{}, &WeightsError{Reason: "missing " + strings.Join(missing, ", ") + "; give all five dimensions"}
	}
	if err := w.Validate(); err != nil {
		return Weights{}, err
	}
	return w, nil
}

// ErrWeights is what every *WeightsError unwraps to: evaluation weights
// that are malformed, incomplete or do not sum to 100.
var ErrWeights = errors.New("invalid evaluation weights")

// WeightsError reports weights that cannot be used. It unwraps to
// ErrWeights.
type WeightsError struct {
	// Part is the part of the text at fault, such as "outcome=x"; "" when
	// the weights as a whole are wrong (a dimension missing, a sum other
	// than 100).
	Part string
	// Reason says what is wrong.
	Reason string
}

// Error implements error.
func (e *WeightsError) Error() string {
	if e.Part == "" {
		return "evaluation: weights: " + e.Reason
	}
	return "evaluation: weights: " + i18n.Quote(e.Part) + ": " + e.Reason
}

// Unwrap returns ErrWeights.
func (e *WeightsError) Unwrap() error { return ErrWeights }

// weightsOrDefault returns w, or DefaultWeights for the zero Weights.
func weightsOrDefault(w Weights) Weights {
	if w.IsZero() {
		return DefaultWeights()
	}
	return w
}
