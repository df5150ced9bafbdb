package main

import (
	"io"
	"os"
)

// isTerminal reports whether w is a terminal: a file that is a character
// device other than the null device, which a redirection to /dev/null
// gives and which takes a workbook as it takes anything.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	if err != nil || info.Mode()&os.ModeCharDevice == 0 {
		return false
	}
	null, err := os.Stat(os.DevNull)
	return err != nil || !os.SameFile(info, null)
}

// binaryOutput refuses to write a workbook to a terminal, where it would
// show as noise: when -o names no file and standard output is a terminal
// it prints a usage error that asks for -o FILE.xlsx and returns
// exitUsage; else exitOK.
func (c *leaf) binaryOutput() int {
	if o := *c.output; (o == "" || o == "-") && c.tty {
		return c.usageError(c.prog, "a workbook is not written to a terminal: give -o FILE.xlsx, or redirect standard output to a file")
	}
	return exitOK
}
