package main

import (
	"encoding"
	"encoding/json"
	"fmt"
	"reflect"

	"github.com/invopop/jsonschema"
	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/spbe"
)

var (
	textMarshaler = reflect.TypeFor[encoding.TextMarshaler]()
	jsonMarshaler = reflect.TypeFor[json.Marshaler]()
	jsonNumber    = reflect.TypeFor[json.Number]()
	levelType     = reflect.TypeFor[spbe.Level]()
	dateType      = reflect.TypeFor[smartcity.Date]()
)

// mapper gives the schemas of the types that do not write themselves as
// their Go structure suggests: enums and dates, which are text in JSON,
// json.Number, which is a number, and the maps keyed by an enum. Types
// the reflector would get wrong — any other TextMarshaler or json.Marshaler
// — are errors, so that a new enum cannot slip into a schema as an integer.
type mapper struct {
	comments *comments
	defs     jsonschema.Definitions  // definitions the mapper adds
	owners   map[string]reflect.Type // definition name → its type
	errs     []error
}

func newMapper(c *comments) *mapper {
	return &mapper{comments: c, defs: jsonschema.Definitions{}, owners: map[string]reflect.Type{}}
}

// name is the reflector's Namer: the type's own name, checked to belong to
// one type only within a schema.
func (m *mapper) name(t reflect.Type) string {
	n := t.Name()
	if n == "" {
		return ""
	}
	if prev, ok := m.owners[n]; ok && prev != t {
		m.errs = append(m.errs, fmt.Errorf("two types are named %s: %s and %s", n, prev, t))
	}
	m.owners[n] = t
	return n
}

// schema is the reflector's Mapper. It returns nil for types the reflector
// handles itself.
func (m *mapper) schema(t reflect.Type) *jsonschema.Schema {
	switch {
	case t == jsonNumber:
		return &jsonschema.Schema{Type: "number"}
	case t == levelType:
		return m.define(t, func() *jsonschema.Schema {
			return &jsonschema.Schema{Type: "integer", Minimum: "0", Maximum: json.Number(spbe.LevelLimit.String())}
		})
	case t == dateType:
		return m.define(t, func() *jsonschema.Schema {
			return &jsonschema.Schema{Type: "string", Format: "date", Pattern: `^[0-9]{4}-[0-9]{2}-[0-9]{2}$`}
		})
	case t.Kind() == reflect.Map:
		return m.mapSchema(t)
	}
	codes, err := enumCodes(t)
	if err != nil {
		m.errs = append(m.errs, err)
		return nil
	}
	if codes != nil {
		return m.define(t, func() *jsonschema.Schema {
			s := &jsonschema.Schema{Type: "string"}
			for _, c := range codes {
				s.Enum = append(s.Enum, c)
			}
			return s
		})
	}
	if t.Implements(textMarshaler) || reflect.PointerTo(t).Implements(textMarshaler) ||
		t.Implements(jsonMarshaler) || reflect.PointerTo(t).Implements(jsonMarshaler) {
		m.errs = append(m.errs, fmt.Errorf("%s writes itself as JSON, and the generator has no schema for it", t))
	}
	return nil
}

// define adds the definition of t, built by build, once, and returns a
// reference to it.
func (m *mapper) define(t reflect.Type, build func() *jsonschema.Schema) *jsonschema.Schema {
	name := m.name(t)
	if _, ok := m.defs[name]; !ok {
		s := build()
		s.Description = m.comments.lookup(t, "")
		m.defs[name] = s
	}
	return &jsonschema.Schema{Ref: "#/$defs/" + name}
}

// mapSchema returns the schema of a map whose key is an enum, with the
// key's codes as the only property names; other maps are the reflector's.
func (m *mapper) mapSchema(t reflect.Type) *jsonschema.Schema {
	if codes, _ := enumCodes(t.Key()); codes == nil {
		if t.Key().Kind() != reflect.String {
			m.errs = append(m.errs, fmt.Errorf("%s: a map key must be a string or an enum", t))
		}
		return nil
	}
	elem := m.schema(t.Elem())
	if elem == nil {
		m.errs = append(m.errs, fmt.Errorf("%s: the generator has no schema for the values of a map keyed by an enum", t))
		return nil
	}
	return &jsonschema.Schema{
		Type:                 "object",
		PropertyNames:        m.schema(t.Key()),
		AdditionalProperties: elem,
	}
}

// enumCodes returns the codes of an enum — a uint8 type with MarshalText
// whose zero value means "unset" and whose declared values run from 1, as
// internal/enum declares them — in the order of its values, as MarshalText
// writes them; nil for a type that is not an enum. MarshalText refuses an
// undeclared value, which ends the codes.
func enumCodes(t reflect.Type) ([]string, error) {
	if t.Kind() != reflect.Uint8 || !t.Implements(textMarshaler) {
		return nil, nil
	}
	var codes []string
	for n := 1; n <= 255; n++ {
		v := reflect.New(t).Elem()
		v.SetUint(uint64(n))
		text, err := v.Interface().(encoding.TextMarshaler).MarshalText()
		if err != nil || len(text) == 0 {
			break
		}
		codes = append(codes, string(text))
	}
	if len(codes) == 0 {
		return nil, fmt.Errorf("%s has no declared value", t)
	}
	return codes, nil
}
