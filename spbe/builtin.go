package spbe

import (
	"fmt"
	"iter"
	"sync"
)

// builtins builds the built-in frameworks once. They are checked like any
// loaded framework; a failure is a defect of this package, found by its
// tests, so it panics.
var builtins = sync.OnceValue(func() []*Framework {
	specs := []FrameworkSpec{spec59of2020(), spec5of2018()}
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

// Default returns the default framework, PermenPANRB 59/2020.
func Default() *Framework { return builtins()[0] }

// Frameworks yields the built-in frameworks, newest first:
// PermenPANRB 59/2020, then 5/2018.
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
	return nil, fmt.Errorf("spbe: %w %s (built in: %s, %s)", ErrUnknownFramework, quote(id), PermenPANRB59of2020, PermenPANRB5of2018)
}

// ForYear returns the built-in framework used for the evaluation of year:
// 5/2018 for 2018–2020, 59/2020 for 2021–2024. It reports false for other
// years; the Indeks Pemerintah Digital that follows from 2025 is not
// public yet and can be loaded with LoadFramework once it is.
func ForYear(year int) (*Framework, bool) {
	for _, fw := range builtins() {
		if fw.AppliesTo(year) {
			return fw, true
		}
	}
	return nil, false
}
