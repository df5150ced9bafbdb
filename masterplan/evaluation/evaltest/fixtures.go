package evaltest

import (
	_ "embed"

	"github.com/kotacerdas/smartcity/masterplan/evaluation"
)

// rembang2024 is a copy of examples/rembang/evaluation-2024.json that a
// test keeps equal to its original.
//
//go:embed fixtures/rembang-evaluation-2024.json
var rembang2024 []byte

// Rembang2024 returns the illustrative 2024 evaluation of Kabupaten
// Rembang of examples/rembang/evaluation-2024.json, whose index under the
// default weights is 3.375, shown 3.38, up 0.17 from 3.21; a fresh copy on
// every call.
func Rembang2024() *evaluation.Evaluation {
	e, err := evaluation.Unmarshal(rembang2024)
	if err != nil {
		// The fixture is embedded and tested; failing here is a bug in
		// this package, not a problem with any input.
		panic("evaltest: fixture rembang-evaluation-2024.json: " + err.Error())
	}
	return e
}
