package workspacetest_test

import (
	"crypto/sha256"
	"encoding/hex"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/spbe"
	"github.com/kotacerdas/smartcity/spbe/workspace"
	"github.com/kotacerdas/smartcity/spbe/workspace/workspacetest"
)

func TestRembang2026(t *testing.T) {
	w := workspacetest.Rembang2026()
	require.True(t, w.Illustrative)
	fw, err := spbe.Lookup(w.Framework)
	require.NoError(t, err)
	s, err := w.Evaluate(fw, workspace.Options{Today: smartcity.MustParseDate("2026-11-30")})
	require.NoError(t, err)
	require.NotNil(t, s.Claimed)
	assert.Zero(t, s.Claimed.Unanswered, "indicator 5 is valued from its SDI score, not claimed")
	assert.Equal(t, "3.65", s.Claimed.Index.Format(2), "the claim is the self-assessment of examples/rembang")
	assert.Negative(t, s.Evidenced.Index.Cmp(s.Claimed.Index), "the evidence lags the claim")
	assert.Positive(t, s.Evidenced.Index.Sign())
	five, _ := s.Indicator(5)
	assert.Equal(t, spbe.Level(4), five.Evidenced)
	for _, n := range []int{6, 7, 18} {
		st, _ := s.Indicator(n)
		assert.True(t, st.Waiting, n)
	}
	assert.Len(t, s.Units, 6)
	assert.NotEmpty(t, s.Overdue)
	for _, want := range []workspace.Status{workspace.Belum, workspace.Draf, workspace.Proses, workspace.Revisi, workspace.Diterima} {
		found := false
		for _, it := range w.Items {
			found = found || it.Status == want
		}
		assert.True(t, found, "some item is %s", want)
	}
	target, err := spbe.ParseTarget(w.Target)
	require.NoError(t, err)
	way, err := s.Way(target, workspace.WayOptions{})
	require.NoError(t, err)
	assert.True(t, way.Plan.Reached)
	assert.Positive(t, way.Items)

	// Every document's digest is its file's.
	for _, it := range w.Items {
		if it.Document == nil {
			continue
		}
		sum := sha256.Sum256(workspacetest.FileContent(it.ID))
		require.Equal(t, hex.EncodeToString(sum[:]), it.Document.SHA256, it.ID)
	}
	assert.Equal(t, w, workspacetest.Rembang2026(), "the same every time")
}

func TestRandom(t *testing.T) {
	fw, err := spbe.Lookup(spbe.PermenPANRB8of2026)
	require.NoError(t, err)
	w := workspacetest.Random(7, fw, 1000)
	require.Len(t, w.Items, 1000)
	seen := map[string]bool{}
	for _, it := range w.Items {
		require.False(t, seen[it.ID], it.ID)
		seen[it.ID] = true
	}
	assert.Equal(t, w, workspacetest.Random(7, fw, 1000))
}
