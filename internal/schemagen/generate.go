package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/invopop/jsonschema"
)

// Generate returns the JSON Schema of the named document ("assessment",
// "framework", "plan", "evaluation" or "progress"; see Names), byte for
// byte as it is committed beside the package that owns the document. The
// working directory must be inside the module, whose source gives the
// descriptions.
func Generate(name string) ([]byte, error) {
	s, err := build(name)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	if err := enc.Encode(s); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return unescapeHTML(buf.Bytes()), nil
}

// unescapeHTML undoes the escapes encoding/json writes for "<", ">" and
// "&" inside strings, which a schema read by people need not have. A
// backslash that is itself escaped is copied with its escape, so that
// the text "\\u003c" stays as written.
func unescapeHTML(b []byte) []byte {
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); i++ {
		if b[i] != '\\' || i+1 == len(b) {
			out = append(out, b[i])
			continue
		}
		if b[i+1] == 'u' && i+6 <= len(b) {
			switch string(b[i+2 : i+6]) {
			case "003c":
				out, i = append(out, '<'), i+5
				continue
			case "003e":
				out, i = append(out, '>'), i+5
				continue
			case "0026":
				out, i = append(out, '&'), i+5
				continue
			}
		}
		out, i = append(out, b[i], b[i+1]), i+1
	}
	return out
}

// build reflects the named document's type into its schema and applies
// the rules.
func build(name string) (*jsonschema.Schema, error) {
	var d document
	for _, doc := range documents() {
		if doc.name == name {
			d = doc
		}
	}
	if d.name == "" {
		return nil, fmt.Errorf("unknown document %q; the documents are %v", name, Names())
	}
	root, err := moduleRoot()
	if err != nil {
		return nil, err
	}
	c := newComments(root)
	m := newMapper(c)
	r := &jsonschema.Reflector{
		Anonymous:                  true, // the $id is set below
		ExpandedStruct:             true, // the document's own type is the root, not a reference
		RequiredFromJSONSchemaTags: true, // required properties come from required()
		Mapper:                     m.schema,
		Namer:                      m.name,
		LookupComment:              c.lookup,
	}
	s := r.ReflectFromType(d.typ)
	if err := errors.Join(append(m.errs, c.err)...); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	for n, def := range m.defs {
		s.Definitions[n] = def
	}
	s.ID = jsonschema.ID(schemaID(d))
	s.Title = d.title
	if err := applyRules(s, d.typ.Name()); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if err := applyCaps(s, d.typ, m.owners); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return s, nil
}

// applyRules applies required() and rules() to the definitions of s and
// to s itself, the definition named rootName. A rule for a definition the
// schema does not have belongs to another document; a rule naming a
// property its definition does not have is an error, so that a renamed
// field cannot leave a rule behind unnoticed.
func applyRules(s *jsonschema.Schema, rootName string) error {
	def := func(name string) *jsonschema.Schema {
		if name == rootName {
			return s
		}
		return s.Definitions[name]
	}
	var errs []error
	for name, props := range required() {
		d := def(name)
		if d == nil {
			continue
		}
		for _, p := range props {
			if _, ok := d.Properties.Get(p); !ok {
				errs = append(errs, fmt.Errorf("%s has no property %s to require", name, p))
			}
		}
		d.Required = props
	}
	for _, r := range rules() {
		d := def(r.def)
		if d == nil {
			continue
		}
		target := d
		if r.prop != "" {
			p, ok := d.Properties.Get(r.prop)
			if !ok {
				errs = append(errs, fmt.Errorf("%s has no property %s", r.def, r.prop))
				continue
			}
			target = p
		}
		if err := r.edit(target); err != nil {
			errs = append(errs, fmt.Errorf("%s.%s: %w", r.def, r.prop, err))
		}
	}
	return errors.Join(errs...)
}
