package store

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Every message the package makes has its Indonesian, with the same verbs
// in the same order, and the table holds no message the package no longer
// makes.
func TestMessagesHaveIndonesian(t *testing.T) {
	names, err := filepath.Glob("*.go")
	require.NoError(t, err)
	used := map[string]bool{}
	fset := token.NewFileSet()
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
		require.NoError(t, err)
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) < 2 {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok || (sel.Sel.Name != "Errorf" && sel.Sel.Name != "New") {
				return true
			}
			if id, ok := sel.X.(*ast.Ident); !ok || id.Name != "i18n" {
				return true
			}
			lit, ok := call.Args[1].(*ast.BasicLit)
			require.True(t, ok, "%s: the message is not a literal", fset.Position(call.Pos()))
			text, err := strconv.Unquote(lit.Value)
			require.NoError(t, err)
			used[text] = true
			assert.Contains(t, messagesID, text, "%s: no Indonesian", fset.Position(call.Pos()))
			return true
		})
	}
	verbs := regexp.MustCompile(`%[a-z]`)
	for en, id := range messagesID {
		assert.True(t, used[en], "%q is not used", en)
		assert.Equal(t, verbs.FindAllString(en, -1), verbs.FindAllString(id, -1), "%q", en)
	}
}
