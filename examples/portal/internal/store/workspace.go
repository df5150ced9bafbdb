package store

import (
	"context"
	"errors"
	"maps"
	"slices"
	"sync"

	"github.com/kotacerdas/smartcity/spbe/workspace"
)

// The generation of the data, which every write transaction raises, and
// the version of every item in the workspace's order.
const (
	qGeneration   = `SELECT n FROM generation`
	qGenerationUp = `UPDATE generation SET n = n + 1`
	qVersions     = `SELECT id, version FROM items ORDER BY seq, id`
)

// snapshot is the workspace as one read saw it, at a generation. It is
// never changed once made: readers share it and hand out copies.
type snapshot struct {
	generation int64
	w          *workspace.Workspace
	versions   map[string]int64
}

// cache keeps the latest snapshot. A dashboard reads the whole workspace on
// every request, and between two requests little changes: while the
// generation is the same nothing did, and the snapshot is the workspace;
// when it rose, only the items whose version changed are read again. A
// write raises the generation in this process or in another that writes
// through a Store.
type cache struct {
	mu   sync.Mutex
	last *snapshot
}

// get returns the latest snapshot, nil when none.
func (c *cache) get() *snapshot {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.last
}

// put keeps sn unless a later one is kept.
func (c *cache) put(sn *snapshot) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.last == nil || c.last.generation <= sn.generation {
		c.last = sn
	}
}

// snapshot returns the workspace as tx sees it, from the cache when
// nothing changed since the latest snapshot, rereading only what changed
// otherwise.
func (s *Store) snapshot(ctx context.Context, tx *txn) (*snapshot, error) {
	var g int64
	if err := tx.QueryRowContext(ctx, qGeneration).Scan(&g); err != nil {
		return nil, err
	}
	old := s.cache.get()
	if old != nil && old.generation == g {
		return old, nil
	}
	sn, err := readSnapshot(ctx, tx, old)
	if err != nil {
		return nil, err
	}
	sn.generation = g
	s.cache.put(sn)
	return sn, nil
}

// readSnapshot reads the workspace in tx, taking from old the items whose
// version is the same; all of them when old is nil.
func readSnapshot(ctx context.Context, tx *txn, old *snapshot) (*snapshot, error) {
	m, err := readMeta(ctx, tx)
	if err != nil && !errors.Is(err, ErrNotFound) {
		return nil, err
	}
	w := &workspace.Workspace{Instansi: m.Instansi, Year: m.Year, Framework: m.Framework, Target: m.Target, Illustrative: m.Illustrative}
	if w.Claims, err = readClaims(ctx, tx); err != nil {
		return nil, err
	}
	if w.Outside, err = readOutside(ctx, tx); err != nil {
		return nil, err
	}
	sn := &snapshot{w: w}
	if old == nil {
		return sn, sn.setItems(ctx, tx)
	}
	type idVersion struct {
		id      string
		version int64
	}
	var order []idVersion
	var stale int
	rows, err := tx.QueryContext(ctx, qVersions)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var iv idVersion
		if err := rows.Scan(&iv.id, &iv.version); err != nil {
			rows.Close()
			return nil, err
		}
		if v, ok := old.versions[iv.id]; !ok || v != iv.version {
			stale++
		}
		order = append(order, iv)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	// Many changed, as after an import: read them all at once.
	if stale > len(order)/4 {
		return sn, sn.setItems(ctx, tx)
	}
	at := make(map[string]int, len(old.w.Items))
	for k, it := range old.w.Items {
		at[it.ID] = k
	}
	sn.versions = make(map[string]int64, len(order))
	if len(order) > 0 {
		w.Items = make([]workspace.Item, len(order))
	}
	for k, iv := range order {
		sn.versions[iv.id] = iv.version
		if v, ok := old.versions[iv.id]; ok && v == iv.version {
			w.Items[k] = old.w.Items[at[iv.id]]
			continue
		}
		// Read in the same transaction, the item is at the version listed.
		v, err := readItem(ctx, tx, iv.id)
		if err != nil {
			return nil, err
		}
		w.Items[k] = v.Item
	}
	return sn, nil
}

// setItems reads every item into sn.
func (sn *snapshot) setItems(ctx context.Context, tx *txn) error {
	vs, err := readItems(ctx, tx, "")
	if err != nil {
		return err
	}
	sn.versions = make(map[string]int64, len(vs))
	if len(vs) > 0 {
		sn.w.Items = make([]workspace.Item, len(vs))
	}
	for k, v := range vs {
		sn.w.Items[k] = v.Item
		sn.versions[v.Item.ID] = v.Version
	}
	return nil
}

// Workspace returns the whole workspace — meta, claims, outside values and
// the items with their histories, in the order the workspace keeps them —
// as one read sees it, and the version of every item by id. Before any
// workspace was set its meta is empty. The store keeps the workspace it
// read last and reads again only the items that changed since; the caller
// owns the copy it gets.
func (s *Store) Workspace(ctx context.Context) (*workspace.Workspace, map[string]int64, error) {
	sn, err := s.current(ctx)
	if err != nil {
		return nil, nil, err
	}
	return cloneWorkspace(sn.w), maps.Clone(sn.versions), nil
}

// Items returns the items f selects, with their histories and versions, in
// the order the workspace keeps them, as Workspace reads them.
func (s *Store) Items(ctx context.Context, f Filter) ([]Versioned, error) {
	sn, err := s.current(ctx)
	if err != nil {
		return nil, err
	}
	var vs []Versioned
	for k := range sn.w.Items {
		if it := &sn.w.Items[k]; f.match(it) {
			vs = append(vs, Versioned{Item: clone(*it), Version: sn.versions[it.ID]})
		}
	}
	return vs, nil
}

// current returns the workspace as one read transaction sees it, read
// again where it changed since the last.
func (s *Store) current(ctx context.Context) (*snapshot, error) {
	var sn *snapshot
	err := s.inRead(ctx, func(tx *txn) error {
		var err error
		sn, err = s.snapshot(ctx, tx)
		return err
	})
	return sn, err
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
