// Package zerotest holds the library's promise about zero values to the
// test: every exported method of every exported type, called on the
// type's zero value with the zero value of each of its parameters, works
// or returns an error, and never panics. A package's test lists one value
// of each of its exported types; Methods calls every method of each
// through reflection, so that a method added later is called too, and
// Types fails when the package declares an exported type that the list
// leaves out.
package zerotest

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// Methods calls every exported method of the type of each value — the
// methods of T and of *T — on a new zero T, and, for a method declared
// on *T, also on a nil *T when nilOK lists the type's name. Each
// parameter is its type's zero value, with three exceptions that a zero
// value would make a caller's mistake rather than a test of the
// receiver: an io.Writer is io.Discard, an io.Reader reads nothing, and a
// function does nothing and returns its results' zero values. A function
// returned is called too, when it is an iterator (its one parameter a
// yield function), so that a sequence is walked as well as made.
//
// A panic fails the test unless skip holds the method, as
// "Type.Method", with the reason it is left out.
func Methods(t testing.TB, values []any, nilOK []string, skip map[string]string) {
	t.Helper()
	for _, v := range values {
		typ := reflect.TypeOf(v)
		if typ.Kind() == reflect.Pointer {
			typ = typ.Elem()
		}
		ptr := reflect.PointerTo(typ)
		for i := range ptr.NumMethod() {
			m := ptr.Method(i)
			name := typ.Name() + "." + m.Name
			if _, ok := skip[name]; ok {
				continue
			}
			call(t, name, reflect.New(typ), m)
			_, onValue := typ.MethodByName(m.Name)
			if !onValue && slices.Contains(nilOK, typ.Name()) {
				call(t, "(*"+typ.Name()+")(nil)."+m.Name, reflect.Zero(ptr), m)
			}
		}
	}
	for name, why := range skip {
		if strings.TrimSpace(why) == "" {
			t.Errorf("%s is skipped without a reason", name)
		}
	}
}

// call calls m on recv with zero arguments, failing t on a panic.
func call(t testing.TB, name string, recv reflect.Value, m reflect.Method) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			t.Errorf("%s on the zero value panics: %v", name, r)
		}
	}()
	ft := m.Type // with the receiver first
	args := []reflect.Value{recv}
	for i := 1; i < ft.NumIn(); i++ {
		in := ft.In(i)
		if ft.IsVariadic() && i == ft.NumIn()-1 {
			args = append(args, reflect.Zero(in))
			continue
		}
		args = append(args, Arg(in))
	}
	var out []reflect.Value
	if ft.IsVariadic() {
		out = m.Func.CallSlice(args)
	} else {
		out = m.Func.Call(args)
	}
	for _, o := range out {
		walk(o)
	}
}

var (
	writerType = reflect.TypeFor[io.Writer]()
	readerType = reflect.TypeFor[io.Reader]()
)

// Arg returns the argument Methods passes for a parameter of type in.
func Arg(in reflect.Type) reflect.Value {
	switch {
	case in == writerType:
		return reflect.ValueOf(&io.Discard).Elem()
	case in == readerType:
		return reflect.ValueOf(io.Reader(strings.NewReader("")))
	case in.Kind() == reflect.Func:
		return reflect.MakeFunc(in, func([]reflect.Value) []reflect.Value { return zeros(in) })
	}
	return reflect.Zero(in)
}

// zeros returns the zero results of a function type.
func zeros(ft reflect.Type) []reflect.Value {
	out := make([]reflect.Value, ft.NumOut())
	for i := range out {
		out[i] = reflect.Zero(ft.Out(i))
	}
	return out
}

// walk calls v when it is an iterator, with a yield that asks for every
// element.
func walk(v reflect.Value) {
	if v.Kind() != reflect.Func || v.IsNil() || v.Type().NumIn() != 1 || v.Type().NumOut() != 0 {
		return
	}
	yield := v.Type().In(0)
	if yield.Kind() != reflect.Func || yield.NumOut() != 1 || yield.Out(0).Kind() != reflect.Bool {
		return
	}
	v.Call([]reflect.Value{reflect.MakeFunc(yield, func([]reflect.Value) []reflect.Value {
		return []reflect.Value{reflect.ValueOf(true)}
	})})
}

// Types fails t unless values hold one value of every exported type that
// the package in dir declares (in its files other than tests), so that
// Methods covers a type added later. Interfaces are left out: they have
// no zero value to call.
func Types(t testing.TB, dir string, values []any) {
	t.Helper()
	declared, err := exportedTypes(dir)
	if err != nil {
		t.Fatal(err)
	}
	listed := map[string]bool{}
	for _, v := range values {
		typ := reflect.TypeOf(v)
		if typ.Kind() == reflect.Pointer {
			typ = typ.Elem()
		}
		listed[typ.Name()] = true
	}
	for _, name := range declared {
		if !listed[name] {
			t.Errorf("the exported type %s is not in the list of zero values", name)
		}
	}
}

// exportedTypes returns the names of the exported types, other than
// interfaces, declared in the non-test Go files of dir.
func exportedTypes(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	fset := token.NewFileSet()
	var names []string
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".go") || strings.HasSuffix(e.Name(), "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, e.Name()), nil, parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		for _, d := range f.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok || g.Tok != token.TYPE {
				continue
			}
			for _, s := range g.Specs {
				ts := s.(*ast.TypeSpec)
				if _, iface := ts.Type.(*ast.InterfaceType); ts.Name.IsExported() && !iface {
					names = append(names, ts.Name.Name)
				}
			}
		}
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("zerotest: no exported types in %s", dir)
	}
	slices.Sort(names)
	return names, nil
}
