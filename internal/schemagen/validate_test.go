package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/kotacerdas/smartcity/masterplan"
	"github.com/kotacerdas/smartcity/masterplan/evaluation"
	"github.com/kotacerdas/smartcity/masterplan/evaluation/evaltest"
	"github.com/kotacerdas/smartcity/masterplan/plantest"
	"github.com/kotacerdas/smartcity/spbe"
	"github.com/kotacerdas/smartcity/spbe/spbetest"
	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// compiled returns the committed schema of the named document, compiled
// with formats ("date", "uri") asserted.
func compiled(t *testing.T, name string) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(committed(t, name)))
	require.NoError(t, err)
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	id := at(t, doc, "$id").(string)
	require.NoError(t, c.AddResource(id, doc))
	sch, err := c.Compile(id)
	require.NoError(t, err)
	return sch
}

// conform validates a JSON document against the named schema.
func conform(t *testing.T, name string, data []byte) error {
	t.Helper()
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	require.NoError(t, err)
	return compiled(t, name).Validate(inst)
}

// accept reads a JSON document as the library does and checks it: the
// library's verdict, to set beside the schema's.
func accept(t *testing.T, name string, data []byte) error {
	t.Helper()
	switch name {
	case "assessment":
		a, err := spbe.DecodeAssessment(bytes.NewReader(data), 0)
		if err != nil {
			return err
		}
		fw, err := a.ResolveFramework(nil)
		if err != nil {
			return err
		}
		return a.Validate(fw).Err()
	case "framework":
		_, err := spbe.UnmarshalFramework(data)
		return err
	case "plan":
		p, err := masterplan.Unmarshal(data)
		if err != nil {
			return err
		}
		return p.Validate(masterplan.ValidateOptions{}).Err()
	case "evaluation":
		e, err := evaluation.Unmarshal(data)
		if err != nil {
			return err
		}
		return e.Validate().Err()
	case "progress":
		pr, err := masterplan.UnmarshalProgress(data)
		if err != nil {
			return err
		}
		return pr.Validate(plantest.Rembang(), masterplan.ValidateOptions{}).Err()
	}
	return errors.New("no such document: " + name)
}

// file reads a file of the module.
func file(t *testing.T, path string) []byte {
	t.Helper()
	root, err := moduleRoot()
	require.NoError(t, err)
	data, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(path)))
	require.NoError(t, err)
	return data
}

func marshal(t *testing.T, v any) []byte {
	t.Helper()
	data, err := json.Marshal(v)
	require.NoError(t, err)
	return data
}

// TestValidDocuments checks that every example, fixture and built-in
// document, and documents drawn at random, conform to their schema, and
// that the library accepts them too.
func TestValidDocuments(t *testing.T) {
	type doc struct {
		schema, name string
		data         []byte
	}
	docs := []doc{
		{"plan", "examples/rembang/masterplan.json", file(t, "examples/rembang/masterplan.json")},
		{"evaluation", "examples/rembang/evaluation-2024.json", file(t, "examples/rembang/evaluation-2024.json")},
		{"progress", "examples/rembang/progress-2024.json", file(t, "examples/rembang/progress-2024.json")},
		{"plan", "plantest.Plan", marshal(t, plantest.Plan().Build())},
		{"evaluation", "evaltest.Evaluation", marshal(t, evaltest.Evaluation().PillarScore(1, "4.25").PreviousIndex("2.5").Notes("uji").Build())},
		{"assessment", "spbetest.Assessment", marshal(t, spbetest.Assessment().
			Stages(1, spbe.StageLevel{Stage: spbe.Mandiri, Level: 2}, spbe.StageLevel{Stage: spbe.Interviu, Level: 3}).
			Evidence(1, spbe.Evidence{Title: "Perbup SPBE", URL: "https://jdih.contoh.go.id/perbup-1", File: "perbup.pdf", SHA256: strings.Repeat("ab", 32)}).
			Explanation(1, "ada").Note("uji").Build())},
	}
	for _, f := range []string{"rembang-2023", "rembang-2024", "sumedang-2023", "sumedang-2024"} {
		path := "spbe/testdata/" + f + ".json"
		docs = append(docs, doc{"assessment", path, file(t, path)})
	}
	for fw := range spbe.Frameworks() {
		docs = append(docs, doc{"framework", "built-in " + fw.ID(), marshal(t, fw)})
		for seed := range uint64(10) {
			docs = append(docs, doc{"assessment", fmt.Sprintf("spbetest.Random %s %d", fw.ID(), seed), marshal(t, spbetest.Random(rand.New(rand.NewPCG(seed, 0)), fw))})
		}
	}
	for seed := range uint64(10) {
		docs = append(docs,
			doc{"plan", fmt.Sprintf("plantest.Random %d", seed), marshal(t, plantest.Random(rand.New(rand.NewPCG(seed, 0)), 2+3*int(seed)))},
			doc{"evaluation", fmt.Sprintf("evaltest.Random %d", seed), marshal(t, evaltest.Random(rand.New(rand.NewPCG(seed, 0))))})
	}
	for _, d := range docs {
		t.Run(d.schema+"/"+d.name, func(t *testing.T) {
			require.NoError(t, accept(t, d.schema, d.data), "the library")
			assert.NoError(t, conform(t, d.schema, d.data), "the schema")
		})
	}
}

// change decodes a JSON document, lets edit change it and encodes it
// again.
func change(t *testing.T, data []byte, edit func(doc map[string]any)) []byte {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var doc map[string]any
	require.NoError(t, dec.Decode(&doc))
	edit(doc)
	return marshal(t, doc)
}

// obj follows a path of keys and indices ("programs", "0") to an object.
// copies is an array of n times v.
func copies(v any, n int) []any {
	out := make([]any, n)
	for i := range out {
		out[i] = v
	}
	return out
}

func obj(doc map[string]any, path ...string) map[string]any {
	var v any = doc
	for _, k := range path {
		if i, err := strconv.Atoi(k); err == nil {
			v = v.([]any)[i]
		} else {
			v = v.(map[string]any)[k]
		}
	}
	return v.(map[string]any)
}

// TestInvalidDocuments checks that documents the library refuses — when
// decoding or when checking — are refused by their schema too.
func TestInvalidDocuments(t *testing.T) {
	assessment := file(t, "spbe/testdata/rembang-2024.json")
	framework := marshal(t, spbe.Default())
	plan := file(t, "examples/rembang/masterplan.json")
	evaluation := file(t, "examples/rembang/evaluation-2024.json")
	progress := file(t, "examples/rembang/progress-2024.json")
	tests := []struct {
		schema, name string
		base         []byte
		edit         func(doc map[string]any)
	}{
		{"assessment", "unknown field", assessment, func(d map[string]any) { d["tahunn"] = 2024 }},
		{"assessment", "unknown field in an answer", assessment, func(d map[string]any) { obj(d, "indicators", "0")["levle"] = 3 }},
		{"assessment", "unknown stage", assessment, func(d map[string]any) { obj(d, "indicators", "0")["stage"] = "final" }},
		{"assessment", "level above the limit", assessment, func(d map[string]any) { obj(d, "indicators", "0")["level"] = 10 }},
		{"assessment", "level as text", assessment, func(d map[string]any) { obj(d, "indicators", "0")["level"] = "3" }},
		{"assessment", "answer without an indicator", assessment, func(d map[string]any) { delete(obj(d, "indicators", "0"), "indicator") }},
		{"assessment", "implausible year", assessment, func(d map[string]any) { d["tahun"] = 1024 }},
		{"assessment", "evidence without url or file", assessment, func(d map[string]any) {
			obj(d, "indicators", "0")["bukti"] = []any{map[string]any{"title": "Perbup"}}
		}},
		{"assessment", "evidence with a bad digest", assessment, func(d map[string]any) {
			obj(d, "indicators", "0")["bukti"] = []any{map[string]any{"title": "Perbup", "file": "a.pdf", "sha256": "abc"}}
		}},
		{"assessment", "evidence at an ftp address", assessment, func(d map[string]any) {
			obj(d, "indicators", "0")["bukti"] = []any{map[string]any{"title": "Perbup", "url": "ftp://contoh.go.id/a.pdf"}}
		}},
		{"assessment", "evidence at a javascript: address", assessment, func(d map[string]any) {
			obj(d, "indicators", "0")["bukti"] = []any{map[string]any{"title": "Perbup", "url": "javascript:alert(1)"}}
		}},
		{"assessment", "evidence at an address with a password", assessment, func(d map[string]any) {
			obj(d, "indicators", "0")["bukti"] = []any{map[string]any{"title": "Perbup", "url": "https://admin:rahasia@contoh.go.id/a.pdf"}}
		}},
		{"assessment", "evidence at an address with a raw quote", assessment, func(d map[string]any) {
			obj(d, "indicators", "0")["bukti"] = []any{map[string]any{"title": "Perbup", "url": `https://contoh.go.id/a"><script>`}}
		}},
		{"assessment", "evidence file outside its folder", assessment, func(d map[string]any) {
			obj(d, "indicators", "0")["bukti"] = []any{map[string]any{"title": "Perbup", "file": "../../etc/passwd"}}
		}},
		{"assessment", "evidence file at an absolute path", assessment, func(d map[string]any) {
			obj(d, "indicators", "0")["bukti"] = []any{map[string]any{"title": "Perbup", "file": "/etc/passwd"}}
		}},
		{"assessment", "evidence file on a drive", assessment, func(d map[string]any) {
			obj(d, "indicators", "0")["bukti"] = []any{map[string]any{"title": "Perbup", "file": `C:\Windows\win.ini`}}
		}},
		{"assessment", "evidence file on a network share", assessment, func(d map[string]any) {
			obj(d, "indicators", "0")["bukti"] = []any{map[string]any{"title": "Perbup", "file": `\\server\share\a.pdf`}}
		}},
		{"assessment", "evidence file with an encoded traversal", assessment, func(d map[string]any) {
			obj(d, "indicators", "0")["bukti"] = []any{map[string]any{"title": "Perbup", "file": "..%2F..%2Fetc%2Fpasswd"}}
		}},
		{"assessment", "evidence file at an address", assessment, func(d map[string]any) {
			obj(d, "indicators", "0")["bukti"] = []any{map[string]any{"title": "Perbup", "file": "file:///etc/passwd"}}
		}},
		{"assessment", "stage without a stage", assessment, func(d map[string]any) {
			obj(d, "indicators", "0")["stages"] = []any{map[string]any{"level": 3}}
		}},
		{"framework", "unknown field", framework, func(d map[string]any) { d["weights"] = []any{} }},
		{"framework", "no legal basis", framework, func(d map[string]any) { delete(d, "legal_basis") }},
		{"framework", "bad id", framework, func(d map[string]any) { d["id"] = "Permen 59" }},
		{"framework", "weightless domain", framework, func(d map[string]any) { obj(d, "domains", "0")["weight_bp"] = 0 }},
		{"framework", "min level 2", framework, func(d map[string]any) { d["min_level"] = 2 }},
		{"framework", "no indicators", framework, func(d map[string]any) { d["indicators"] = []any{} }},
		{"plan", "unknown field", plan, func(d map[string]any) { obj(d, "programs", "0")["budjet"] = []any{} }},
		{"plan", "readiness evidence outside the folder", plan, func(d map[string]any) {
			obj(d, "readiness", "items", "0")["evidence"] = []any{"../../etc/passwd"}
		}},
		{"plan", "readiness evidence at a javascript: address", plan, func(d map[string]any) {
			obj(d, "readiness", "items", "0")["evidence"] = []any{"javascript:alert(document.cookie)"}
		}},
		{"plan", "readiness evidence on a network share", plan, func(d map[string]any) {
			obj(d, "readiness", "items", "0")["evidence"] = []any{`\\fileserver\bkpsdm\pegawai.xlsx`}
		}},
		{"progress", "plan outside the folder", progress, func(d map[string]any) { d["plan"] = "../masterplan.json" }},
		{"progress", "plan at an absolute path", progress, func(d map[string]any) { d["plan"] = "/etc/passwd" }},
		{"plan", "unknown element", plan, func(d map[string]any) { obj(d, "programs", "0")["element"] = "GOV.XYZ" }},
		{"plan", "unknown source", plan, func(d map[string]any) { obj(d, "programs", "0", "budget", "0")["source"] = "XYZ" }},
		{"plan", "no vision", plan, func(d map[string]any) { delete(d, "vision") }},
		{"plan", "programme without an office", plan, func(d map[string]any) { delete(obj(d, "programs", "0"), "responsible_opd") }},
		{"plan", "zero amount", plan, func(d map[string]any) { obj(d, "programs", "0", "budget", "0")["amount"] = 0 }},
		{"plan", "kemendagri code without a dot", plan, func(d map[string]any) { obj(d, "region")["kemendagri_code"] = "3317" }},
		{"plan", "readiness score 6", plan, func(d map[string]any) { obj(d, "readiness", "items", "0")["current"] = 6 }},
		{"plan", "readiness item missing", plan, func(d map[string]any) {
			items := obj(d, "readiness")["items"].([]any)
			obj(d, "readiness")["items"] = items[1:]
		}},
		{"plan", "impossible date", plan, func(d map[string]any) { obj(d, "lifecycle", "stages", "0")["date"] = "2022-13-01" }},
		{"plan", "KPI value as text", plan, func(d map[string]any) {
			obj(d, "programs", "0", "kpis", "0", "targets", "0")["value"] = "banyak"
		}},
		{"plan", "two-digit year", plan, func(d map[string]any) { obj(d, "period")["end_year"] = 31 }},
		{"evaluation", "unknown dimension", evaluation, func(d map[string]any) { obj(d, "scores")["qiuck_win"] = 3 }},
		{"evaluation", "unknown stage", evaluation, func(d map[string]any) { d["stage"] = "III" }},
		{"evaluation", "score above 5", evaluation, func(d map[string]any) { obj(d, "scores")["impact"] = 5.5 }},
		{"evaluation", "score missing", evaluation, func(d map[string]any) { delete(obj(d, "scores"), "impact") }},
		{"evaluation", "unknown pillar", evaluation, func(d map[string]any) { obj(d, "pillar_scores")["XYZ"] = 3 }},
		{"evaluation", "blank region", evaluation, func(d map[string]any) { d["region"] = "  " }},
		{"evaluation", "score as a string", evaluation, func(d map[string]any) { obj(d, "scores")["impact"] = "3" }},
		{"evaluation", "pillar score as a string", evaluation, func(d map[string]any) { obj(d, "pillar_scores")["GOV"] = "3" }},
		{"evaluation", "previous index as a string", evaluation, func(d map[string]any) { d["previous_index"] = "3.2" }},
		{"plan", "KPI baseline as a string", plan, func(d map[string]any) { obj(d, "programs", "0", "kpis", "0")["baseline"] = "10" }},
		{"progress", "KPI actual as a string", progress, func(d map[string]any) {
			obj(d, "years", "0", "programs", "0")["kpis"] = []any{map[string]any{"name": "x", "actual": "5"}}
		}},
		{"progress", "unknown status", progress, func(d map[string]any) { obj(d, "years", "0", "programs", "0")["status"] = "xyz" }},
		{"progress", "negative amount", progress, func(d map[string]any) {
			obj(d, "years", "0", "programs", "0", "budget", "0")["amount"] = -1
		}},
		{"progress", "year missing", progress, func(d map[string]any) { delete(obj(d, "years", "0"), "year") }},
		{"progress", "no years", progress, func(d map[string]any) { d["years"] = []any{} }},
		// The caps on elements a field declares (maxitems) are the schema's
		// maxItems and maxProperties.
		{"plan", "more programmes than a plan holds", plan, func(d map[string]any) { d["programs"] = copies(obj(d, "programs", "0"), 2001) }},
		{"plan", "more KPIs than a programme holds", plan, func(d map[string]any) {
			p := obj(d, "programs", "0")
			p["kpis"] = copies(obj(p, "kpis", "0"), 101)
		}},
		{"assessment", "more evidence than an answer holds", assessment, func(d map[string]any) {
			obj(d, "indicators", "0")["bukti"] = copies(map[string]any{"title": "Perbup", "file": "a.pdf"}, 101)
		}},
		{"progress", "more years than a realisation holds", progress, func(d map[string]any) { d["years"] = copies(obj(d, "years", "0"), 101) }},
	}
	for _, tt := range tests {
		t.Run(tt.schema+"/"+tt.name, func(t *testing.T) {
			data := change(t, tt.base, tt.edit)
			require.Error(t, accept(t, tt.schema, data), "the library")
			assert.Error(t, conform(t, tt.schema, data), "the schema")
		})
	}
}

// TestCanonicalCodes documents where a schema is stricter than the
// decoder: the decoder reads the other spellings of a code that people
// write ("Selesai" for completed), while the schemas ask for what
// encoding/json writes. A number given as a string is refused by both.
func TestCanonicalCodes(t *testing.T) {
	progress := file(t, "examples/rembang/progress-2024.json")
	tests := []struct {
		schema, name string
		data         []byte
	}{
		{"progress", "status in Indonesian", change(t, progress, func(d map[string]any) {
			obj(d, "years", "0", "programs", "1")["status"] = "selesai"
		})},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.NoError(t, accept(t, tt.schema, tt.data), "the library")
			assert.Error(t, conform(t, tt.schema, tt.data), "the schema")
		})
	}
}
