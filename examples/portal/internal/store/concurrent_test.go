package store

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity/spbe/workspace"
)

// Fifty editors each make twenty changes to five shared items, reading
// the item and trying again whenever someone saved in between; half of
// them write through a second Store on the same file, as a second process
// would, so that writers also wait for SQLite's lock. No write fails with
// "database is locked", every change is kept — the items' counters add up
// to 1,000 — and the audit log holds exactly one entry per committed
// change.
func TestConcurrentUpdatesLoseNothing(t *testing.T) {
	const editors, changes, items = 50, 20, 5
	ctx := context.Background()
	s, path := openTest(t)
	other, err := Open(ctx, path)
	require.NoError(t, err)
	defer other.Close()
	for k := range items {
		_, err := s.AddItem(ctx, koordinator, newItem(fmt.Sprintf("i%d", k)))
		require.NoError(t, err)
	}
	var conflicts sync.Map
	var wg sync.WaitGroup
	errs := make([]error, editors)
	for e := range editors {
		wg.Go(func() {
			actor := User{Login: fmt.Sprintf("editor%02d", e), Role: Koordinator}
			s := s
			if e%2 == 1 {
				s = other
			}
			for c := range changes {
				id := fmt.Sprintf("i%d", (e+c)%items)
				for {
					v, err := s.Item(ctx, id)
					if err != nil {
						errs[e] = err
						return
					}
					_, err = s.UpdateItem(ctx, actor, id, v.Version, "count", func(it *workspace.Item) error {
						it.No++
						return nil
					})
					if errors.Is(err, ErrConflict) {
						n, _ := conflicts.LoadOrStore(e, new(int))
						*n.(*int)++
						continue
					}
					if err != nil {
						errs[e] = err
						return
					}
					break
				}
			}
		})
	}
	wg.Wait()
	require.NoError(t, errors.Join(errs...))

	vs, err := s.Items(ctx, Filter{})
	require.NoError(t, err)
	sum := 0
	for _, v := range vs {
		sum += v.Item.No
		assert.Equal(t, int64(v.Item.No+1), v.Version, v.Item.ID)
		_, total, err := s.Audit(ctx, 1, 0, v.Item.ID)
		require.NoError(t, err)
		assert.Equal(t, v.Item.No+1, total, "one entry per change and the add, %s", v.Item.ID)
	}
	assert.Equal(t, editors*changes, sum)
	_, total, err := s.Audit(ctx, 1, 0, "")
	require.NoError(t, err)
	assert.Equal(t, editors*changes+items, total)
	retried := 0
	conflicts.Range(func(_, n any) bool { retried += *n.(*int); return true })
	t.Logf("%d changes committed, %d stale edits refused and retried", editors*changes, retried)
	integrity(t, s.read)
}
