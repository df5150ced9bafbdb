package masterplan_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/masterplan"
	"github.com/kotacerdas/smartcity/masterplan/plantest"
)

// tree is a JSON document as encoding/json reads it into any, for
// mutating a valid document by hand.
type tree = map[string]any

// documentOf returns v as an indented JSON tree.
func documentOf(t testing.TB, v any) tree {
	t.Helper()
	data, err := json.Marshal(v)
	require.NoError(t, err)
	var doc tree
	require.NoError(t, json.Unmarshal(data, &doc))
	return doc
}

// indented writes doc the way plan files are written.
func indented(t testing.TB, doc any) []byte {
	t.Helper()
	data, err := json.MarshalIndent(doc, "", "  ")
	require.NoError(t, err)
	return data
}

// programAt returns the i-th programme of a plan tree.
func programAt(doc tree, i int) tree { return doc["programs"].([]any)[i].(tree) }

// threeProblems is Rembang's plan with an unknown element, a programme id
// used twice and a negative amount.
func threeProblems(t *testing.T) []byte {
	doc := documentOf(t, plantest.Rembang())
	programAt(doc, 0)["element"] = "GOV.SVX"
	programAt(doc, 1)["id"] = programAt(doc, 0)["id"]
	programAt(doc, 2)["budget"].([]any)[0].(tree)["amount"] = -5
	return indented(t, doc)
}

func TestValidateReportsEveryProblemInOnePass(t *testing.T) {
	data := threeProblems(t)
	p, problems, err := masterplan.Validate(bytes.NewReader(data), masterplan.ValidateOptions{})
	require.NoError(t, err)
	require.NotNil(t, p, "what could be decoded is returned")
	assert.Equal(t, "Rembang", p.Region.Name)

	errs := problems.Errors()
	require.Len(t, errs, 3, "%v", problems)
	first := programAt(documentOf(t, plantest.Rembang()), 0)["id"]
	type seen struct{ path, rule, message string }
	var got []seen
	for _, pr := range errs {
		got = append(got, seen{pr.Path, pr.Rule, pr.Message(smartcity.Indonesian)})
	}
	line := errs[0].Line
	assert.Equal(t, []seen{
		{"programs[0].element", "enum", fmt.Sprintf(`baris %d, kolom %d (programs[0].element): elemen "GOV.SVX" tidak dikenal (mungkin yang dimaksud GOV.SVC?)`, line, errs[0].Column)},
		{"programs[1].id", "unique", fmt.Sprintf("programs[1].id: id program %q sudah dipakai oleh programs[0]", first)},
		{"programs[2].budget[0].amount", "gt", "programs[2].budget[0].amount: jumlah anggaran harus lebih dari 0"},
	}, got)
	assert.Equal(t, strings.Count(string(data[:bytes.Index(data, []byte(`"GOV.SVX"`))]), "\n")+1, line)
	assert.Positive(t, errs[0].Column)

	// In English on request.
	assert.Equal(t, fmt.Sprintf(`line %d, column %d (programs[0].element): unknown element "GOV.SVX" (did you mean GOV.SVC?)`, errs[0].Line, errs[0].Column), errs[0].Message(smartcity.English))
	assert.Equal(t, fmt.Sprintf("programs[1].id: programme id %q is already used by programs[0]", first), errs[1].Message(smartcity.English))
	assert.Equal(t, "programs[2].budget[0].amount: budget amount must be greater than 0", errs[2].Message(smartcity.English))

	// As JSON, with the message in the language asked for, the path in its
	// own field.
	out, err := json.Marshal(errs[1:].JSON(smartcity.English))
	require.NoError(t, err)
	quoted, _ := json.Marshal(fmt.Sprintf("programme id %q is already used by programs[0]", first))
	assert.JSONEq(t, `[{"path": "programs[1].id", "rule": "unique", "severity": "error", "message": `+string(quoted)+`},`+
		`{"path": "programs[2].budget[0].amount", "rule": "gt", "severity": "error", "message": "budget amount must be greater than 0"}]`, string(out))
}

func TestDecodeReportsEveryProblemOfDecoding(t *testing.T) {
	doc := documentOf(t, plantest.Rembang())
	programAt(doc, 0)["element"] = "GOV.SVX"
	programAt(doc, 1)["horizon"] = "soon"
	programAt(doc, 2)["start_year"] = "2023"
	programAt(doc, 3)["budjet"] = []any{}
	_, err := masterplan.Unmarshal(indented(t, doc))
	var problems smartcity.Problems
	require.ErrorAs(t, err, &problems)
	var rules, paths []string
	for _, p := range problems {
		rules, paths = append(rules, p.Rule), append(paths, p.Path)
		assert.Positive(t, p.Line, p.Path)
	}
	assert.Equal(t, []string{"enum", "enum", "type", "unknown_field"}, rules)
	assert.Equal(t, []string{"programs[0].element", "programs[1].horizon", "programs[2].start_year", "programs[3].budjet"}, paths)

	// The first is a Problem, a text that names no value a ParseError;
	// the whole says every problem, in English or in Indonesian.
	var first smartcity.Problem
	require.ErrorAs(t, err, &first)
	assert.Equal(t, "programs[0].element", first.Path)
	require.ErrorAs(t, err, new(*smartcity.ParseError))
	assert.Regexp(t, `^masterplan: line \d+, column \d+ \(programs\[0\]\.element\): unknown element "GOV.SVX" \(did you mean GOV.SVC\?\); `+
		`line \d+, column \d+ \(programs\[1\]\.horizon\): unknown horizon "soon" \(want short, medium or long\); `+
		`line \d+, column \d+ \(programs\[2\]\.start_year\): cannot use JSON string as int; `+
		`line \d+, column \d+ \(programs\[3\]\.budjet\): unknown field "budjet"$`, err.Error())
	assert.Regexp(t, `^masterplan: baris \d+, kolom \d+ \(programs\[0\]\.element\): elemen "GOV.SVX" tidak dikenal \(mungkin yang dimaksud GOV.SVC\?\); `+
		`baris \d+, kolom \d+ \(programs\[1\]\.horizon\): jangka waktu "soon" tidak dikenal \(seharusnya short, medium atau long\); `+
		`baris \d+, kolom \d+ \(programs\[2\]\.start_year\): nilai JSON berupa teks tidak dapat dibaca sebagai bilangan bulat; `+
		`baris \d+, kolom \d+ \(programs\[3\]\.budjet\): kolom "budjet" tidak dikenal$`, smartcity.ErrorMessage(err, smartcity.Indonesian))
}

func TestValidateOtherDocuments(t *testing.T) {
	t.Run("progress", func(t *testing.T) {
		doc := documentOf(t, plantest.RembangProgress2024())
		year := doc["years"].([]any)[0].(tree)
		programs := year["programs"].([]any)
		programs[0].(tree)["status"] = "selesai sekali"
		programs[1].(tree)["budget"].([]any)[0].(tree)["amount"] = -1
		programs[1].(tree)["catatan"] = "x"
		pr, problems, err := masterplan.ValidateProgress(bytes.NewReader(indented(t, doc)), plantest.Rembang(), masterplan.ValidateOptions{})
		require.NoError(t, err)
		require.NotNil(t, pr)
		var rules []string
		for _, p := range problems.Errors() {
			rules = append(rules, p.Rule)
		}
		assert.Equal(t, []string{"enum", "unknown_field", "amount_negative"}, rules, "%v", problems)

		// Without the plan, the problems of decoding alone.
		_, problems, err = masterplan.ValidateProgress(bytes.NewReader(indented(t, doc)), nil, masterplan.ValidateOptions{})
		require.NoError(t, err)
		assert.Len(t, problems, 2)
	})
	t.Run("not JSON", func(t *testing.T) {
		p, problems, err := masterplan.Validate(strings.NewReader(`{"region": `), masterplan.ValidateOptions{})
		require.NoError(t, err)
		assert.Nil(t, p)
		require.Len(t, problems, 1)
		assert.Equal(t, "syntax", problems[0].Rule)
	})
	t.Run("too large", func(t *testing.T) {
		_, _, err := masterplan.Validate(strings.NewReader(`{"vision": "panjang sekali"}`), masterplan.ValidateOptions{Limit: 10})
		require.ErrorIs(t, err, masterplan.ErrTooLarge)
	})
}

// mutation breaks one thing in a valid plan tree, with rng choosing where;
// each makes the plan invalid.
type mutation struct {
	name  string
	apply func(doc tree, rng *rand.Rand)
}

func mutations() []mutation {
	program := func(doc tree, rng *rand.Rand) tree {
		ps, ok := doc["programs"].([]any)
		if !ok { // already broken by another mutation
			return tree{}
		}
		return ps[rng.IntN(len(ps))].(tree)
	}
	// budgetLine returns a budget line of a programme, adding one when it
	// has none.
	budgetLine := func(doc tree, rng *rand.Rand) tree {
		pr := program(doc, rng)
		lines, _ := pr["budget"].([]any)
		if len(lines) == 0 {
			lines = []any{tree{"year": pr["start_year"], "source": "APBD", "amount": 1}}
			pr["budget"] = lines
		}
		return lines[0].(tree)
	}
	return []mutation{
		{"unknown element", func(d tree, r *rand.Rand) { program(d, r)["element"] = "GOV.XXX" }},
		{"unknown horizon", func(d tree, r *rand.Rand) { program(d, r)["horizon"] = "kelak" }},
		{"unknown source", func(d tree, r *rand.Rand) { budgetLine(d, r)["source"] = "hibah" }},
		{"unknown field", func(d tree, r *rand.Rand) { program(d, r)["anggaran"] = 1 }},
		{"unknown top-level field", func(d tree, _ *rand.Rand) { d["visi"] = "x" }},
		{"year as text", func(d tree, r *rand.Rand) { program(d, r)["start_year"] = "2023" }},
		{"amount as a fraction", func(d tree, r *rand.Rand) { budgetLine(d, r)["amount"] = 1.5 }},
		{"negative amount", func(d tree, r *rand.Rand) { budgetLine(d, r)["amount"] = -1 }},
		{"duplicate id", func(d tree, r *rand.Rand) {
			ps, ok := d["programs"].([]any)
			if !ok {
				return
			}
			i := 1 + r.IntN(len(ps)-1)
			ps[i].(tree)["id"] = ps[0].(tree)["id"]
		}},
		{"programmes as an object", func(d tree, _ *rand.Rand) { d["programs"] = tree{} }},
		{"bad date", func(d tree, _ *rand.Rand) {
			d["lifecycle"] = tree{"stages": []any{tree{"stage": "mou", "date": "21 April"}}}
		}},
		{"no name", func(d tree, r *rand.Rand) { program(d, r)["name"] = "" }},
		{"cut short", nil},
	}
}

// TestEveryInvalidMutationIsReported: for random valid plans and every
// mutation that makes them invalid, one or more mutations at once,
// Validate never panics and reports at least one error, and the problems
// of decoding come first, each placed.
func TestEveryInvalidMutationIsReported(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 2026))
	ms := mutations()
	for round := range 60 {
		p := plantest.Random(rng, 2+rng.IntN(6))
		opts := masterplan.ValidateOptions{}
		require.False(t, p.Validate(opts).HasErrors(), "round %d: the random plan is valid", round)
		doc := documentOf(t, p)
		var names []string
		cut := false
		for _, k := range rng.Perm(len(ms))[:1+rng.IntN(3)] {
			names = append(names, ms[k].name)
			if ms[k].apply == nil {
				cut = true
				continue
			}
			ms[k].apply(doc, rng)
		}
		data := indented(t, doc)
		if cut {
			data = data[:rng.IntN(len(data))]
		}
		_, problems, err := masterplan.Validate(bytes.NewReader(data), opts)
		require.NoError(t, err)
		require.True(t, problems.HasErrors(), "round %d, %v: no error reported", round, names)
		checked := false
		for _, pr := range problems {
			if pr.Line == 0 {
				checked = true
				continue
			}
			require.False(t, checked, "round %d: the problems of decoding come first: %v", round, problems)
		}
	}
}

// FuzzValidate: Validate never panics, and agrees with Decode and
// Plan.Validate: a document Decode accepts has exactly Plan.Validate's
// problems, one it refuses has every problem of Decode's error first.
func FuzzValidate(f *testing.F) {
	small, err := json.Marshal(plantest.Random(rand.New(rand.NewPCG(1, 1)), 2))
	require.NoError(f, err)
	f.Add(small)
	f.Add([]byte(`{"programs": [{"id": "A", "element": "GOV.XXX"}, {"id": "A", "budget": [{"amount": -1}]}]}`))
	f.Add([]byte(`{"programs": {}, "visi": 1, "period": {"start_year": "2022"}}`))
	f.Add([]byte(`{"programs": [`))
	f.Fuzz(func(t *testing.T, data []byte) {
		opts := masterplan.ValidateOptions{}
		p, problems, err := masterplan.Validate(bytes.NewReader(data), opts)
		require.NoError(t, err)
		decoded, derr := masterplan.Unmarshal(data)
		if derr == nil {
			require.Equal(t, decoded, p)
			requireSameProblems(t, decoded.Validate(opts), problems)
			return
		}
		var refused smartcity.Problems
		require.ErrorAs(t, derr, &refused)
		require.True(t, problems.HasErrors())
		require.GreaterOrEqual(t, len(problems), len(refused))
		for i := range refused {
			require.Equal(t, refused[i].Path, problems[i].Path)
			require.Equal(t, refused[i].Rule, problems[i].Rule)
		}
	})
}

// requireSameProblems compares two lists of problems as a caller sees them,
// as JSON in both languages: place, rule, severity and message. Comparing
// the values themselves would compare the validator's internal state that
// a finding points into, which differs between two equal checks.
func requireSameProblems(t *testing.T, want, got smartcity.Problems) {
	t.Helper()
	for _, lang := range []smartcity.Lang{smartcity.Indonesian, smartcity.English} {
		w, err := json.Marshal(want.JSON(lang))
		require.NoError(t, err)
		g, err := json.Marshal(got.JSON(lang))
		require.NoError(t, err)
		require.JSONEq(t, string(w), string(g), "in %s", lang)
	}
}
