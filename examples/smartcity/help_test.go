package main

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// commandPaths are the tool's command lists and commands, every one that
// help reaches.
var commandPaths = [][]string{
	{}, {"pillars"}, {"spbe"}, {"plan"}, {"eval"},
	{"spbe", "frameworks"}, {"spbe", "framework"}, {"spbe", "score"}, {"spbe", "plan"},
	{"spbe", "compare"}, {"spbe", "cohort"}, {"spbe", "report"},
	{"plan", "validate"}, {"plan", "summary"}, {"plan", "progress"}, {"plan", "report"},
	{"eval", "score"}, {"template"}, {"bukti"}, {"bukti", "status"},
}

// runHelp runs the tool with args as run does, and returns what it printed
// and the help texts it said in English for want of an Indonesian.
func runHelp(args ...string) (code int, stdout, stderr string, untranslated []string) {
	var out, errOut bytes.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errOut}
	code = e.dispatch("smartcity", args, commands())
	return code, out.String(), errOut.String(), e.untranslated
}

// TestHelpSpeaksLang: every command list and every command's -h speaks
// Indonesian by default and with --lang id, English with --lang en,
// wherever --lang stands on the line; no text of it lacks its Indonesian.
func TestHelpSpeaksLang(t *testing.T) {
	for _, path := range commandPaths {
		for _, tt := range []struct {
			args    []string
			english bool
		}{
			{slices.Concat(path, []string{"-h"}), false},
			{slices.Concat(path, []string{"-h", "--lang", "id"}), false},
			{slices.Concat(path, []string{"--help", "--lang", "en"}), true},
			{slices.Concat(path, []string{"-lang=en", "-h"}), true},
			{slices.Concat([]string{"--lang", "en"}, path, []string{"-h"}), true},
			{slices.Concat([]string{"--lang", "en"}, path, []string{"-h", "--lang", "id"}), false},
		} {
			code, out, errOut, untranslated := runHelp(tt.args...)
			require.Equal(t, exitOK, code, "%q: %s", tt.args, errOut)
			assert.Empty(t, errOut, "%q", tt.args)
			assert.Empty(t, untranslated, "%q", tt.args)
			want, unwanted := "Penggunaan: smartcity", "Usage:"
			if tt.english {
				want, unwanted = "Usage: smartcity", "Penggunaan:"
			}
			assert.True(t, strings.HasPrefix(out, want), "%q: %s", tt.args, out)
			assert.NotContains(t, out, unwanted, "%q", tt.args)
		}
	}
}

// TestEveryFlagHasADescriptionInBoth: each command's -h lists the same
// flags in both languages, each described, and differently.
func TestEveryFlagHasADescriptionInBoth(t *testing.T) {
	for _, path := range commandPaths {
		_, id, _, _ := runHelp(slices.Concat(path, []string{"-h"})...)
		_, en, _, _ := runHelp(slices.Concat(path, []string{"-h", "--lang", "en"})...)
		idFlags, enFlags := flagHelp(id), flagHelp(en)
		require.Equal(t, len(enFlags), len(idFlags), "%q", path)
		for i, f := range enFlags {
			assert.Equal(t, f.name, idFlags[i].name, "%q", path)
			assert.NotEmpty(t, f.text, "%q %s", path, f.name)
			assert.NotEmpty(t, idFlags[i].text, "%q %s", path, f.name)
			assert.NotEqual(t, f.text, idFlags[i].text, "%q %s is said in English", path, f.name)
		}
		if len(path) == 2 || slices.Equal(path, []string{"pillars"}) {
			assert.NotEmpty(t, enFlags, "%q has flags", path)
		}
	}
}

// flagDoc is one flag as -h lists it.
type flagDoc struct{ name, text string }

// flagHelp reads the flags listed in the help text out: a line "  -name
// [argument]", then its description, each line of it indented by a tab.
func flagHelp(out string) []flagDoc {
	var docs []flagDoc
	for _, line := range strings.Split(out, "\n") {
		switch {
		case strings.HasPrefix(line, "  -"):
			name, _, _ := strings.Cut(strings.TrimPrefix(line, "  -"), " ")
			docs = append(docs, flagDoc{name: name})
		case strings.HasPrefix(line, "    \t") && len(docs) > 0:
			docs[len(docs)-1].text += strings.TrimPrefix(line, "    \t") + "\n"
		}
	}
	return docs
}

// TestCommandPathsAreEveryCommand: the commands each list names are those
// of commandPaths, so that the tests above see every one.
func TestCommandPathsAreEveryCommand(t *testing.T) {
	listed := [][]string{{}}
	for _, group := range [][]string{{}, {"spbe"}, {"plan"}, {"eval"}, {"bukti"}} {
		_, out, _, _ := runHelp(slices.Concat(group, []string{"-h", "--lang", "en"})...)
		_, list, ok := strings.Cut(out, "Commands:\n")
		require.True(t, ok, "%q", group)
		list, _, _ = strings.Cut(list, "\n\n")
		for _, line := range strings.Split(list, "\n") {
			listed = append(listed, slices.Concat(group, strings.Fields(line)[:1]))
		}
	}
	for _, path := range listed {
		assert.True(t, slices.ContainsFunc(commandPaths, func(p []string) bool { return slices.Equal(p, path) }), "%q", path)
	}
	assert.Len(t, commandPaths, len(listed))
}

// TestUsageErrorsSpeakLang: a usage error, the flag package's included,
// and the pointer to -h after it are said in the language of --lang.
func TestUsageErrorsSpeakLang(t *testing.T) {
	for _, tt := range []struct {
		args   []string
		id, en []string
	}{
		{[]string{"spbe", "score"},
			[]string{"smartcity spbe score: FILE yang akan dinilai wajib diberikan (\"-\" untuk masukan standar)\n" +
				"Jalankan 'smartcity spbe score -h' untuk cara penggunaannya.\n"},
			[]string{"smartcity spbe score: a FILE to score is required (\"-\" for standard input)\n" +
				"Run 'smartcity spbe score -h' for usage.\n"}},
		{[]string{"pillars", "--bogus"},
			[]string{"opsi tidak dikenal: -bogus\nPenggunaan: smartcity pillars"},
			[]string{"flag provided but not defined: -bogus\nUsage: smartcity pillars"}},
		{[]string{"spbe", "compare", "--top", "many", "a", "b"},
			[]string{"nilai \"many\" tidak sah untuk opsi -top: tidak dapat dibaca\n", "\nOpsi:\n"},
			[]string{"invalid value \"many\" for flag -top: parse error\n", "\nFlags:\n"}},
		{[]string{"spbe", "score", "--max-bytes", "lots", "-"},
			[]string{"nilai \"lots\" tidak sah untuk opsi -max-bytes: \"lots\" bukan ukuran"},
			[]string{"invalid value \"lots\" for flag -max-bytes: \"lots\" is not a size"}},
		{[]string{"spbe", "plan", "--years"},
			[]string{"opsi memerlukan nilai: -years\n"},
			[]string{"flag needs an argument: -years\n"}},
		{[]string{"pilars"},
			[]string{"smartcity: perintah \"pilars\" tidak dikenal\nPenggunaan: smartcity <perintah> [opsi]"},
			[]string{"smartcity: unknown command \"pilars\"\nUsage: smartcity <command> [flags]"}},
		{[]string{"plan", "report", "--chart", "pie", "x.json"},
			[]string{"smartcity plan report: --chart harus roadmap atau pillars, bukan \"pie\"\n"},
			[]string{"smartcity plan report: --chart must be roadmap or pillars, not \"pie\"\n"}},
	} {
		for _, lang := range []string{"id", "en"} {
			want, args := tt.id, tt.args
			if lang == "en" {
				want, args = tt.en, slices.Concat([]string{"--lang", "en"}, args)
			}
			code, out, errOut, untranslated := runHelp(args...)
			assert.Equal(t, exitUsage, code, "%q", args)
			assert.Empty(t, out, "%q", args)
			assert.Empty(t, untranslated, "%q", args)
			for _, w := range want {
				assert.Contains(t, errOut, w, "%q", args)
			}
		}
	}
}

// TestLangBeforeTheCommand: a --lang before the command's name is the
// command's own.
func TestLangBeforeTheCommand(t *testing.T) {
	_, before, _, _ := runHelp("--lang", "en", "pillars")
	_, after, _, _ := runHelp("pillars", "--lang", "en")
	assert.Equal(t, after, before)
	assert.Contains(t, after, "Smart Governance")

	code, _, errOut, _ := runHelp("--lang", "en")
	assert.Equal(t, exitUsage, code)
	assert.True(t, strings.HasPrefix(errOut, "Usage: smartcity <command>"), errOut)
	code, _, errOut, _ = runHelp("--lang", "fr", "pillars")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errOut, "smartcity pillars: --lang harus id atau en, bukan \"fr\"\n")
}

// TestJSONHelpNamesEveryForm: the --json help of each command whose JSON
// writes an exact value names its three forms, the published string, the
// exact fraction and the float for charts, in both languages.
func TestJSONHelpNamesEveryForm(t *testing.T) {
	for _, path := range [][]string{{"spbe", "score"}, {"spbe", "compare"}, {"plan", "progress"}, {"eval", "score"}} {
		for _, lang := range []string{"id", "en"} {
			_, out, _, _ := runHelp(slices.Concat(path, []string{"-h", "--lang", lang})...)
			var json string
			for _, f := range flagHelp(out) {
				if f.name == "json" {
					json = f.text
				}
			}
			assert.Contains(t, json, "_exact", "%q %s", path, lang)
			assert.Contains(t, json, "_value", "%q %s", path, lang)
		}
	}
}
