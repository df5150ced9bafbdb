package zerotest

import (
	"fmt"
	"io"
	"iter"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// recorder keeps what a check reports instead of failing.
type recorder struct {
	testing.TB
	errs []string
}

func (r *recorder) Helper() {}
func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

// Sample is a type whose methods show what Methods calls and finds.
type Sample struct{ m map[string]int }

func (s Sample) Fine() int                         { return len(s.m) }
func (s *Sample) Set(k string, v int)              { s.m[k] = v } // panics on the zero value
func (s *Sample) Write(w io.Writer) error          { _, err := io.WriteString(w, "x"); return err }
func (s *Sample) Read(r io.Reader) ([]byte, error) { return io.ReadAll(r) }
func (s *Sample) Each(f func(int) bool)            { f(0) }
func (s *Sample) All() iter.Seq[int]               { return func(yield func(int) bool) { panic("walked") } }
func (s *Sample) Sum(xs ...int) int                { return len(xs) }
func (s *Sample) NilSafe() string                  { return "" }
func (s *Sample) Deref() int                       { return len(s.m) } // panics on a nil *Sample
func (s Sample) Skipped(p *int) int                { return *p }

func TestMethods(t *testing.T) {
	r := &recorder{TB: t}
	Methods(r, []any{Sample{}}, []string{"Sample"}, map[string]string{"Sample.Skipped": "dereferences its argument"})
	got := strings.Join(r.errs, "\n")
	assert.Contains(t, got, "Sample.Set on the zero value panics")
	assert.Contains(t, got, "Sample.All on the zero value panics: walked")
	assert.Contains(t, got, "(*Sample)(nil).Deref on the zero value panics")
	assert.NotContains(t, got, "Fine")
	assert.NotContains(t, got, "Write")
	assert.NotContains(t, got, "Read")
	assert.NotContains(t, got, "Each")
	assert.NotContains(t, got, "Sum")
	assert.NotContains(t, got, "NilSafe")
	assert.NotContains(t, got, "Skipped")

	r = &recorder{TB: t}
	Methods(r, nil, nil, map[string]string{"Sample.Set": " "})
	assert.Equal(t, []string{"Sample.Set is skipped without a reason"}, r.errs)
}

// Types names the exported types that are not listed, leaving out
// interfaces, unexported types and the types of test files.
func TestTypes(t *testing.T) {
	type A struct{}
	r := &recorder{TB: t}
	Types(r, "testdata/types", []any{A{}})
	assert.Equal(t, []string{"the exported type B is not in the list of zero values"}, r.errs)
}
