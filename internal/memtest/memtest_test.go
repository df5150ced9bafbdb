package memtest

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestBound(t *testing.T) {
	assert.Equal(t, int64(50<<20), Bound(0))
	assert.Equal(t, int64(30_000_000+50<<20), Bound(3_000_000))
}

func TestRunPattern(t *testing.T) {
	assert.Equal(t, `^TestA$`, runPattern("TestA"))
	assert.Equal(t, `^TestA$/^x\.y_z$`, runPattern("TestA/x.y_z"))
}

func TestResultGrowth(t *testing.T) {
	r := Result{Name: "doc", Size: 1e6, Before: 10e6, Peak: 14e6}
	assert.Equal(t, int64(4e6), r.Growth())
	assert.Equal(t, "doc, 1.0 MB: resident set 10.0 MB before, peak 14.0 MB: +4.0 MB, 4.0× the input", r.String())
}

// The hostile inputs are JSON, so that a reader gets past the syntax to
// what they are about.
func TestHostileIsJSON(t *testing.T) {
	for _, s := range []Shape{{Array: "programs", String: "vision"}, {}} {
		for _, d := range Hostile(s, 100) {
			assert.True(t, json.Valid(d.Make()), "%+v %s", s, d.Name)
		}
	}
	assert.Equal(t, `{"a":[{},{},{}]}`, string(Array("a", "{}", 3)))
	assert.Equal(t, `[1,1]`, string(Array("", "1", 2)))
}

func TestAllocated(t *testing.T) {
	var keep []byte
	n := Allocated(func() { keep = make([]byte, 1<<20) })
	assert.GreaterOrEqual(t, n, uint64(1<<20))
	_ = keep
}
