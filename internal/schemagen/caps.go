package main

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"github.com/invopop/jsonschema"
)

// applyCaps writes the cap on elements that a field declares with the
// struct tag maxitems — the cap internal/jsonio holds a document to
// before decoding it — as the property's maxItems, or maxProperties for a
// map, so that a schema refuses the arrays the readers refuse. owners
// names the Go type of each definition; root is the document's own type.
func applyCaps(s *jsonschema.Schema, root reflect.Type, owners map[string]reflect.Type) error {
	apply := func(d *jsonschema.Schema, t reflect.Type) error {
		for t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
		if d == nil || t.Kind() != reflect.Struct || d.Properties == nil {
			return nil
		}
		for _, f := range reflect.VisibleFields(t) {
			tag, ok := f.Tag.Lookup("maxitems")
			if !ok || !f.IsExported() {
				continue
			}
			n, err := strconv.ParseUint(tag, 10, 32)
			if err != nil || n == 0 {
				return fmt.Errorf("%s.%s: maxitems:%q is not a number greater than 0", t.Name(), f.Name, tag)
			}
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if name == "" {
				name = f.Name
			}
			p, ok := d.Properties.Get(name)
			if !ok {
				return fmt.Errorf("%s has no property %s for its maxitems", t.Name(), name)
			}
			ft := f.Type
			for ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			if ft.Kind() == reflect.Map {
				p.MaxProperties = &n
			} else {
				p.MaxItems = &n
			}
		}
		return nil
	}
	if err := apply(s, root); err != nil {
		return err
	}
	for name, d := range s.Definitions {
		if t, ok := owners[name]; ok {
			if err := apply(d, t); err != nil {
				return err
			}
		}
	}
	return nil
}
