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
	ReportOptions{}, Result{}, Scale{}, ScaleLevel{}, ScoreAllOptions{}, Scored{}, Shortfall{}, Stage(0),
	StageLevel{}, Stats{}, Step{}, Target{}, Text{}, UnansweredPolicy(0), YearMethod{},
}

// Every exported method works on the zero value of its type, or returns
// an error.
func TestZeroValues(t *testing.T) {
	zerotest.Types(t, ".", zeroValues)
	zerotest.Methods(t, zeroValues, nil, nil)
}
