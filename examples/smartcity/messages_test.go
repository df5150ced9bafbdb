package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/i18n"
	"github.com/kotacerdas/smartcity/spbe"
)

// TestEveryErrorfHasIndonesian holds every message the tool makes with
// errorf, and every format of a usage error, to an Indonesian format with
// the same verbs; a format that is only verbs and flag names, such as
// "--target: %v", is the same in both. Every format of words is written
// somewhere in the tool.
func TestEveryErrorfHasIndonesian(t *testing.T) {
	names, err := filepath.Glob("*.go")
	require.NoError(t, err)
	fset := token.NewFileSet()
	literals := map[string]bool{}
	n := 0
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
		require.NoError(t, err)
		keys := map[token.Pos]bool{} // the keys of table literals, which use nothing
		ast.Inspect(f, func(node ast.Node) bool {
			if kv, ok := node.(*ast.KeyValueExpr); ok {
				keys[kv.Key.Pos()] = true
			}
			if lit, ok := node.(*ast.BasicLit); ok && lit.Kind == token.STRING && !keys[lit.Pos()] {
				s, err := strconv.Unquote(lit.Value)
				require.NoError(t, err)
				literals[s] = true
			}
			c, ok := node.(*ast.CallExpr)
			if !ok {
				return true
			}
			var arg ast.Expr
			switch fun := c.Fun.(type) {
			case *ast.Ident:
				if fun.Name == "errorf" {
					arg = c.Args[0]
				}
			case *ast.SelectorExpr:
				if fun.Sel.Name == "usageError" {
					arg = c.Args[1]
				}
			}
			if arg == nil {
				return true
			}
			at := fset.Position(c.Pos()).String()
			lit, ok := arg.(*ast.BasicLit)
			if !assert.True(t, ok && lit.Kind == token.STRING, "%s: the format must be a string literal", at) {
				return true
			}
			format, err := strconv.Unquote(lit.Value)
			require.NoError(t, err)
			n++
			if sameInBoth(format) {
				return true
			}
			id, ok := words[format]
			if assert.True(t, ok, "%s: no Indonesian for %q", at, format) {
				assert.Equal(t, i18n.Verbs(format), i18n.Verbs(id), "%s: %q → %q", at, format, id)
			}
			return true
		})
	}
	assert.Greater(t, n, 30, "the calls are found")
	// The flag package's own errors, which flagError says again.
	literals["parse error"], literals["value out of range"] = true, true
	for en, id := range words {
		assert.True(t, literals[en], "%q is not used", en)
		assert.Equal(t, i18n.Verbs(en), i18n.Verbs(id), "%q → %q", en, id)
		assert.NotEqual(t, en, id, "%q is not translated", en)
	}
}

// sameInBoth reports whether format is only verbs, flag names and
// punctuation, which no language changes.
func sameInBoth(format string) bool {
	for _, word := range strings.Fields(format) {
		word = strings.Trim(word, ":,;()")
		if word != "" && !strings.HasPrefix(word, "--") && !strings.HasPrefix(word, "%") {
			return false
		}
	}
	return true
}

// TestEveryFailureOfAJoinIsReported: a file whose assessments fail in
// different ways reports each, in the language --lang chose.
func TestEveryFailureOfAJoinIsReported(t *testing.T) {
	in := `[{"instansi": "A", "framework": "ipd-2025", "indicators": []},
		{"instansi": "B", "tahun": 2024, "indicators": [{"indicator": 1, "level": 9}]}]`
	code, out, errOut := runCLI(t, in, "spbe", "score", "-")
	assert.Equal(t, exitFinding, code)
	assert.Empty(t, out)
	assert.Contains(t, errOut, `smartcity spbe score: penilaian ke-1: spbe: kerangka evaluasi "ipd-2025" tidak dikenal (bawaan: `)
	assert.Contains(t, errOut, "smartcity spbe score: penilaian \"B\" 2024 tidak sah:\n  indicators[0].level: level di luar rentang: level 9 berada di luar 1–5\n")

	code, _, errOut = runCLI(t, in, "spbe", "score", "--lang", "en", "-")
	assert.Equal(t, exitFinding, code)
	assert.Contains(t, errOut, `smartcity spbe score: assessment 1: spbe: unknown framework "ipd-2025" (built in: `)
	assert.Contains(t, errOut, "smartcity spbe score: invalid assessment \"B\" 2024:\n  indicators[0].level: level out of range: level 9 is outside 1–5\n")

	// The same under the name of the file, as compare reads it.
	code, _, errOut = runCLI(t, in, "spbe", "compare", "-", spbeTestdata("rembang-2024.json"))
	assert.Equal(t, exitFinding, code)
	assert.Contains(t, errOut, `smartcity spbe compare: -: penilaian ke-1: spbe: kerangka evaluasi "ipd-2025" tidak dikenal`)
	assert.Contains(t, errOut, `smartcity spbe compare: penilaian "B" 2024 tidak sah:`)
}

func TestFailures(t *testing.T) {
	_, err := scoreAll([]byte(`[{"framework": "a"}, {"framework": "b"}]`), nil, spbe.Options{}, spbe.ReadOptions{})
	require.Error(t, err)
	assert.Len(t, failures(err), 2)
	assert.Len(t, failures(errorf("assessment %d: %w", 1, err)), 2)
	assert.Len(t, failures(errorf("%s holds no assessment", "x")), 1)
	parts := failures(errorf("assessment %d: %w", 1, err))
	assert.True(t, strings.HasPrefix(parts[1].Error(), "assessment 1: assessment 2: spbe: unknown framework"), parts[1].Error())
	id := smartcity.ErrorMessage(parts[1], smartcity.Indonesian)
	assert.True(t, strings.HasPrefix(id, `penilaian ke-1: penilaian ke-2: spbe: kerangka evaluasi "b" tidak dikenal`), id)
	assert.ErrorIs(t, parts[1], spbe.ErrUnknownFramework)
}

func TestProblemsListedInTheirLanguage(t *testing.T) {
	file := libraryEvalTestdata("invalid.json")
	code, _, errOut := runCLI(t, "", "eval", "score", file)
	assert.Equal(t, exitFinding, code)
	assert.True(t, strings.HasPrefix(errOut, "smartcity eval score: "+file+" tidak valid:\n"), errOut)
	code, _, errOut = runCLI(t, "", "eval", "score", "--lang", "en", file)
	assert.Equal(t, exitFinding, code)
	assert.True(t, strings.HasPrefix(errOut, "smartcity eval score: "+file+" is not valid:\n"), errOut)
}
