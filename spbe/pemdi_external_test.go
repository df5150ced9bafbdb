package spbe_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity/spbe"
	"github.com/kotacerdas/smartcity/spbe/spbetest"
)

// TestPemdiPendingScoreWithStatedLevel: Answer.External says "a Level
// given as well must equal" the converted one, and a pending outside score
// (no score yet) converts to level 1. checkExternal (assessment.go)
// returns before comparing for a pending score, so an answer stating
// level 5 with a pending score is accepted and silently scored at 1. It
// should be refused like any other stated level that differs — or the
// documentation should say that a stated level is ignored while the score
// is pending.
func TestPemdiPendingScoreWithStatedLevel(t *testing.T) {
	fw := indeksPemdi(t)
	a := spbetest.Assessment().Framework(fw).External(5, spbe.SourceSDI, "").Level(5, 5).Build()
	require.NotEmpty(t, a.Validate(fw), "level 5 stated with a pending score, which counts at level 1")
	_, err := fw.ScoreAssessment(a, spbe.Options{})
	require.Error(t, err)
}
