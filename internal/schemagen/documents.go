package main

import (
	"reflect"
	"slices"

	"github.com/kotacerdas/smartcity/masterplan"
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
}

// documents lists every document with a schema, in a fixed order.
func documents() []document {
	return []document{
		{"assessment", "spbe", reflect.TypeFor[spbe.Assessment](), "SPBE assessment"},
		{"framework", "spbe", reflect.TypeFor[spbe.FrameworkSpec](), "SPBE evaluation framework"},
		{"plan", "masterplan", reflect.TypeFor[masterplan.Plan](), "Smart-city masterplan"},
		{"evaluation", "masterplan", reflect.TypeFor[masterplan.Evaluation](), "Yearly smart-city evaluation"},
		{"progress", "masterplan", reflect.TypeFor[masterplan.Progress](), "Yearly realisation of a masterplan"},
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
// module's repository.
func schemaID(d document) string {
	return "https://" + modulePath + "/" + d.dir + "/" + FileName(d.name)
}
