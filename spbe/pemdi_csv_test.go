package spbe_test

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity/spbe"
	"github.com/kotacerdas/smartcity/spbe/spbetest"
)

// indeksPemdi returns PermenPANRB 8/2026, the Indeks Pemerintah Digital.
func indeksPemdi(t testing.TB) *spbe.Framework {
	t.Helper()
	fw, err := spbe.Lookup(spbe.PermenPANRB8of2026)
	require.NoError(t, err)
	return fw
}

// TestPemdiCSVKeepsConvertedLevel: an answer that carries an outside score
// and no level of its own — the form Answer.External documents — scores at
// the converted level, so the CSV forms, which carry only levels, must
// write that level. WriteWideCSV and WriteLongCSV write Answer.Final()
// instead, which is 0: the indicator reads back unanswered and the
// assessment no longer scores.
func TestPemdiCSVKeepsConvertedLevel(t *testing.T) {
	fw := indeksPemdi(t)
	a := spbetest.Assessment().Framework(fw).External(5, spbe.SourceSDI, "70").Build()
	want, err := fw.ScoreAssessment(a, spbe.Options{})
	require.NoError(t, err)

	var wide bytes.Buffer
	require.NoError(t, spbe.WriteWideCSV(&wide, fw, []spbe.Assessment{*a}, spbe.CSVOptions{}))
	as, err := spbe.DecodeWideCSV(&wide, spbe.ReadOptions{Framework: fw})
	require.NoError(t, err)
	require.Len(t, as, 1)
	got, err := fw.ScoreAssessment(&as[0], spbe.Options{})
	require.NoError(t, err, "the wide CSV lost the level of indicator 5")
	require.Equal(t, want.Levels, got.Levels)

	var long bytes.Buffer
	require.NoError(t, spbe.WriteLongCSV(&long, fw, a, spbe.CSVOptions{}))
	back, err := spbe.DecodeLongCSV(&long, spbe.ReadOptions{Framework: fw})
	require.NoError(t, err)
	got, err = fw.ScoreAssessment(back, spbe.Options{})
	require.NoError(t, err, "the long CSV lost the level of indicator 5")
	require.Equal(t, want.Levels, got.Levels)
}
