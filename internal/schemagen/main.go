// Command schemagen writes the JSON Schemas (draft 2020-12) of the library's
// documents — the SPBE assessment and framework, the masterplan, its yearly
// evaluation and its realisation — from their Go types. It runs from
// go generate in the package that owns each document:
//
//	//go:generate go run ../internal/schemagen assessment framework
//
// and writes assessment.schema.json and framework.schema.json into the
// current directory (or -dir). The schemas are committed; a test in this
// package regenerates them in memory and fails when a committed one is
// stale.
//
// Descriptions come from the types' doc comments, read from the module's
// source, so a changed comment changes the schema too.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stderr))
}

// run writes the schemas named in args and returns the exit code.
func run(args []string, stderr io.Writer) int {
	fs := flag.NewFlagSet("schemagen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dir := fs.String("dir", ".", "directory to write the `*.schema.json` files into")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: schemagen [-dir dir] document...\ndocuments: %s\n", strings.Join(Names(), ", "))
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	for _, name := range fs.Args() {
		data, err := Generate(name)
		if err != nil {
			fmt.Fprintf(stderr, "schemagen: %v\n", err)
			return 1
		}
		path := filepath.Join(*dir, FileName(name))
		if err := os.WriteFile(path, data, 0o644); err != nil {
			fmt.Fprintf(stderr, "schemagen: %v\n", err)
			return 1
		}
	}
	return 0
}
