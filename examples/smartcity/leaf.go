package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"io"

	"github.com/kotacerdas/smartcity"
)

// leaf is a command that parses its own flags: its name, its flag set,
// and what every such command shares — a --lang, a --json for most, the
// check of its operands and the writing of its output.
type leaf struct {
	*env
	prog     string
	fs       *flag.FlagSet
	langText *string
	asJSON   *bool // nil for a command without --json
	// output is the -o of every command: the file the result is written
	// to, "" or "-" for standard output.
	output *string
	// lang is the language --lang chose, once start has read it.
	lang smartcity.Lang
}

// leaf returns the command prog, whose usage text starts with usage (the
// synopsis line), with a --lang flag that langUsage describes and the -o
// of every command that writes.
func (e *env) leaf(prog, usage, langUsage string) *leaf {
	fs := e.flags(prog, usage)
	return &leaf{env: e, prog: prog, fs: fs, langText: fs.String("lang", "id", langUsage), output: fs.String("o", "", outputUsage)}
}

// jsonFlag gives the command a --json flag that usage describes.
func (c *leaf) jsonFlag(usage string) { c.asJSON = c.fs.Bool("json", false, usage) }

// json reports whether --json was given.
func (c *leaf) json() bool { return c.asJSON != nil && *c.asJSON }

// operands checks the positional arguments left after a command's flags
// and prints a usage error for those it does not take, returning
// exitUsage; exitOK when they are right.
type operands func(c *leaf) int

// oneFile takes exactly one operand, the input FILE; what names what it is
// for ("a FILE to score").
func oneFile(what string) operands {
	return func(c *leaf) int {
		switch {
		case c.fs.NArg() == 0:
			return c.usageError(c.prog, "%s is required (\"-\" for standard input)", c.help(what))
		case c.fs.NArg() > 1:
			return c.usageError(c.prog, "unexpected argument %q", c.fs.Arg(1))
		}
		return exitOK
	}
}

// noOperands takes none.
func noOperands(c *leaf) int {
	if c.fs.NArg() > 0 {
		return c.usageError(c.prog, "unexpected argument %q", c.fs.Arg(0))
	}
	return exitOK
}

// start reads the command line args: the flags, the operands as check
// takes them, then --lang. It reports whether the command goes on; when it
// does not, code is the exit code (0 after -h, 2 after a usage error).
func (c *leaf) start(args []string, check operands) (ok bool, code int) {
	if ok, code := c.parse(c.fs, args); !ok {
		return false, code
	}
	if code := check(c); code != exitOK {
		return false, code
	}
	if c.lang, code = c.parseLang(c.prog, *c.langText); code != exitOK {
		return false, code
	}
	return true, exitOK
}

// show prints the command's result: v as JSON under --json, else the
// text that text writes in the language --lang chose. A failed write
// fails the command (exit 2).
func (c *leaf) show(v any, text func(w io.Writer) error) int {
	return c.write(func(w io.Writer) error {
		if c.json() {
			return writeJSON(w, v)
		}
		return text(w)
	})
}

// write writes what fn writes to the output, -o's file or else standard
// output, through a buffer. A failed write, fn's or the buffer's, fails
// the command (exit 2), and leaves no file.
func (c *leaf) write(fn func(w io.Writer) error) int {
	return c.writeOr(fn, func(err error) int { return c.fail(c.prog, exitUsage, err) })
}

// writeOr writes what fn writes to the output, through a buffer, as
// write does, for a command whose fn may fail for another reason than a
// failed write: failed reports such an error of fn and returns the exit
// code. A failed write fails the command (exit 2) wherever it shows, in
// fn's error or in the last flush. An output that cannot be created (-o)
// fails it before fn runs (exit 2); a file -o names is replaced only
// when fn and every write succeed.
func (c *leaf) writeOr(fn func(w io.Writer) error, failed func(error) int) int {
	return c.writeTo(func() (*output, error) { return c.createOutput(*c.output) }, fn, failed)
}

// writeInDir writes what fn writes to the file name of an --out-dir
// (createInDir), as writeOr writes to -o's.
func (c *leaf) writeInDir(name string, fn func(w io.Writer) error, failed func(error) int) int {
	return c.writeTo(func() (*output, error) { return c.createInDir(name) }, fn, failed)
}

// writeTo writes what fn writes to the output that create opens, as
// writeOr does.
func (c *leaf) writeTo(create func() (*output, error), fn func(w io.Writer) error, failed func(error) int) int {
	dst, err := create()
	if err != nil {
		return c.fail(c.prog, exitUsage, err)
	}
	stdout := &firstError{w: dst}
	out := bufio.NewWriterSize(stdout, 64<<10)
	err = fn(out)
	if err == nil {
		err = out.Flush()
	}
	switch {
	case stdout.err != nil:
		dst.abort()
		return c.fail(c.prog, exitUsage, dst.writeError(stdout.err))
	case err != nil:
		dst.abort()
		return failed(err)
	}
	if err := dst.commit(); err != nil {
		return c.fail(c.prog, exitUsage, err)
	}
	return exitOK
}

// firstError is a writer to w that keeps the first error of writing.
type firstError struct {
	w   io.Writer
	err error
}

func (f *firstError) Write(p []byte) (int, error) {
	n, err := f.w.Write(p)
	if f.err == nil {
		f.err = err
	}
	return n, err
}

// writeJSON writes v to w as indented JSON followed by a newline.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
