package masterplan

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
)

func TestLifecycleAdvance(t *testing.T) {
	var l Lifecycle
	_, ok := l.Current()
	assert.False(t, ok)
	require.NoError(t, l.Advance(Milestone{Stage: MoU, Date: smartcity.MustParseDate("2022-04-21")}))
	require.NoError(t, l.Advance(Milestone{Stage: BimtekI, Date: smartcity.MustParseDate("2022-06-23"), EndDate: smartcity.MustParseDate("2022-06-24")}))
	// Skipping a stage is allowed: not every stage is dated in the sources.
	require.NoError(t, l.Advance(Milestone{Stage: BimtekIV, Date: smartcity.MustParseDate("2022-09-22")}))

	tests := []struct {
		name  string
		m     Milestone
		order bool // a *StageOrderError
	}{
		{"back to an earlier stage", Milestone{Stage: BimtekII, Date: smartcity.MustParseDate("2022-10-01")}, true},
		{"the same stage again", Milestone{Stage: BimtekIV, Date: smartcity.MustParseDate("2022-10-01")}, true},
		{"dated before the current stage", Milestone{Stage: Completion, Date: smartcity.MustParseDate("2022-09-21")}, true},
		{"no date", Milestone{Stage: Completion}, false},
		{"undeclared stage", Milestone{Stage: 42, Date: smartcity.MustParseDate("2022-12-01")}, false},
		{"ends before it begins", Milestone{Stage: Completion, Date: smartcity.MustParseDate("2022-12-01"), EndDate: smartcity.MustParseDate("2022-11-30")}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := l.Advance(tt.m)
			require.Error(t, err)
			assert.Equal(t, tt.order, errors.Is(err, ErrStageOrder))
			assert.ErrorAs(t, err, new(smartcity.Problems))
			assert.Len(t, l.Stages, 3, "unchanged on error")
		})
	}
	err := l.Advance(Milestone{Stage: Completion, Date: smartcity.MustParseDate("2022-09-21")})
	assert.EqualError(t, err, "masterplan: stages[3].date: stage masterplan completed is dated 2022-09-21, before stage Bimtek IV on 2022-09-22")

	require.NoError(t, l.Advance(Milestone{Stage: Completion, Date: smartcity.MustParseDate("2022-12-01")}))
	cur, ok := l.Current()
	require.True(t, ok)
	assert.Equal(t, Completion, cur.Stage)
	assert.Equal(t, Milestone{Stage: BimtekI, Date: smartcity.MustParseDate("2022-06-23"), EndDate: smartcity.MustParseDate("2022-06-24")}, l.Stages[1])
}
