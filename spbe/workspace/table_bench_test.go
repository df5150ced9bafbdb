package workspace_test

import (
	"bytes"
	"io"
	"testing"

	"github.com/kotacerdas/smartcity/spbe"
	"github.com/kotacerdas/smartcity/spbe/workspace"
	"github.com/kotacerdas/smartcity/spbe/workspace/workspacetest"
)

// A portal imports and exports a region's working list of a thousand
// items as a workbook and as CSV.
func BenchmarkTable(b *testing.B) {
	fw, err := spbe.Lookup(spbe.PermenPANRB8of2026)
	if err != nil {
		b.Fatal(err)
	}
	w := workspacetest.Random(1, fw, 1000)
	var book, csv bytes.Buffer
	if err := w.WriteWorkbook(&book); err != nil {
		b.Fatal(err)
	}
	if err := w.WriteCSV(&csv); err != nil {
		b.Fatal(err)
	}
	b.Run("WriteWorkbook", func(b *testing.B) {
		for b.Loop() {
			if err := w.WriteWorkbook(io.Discard); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("ReadWorkbook", func(b *testing.B) {
		b.SetBytes(int64(book.Len()))
		for b.Loop() {
			if _, err := workspace.ReadTable(bytes.NewReader(book.Bytes()), workspace.ReadOptions{}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("WriteCSV", func(b *testing.B) {
		for b.Loop() {
			if err := w.WriteCSV(io.Discard); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("ReadCSV", func(b *testing.B) {
		b.SetBytes(int64(csv.Len()))
		for b.Loop() {
			if _, err := workspace.ReadTable(bytes.NewReader(csv.Bytes()), workspace.ReadOptions{}); err != nil {
				b.Fatal(err)
			}
		}
	})
}
