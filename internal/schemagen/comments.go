package main

import (
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"strings"
)

// comments reads the doc comments of the module's types and their fields
// from the source, package by package as they are asked for.
type comments struct {
	root string                       // the module root
	pkgs map[string]map[string]string // import path → "Type" or "Type.Field" → text
	err  error                        // the first package that could not be read
}

func newComments(root string) *comments {
	return &comments{root: root, pkgs: map[string]map[string]string{}}
}

// lookup returns the comment of type t, or of its field when field is not
// empty; "" for types outside the module and undocumented ones.
func (c *comments) lookup(t reflect.Type, field string) string {
	key := t.Name()
	if field != "" {
		key += "." + field
	}
	return c.pkg(t.PkgPath())[key]
}

// pkg returns the comments of the package with the given import path.
func (c *comments) pkg(path string) map[string]string {
	if m, ok := c.pkgs[path]; ok {
		return m
	}
	m := map[string]string{}
	c.pkgs[path] = m
	rel, ok := strings.CutPrefix(path, modulePath+"/")
	if !ok {
		return m
	}
	if err := readComments(filepath.Join(c.root, filepath.FromSlash(rel)), m); err != nil && c.err == nil {
		c.err = err
	}
	return m
}

// readComments adds to m the comments of the exported types and fields
// declared in the non-test Go files of dir.
func readComments(dir string, m map[string]string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	fset := token.NewFileSet()
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, name), nil, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			return fmt.Errorf("reading doc comments: %w", err)
		}
		for _, decl := range f.Decls {
			gd, ok := decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.TYPE {
				continue
			}
			for _, spec := range gd.Specs {
				ts := spec.(*ast.TypeSpec)
				if !ts.Name.IsExported() {
					continue
				}
				doc := ts.Doc
				if doc == nil && len(gd.Specs) == 1 {
					doc = gd.Doc
				}
				if text := prose(doc); text != "" {
					m[ts.Name.Name] = text
				}
				st, ok := ts.Type.(*ast.StructType)
				if !ok {
					continue
				}
				for _, fld := range st.Fields.List {
					text := prose(fld.Doc)
					if text == "" {
						text = prose(fld.Comment)
					}
					for _, n := range fld.Names {
						if n.IsExported() && text != "" {
							m[ts.Name.Name+"."+n.Name] = text
						}
					}
				}
			}
		}
	}
	return nil
}

// prose returns a comment as text for a description: the lines of a
// paragraph joined by spaces, paragraphs separated by a blank line.
func prose(cg *ast.CommentGroup) string {
	if cg == nil {
		return ""
	}
	var paras []string
	for p := range strings.SplitSeq(cg.Text(), "\n\n") {
		if p = strings.Join(strings.Fields(p), " "); p != "" {
			paras = append(paras, p)
		}
	}
	return strings.Join(paras, "\n\n")
}

// moduleRoot returns the root of the module, found from the working
// directory upward: the directory whose go.mod declares modulePath.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		data, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil && declares(string(data)) {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("the module " + modulePath + " is not the working directory or above it")
		}
		dir = parent
	}
}

// declares reports whether a go.mod file declares the module modulePath.
func declares(gomod string) bool {
	for line := range strings.Lines(gomod) {
		if rest, ok := strings.CutPrefix(strings.TrimSpace(line), "module"); ok {
			return strings.Trim(strings.TrimSpace(rest), `"`) == modulePath
		}
	}
	return false
}
