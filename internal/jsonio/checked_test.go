package jsonio

import (
	"strconv"
	"testing"

	"github.com/kotacerdas/smartcity"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type checkedDoc struct {
	Items []struct {
		Grade grade  `json:"grade"`
		Name  string `json:"name"`
	} `json:"items"`
}

// required reports every item without a grade or a name, as a document's
// check would.
func (d *checkedDoc) required() smartcity.Problems {
	var ps smartcity.Problems
	for i, it := range d.Items {
		if it.Grade == 0 {
			ps = append(ps, smartcity.Problem{Path: "items[" + strconv.Itoa(i) + "].grade", Rule: "required", Severity: smartcity.Error})
		}
		if it.Name == "" {
			ps = append(ps, smartcity.Problem{Path: "items[" + strconv.Itoa(i) + "].name", Rule: "required", Severity: smartcity.Error})
		}
	}
	return ps
}

func rulesAt(ps smartcity.Problems) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Rule+"@"+p.Path)
	}
	return out
}

// The problems of decoding come first; the check's follow, less those at
// a value decoding refused, which would only say it again.
func TestUnmarshalCheckedLeavesOutWhatDecodingSaid(t *testing.T) {
	d := new(checkedDoc)
	ps, ok := UnmarshalChecked([]byte(`{"items": [{"grade": "mid"}, {"grade": "low", "nme": "x"}]}`), d, Options{}, d.required)
	require.True(t, ok)
	assert.Equal(t, []string{
		"decode@items[0].grade", "unknown_field@items[1].nme",
		"required@items[0].name", "required@items[1].name",
	}, rulesAt(ps))
	for _, p := range ps[:2] {
		assert.Positive(t, p.Line, p.Path)
	}
}

func TestUnmarshalCheckedWithoutCheck(t *testing.T) {
	d := new(checkedDoc)
	ps, ok := UnmarshalChecked([]byte(`{"items": [{"grade": "low", "name": "a"}]}`), d, Options{}, nil)
	assert.True(t, ok)
	assert.Empty(t, ps)
	ps, ok = UnmarshalChecked([]byte(`{"items": [{"grade": "mid"}]}`), d, Options{}, nil)
	assert.True(t, ok)
	assert.Equal(t, []string{"decode@items[0].grade"}, rulesAt(ps))
}

// A document that is not JSON ends the reading: no check runs, and the
// value is not to be used.
func TestUnmarshalCheckedNotJSON(t *testing.T) {
	d := new(checkedDoc)
	called := false
	ps, ok := UnmarshalChecked([]byte(`{"items": [`), d, Options{}, func() smartcity.Problems { called = true; return nil })
	assert.False(t, ok)
	assert.False(t, called)
	assert.Equal(t, []string{"syntax@"}, rulesAt(ps))
}

func TestUnderAny(t *testing.T) {
	set := map[string]bool{"programs[3]": true, "region.kind": true}
	for path, want := range map[string]bool{
		"programs[3]": true, "programs[3].id": true, "programs[3].budget[0].year": true,
		"programs[30].id": false, "programs": false, "region.kind": true, "region": false, "": false,
	} {
		assert.Equal(t, want, underAny(path, set), "%q", path)
	}
}
