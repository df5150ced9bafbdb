package masterplan

import (
	"testing"

	"github.com/kotacerdas/smartcity/internal/zerotest"
)

// zeroValues holds one value of each exported type of the package.
var zeroValues = []any{
	Absorption{}, Achievement{}, ActionStep{}, Body{}, Book{}, BookVolume(0), BudgetCell{}, BudgetLine{},
	BudgetSummary{}, Date{}, DecodeOptions{}, Direction(0), ElementCoverage{}, ExportOptions{}, Horizon(0),
	Institutions{}, KPI{}, KPIActual{}, KPIProgress{}, KPIState(0), KPITarget{}, LegalBasis{}, LegalKind(0),
	Lifecycle{}, Milestone{}, Official{}, Period{}, PillarAmount{}, PillarCoverage{}, PillarProgress{},
	Plan{}, Program{}, ProgramProgress{}, Progress{}, ProgressReport{}, QuickWin{}, RPJMD{}, Readiness{},
	ReadinessItem{}, ReadinessPillar(0), ReadinessSubItem(0), Realisation{}, RealisationYear{},
	RealisedAmount{}, Region{}, RegionKind(0), ReportOptions{}, RoadmapYear{}, SPBEResult{}, SWOT{},
	Section{}, Source(0), SourceAmount{}, Stage(0), Status(0), StatusCounts{}, Strategy{}, Summary{},
	ValidateOptions{}, YearAmount{},
}

// Every exported method works on the zero value of its type, or returns
// an error.
func TestZeroValues(t *testing.T) {
	zerotest.Types(t, ".", zeroValues)
	zerotest.Methods(t, zeroValues, nil, nil)
}
