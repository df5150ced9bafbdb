package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/masterplan"
	"github.com/kotacerdas/smartcity/spbe"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// committed returns the committed schema of the named document.
func committed(t *testing.T, name string) []byte {
	t.Helper()
	root, err := moduleRoot()
	require.NoError(t, err)
	dir, ok := Dir(name)
	require.True(t, ok, name)
	data, err := os.ReadFile(filepath.Join(root, dir, FileName(name)))
	require.NoError(t, err)
	return data
}

// TestCommittedSchemasUpToDate fails when a type, a rule or a doc comment
// changed without the schemas being generated again.
func TestCommittedSchemasUpToDate(t *testing.T) {
	for _, name := range Names() {
		t.Run(name, func(t *testing.T) {
			got, err := Generate(name)
			require.NoError(t, err)
			dir, _ := Dir(name)
			if !bytes.Equal(committed(t, name), got) {
				t.Errorf("%s/%s is stale: run go generate ./spbe ./masterplan/...", dir, FileName(name))
			}
		})
	}
}

func TestGenerateDeterministic(t *testing.T) {
	for _, name := range Names() {
		a, err := Generate(name)
		require.NoError(t, err)
		b, err := Generate(name)
		require.NoError(t, err)
		assert.Equal(t, string(a), string(b), name)
	}
}

func TestGenerateUnknown(t *testing.T) {
	_, err := Generate("budget")
	require.ErrorContains(t, err, `unknown document "budget"`)
	_, ok := Dir("budget")
	assert.False(t, ok)
}

// schemaOf decodes the committed schema of the named document.
func schemaOf(t *testing.T, name string) map[string]any {
	t.Helper()
	var s map[string]any
	require.NoError(t, json.Unmarshal(committed(t, name), &s))
	return s
}

// at follows a path of object keys through a decoded schema.
func at(t *testing.T, v any, path ...string) any {
	t.Helper()
	for _, k := range path {
		m, ok := v.(map[string]any)
		require.True(t, ok, "%v: not an object at %s", path, k)
		v, ok = m[k]
		require.True(t, ok, "%v: no %s", path, k)
	}
	return v
}

func TestSchemaContents(t *testing.T) {
	strs := func(vs ...string) []any {
		out := make([]any, len(vs))
		for i, v := range vs {
			out[i] = v
		}
		return out
	}
	tests := []struct {
		doc  string
		path []string
		want any
	}{
		{"assessment", []string{"$schema"}, "https://json-schema.org/draft/2020-12/schema"},
		{"assessment", []string{"$id"}, "https://github.com/kotacerdas/smartcity/spbe/assessment.schema.json"},
		{"assessment", []string{"title"}, "SPBE assessment"},
		{"assessment", []string{"$defs", "Stage", "enum"}, strs("mandiri", "dokumen", "interviu", "visitasi")},
		// A level is a number in JSON, bounded by spbe.LevelLimit.
		{"assessment", []string{"$defs", "Level"}, map[string]any{
			"type": "integer", "minimum": 0.0, "maximum": 9.0,
			"description": at(t, schemaOf(t, "assessment"), "$defs", "Level", "description"),
		}},
		{"assessment", []string{"properties", "indicators", "items", "$ref"}, "#/$defs/Answer"},
		{"assessment", []string{"$defs", "Answer", "required"}, strs("indicator")},
		{"framework", []string{"$id"}, "https://github.com/kotacerdas/smartcity/spbe/framework.schema.json"},
		{"framework", []string{"properties", "max_level", "minimum"}, 1.0},
		{"framework", []string{"$defs", "Indicator", "properties", "weight_bp", "maximum"}, 10000.0},
		{"plan", []string{"$id"}, "https://github.com/kotacerdas/smartcity/masterplan/plan.schema.json"},
		{"plan", []string{"$defs", "Source", "enum"}, strs("APBD", "APBN", "DAK", "Dana Desa", "CSR", "KPBU", "BLUD", "other")},
		{"plan", []string{"$defs", "Horizon", "enum"}, strs("short", "medium", "long")},
		{"plan", []string{"$defs", "Pillar", "enum"}, strs("GOV", "BRD", "ECO", "LIV", "SOC", "ENV")},
		{"plan", []string{"$defs", "LegalKind", "enum"}, strs("Perbup", "Perwal", "Pergub", "Perda")},
		{"plan", []string{"$defs", "Date", "format"}, "date"},
		{"plan", []string{"$defs", "KPI", "properties", "baseline", "type"}, "number"},
		{"plan", []string{"$defs", "BudgetLine", "properties", "amount", "exclusiveMinimum"}, 0.0},
		{"plan", []string{"properties", "programs", "minItems"}, 1.0},
		{"plan", []string{"$defs", "Program", "required"}, strs("id", "name", "element", "responsible_opd", "horizon", "start_year", "end_year", "status")},
		{"evaluation", []string{"$defs", "Stage", "enum"}, strs("I", "II")},
		{"evaluation", []string{"properties", "pillar_scores", "propertyNames", "$ref"}, "#/$defs/Pillar"},
		{"evaluation", []string{"properties", "pillar_scores", "additionalProperties", "maximum"}, 5.0},
		{"evaluation", []string{"$defs", "Scores", "required"}, strs("baseline", "output", "outcome", "impact", "quick_win")},
		{"progress", []string{"$defs", "Status", "enum"}, strs("planned", "ongoing", "completed", "postponed", "cancelled")},
		{"progress", []string{"$defs", "RealisedAmount", "properties", "amount", "minimum"}, 0.0},
	}
	for _, tt := range tests {
		t.Run(tt.doc+"/"+strings.Join(tt.path, "."), func(t *testing.T) {
			assert.Equal(t, tt.want, at(t, schemaOf(t, tt.doc), tt.path...))
		})
	}
	elements := at(t, schemaOf(t, "plan"), "$defs", "Element", "enum").([]any)
	assert.Len(t, elements, 18)
	assert.Equal(t, "GOV.SVC", elements[0])
	assert.Equal(t, "ENV.ENE", elements[17])
}

// TestClosedObjects checks that every object of every schema refuses
// properties it does not name, as strict decoding does, and has a
// description.
func TestClosedObjects(t *testing.T) {
	for _, name := range Names() {
		s := schemaOf(t, name)
		objects := []map[string]any{s}
		for _, d := range at(t, s, "$defs").(map[string]any) {
			if d := d.(map[string]any); d["type"] == "object" {
				objects = append(objects, d)
			}
		}
		for _, o := range objects {
			assert.Equal(t, false, o["additionalProperties"], "%s: %v", name, o["description"])
			assert.NotEmpty(t, o["description"], "%s: an object without a description", name)
		}
	}
}

// TestRulesUsed checks that every rule names a definition of some
// document, so that none is left behind when a type is renamed.
func TestRulesUsed(t *testing.T) {
	defs := map[string]bool{}
	for _, d := range documents() {
		s, err := build(d.name)
		require.NoError(t, err)
		defs[d.typ.Name()] = true
		for name := range s.Definitions {
			defs[name] = true
		}
	}
	for name := range required() {
		assert.True(t, defs[name], "required() names %s, which no document has", name)
	}
	for _, r := range rules() {
		assert.True(t, defs[r.def], "rules() names %s, which no document has", r.def)
	}
}

func TestMapper(t *testing.T) {
	root, err := moduleRoot()
	require.NoError(t, err)
	m := newMapper(newComments(root))

	assert.Nil(t, m.schema(reflect.TypeFor[int]()), "left to the reflector")
	assert.Nil(t, m.schema(reflect.TypeFor[map[string]int]()), "left to the reflector")
	assert.Equal(t, "#/$defs/Source", m.schema(reflect.TypeFor[masterplan.Source]()).Ref)
	assert.Equal(t, "number", m.schema(reflect.TypeFor[json.Number]()).Type)
	require.Empty(t, m.errs)
	assert.Equal(t, "Source is a funding source of a budget line. The zero value means \"unset\".", m.defs["Source"].Description)

	// A type that writes itself as text but is neither an enum nor
	// mapped would be reflected as what it is in Go: an error.
	assert.Nil(t, m.schema(reflect.TypeFor[smartcity.Number]()))
	assert.Nil(t, m.schema(reflect.TypeFor[map[int]json.Number]()))
	require.Len(t, m.errs, 2)
	assert.ErrorContains(t, m.errs[0], "smartcity.Number writes itself as JSON")
	assert.ErrorContains(t, m.errs[1], "a map key must be a string or an enum")

	// Two types of one name cannot share a definition.
	m.name(reflect.TypeFor[spbe.Stage]())
	m.name(reflect.TypeFor[masterplan.Stage]())
	require.Len(t, m.errs, 3)
	assert.ErrorContains(t, m.errs[2], "two types are named Stage")
}

func TestEnumCodes(t *testing.T) {
	codes, err := enumCodes(reflect.TypeFor[masterplan.Direction]())
	require.NoError(t, err)
	assert.Equal(t, []string{"up", "down"}, codes)
	codes, err = enumCodes(reflect.TypeFor[spbe.Predicate]())
	require.NoError(t, err)
	assert.Equal(t, []string{"Kurang", "Cukup", "Baik", "Sangat Baik", "Memuaskan"}, codes)
	for _, typ := range []reflect.Type{reflect.TypeFor[spbe.Level](), reflect.TypeFor[uint8](), reflect.TypeFor[smartcity.Date]()} {
		codes, err := enumCodes(typ)
		require.NoError(t, err)
		assert.Nil(t, codes, "%s is not an enum", typ)
	}
}

func TestComments(t *testing.T) {
	root, err := moduleRoot()
	require.NoError(t, err)
	c := newComments(root)
	assert.Equal(t, "StageLevel is the level one evaluation stage set for an indicator.", c.lookup(reflect.TypeFor[spbe.StageLevel](), ""))
	assert.Equal(t, "the level it set", c.lookup(reflect.TypeFor[spbe.StageLevel](), "Level"), "a line comment")
	assert.Equal(t, "Instansi is the assessed government body, \"Pemerintah Kab. Rembang\".", c.lookup(reflect.TypeFor[spbe.Assessment](), "Instansi"))
	assert.Empty(t, c.lookup(reflect.TypeFor[json.Number](), ""), "outside the module")
	require.NoError(t, c.err)

	bad := newComments(t.TempDir())
	assert.Empty(t, bad.lookup(reflect.TypeFor[spbe.Assessment](), ""))
	assert.Error(t, bad.err, "a package without source")
}

func TestDeclares(t *testing.T) {
	tests := []struct {
		gomod string
		want  bool
	}{
		{"module github.com/kotacerdas/smartcity\n\ngo 1.26.0\n", true},
		{"// a comment\nmodule \"github.com/kotacerdas/smartcity\"\n", true},
		{"module example.com/app\n\nrequire github.com/kotacerdas/smartcity v1.0.0\n", false},
		{"module github.com/kotacerdas/smartcity/v2\n", false},
		{"", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, declares(tt.gomod), tt.gomod)
	}
}

func TestUnescapeHTML(t *testing.T) {
	tests := []struct{ in, want string }{
		{`"a \u003c b \u003e c \u0026 d"`, `"a < b > c & d"`},
		{`"\\u003c"`, `"\\u003c"`},
		{`"\\\u003c"`, `"\\<"`},
		{`"\u2028 \n \""`, `"\u2028 \n \""`},
		{`"\u00`, `"\u00`},
		{`\`, `\`},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, string(unescapeHTML([]byte(tt.in))), tt.in)
	}
}

func TestRun(t *testing.T) {
	dir := t.TempDir()
	var stderr bytes.Buffer
	require.Equal(t, 0, run([]string{"-dir", dir, "assessment", "evaluation"}, &stderr), stderr.String())
	for _, name := range []string{"assessment", "evaluation"} {
		data, err := os.ReadFile(filepath.Join(dir, FileName(name)))
		require.NoError(t, err)
		assert.Equal(t, string(committed(t, name)), string(data))
	}
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	assert.Len(t, entries, 2)

	tests := []struct {
		args []string
		code int
		msg  string
	}{
		{nil, 2, "usage: schemagen [-dir dir] document...\ndocuments: assessment, framework, plan, evaluation, progress"},
		{[]string{"-x"}, 2, "flag provided but not defined: -x"},
		{[]string{"-dir", dir, "budget"}, 1, `schemagen: unknown document "budget"`},
		{[]string{"-dir", filepath.Join(dir, "missing"), "plan"}, 1, "schemagen: open "},
	}
	for _, tt := range tests {
		stderr.Reset()
		assert.Equal(t, tt.code, run(tt.args, &stderr), "%v", tt.args)
		assert.Contains(t, stderr.String(), tt.msg, "%v", tt.args)
	}
	assert.True(t, slices.Equal(Names(), []string{"assessment", "framework", "plan", "evaluation", "progress"}))
}

// FuzzUnescapeHTML checks that undoing the HTML escapes never changes
// what a JSON string says.
func FuzzUnescapeHTML(f *testing.F) {
	for _, s := range []string{"", "a < b", `\u003c`, `\\u003c`, "<&>\u2028", "\"\\"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		data, err := json.Marshal(s)
		require.NoError(t, err)
		out := unescapeHTML(data)
		var back string
		require.NoError(t, json.Unmarshal(out, &back), "%s", out)
		var want string
		require.NoError(t, json.Unmarshal(data, &want))
		assert.Equal(t, want, back)
		if !strings.Contains(s, `\`) {
			assert.NotContains(t, string(out), `\u003c`, "no escape is left")
		}
	})
}
