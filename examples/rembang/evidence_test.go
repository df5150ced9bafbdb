package main

import (
	"bytes"
	"os"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity/internal/golden"
	"github.com/kotacerdas/smartcity/spbe/workspace"
	"github.com/kotacerdas/smartcity/spbe/workspace/workspacetest"
)

// The story's working list is the library's illustrative Rembang
// workspace, as a workbook keeps it (no history);
// -update writes it anew.
func TestEvidenceWorkbookIsTheLibrarysWorkspace(t *testing.T) {
	want := workspacetest.Rembang2026()
	for k := range want.Items {
		want.Items[k].History = nil
	}
	if golden.Update() {
		var buf bytes.Buffer
		require.NoError(t, want.WriteWorkbook(&buf))
		require.NoError(t, os.WriteFile(evidenceFile, buf.Bytes(), 0o644))
	}
	b, err := os.ReadFile(evidenceFile)
	require.NoError(t, err)
	got, err := workspace.ReadTable(bytes.NewReader(b), workspace.ReadOptions{})
	require.NoError(t, err)
	require.Equal(t, want, got)
}
