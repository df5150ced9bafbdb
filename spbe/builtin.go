package spbe

import (
	"fmt"
	"iter"
	"sync"

	"github.com/kotacerdas/smartcity/internal/escape"
)

// builtins builds the built-in frameworks once. They are checked like any
// loaded framework; a failure is a defect of this package, found by its
// tests, so it panics.
var builtins = sync.OnceValue(func() []*Framework {
	specs := []FrameworkSpec{spec8of2026(), spec59of2020(), spec5of2018()}
	out := make([]*Framework, len(specs))
	for i, s := range specs {
		fw, err := NewFramework(s)
		if err != nil {
			panic(fmt.Sprintf("spbe: built-in framework %s: %v", s.ID, err))
		}
		out[i] = fw
	}
	return out
})

// Default returns the default framework, PermenPANRB 59/2020: the one of
// an assessment that names neither a framework nor a year. An assessment
// with a year is scored under the rule of its year (ForYear).
func Default() *Framework { return builtins()[1] }

// Frameworks yields the built-in frameworks, newest first:
// PermenPANRB 8/2026, 59/2020, then 5/2018.
func Frameworks() iter.Seq[*Framework] {
	return func(yield func(*Framework) bool) {
		for _, fw := range builtins() {
			if !yield(fw) {
				return
			}
		}
	}
}

// Lookup returns the built-in framework with the given id. The error wraps
// ErrUnknownFramework.
func Lookup(id string) (*Framework, error) {
	for _, fw := range builtins() {
		if fw.ID() == id {
			return fw, nil
		}
	}
	return nil, errorfWrap(ErrUnknownFramework, "spbe: unknown framework %s (built in: %s, %s, %s)", escape.Quote(id), PermenPANRB8of2026, PermenPANRB59of2020, PermenPANRB5of2018)
}

// ForYear returns the built-in framework of the evaluation of year:
// PermenPANRB 5/2018 for 2018–2020, 59/2020 for 2021–2025 (2025 as a
// Pemantauan), 8/2026 — the Indeks Pemerintah Digital — from 2026 on. It
// reports false for a year before 2018, when no SPBE evaluation was held.
func ForYear(year int) (*Framework, bool) {
	for _, fw := range builtins() {
		if fw.AppliesTo(year) {
			return fw, true
		}
	}
	return nil, false
}
