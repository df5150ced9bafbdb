package workspace

import (
	"fmt"
	"io"
	"os"

	"github.com/kotacerdas/smartcity/internal/jsonio"
	"github.com/kotacerdas/smartcity/spbe"
)

// Decode reads a workspace in JSON from r, strictly: one object, no
// unknown or repeated keys, text in UTF-8, numbers as numbers, lists no
// longer than their caps (100,000 items, 1,000 changes an item), and no
// more than limit bytes (64 MiB when limit <= 0). Its errors say where in
// the document the problem is, in Indonesian and English
// (smartcity.ErrorMessage). A document that reads may still break the
// workspace's rules: see Validate.
func Decode(r io.Reader, limit int64) (*Workspace, error) {
	var w Workspace
	if err := jsonio.Decode(r, &w, limit); err != nil {
		return nil, err
	}
	return &w, nil
}

// Unmarshal is Decode for a document in memory.
func Unmarshal(data []byte) (*Workspace, error) {
	var w Workspace
	if err := jsonio.Unmarshal(data, &w); err != nil {
		return nil, err
	}
	return &w, nil
}

// Load is Decode from the file path, which the caller names: a workspace
// never makes the library open a file.
func Load(path string, limit int64) (*Workspace, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("workspace: %w", err)
	}
	defer f.Close()
	return Decode(f, limit)
}

// ResolveFramework returns the framework the workspace is kept in, by the
// rules of spbe.Assessment.ResolveFramework: fallback when the workspace
// names none or names fallback's id, else the framework it names, else the
// one of its year.
func (w *Workspace) ResolveFramework(fallback *spbe.Framework) (*spbe.Framework, error) {
	a := spbe.Assessment{Instansi: w.Instansi, Year: w.Year, Framework: w.Framework}
	return a.ResolveFramework(fallback)
}
