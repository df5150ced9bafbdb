package plantest

import (
	"embed"

	"github.com/kotacerdas/smartcity/masterplan"
)

// files holds the fixtures, copies of the documents in examples/rembang
// that a test keeps equal to their originals.
//
//go:embed fixtures/*.json
var files embed.FS

// Rembang returns the illustrative masterplan of Kabupaten Rembang,
// 2022–2031, of examples/rembang/masterplan.json: 19 programmes, a quick
// win in each pillar. Its programmes and figures are partly invented, as
// its notes say.
func Rembang() *masterplan.Plan {
	return fixture("rembang-masterplan.json", masterplan.Unmarshal)
}

// RembangProgress2024 returns the illustrative realisation of Rembang's
// plan in 2023 and 2024 of examples/rembang/progress-2024.json.
func RembangProgress2024() *masterplan.Progress {
	return fixture("rembang-progress-2024.json", masterplan.UnmarshalProgress)
}

// fixture decodes the named fixture afresh, so that every caller gets its
// own copy.
func fixture[T any](name string, decode func([]byte) (*T, error)) *T {
	data, err := files.ReadFile("fixtures/" + name)
	if err == nil {
		var v *T
		if v, err = decode(data); err == nil {
			return v
		}
	}
	// The fixtures are embedded and tested; failing here is a bug in this
	// package, not a problem with any input.
	panic("plantest: fixture " + name + ": " + err.Error())
}
