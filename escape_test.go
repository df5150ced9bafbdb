package smartcity_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/masterplan"
	"github.com/kotacerdas/smartcity/masterplan/evaluation"
	"github.com/kotacerdas/smartcity/pillar"
	"github.com/kotacerdas/smartcity/spbe"
)

// hostile is text that would forge a line of a log, colour a terminal
// and reverse what follows it, were it written raw.
const hostile = "x\nERROR forged\r\x1b[31m\u2028\u202e\x00"

// oneLine fails t when msg holds a character that breaks a line or steers
// a terminal.
func oneLine(t *testing.T, what, msg string) {
	t.Helper()
	assert.NotEmpty(t, msg, what)
	for _, r := range msg {
		if unicode.IsControl(r) || r == '\u2028' || r == '\u2029' || r == '\u202e' || r == '\ufffd' {
			t.Errorf("%s: %q holds %U", what, msg, r)
			return
		}
	}
}

// Whatever a reader refuses, its message and the message of each of its
// problems are one line in either language, however many control
// characters the input put in a file's key, a column's name or a value
// that the message quotes.
func TestReadersEscapeControlCharacters(t *testing.T) {
	key := jsonString(hostile)
	readers := []struct {
		name string
		read func() error
	}{
		{"assessment JSON, unknown key", func() error {
			_, err := spbe.DecodeAssessment(strings.NewReader(`{`+key+`: 1}`), 0)
			return err
		}},
		{"assessment JSON, a bad stage", func() error {
			_, err := spbe.DecodeAssessment(strings.NewReader(`{"indicators": [{"indicator": 1, "level": 3, "stages": [{"stage": `+key+`, "level": 3}]}]}`), 0)
			return err
		}},
		{"assessment JSON, a bad framework", func() error {
			_, err := spbe.ReadAssessments(strings.NewReader(`{"framework": `+key+`}`), spbe.ReadOptions{})
			if err == nil {
				_, err = spbe.Default().ScoreAssessment(&spbe.Assessment{Framework: hostile}, spbe.Options{})
			}
			return err
		}},
		{"long CSV header", func() error {
			_, err := spbe.DecodeLongCSV(strings.NewReader("indikator,level,\""+hostile+"\"\n1,3,x\n"), spbe.ReadOptions{})
			return err
		}},
		{"long CSV value", func() error {
			_, err := spbe.DecodeLongCSV(strings.NewReader("indikator,level\n1,\""+hostile+"\"\n"), spbe.ReadOptions{})
			return err
		}},
		{"wide CSV header", func() error {
			_, err := spbe.DecodeWideCSV(strings.NewReader("instansi,tahun,\""+hostile+"\"\nA,2024,3\n"), spbe.ReadOptions{})
			return err
		}},
		{"costs CSV", func() error {
			_, err := spbe.DecodeCosts(strings.NewReader("indikator,\""+hostile+"\"\n1,2\n"), spbe.ReadOptions{})
			return err
		}},
		{"framework JSON", func() error {
			_, err := spbe.UnmarshalFramework([]byte(`{` + key + `: 1}`))
			return err
		}},
		{"masterplan, unknown key", func() error {
			_, err := masterplan.Unmarshal([]byte(`{` + key + `: 1}`))
			return err
		}},
		{"masterplan, a bad element", func() error {
			_, err := masterplan.Unmarshal([]byte(`{"programs": [{"element": ` + key + `}]}`))
			return err
		}},
		{"masterplan, a value the rules quote", func() error {
			p := &masterplan.Plan{Region: masterplan.Region{KemendagriCode: hostile}}
			return p.Validate(masterplan.ValidateOptions{}).Err()
		}},
		{"progress", func() error {
			_, err := masterplan.UnmarshalProgress([]byte(`{` + key + `: 1}`))
			return err
		}},
		{"evaluation", func() error {
			_, err := evaluation.Unmarshal([]byte(`{"scores": {` + key + `: 1}}`))
			return err
		}},
		{"evaluation cohort", func() error {
			_, err := evaluation.UnmarshalCohort([]byte(`[{` + key + `: 1}]`))
			return err
		}},
		{"scorecard", func() error {
			var s pillar.Scorecard
			return json.Unmarshal([]byte(`{`+key+`: 1}`), &s)
		}},
		{"pillar name", func() error {
			_, err := pillar.Parse(hostile)
			return err
		}},
		{"number", func() error {
			_, err := smartcity.ParseNumber(hostile)
			return err
		}},
	}
	for _, r := range readers {
		t.Run(r.name, func(t *testing.T) {
			err := r.read()
			require.Error(t, err)
			oneLine(t, "Error", err.Error())
			for _, lang := range []smartcity.Lang{smartcity.Indonesian, smartcity.English} {
				oneLine(t, "ErrorMessage", smartcity.ErrorMessage(err, lang))
				var ps smartcity.Problems
				if errors.As(err, &ps) {
					for _, p := range ps {
						oneLine(t, "Problem.Message", p.Message(lang))
					}
					out, jerr := json.Marshal(ps.JSON(lang))
					require.NoError(t, jerr)
					var back []struct{ Message string }
					require.NoError(t, json.Unmarshal(out, &back))
					for _, p := range back {
						oneLine(t, "the JSON message", p.Message)
					}
				}
			}
		})
	}
}

// A problem made in code with control characters in every field says them
// escaped, and so does ErrorMessage of any error.
func TestMessagesEscapeControlCharacters(t *testing.T) {
	p := smartcity.Problem{Path: hostile, Sheet: hostile, Cell: hostile, Rule: hostile, Line: 2, Column: 3, Severity: smartcity.Error}
	for _, lang := range []smartcity.Lang{smartcity.Indonesian, smartcity.English} {
		oneLine(t, "a problem", p.Message(lang))
		oneLine(t, "problems", smartcity.Problems{p, p}.Message(lang))
		oneLine(t, "an error", smartcity.ErrorMessage(errors.New(hostile), lang))
		oneLine(t, "a joined error", smartcity.ErrorMessage(errors.Join(errors.New("a"), errors.New("b")), lang))
	}
	assert.Equal(t, `sheet x\nERROR forged\r\x1b[31m\u2028\u202e\x00`, strings.SplitN(p.Message(smartcity.English), ",", 2)[0])
	var b bytes.Buffer
	require.NoError(t, json.NewEncoder(&b).Encode(p))
	var back smartcity.Problem
	require.NoError(t, json.Unmarshal(b.Bytes(), &back))
	oneLine(t, "a problem read back", back.Message(smartcity.English))
}

// jsonString is s as a JSON string.
func jsonString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// FuzzProblemMessage: whatever text a problem's place and rule hold, its
// message and ErrorMessage are one line, in either language.
func FuzzProblemMessage(f *testing.F) {
	f.Add(hostile, "D7", "x\ny")
	f.Add("", "", "")
	f.Add("a\xffb", "\u0085", "\u202e")
	f.Fuzz(func(t *testing.T, path, cell, text string) {
		p := smartcity.Problem{Path: path, Cell: cell, Rule: text, Line: 1, Err: errors.New(text), Severity: smartcity.Error}
		for _, lang := range []smartcity.Lang{smartcity.Indonesian, smartcity.English} {
			for _, msg := range []string{p.Message(lang), smartcity.ErrorMessage(p, lang), smartcity.Problems{p}.Message(lang)} {
				if strings.ContainsAny(msg, "\n\r\x1b\u2028\u2029\u202e\u0085") {
					t.Fatalf("%q", msg)
				}
			}
		}
	})
}
