package main

import (
	"reflect"
	"slices"

	"github.com/kotacerdas/smartcity/masterplan"
	"github.com/kotacerdas/smartcity/masterplan/evaluation"
	"github.com/kotacerdas/smartcity/spbe"
)

// modulePath is the import path of the module whose documents are
// described; schema ids are addresses under it.
const modulePath = "github.com/kotacerdas/smartcity"

// document is one kind of JSON document the library reads.
type document struct {
	name  string       // the schema's name: "assessment" → assessment.schema.json
	dir   string       // the package directory, relative to the module root
	typ   reflect.Type // the Go type a document decodes into
	title string       // the schema's title
	// idDir is the directory of the schema's address, its $id, when it is
	// not dir: a schema keeps its $id when its package moves, as the
	// evaluation's did from masterplan to masterplan/evaluation.
	idDir string
}

// documents lists every document with a schema, in a fixed order.
func documents() []document {
	return []document{
		{"assessment", "spbe", reflect.TypeFor[spbe.Assessment](), "SPBE assessment", ""},
		{"framework", "spbe", reflect.TypeFor[spbe.FrameworkSpec](), "SPBE evaluation framework", ""},
		{"plan", "masterplan", reflect.TypeFor[masterplan.Plan](), "Smart-city masterplan", ""},
		{"evaluation", "masterplan/evaluation", reflect.TypeFor[evaluation.Evaluation](), "Yearly smart-city evaluation", "masterplan"},
		{"progress", "masterplan", reflect.TypeFor[masterplan.Progress](), "Yearly realisation of a masterplan", ""},
	}
}

// Names returns the names of the documents Generate knows.
func Names() []string {
	var names []string
	for _, d := range documents() {
		names = append(names, d.name)
	}
	return names
}

// Dir returns the directory, relative to the module root, of the package
// that owns the named document, and whether the name is known.
func Dir(name string) (string, bool) {
	i := slices.IndexFunc(documents(), func(d document) bool { return d.name == name })
	if i < 0 {
		return "", false
	}
	return documents()[i].dir, true
}

// FileName returns the name of the named document's schema file,
// "assessment.schema.json".
func FileName(name string) string { return name + ".schema.json" }

// schemaID returns the $id of a document's schema: its address in the
// module's repository, where it was first published.
func schemaID(d document) string {
	dir := d.dir
	if d.idDir != "" {
		dir = d.idDir
	}
	return "https://" + modulePath + "/" + dir + "/" + FileName(d.name)
}
