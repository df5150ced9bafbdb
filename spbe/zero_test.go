package spbe

import (
	"testing"

	"github.com/kotacerdas/smartcity/internal/zerotest"
)

// zeroValues holds one value of each exported type of the package.
var zeroValues = []any{
	Answer{}, Aspect{}, Assessment{}, AssessmentError{}, Band{}, Bound{}, CSVOptions{}, Change{},
	Cohort{}, Cohorts(nil), Comparison{}, Conversion{}, Cost{}, Domain{}, Evidence{}, ExportOptions{},
	ExternalLevel{}, ExternalScore{}, Format(0), Framework{}, FrameworkSpec{}, FrameworkSummary{},
	Indicator{}, IndicatorChange{}, Level(0), Levels(nil), Limit(0), Member{}, Method(0), Options{},
	Plan{}, PlanOptions{}, Predicate(0), PredicateBasis(0), PredicateCount{}, Ranked{}, ReadOptions{},
	ReportOptions{}, Result{}, Scale{}, ScaleLevel{}, ScoreAllOptions{}, Scored{}, Shortfall{}, Stage(0), TemplateOptions{},
	StageLevel{}, Stats{}, Step{}, Target{}, Text{}, UnansweredPolicy(0), YearMethod{},
}

// Every exported method works on the zero value of its type, or returns
// an error, and on a nil *AssessmentError, as errors are met nil. Other
// nil pointers are not values: a nil *Framework is a mistake of the
// caller's, except where a function documents it as the default.
func TestZeroValues(t *testing.T) {
	zerotest.Types(t, ".", zeroValues)
	zerotest.Methods(t, zeroValues, []string{"AssessmentError"}, nil)
}
