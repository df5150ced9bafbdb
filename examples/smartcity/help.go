package main

import (
	"flag"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/i18n"
)

// The tool's help — the lists of commands, each command's usage and the
// descriptions of its flags, and the flag package's complaints — is said in
// the language --lang asks for, wherever --lang stands on the command line,
// before -h or after it: Indonesian by default, as everything else the tool
// prints. The texts are written in English beside the flags they describe,
// and helpTexts (help_id.go) gives their Indonesian, keyed by the English,
// as words does for the tool's messages.

// langArg returns the language that a --lang (or -lang, either with
// "=value") among args asks for, the last before "--" counting; Indonesian
// when there is none or it names neither id nor en. A command reads --lang
// again with its flags, and refuses a bad value; until then, and for -h,
// which ends a command before its flags are read, this is the language.
func langArg(args []string) smartcity.Lang {
	lang := smartcity.Indonesian
	for i := 0; i < len(args) && args[i] != "--"; {
		value, ok, next := langFlag(args, i)
		if ok {
			switch strings.ToLower(strings.TrimSpace(value)) {
			case "id":
				lang = smartcity.Indonesian
			case "en":
				lang = smartcity.English
			}
		}
		i = next
	}
	return lang
}

// langFlag reports whether args[i] is a --lang flag with its value, and
// returns the value and the position after the flag.
func langFlag(args []string, i int) (value string, ok bool, next int) {
	for _, name := range []string{"-lang", "--lang"} {
		switch a := args[i]; {
		case a == name && i+1 < len(args):
			return args[i+1], true, i + 2
		case strings.HasPrefix(a, name+"="):
			return a[len(name)+1:], true, i + 1
		}
	}
	return "", false, i + 1
}

// leadingLang splits the --lang flags that come before a command's name
// from args, so that "smartcity --lang en spbe -h" finds the command and
// the command reads the flags.
func leadingLang(args []string) (lead, rest []string) {
	i := 0
	for i < len(args) {
		_, ok, next := langFlag(args, i)
		if !ok {
			break
		}
		i = next
	}
	return args[:i:i], args[i:]
}

// help returns text, a help text of the tool, in the language of the run:
// its Indonesian from helpTexts, or text itself in English. A text without
// an Indonesian is said in English rather than lost, and noted in
// e.untranslated for the tests.
func (e *env) help(text string) string {
	if i18n.English(e.said) || text == "" {
		return text
	}
	if id, ok := helpTexts[text]; ok {
		return id
	}
	e.untranslated = append(e.untranslated, text)
	return text
}

// helpf is help for a format and its arguments.
func (e *env) helpf(format string, args ...any) string {
	return fmt.Sprintf(e.help(format), args...)
}

// usage writes the usage of the command whose flags fs holds to fs's
// output: the synopsis and description usage, then the flags.
func (e *env) usage(fs *flag.FlagSet, usage string) {
	out := fs.Output()
	fmt.Fprint(out, e.helpf("Usage: %s\n", e.help(usage)))
	hasFlags := false
	fs.VisitAll(func(*flag.Flag) { hasFlags = true })
	if !hasFlags {
		return
	}
	fmt.Fprint(out, e.help("\nFlags:\n"))
	if i18n.English(e.said) {
		fs.PrintDefaults()
		return
	}
	fs.VisitAll(func(f *flag.Flag) { e.printFlag(out, f) })
}

// printFlag writes one flag as flag.PrintDefaults writes it, in the
// language of the run.
func (e *env) printFlag(w io.Writer, f *flag.Flag) {
	said := *f
	said.Usage = e.help(f.Usage)
	name, usage := flag.UnquoteUsage(&said)
	if strings.IndexByte(said.Usage, '`') < 0 && name != "" {
		name = e.help(name) // the name of the flag's type: "string", "int"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "  -%s", f.Name)
	if name != "" {
		b.WriteString(" " + name)
	}
	if b.Len() <= 4 {
		b.WriteString("\t")
	} else {
		b.WriteString("\n    \t")
	}
	b.WriteString(strings.ReplaceAll(usage, "\n", "\n    \t"))
	if z := zeroValue(f.Value); z != nil && f.DefValue != z.String() {
		def := f.DefValue
		if g, ok := f.Value.(flag.Getter); ok {
			if _, ok := g.Get().(string); ok {
				def = strconv.Quote(def)
			}
		}
		b.WriteString(e.helpf(" (default %s)", def))
	}
	fmt.Fprintln(w, b.String())
}

// zeroValue returns a new zero value of v's type, as the flag package
// makes one to tell a default worth printing; nil when it cannot.
func zeroValue(v flag.Value) flag.Value {
	t := reflect.TypeOf(v)
	var z reflect.Value
	if t.Kind() == reflect.Pointer {
		z = reflect.New(t.Elem())
	} else {
		z = reflect.Zero(t)
	}
	zv, _ := z.Interface().(flag.Value)
	return zv
}

// flagError returns err, what the flag package found wrong with the
// command line, in the language of the run. The package says it in
// English only; its few sentences are read back and said again.
func (e *env) flagError(fs *flag.FlagSet, err error) string {
	text := err.Error()
	if i18n.English(e.said) {
		return text
	}
	for _, f := range []struct {
		format string
		value  bool // a quoted value and a flag's name follow the prefix
	}{
		{"flag provided but not defined: %s", false},
		{"flag needs an argument: %s", false},
		{"bad flag syntax: %s", false},
		{"invalid value %s for flag -%s: %v", true},
		{"invalid boolean value %s for -%s: %v", true},
	} {
		prefix, _, _ := strings.Cut(f.format, "%s")
		rest, ok := strings.CutPrefix(text, prefix)
		if !ok {
			continue
		}
		if !f.value {
			return words.Sprintf(e.said, f.format, rest)
		}
		quoted, err := strconv.QuotedPrefix(rest)
		if err != nil {
			break
		}
		// After the value: ` for flag -name: why`, or ` for -name: why`.
		_, rest, _ = strings.Cut(rest[len(quoted):], "-")
		name, _, _ := strings.Cut(rest, ": ")
		fl := fs.Lookup(name)
		if fl == nil {
			break
		}
		// The flag's own error, from a fresh value of its type: the
		// flag package keeps only its text.
		value, _ := strconv.Unquote(quoted)
		return words.Sprintf(e.said, f.format, quoted, name, zeroValue(fl.Value).Set(value))
	}
	return text
}
