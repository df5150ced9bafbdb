package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"time"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/escape"
	"github.com/kotacerdas/smartcity/internal/input"
)

// Exit codes are a contract with scripts that call the tool, one rule for
// every command: a document that was read is judged (1 when it is
// malformed, invalid or too large, as when a check fails); a command line
// that cannot be run, or a file that cannot be opened or read, is 2.
const (
	exitOK      = 0 // all is well
	exitFinding = 1 // a finding: a failed check, a document read but malformed, invalid or too large
	exitUsage   = 2 // a usage error, or a file that cannot be opened or read
)

// readExit is the exit code of err, a failure to read a document: exitUsage
// when the file could not be opened or read (an error of the file system,
// *fs.PathError), exitFinding when it was read and is malformed, invalid
// or over its size limit.
func readExit(err error) int {
	var pe *fs.PathError
	if errors.As(err, &pe) && !errors.Is(err, input.ErrTooLarge) {
		return exitUsage
	}
	return exitFinding
}

// env carries the streams of one run; nothing in the tool is global.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	// said is the language of what the run prints: the one a --lang on
	// the command line asks for (langArg), for help and usage errors, and
	// the one the command then reads from its --lang.
	said smartcity.Lang
	// untranslated lists the help texts said in English for want of an
	// Indonesian; the tests keep it empty.
	untranslated []string
	// inputs are the files the run has opened to read, which -o may not
	// name (createOutput).
	inputs []os.FileInfo
	// tty is set when standard output is a terminal (isTerminal), where
	// a workbook is not written.
	tty bool
	// now is the clock the run reads today's date from: time.Now in
	// main, a fixed instant in tests; nil means time.Now.
	now func() time.Time
}

// clock returns the current time by the run's clock.
func (e *env) clock() time.Time {
	if e.now == nil {
		return time.Now()
	}
	return e.now()
}

// command is one entry of a command table: a leaf that parses its own flags,
// or a group whose run dispatches to subcommands.
type command struct {
	name    string
	summary string
	run     func(e *env, args []string) int
}

// dispatch runs the command named by args[0] from table; prog is the
// command path so far, used in help and error messages. A --lang before
// the command's name goes to the command.
func (e *env) dispatch(prog string, args []string, table []command) int {
	e.said = langArg(args)
	lead, args := leadingLang(args)
	if len(args) == 0 {
		e.listCommands(e.stderr, prog, table)
		return exitUsage
	}
	switch args[0] {
	case "-h", "-help", "--help", "help":
		e.listCommands(e.stdout, prog, table)
		return exitOK
	}
	for _, c := range table {
		if c.name == args[0] {
			return c.run(e, append(lead, args[1:]...))
		}
	}
	fmt.Fprintln(e.stderr, escape.Line(words.Sprintf(e.said, "%s: unknown command %q", prog, args[0])))
	e.listCommands(e.stderr, prog, table)
	return exitUsage
}

func (e *env) listCommands(w io.Writer, prog string, table []command) {
	fmt.Fprint(w, e.helpf("Usage: %s <command> [flags]\n\nCommands:\n", prog))
	for _, c := range table {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, e.help(c.summary))
	}
	fmt.Fprint(w, e.helpf("\nRun '%s <command> -h' for the flags of a command.\n", prog))
	if prog == "smartcity" {
		fmt.Fprint(w, e.help(exitCodesHelp))
	}
}

// exitCodesHelp is what the tool's help says of its exit codes.
const exitCodesHelp = "\nExit codes: 0 when all is well; 1 for a finding: a check failed, or a document was read but is\n" +
	"malformed, invalid or too large; 2 for a usage error, or a file that cannot be opened or read.\n"

// flags returns a flag set for the command prog whose usage text starts with
// usage (the synopsis line) and lists the flags, in the language of the
// run. Errors are reported by parse, not by the flag package.
func (e *env) flags(prog, usage string) *flag.FlagSet {
	fs := flag.NewFlagSet(prog, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() { e.usage(fs, usage) }
	return fs
}

// parse parses args into fs. It reports whether the command should go on;
// when it should not, code is the exit code (0 after -h, 2 after a bad flag).
// Flags may follow positional arguments, as people type them.
func (e *env) parse(fs *flag.FlagSet, args []string) (ok bool, code int) {
	// Help asked for goes to stdout, once; the flag package would print it
	// to the error stream.
	for _, a := range args {
		if a == "--" {
			break
		}
		switch a {
		case "-h", "-help", "--h", "--help":
			fs.SetOutput(e.stdout)
			fs.Usage()
			return false, exitOK
		}
	}
	var positional []string
	for {
		fs.SetOutput(io.Discard)
		err := fs.Parse(args)
		fs.SetOutput(e.stderr)
		if err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return false, exitOK
			}
			fmt.Fprintln(e.stderr, escape.Line(e.flagError(fs, err)))
			fs.Usage()
			return false, exitUsage
		}
		args = fs.Args()
		if len(args) == 0 {
			break
		}
		if args[0] == "--" {
			positional = append(positional, args[1:]...)
			break
		}
		positional = append(positional, args[0])
		args = args[1:]
	}
	// Re-parse with nothing left so fs.Args() returns the positionals.
	_ = fs.Parse(append([]string{"--"}, positional...))
	return true, exitOK
}

// usageError prints a usage error for prog, in the language of the run
// from words, and returns exitUsage. Like every message on standard error
// it is one line: what the arguments bring in is escaped (internal/escape).
func (e *env) usageError(prog, format string, args ...any) int {
	fmt.Fprintf(e.stderr, "%s: %s\n", prog, escape.Line(words.Sprintf(e.said, format, args...)))
	fmt.Fprint(e.stderr, e.helpf("Run '%s -h' for usage.\n", prog))
	return exitUsage
}

// fail prints err for prog in the language --lang chose
// (smartcity.ErrorMessage, which escapes what the input brought in) and
// returns code.
func (e *env) fail(prog string, code int, err error) int {
	fmt.Fprintf(e.stderr, "%s: %s\n", prog, smartcity.ErrorMessage(err, e.said))
	return code
}

// warn prints each of ws on standard error for prog, one line each, in
// the language --lang chose: "smartcity spbe score: peringatan: baris 2,
// kolom 23 (Indeks): sel berisi 3,98; …". A warning does not change the
// exit code.
func (e *env) warn(prog string, ws smartcity.Problems) {
	for _, w := range ws {
		fmt.Fprintf(e.stderr, "%s: %s: %s\n", prog, smartcity.Warning.Name(e.said), w.Message(e.said))
	}
}

// open opens the named input file, or standard input for "-".
func (e *env) open(name string) (io.ReadCloser, error) {
	if name == "-" {
		e.readStdin()
		return io.NopCloser(e.stdin), nil
	}
	return e.openFile(name)
}

// readStdin notes standard input among the run's inputs when it is a
// file, as `< results.csv` makes it.
func (e *env) readStdin() {
	if f, ok := e.stdin.(*os.File); ok {
		e.read(f.Stat())
	}
}

// openFile opens the named input file and notes it among the run's
// inputs, which its output may not overwrite.
func (e *env) openFile(name string) (*os.File, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	e.read(f.Stat())
	return f, nil
}

// read notes a file the run reads, as os.Stat or (*os.File).Stat
// describes it, among its inputs; a file that cannot be described is not
// one an output can be found to be.
func (e *env) read(info os.FileInfo, err error) {
	if err == nil {
		e.inputs = append(e.inputs, info)
	}
}

// parseLang parses a --lang value ("id" or "en"), or prints a usage error
// for prog and returns exitUsage.
func (e *env) parseLang(prog, value string) (smartcity.Lang, int) {
	switch l := strings.ToLower(strings.TrimSpace(value)); l {
	case "id":
		e.said = smartcity.Indonesian
		return smartcity.Indonesian, exitOK
	case "en":
		e.said = smartcity.English
		return smartcity.English, exitOK
	}
	return 0, e.usageError(prog, "--lang must be id or en, not %q", value)
}
