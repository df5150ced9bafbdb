package jsonio

import (
	"errors"
	"strings"
	"testing"

	"github.com/kotacerdas/smartcity/internal/input"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type doc struct {
	Name  string `json:"name"`
	Items []struct {
		Year int `json:"year"`
	} `json:"items"`
}

func TestDecodeAcceptsOneStrictValue(t *testing.T) {
	var d doc
	require.NoError(t, Decode(strings.NewReader(`{"name":"Rembang","items":[{"year":2022}]}`+"\n  "), &d, 0))
	assert.Equal(t, "Rembang", d.Name)
	assert.Equal(t, 2022, d.Items[0].Year)
}

func TestDecodeErrorsNameThePlace(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"unknown field", "{\n  \"name\": \"x\",\n  \"nmae\": 1}", `unknown field "nmae"`},
		{"type", "{\"items\":[{\"year\":\"2022\"}]}", "line 1, column 24: field items[0].year: cannot use JSON string as int"},
		{"syntax", "{\n\"name\": }", "line 2, column 9"},
		{"trailing", `{"name":"a"} {"name":"b"}`, "line 1, column 14: unexpected data after the JSON value"},
		{"truncated", `{"name":"a"`, "unexpected end of the document"},
		{"empty", ``, "empty document"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d doc
			err := Decode(strings.NewReader(tt.in), &d, 0)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
			var je *Error
			assert.True(t, errors.As(err, &je))
		})
	}
}

func TestDecodeRefusesOversizedInput(t *testing.T) {
	var d doc
	err := Decode(strings.NewReader(`{"name":"`+strings.Repeat("x", 100)+`"}`), &d, 64)
	require.ErrorIs(t, err, input.ErrTooLarge)
	assert.Contains(t, err.Error(), "64 bytes")
	require.NoError(t, Decode(strings.NewReader(`{"name":"x"}`), &d, 12))
}

func FuzzUnmarshal(f *testing.F) {
	f.Add([]byte(`{"name":"a","items":[{"year":1}]}`))
	f.Add([]byte(`{"name":`))
	f.Add([]byte("\n\n{\"x\":1}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		var d doc
		err := Unmarshal(data, &d)
		if err == nil {
			return
		}
		var je *Error
		require.True(t, errors.As(err, &je))
		require.GreaterOrEqual(t, je.Line, 0)
	})
}
