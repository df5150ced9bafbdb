// Package golden is the test kit the module's tests share: golden files,
// compared with what a test produced or rewritten from it, the listing of
// the spellings the enums accept, and a check of the SVG charts the
// packages draw.
//
// Reports, CSV exports, charts and the command-line output are pinned byte
// for byte in golden files under testdata, so that a change to any of them
// shows in review as a diff of those files. Keeping the comparison, the
// -update flag and the SVG rules in one package makes every package's tests
// behave alike: the same flag, the same message when a file is missing, the
// same readable diff on a mismatch and the same idea of a sound chart.
//
// The package is for tests only: it imports testing and testify, and
// registers a command-line flag when it is initialised.
//
// # Golden files
//
// Check compares what a test produced with a file; it fails with a diff of
// the two on a mismatch, and says to run with -update when the file does
// not exist. Under -update it writes the file instead, creating the folders
// it needs, and passes.
//
// # Updating
//
// The -update flag is registered when this package is initialised, so it
// exists in the test binary of every package whose tests import this one,
// and only there. "go test ./... -update" therefore fails with "flag
// provided but not defined: -update" in the packages that have no golden
// files, since go test hands the flag to every package's binary. Name the
// packages that import this one instead, from the module's root:
//
//	go test $(go list -f '{{.ImportPath}} {{.TestImports}} {{.XTestImports}}' ./... | awk '/internal\/golden/ {print $1}') -update
//
// or a single package:
//
//	go test ./spbe -update
//
// The flag comes after the packages: before them, go test would take the
// first package for the flag's value. Review the change with git diff, and
// run the tests once more without the flag. The flag is the package's only mutable state: it is set once,
// when the test binary parses its command line, and only read afterwards.
//
// # Spellings
//
// Spellings keeps in a golden file every spelling a package's enums
// accept, the tables of internal/enum, each checked to read to its own
// value, so that a spelling that goes away or changes its meaning shows
// in review.
//
// # SVG
//
// SVG checks what every chart of the module must be, whatever it shows: a
// well-formed XML document whose root is an svg element of the SVG
// namespace; a positive width and height and a viewBox of the same size,
// so that the chart is drawn at its own scale; a first child element
// <title> that names the chart; finite numbers in every coordinate, size
// and list of points, never NaN or Inf; and every <text> anchored inside
// the viewBox. It returns what tests assert on: the size, the title and
// description, and the text of every <text> with its font size.
package golden
