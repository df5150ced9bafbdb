package smartcity_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
)

// said is a rule that knows its Indonesian, as the packages' rules do.
type said struct{ en, id string }

func (s said) Error() string { return s.en }

func (s said) Message(lang smartcity.Lang) string {
	if lang == smartcity.English {
		return s.en
	}
	return s.id
}

var errOutOfRange = said{"level 7 is outside 1–5", "level 7 berada di luar 1–5"}

func TestProblemPlace(t *testing.T) {
	tests := []struct {
		name   string
		p      smartcity.Problem
		en, id string
		json   string // the JSON message, in Indonesian
	}{
		{"a field", smartcity.Problem{Path: "indicators[3].level", Err: errOutOfRange},
			"indicators[3].level: level 7 is outside 1–5",
			"indicators[3].level: level 7 berada di luar 1–5",
			"level 7 berada di luar 1–5"},
		{"a place in a JSON document", smartcity.Problem{Path: "programs[1].element", Line: 464, Column: 18, Err: errOutOfRange},
			"line 464, column 18 (programs[1].element): level 7 is outside 1–5",
			"baris 464, kolom 18 (programs[1].element): level 7 berada di luar 1–5",
			"baris 464, kolom 18: level 7 berada di luar 1–5"},
		{"a cell of a CSV file", smartcity.Problem{Path: "level", Line: 4, Column: 2, Err: errOutOfRange},
			"line 4, column 2 (level): level 7 is outside 1–5",
			"baris 4, kolom 2 (level): level 7 berada di luar 1–5",
			"baris 4, kolom 2: level 7 berada di luar 1–5"},
		{"a whole row", smartcity.Problem{Line: 5, Err: errOutOfRange},
			"line 5: level 7 is outside 1–5",
			"baris 5: level 7 berada di luar 1–5",
			"baris 5: level 7 berada di luar 1–5"},
		{"a cell of a workbook", smartcity.Problem{Sheet: "Program", Cell: "D7", Path: "budget", Err: errOutOfRange},
			"sheet Program, cell D7 (budget): level 7 is outside 1–5",
			"lembar Program, sel D7 (budget): level 7 berada di luar 1–5",
			"lembar Program, sel D7: level 7 berada di luar 1–5"},
		{"the document", smartcity.Problem{Err: errOutOfRange},
			"level 7 is outside 1–5", "level 7 berada di luar 1–5", "level 7 berada di luar 1–5"},
		{"a rule without an error", smartcity.Problem{Path: "x", Rule: "required"},
			"x: required", "x: required", "required"},
		{"an error of Go's", smartcity.Problem{Path: "x", Err: errors.New("no")},
			"x: no", "x: no", "no"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.en, tt.p.Message(smartcity.English))
			assert.Equal(t, tt.en, tt.p.Error())
			assert.Equal(t, tt.id, tt.p.Message(smartcity.Indonesian))
			assert.Equal(t, tt.id, tt.p.Message(0), "the zero Lang is Indonesian")
			assert.Equal(t, tt.id, smartcity.ErrorMessage(tt.p, smartcity.Indonesian))
			var got struct{ Message string }
			b, err := json.Marshal(smartcity.Problems{tt.p})
			require.NoError(t, err)
			var list []struct{ Message string }
			require.NoError(t, json.Unmarshal(b, &list))
			require.Len(t, list, 1)
			got = list[0]
			assert.Equal(t, tt.json, got.Message)
		})
	}
}

func TestProblemJSON(t *testing.T) {
	ps := smartcity.Problems{
		{Path: "programs[0].element", Line: 371, Column: 18, Rule: "enum", Severity: smartcity.Error, Err: errOutOfRange},
		{Path: "programs", Rule: "quick_win", Severity: smartcity.Warning, Err: errOutOfRange},
		{Sheet: "Program", Cell: "D7", Rule: "gt", Severity: smartcity.Error, Err: errOutOfRange},
	}
	b, err := json.Marshal(ps)
	require.NoError(t, err)
	assert.Equal(t, `[{"path":"programs[0].element","line":371,"column":18,"rule":"enum","severity":"error","message":"baris 371, kolom 18: level 7 berada di luar 1–5"},`+
		`{"path":"programs","rule":"quick_win","severity":"warning","message":"level 7 berada di luar 1–5"},`+
		`{"path":"","sheet":"Program","cell":"D7","rule":"gt","severity":"error","message":"lembar Program, sel D7: level 7 berada di luar 1–5"}]`, string(b))
	en, err := json.Marshal(ps.JSON(smartcity.English))
	require.NoError(t, err)
	assert.Contains(t, string(en), `"message":"line 371, column 18: level 7 is outside 1–5"`)
	assert.Equal(t, string(b), strings.Replace(strings.Replace(strings.Replace(string(en),
		"line 371, column 18: level 7 is outside 1–5", "baris 371, kolom 18: level 7 berada di luar 1–5", 1),
		"level 7 is outside 1–5", "level 7 berada di luar 1–5", 1),
		"sheet Program, cell D7: level 7 is outside 1–5", "lembar Program, sel D7: level 7 berada di luar 1–5", 1), "only the messages differ")
	id, err := json.Marshal(ps.JSON(smartcity.Indonesian))
	require.NoError(t, err)
	assert.Equal(t, string(b), string(id))
	b, err = json.Marshal(smartcity.Problems(nil).JSON(smartcity.English))
	require.NoError(t, err)
	assert.Equal(t, "[]", string(b))
}

// A problem read back from its JSON says the message as it was written.
func TestProblemJSONRoundTrip(t *testing.T) {
	ps := smartcity.Problems{
		{Path: "programs[0].element", Line: 371, Column: 18, Rule: "enum", Severity: smartcity.Error, Err: errOutOfRange},
		{Rule: "syntax", Line: 2, Column: 3, Severity: smartcity.Error, Err: errOutOfRange},
		{Path: "programs", Rule: "quick_win", Severity: smartcity.Warning, Err: errOutOfRange},
	}
	b, err := json.Marshal(ps)
	require.NoError(t, err)
	var back smartcity.Problems
	require.NoError(t, json.Unmarshal(b, &back))
	again, err := json.Marshal(back)
	require.NoError(t, err)
	assert.Equal(t, string(b), string(again))
	assert.Equal(t, "programs[0].element: baris 371, kolom 18: level 7 berada di luar 1–5", back[0].Message(smartcity.English), "as written")
	assert.Equal(t, "baris 2, kolom 3: level 7 berada di luar 1–5", back[1].Error())
	assert.Equal(t, smartcity.Warning, back[2].Severity)
	assert.Error(t, json.Unmarshal([]byte(`{"severity": "sometimes"}`), &back[0]))
}

func TestProblems(t *testing.T) {
	sentinel := errors.New("level out of range")
	warn := smartcity.Problem{Path: "b", Rule: "kpi_direction", Severity: smartcity.Warning, Err: said{"going up", "naik"}}
	bad := smartcity.Problem{Path: "a", Rule: "level_range", Severity: smartcity.Error, Err: fmt.Errorf("%w: level 7", sentinel)}

	warnings := smartcity.Problems{warn}
	assert.False(t, warnings.HasErrors())
	assert.NoError(t, warnings.Err(), "warnings alone are not an error")
	assert.Equal(t, "b: going up", warnings.Error())
	assert.Equal(t, "b: naik", warnings.Message(smartcity.Indonesian))

	both := smartcity.Problems{warn, bad}
	assert.True(t, both.HasErrors())
	require.Error(t, both.Err())
	assert.Equal(t, smartcity.Problems{bad}, both.Errors())
	assert.Equal(t, smartcity.Problems{warn}, both.Warnings())
	assert.Equal(t, "a: level out of range: level 7", both.Error(), "the errors, not the warnings")
	assert.ErrorIs(t, both.Err(), sentinel)

	// Wrapped by a package, as its checks wrap them: errors.As finds the
	// problems, and errors.Is the sentinel of one of them.
	err := fmt.Errorf("spbe: invalid assessment: %w", both.Err())
	var found smartcity.Problems
	require.ErrorAs(t, err, &found)
	assert.Equal(t, both, found)
	var one smartcity.Problem
	require.ErrorAs(t, err, &one)
	assert.Equal(t, "b", one.Path)
	assert.ErrorIs(t, err, sentinel)

	var none smartcity.Problems
	assert.NoError(t, none.Err())
	assert.Equal(t, "", none.Message(smartcity.English))

	// More problems than are listed.
	var many smartcity.Problems
	for range 23 {
		many = append(many, bad)
	}
	assert.True(t, strings.HasSuffix(many.Error(), "; and 3 more"), many.Error())
	assert.True(t, strings.HasSuffix(many.Message(smartcity.Indonesian), "; dan 3 masalah lainnya"))
	assert.Equal(t, 20, strings.Count(many.Error(), "a: "))
}

func TestParseError(t *testing.T) {
	tests := []struct {
		e      smartcity.ParseError
		en, id string
	}{
		{smartcity.ParseError{Kind: "element", KindID: "elemen", Input: "GOV.SVX", Near: "GOV.SVC"},
			`unknown element "GOV.SVX" (did you mean GOV.SVC?)`,
			`elemen "GOV.SVX" tidak dikenal (mungkin yang dimaksud GOV.SVC?)`},
		{smartcity.ParseError{Kind: "horizon", KindID: "jangka waktu", Input: "abadi", Want: []string{"short", "medium", "long"}},
			`unknown horizon "abadi" (want short, medium or long)`,
			`jangka waktu "abadi" tidak dikenal (seharusnya short, medium atau long)`},
		{smartcity.ParseError{Kind: "level", Input: " ", Want: []string{"a whole number from 0 to 9"}, WantID: []string{"bilangan bulat dari 0 sampai 9"}},
			`empty level (want a whole number from 0 to 9)`,
			`level kosong (seharusnya bilangan bulat dari 0 sampai 9)`},
		{smartcity.ParseError{Kind: "colour", Input: "red", Want: []string{"blue"}},
			`unknown colour "red" (want blue)`,
			`colour "red" tidak dikenal (seharusnya blue)`},
		{smartcity.ParseError{Kind: "x", Input: strings.Repeat("é", 70)},
			`unknown x "` + strings.Repeat("é", 64) + `…"`,
			`x "` + strings.Repeat("é", 64) + `…" tidak dikenal`},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.en, tt.e.Error())
		assert.Equal(t, tt.en, tt.e.Message(smartcity.English))
		assert.Equal(t, tt.id, tt.e.Message(smartcity.Indonesian))
		assert.Equal(t, tt.id, smartcity.ErrorMessage(&tt.e, 0))
	}
}

func TestSeverity(t *testing.T) {
	assert.Equal(t, "error", smartcity.Error.String())
	assert.Equal(t, "warning", smartcity.Warning.String())
	assert.Equal(t, "galat", smartcity.Error.Name(smartcity.Indonesian))
	assert.Equal(t, "warning", smartcity.Warning.Name(smartcity.English))
	assert.Equal(t, "peringatan", smartcity.Warning.Name(smartcity.Indonesian))
	assert.Empty(t, smartcity.Severity(0).Name(smartcity.English), "the zero Severity is not declared")
	assert.Empty(t, smartcity.Severity(3).Name(smartcity.English))
	for text, want := range map[string]smartcity.Severity{"error": smartcity.Error, "Galat": smartcity.Error, "peringatan": smartcity.Warning, "": 0} {
		var s smartcity.Severity
		require.NoError(t, s.UnmarshalText([]byte(text)), text)
		assert.Equal(t, want, s, text)
	}
	var s smartcity.Severity
	err := s.UnmarshalText([]byte("warnign"))
	var pe *smartcity.ParseError
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, "warning", pe.Near)
	assert.Equal(t, `tingkat keparahan "warnign" tidak dikenal (mungkin yang dimaksud warning?)`, smartcity.ErrorMessage(err, smartcity.Indonesian))
	b, err := json.Marshal(map[string]smartcity.Severity{"a": smartcity.Warning})
	require.NoError(t, err)
	assert.Equal(t, `{"a":"warning"}`, string(b))
}

// A problem read back from JSON is held to the rules of every document:
// a key it does not write, a key in another case or written twice is an
// error, never the last of two.
func TestProblemJSONIsReadStrictly(t *testing.T) {
	for doc, want := range map[string][2]string{
		`{"path": "a", "rule": "x", "rule": "y"}`: {`duplicate key "rule"`, `kolom "rule" ditulis lebih dari sekali dalam satu objek`},
		`{"path": "a", "RULE": "y"}`:              {`key "RULE" is written "rule"`, `kolom "RULE" harus ditulis "rule", dengan huruf besar dan kecil yang sama`},
		`{"path": "a", "hint": "y"}`:              {`unknown field "hint"`, `kolom "hint" tidak dikenal`},
	} {
		var p smartcity.Problem
		err := json.Unmarshal([]byte(doc), &p)
		require.Error(t, err, doc)
		assert.Equal(t, want[0], err.Error())
		assert.Equal(t, want[1], smartcity.ErrorMessage(err, smartcity.Indonesian))
		var ruled interface{ Rule() string }
		require.ErrorAs(t, err, &ruled)
	}
	var p smartcity.Problem
	require.NoError(t, json.Unmarshal([]byte(`{"path": "a", "line": 2, "rule": "x", "severity": "warning", "message": "m"}`), &p))
	assert.Equal(t, "x", p.Rule)
	// Another shape is encoding/json's to refuse.
	require.Error(t, json.Unmarshal([]byte(`["path"]`), &p))
}

// FuzzProblemJSON: reading a problem never panics, and what is read
// writes and reads back to the same JSON.
func FuzzProblemJSON(f *testing.F) {
	f.Add([]byte(`{"path": "a", "line": 2, "column": 3, "rule": "x", "severity": "error", "message": "m"}`))
	f.Add([]byte(`{"path": "a", "Path": "b"}`))
	f.Add([]byte(`{"rule": "x", "rule": "y", "x": {"y": [1]}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var p smartcity.Problem
		if json.Unmarshal(data, &p) != nil {
			return
		}
		out, err := json.Marshal(p)
		require.NoError(t, err)
		var back smartcity.Problem
		require.NoError(t, json.Unmarshal(out, &back), "%s", out)
		again, err := json.Marshal(back)
		require.NoError(t, err)
		require.Equal(t, string(out), string(again))
	})
}
