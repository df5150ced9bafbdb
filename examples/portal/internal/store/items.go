package store

import (
	"context"
	"database/sql"

	"github.com/kotacerdas/smartcity/internal/i18n"
	"github.com/kotacerdas/smartcity/spbe"
	"github.com/kotacerdas/smartcity/spbe/workspace"
)

// Versioned is an item with its version, which rises by one on every
// change: an editor sends back the version it saw, and UpdateItem refuses
// the edit when it is no longer the item's.
type Versioned struct {
	Item    workspace.Item
	Version int64
}

// Filter selects items; a zero field matches every item.
type Filter struct {
	// Unit is the unit the items belong to.
	Unit string
	// Status is their status; Belum matches an item without a status
	// too.
	Status workspace.Status
	// Indicator is their indicator's number.
	Indicator int
}

// match reports whether f selects it.
func (f Filter) match(it *workspace.Item) bool {
	status := it.Status
	if status == 0 {
		status = workspace.Belum
	}
	return (f.Unit == "" || it.Unit == f.Unit) &&
		(f.Status == 0 || status == f.Status) &&
		(f.Indicator == 0 || it.Indicator == f.Indicator)
}

// Item returns the item id with its version; ErrNotFound when there is
// none.
func (s *Store) Item(ctx context.Context, id string) (Versioned, error) {
	var v Versioned
	err := s.inRead(ctx, func(tx *txn) error {
		var err error
		v, err = readItem(ctx, tx, id)
		return err
	})
	return v, err
}

// readItem returns the item id; ErrNotFound when there is none.
func readItem(ctx context.Context, q *txn, id string) (Versioned, error) {
	vs, err := readItems(ctx, q, id)
	if err != nil {
		return Versioned{}, err
	}
	if len(vs) == 0 {
		return Versioned{}, i18n.Errorf(messagesID, "item %s: %w", id, ErrNotFound)
	}
	return vs[0], nil
}

// itemColumns are the columns scanItem reads, in its order.
const itemColumns = `i.id, i.version, i.indicator, i.level, i.no, i.title, i.output, i.responsible, i.unit, i.due, i.main,
	i.has_doc, i.doc_title, i.doc_url, i.doc_file, i.doc_sha256, i.status, i.revision, i.reason`

// The queries of the items and their histories: all of them, or one.
const (
	qItemsAll    = `SELECT ` + itemColumns + ` FROM items i ORDER BY i.seq, i.id`
	qItemByID    = `SELECT ` + itemColumns + ` FROM items i WHERE i.id = ?`
	historyCols  = `SELECT h.item_id, h.at, h.by, h.from_status, h.to_status, h.revision, h.reason FROM history h`
	qHistoryAll  = historyCols + ` ORDER BY h.item_id, h.n`
	qHistoryByID = historyCols + ` WHERE h.item_id = ? ORDER BY h.n`
)

// readItems reads every item, or the one item id when id is not "", with
// their histories.
func readItems(ctx context.Context, q *txn, id string) ([]Versioned, error) {
	iq, hq, args := qItemsAll, qHistoryAll, []any(nil)
	if id != "" {
		iq, hq, args = qItemByID, qHistoryByID, []any{id}
	}
	rows, err := q.QueryContext(ctx, iq, args...)
	if err != nil {
		return nil, err
	}
	var vs []Versioned
	for rows.Next() {
		v, err := scanItem(rows)
		if err != nil {
			rows.Close()
			return nil, err
		}
		vs = append(vs, v)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if len(vs) == 0 {
		return nil, nil
	}
	at := make(map[string]int, len(vs))
	for k, v := range vs {
		at[v.Item.ID] = k
	}
	rows, err = q.QueryContext(ctx, hq, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var itemID string
		c, err := scanChange(rows, &itemID)
		if err != nil {
			return nil, err
		}
		if k, ok := at[itemID]; ok {
			vs[k].Item.History = append(vs[k].Item.History, c)
		}
	}
	return vs, rows.Err()
}

// scanItem reads a row of itemColumns.
func scanItem(rows *sql.Rows) (Versioned, error) {
	var (
		v                     Versioned
		it                    = &v.Item
		level                 int
		due, status, revision string
		hasDoc                bool
		doc                   spbe.Evidence
	)
	err := rows.Scan(&it.ID, &v.Version, &it.Indicator, &level, &it.No, &it.Title, &it.Output, &it.Responsible, &it.Unit,
		&due, &it.Main, &hasDoc, &doc.Title, &doc.URL, &doc.File, &doc.SHA256, &status, &revision, &it.Reason)
	if err != nil {
		return Versioned{}, err
	}
	it.Level = spbe.Level(level)
	if hasDoc {
		it.Document = &doc
	}
	if it.Due, err = parseDate(due); err != nil {
		return Versioned{}, err
	}
	if it.Status, err = parseStatus(status); err != nil {
		return Versioned{}, err
	}
	if it.Revision, err = parseRevision(revision); err != nil {
		return Versioned{}, err
	}
	return v, nil
}

// scanChange reads a row of the history, and its item's id into itemID.
func scanChange(rows *sql.Rows, itemID *string) (workspace.Change, error) {
	var (
		c                 workspace.Change
		at, from, to, rev string
	)
	err := rows.Scan(itemID, &at, &c.By, &from, &to, &rev, &c.Reason)
	if err != nil {
		return c, err
	}
	if c.At, err = parseTime(at); err != nil {
		return c, err
	}
	if c.From, err = parseStatus(from); err != nil {
		return c, err
	}
	if c.To, err = parseStatus(to); err != nil {
		return c, err
	}
	c.Revision, err = parseRevision(rev)
	return c, err
}
