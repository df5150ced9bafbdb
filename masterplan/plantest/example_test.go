package plantest_test

import (
	"fmt"
	"math/rand/v2"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/masterplan"
	"github.com/kotacerdas/smartcity/masterplan/plantest"
	"github.com/kotacerdas/smartcity/pillar"
)

func ExamplePlan() {
	p := plantest.Plan().
		Period(2026, 2035).
		AddProgram(plantest.NewProgram("ECO-09", pillar.Industry, 2027, 2030)).
		Build()
	fmt.Println(p.Region.FullName(smartcity.Indonesian), p.Period.StartYear, p.Period.EndYear, len(p.Programs), len(p.Validate(masterplan.ValidateOptions{})))
	// Output: Kabupaten Contoh 2026 2035 7 0
}

func ExampleRandom() {
	p := plantest.Random(rand.New(rand.NewPCG(1, 2)), 12)
	fmt.Println(len(p.Programs), len(p.QuickWins()) >= 6, p.Validate(masterplan.ValidateOptions{}).Err())
	// Output: 12 true <nil>
}
