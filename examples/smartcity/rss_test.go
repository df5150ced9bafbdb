package main

import (
	"io"
	"path/filepath"
	"testing"

	"github.com/kotacerdas/smartcity/internal/memtest"
)

// commandsRSS runs each command, the file at path last, its output
// discarded: what a server would run on an upload. Whether the file is
// accepted does not matter, only what reading it takes.
func commandsRSS(path string, commands ...[]string) {
	for _, c := range commands {
		_ = run(append(c, path), nil, io.Discard, io.Discard)
	}
}

// TestPlanCommandsPeakRSS runs the plan commands on hostile masterplans
// and realisations, each file in a process of its own, and holds each to
// memtest.Bound: 10× the file and 50 MB.
func TestPlanCommandsPeakRSS(t *testing.T) {
	docs := append(memtest.Hostile(memtest.Shape{Array: "programs", String: "vision"}, 100_000),
		memtest.Doc{Name: "a realisation of 1,000,000 empty years", Make: func() []byte {
			return memtest.Array("years", "{}", 1_000_000)
		}},
		memtest.Doc{Name: "a realisation naming its plan, with 100,000 empty programmes", Make: func() []byte {
			return append([]byte(`{"plan":"input-0","years":[{"year":2025,"programs":`), memtest.Array("", "{}", 100_000)[:]...)
		}},
	)
	memtest.Within(t, memtest.Peak(t, nil, func(t testing.TB, path string) {
		commandsRSS(path,
			[]string{"plan", "validate"},
			[]string{"plan", "validate", "--json", "--lang", "en"},
			[]string{"plan", "summary"},
			[]string{"plan", "report"},
			[]string{"plan", "progress", "--plan", filepath.Join(filepath.Dir(path), "input-0")},
		)
	}, docs...))
}

// TestJSONCommandsPeakRSS runs the evaluation and SPBE commands on hostile
// JSON files, each in a process of its own, and holds each to
// memtest.Bound. The arrays of assessments are of 1,000 and 10,000, for
// a test of a few seconds: spbe score reads an array of any length,
// element by element, and scores what it reads; the library's tests read
// longer ones.
func TestJSONCommandsPeakRSS(t *testing.T) {
	docs := append(memtest.Hostile(memtest.Shape{}, 1_000),
		memtest.Hostile(memtest.Shape{Array: "indicators", String: "instansi"}, 100_000)[:2]...)
	memtest.Within(t, memtest.Peak(t, nil, func(t testing.TB, path string) {
		commandsRSS(path,
			[]string{"eval", "score"},
			[]string{"eval", "score", "--json"},
			[]string{"spbe", "score"},
			[]string{"spbe", "score", "--json"},
			[]string{"spbe", "report"},
			[]string{"spbe", "plan"},
			[]string{"spbe", "compare", path},
		)
	}, docs...))
}
