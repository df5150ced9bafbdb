package jsonio

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type budgetLine struct {
	Year   int   `json:"year"`
	Amount int64 `json:"amount"`
}

type code string

func (c *code) UnmarshalText(b []byte) error { *c = code(b); return nil }

type program struct {
	ID     string            `json:"id"`
	Name   string            `json:"name"`
	Budget []budgetLine      `json:"budget"`
	Tags   map[string]string `json:"tags"`
	Code   code              `json:"code"`
	Meta   *struct {
		Note string `json:"note"`
	} `json:"meta"`
}

type base struct {
	Region string `json:"region"`
}

type plan struct {
	base
	Programs []program `json:"programs"`
	Extra    any       `json:"extra"`
}

func TestUnknownFieldIsPlaced(t *testing.T) {
	tests := []struct {
		name, in  string
		path      string
		line, col int
	}{
		{"top level", "{\n  \"region\": \"x\",\n  \"regoin\": 1}", "regoin", 3, 3},
		{"in a slice of structs", `{"programs":[{"id":"a"},{"id":"b","budget":[{"year":1},{"yaer":2}]}]}`, "programs[1].budget[1].yaer", 1, 57},
		// "name" is a field of a programme, not of a budget line.
		{"known elsewhere", `{"programs":[{"name":"a","budget":[{"name":1}]}]}`, "programs[0].budget[0].name", 1, 37},
		{"through a pointer", `{"programs":[{"meta":{"note":"x","nota":1}}]}`, "programs[0].meta.nota", 1, 34},
		{"after maps, any and text values", `{"extra":{"regoin":1},"programs":[{"tags":{"regoin":"x"},"code":"c","ID":"case-insensitive","regoin":2}]}`, "programs[0].regoin", 1, 93},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var p plan
			err := Unmarshal([]byte(tt.in), &p)
			var je *Error
			require.True(t, errors.As(err, &je), "%v", err)
			assert.Equal(t, tt.path, je.Field)
			assert.Equal(t, tt.line, je.Line, "line")
			assert.Equal(t, tt.col, je.Column, "column")
			assert.Contains(t, err.Error(), "unknown field")
		})
	}
}

func TestTypeErrorPathHasIndexes(t *testing.T) {
	var p plan
	err := Unmarshal([]byte(`{"programs":[{"id":"a"},{"budget":[{"year":2024},{"year":"2025"}]}]}`), &p)
	var je *Error
	require.True(t, errors.As(err, &je))
	assert.Equal(t, "programs[1].budget[1].year", je.Field)
	assert.EqualError(t, err, "line 1, column 63: field programs[1].budget[1].year: cannot use JSON string as int")
}

func FuzzPathAt(f *testing.F) {
	f.Add([]byte(`{"a":[1,{"b":"c"}]}`), int64(12))
	f.Add([]byte(`[[[`), int64(2))
	f.Fuzz(func(t *testing.T, data []byte, off int64) {
		_ = pathAt(data, off)
		var p plan
		_ = Unmarshal(data, &p)
	})
}
