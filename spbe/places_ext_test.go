package spbe_test

import "github.com/kotacerdas/smartcity/spbe"

// at names the place of a problem compactly, for the tests' tables: its
// path, or "line 4, column 2 (level)" for a cell of a CSV file. It is the
// package's own, which its internal tests use too.
var at = spbe.At
