package spbe_test

import (
	"errors"
	"fmt"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/spbe"
)

// Show the problems of an assessment to an officer in Indonesian, the
// language of the regulation, or in English: a 2026 assessment answers
// indicator 21, which the Indeks Pemerintah Digital does not have, and
// gives a Satu Data Indonesia score above 100. The error says them all
// under the assessment's name; errors.As finds them as smartcity.Problems,
// each with its place and rule.
func Example_problems() {
	fw, err := spbe.Lookup(spbe.PermenPANRB8of2026)
	if err != nil {
		panic(err)
	}
	a := &spbe.Assessment{Instansi: "Pemerintah Kab. Rembang", Year: 2026, Indicators: []spbe.Answer{
		{Indicator: 21, Level: 3},
		{Indicator: 5, External: &spbe.ExternalScore{Source: "sdi", Score: "101"}},
	}}
	_, err = fw.ScoreAssessment(a, spbe.Options{Unanswered: spbe.UnansweredZero})
	var ve smartcity.Problems
	if !errors.As(err, &ve) {
		panic(err)
	}
	fmt.Println(smartcity.ErrorMessage(err, smartcity.Indonesian))
	for _, p := range ve {
		fmt.Println("-", p.Rule, p.Message(smartcity.English))
	}
	fmt.Println(errors.Is(err, spbe.ErrUnknownIndicator))
	// Output:
	// spbe: penilaian "Pemerintah Kab. Rembang" 2026 tidak sah: indicators[0].indicator: indikator tidak dikenal: permenpanrb-8-2026 tidak memiliki indikator 21; indicators[1].external.score: skor sdi "101" berada di luar 0–100
	// - unknown_indicator indicators[0].indicator: unknown indicator: permenpanrb-8-2026 has no indicator 21
	// - external indicators[1].external.score: sdi score "101" is outside 0–100
	// true
}
