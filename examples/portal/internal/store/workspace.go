package store

import (
	"context"
	"errors"
	"maps"
	"slices"
	"sync"

	"github.com/kotacerdas/smartcity/spbe/workspace"
)

// The generation of the data: every write transaction raises it.
const (
	qGeneration   = `SELECT n FROM generation`
	qGenerationUp = `UPDATE generation SET n = n + 1`
)

// cache keeps the workspace as last read, with the generation it was read
// at: a dashboard reads the whole workspace on every request, and while
// nobody writes, it is the same. A write raises the generation, in this
// process or another that writes through a Store, and the next read reads
// the file again.
type cache struct {
	mu         sync.Mutex
	generation int64
	w          *workspace.Workspace // nil when nothing is kept
	versions   map[string]int64
}

// get returns a copy of the workspace kept at generation g; ok is false
// when none is.
func (c *cache) get(g int64) (*workspace.Workspace, map[string]int64, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.w == nil || c.generation != g {
		return nil, nil, false
	}
	return cloneWorkspace(c.w), maps.Clone(c.versions), true
}

// put keeps a copy of w and versions, read at generation g, unless a later
// generation is kept.
func (c *cache) put(g int64, w *workspace.Workspace, versions map[string]int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.w != nil && c.generation > g {
		return
	}
	c.generation, c.w, c.versions = g, cloneWorkspace(w), maps.Clone(versions)
}

// cloneWorkspace returns a copy of w that shares nothing a caller may
// change.
func cloneWorkspace(w *workspace.Workspace) *workspace.Workspace {
	c := *w
	c.Claims = slices.Clone(w.Claims)
	c.Outside = slices.Clone(w.Outside)
	for k, o := range c.Outside {
		if o.Score != nil {
			sc := *o.Score
			c.Outside[k].Score = &sc
		}
	}
	c.Items = slices.Clone(w.Items)
	for k, it := range c.Items {
		c.Items[k] = clone(it)
	}
	return &c
}

// Workspace returns the whole workspace — meta, claims, outside values and
// the items with their histories, in the order the workspace keeps them —
// as one read sees it, and the version of every item by id. Before any
// workspace was set its meta is empty. While nothing was written since the
// last call, it returns a copy of what that call read, without reading the
// items again; the caller owns what it returns.
func (s *Store) Workspace(ctx context.Context) (*workspace.Workspace, map[string]int64, error) {
	var (
		w        *workspace.Workspace
		versions map[string]int64
		g        int64
	)
	err := s.inRead(ctx, func(tx *txn) error {
		if err := tx.QueryRowContext(ctx, qGeneration).Scan(&g); err != nil {
			return err
		}
		var ok bool
		if w, versions, ok = s.cache.get(g); ok {
			return nil
		}
		var err error
		if w, versions, err = readWorkspace(ctx, tx); err != nil {
			return err
		}
		s.cache.put(g, w, versions)
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	return w, versions, nil
}

// readWorkspace reads the whole workspace in tx.
func readWorkspace(ctx context.Context, tx *txn) (*workspace.Workspace, map[string]int64, error) {
	m, err := readMeta(ctx, tx)
	if err != nil && !errors.Is(err, ErrNotFound) {
		return nil, nil, err
	}
	w := &workspace.Workspace{Instansi: m.Instansi, Year: m.Year, Framework: m.Framework, Target: m.Target, Illustrative: m.Illustrative}
	if w.Claims, err = readClaims(ctx, tx); err != nil {
		return nil, nil, err
	}
	if w.Outside, err = readOutside(ctx, tx); err != nil {
		return nil, nil, err
	}
	vs, err := readItems(ctx, tx, Filter{}, "")
	if err != nil {
		return nil, nil, err
	}
	versions := make(map[string]int64, len(vs))
	if len(vs) > 0 {
		w.Items = make([]workspace.Item, len(vs))
	}
	for k, v := range vs {
		w.Items[k] = v.Item
		versions[v.Item.ID] = v.Version
	}
	return w, versions, nil
}
