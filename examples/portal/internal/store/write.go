package store

import (
	"context"
	"database/sql"
	"errors"
	"slices"

	"github.com/kotacerdas/smartcity/internal/i18n"
	"github.com/kotacerdas/smartcity/spbe"
	"github.com/kotacerdas/smartcity/spbe/workspace"
)

// validID reports whether id names an item as the workspace allows: 1 to
// 64 letters, digits, '.', '-' or '_'.
func validID(id string) bool {
	if len(id) == 0 || len(id) > 64 {
		return false
	}
	for _, r := range id {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '.', r == '-', r == '_':
		default:
			return false
		}
	}
	return true
}

// checkItem refuses an item the store cannot keep: an id the workspace
// does not allow, or a status or kind of revision that is not declared,
// on the item or in its history.
func checkItem(it *workspace.Item) error {
	if !validID(it.ID) {
		return i18n.Errorf(messagesID, "%w: item id %q", ErrInvalid, it.ID)
	}
	okStatus := func(s workspace.Status) bool { return s == 0 || s.IsValid() }
	okRevision := func(r workspace.Revision) bool { return r == 0 || r.IsValid() }
	bad := !okStatus(it.Status) || !okRevision(it.Revision)
	for _, c := range it.History {
		bad = bad || !okStatus(c.From) || !okStatus(c.To) || !okRevision(c.Revision)
	}
	if bad {
		return i18n.Errorf(messagesID, "item %s: %w", it.ID, i18n.Errorf(messagesID, "%w: status %q", ErrInvalid, it.Status.String()))
	}
	return nil
}

// itemArgs are the arguments of the item's columns after id, seq and
// version, in the order of the schema.
func itemArgs(it *workspace.Item) []any {
	var doc spbe.Evidence
	if it.Document != nil {
		doc = *it.Document
	}
	return []any{it.Indicator, int(it.Level), it.No, it.Title, it.Output, it.Responsible, it.Unit,
		formatDate(it.Due), boolInt(it.Main), boolInt(it.Document != nil), doc.Title, doc.URL, doc.File, doc.SHA256,
		it.Status.String(), it.Revision.String(), it.Reason}
}

// The statements that write items.
const (
	qItemVersion = `SELECT version FROM items WHERE id = ?`
	qItemInsert  = `
INSERT INTO items (id, seq, version, indicator, level, no, title, output, responsible, unit, due, main,
	has_doc, doc_title, doc_url, doc_file, doc_sha256, status, revision, reason)
VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	qItemUpdate = `
UPDATE items SET version = ?, indicator = ?, level = ?, no = ?, title = ?, output = ?, responsible = ?, unit = ?,
	due = ?, main = ?, has_doc = ?, doc_title = ?, doc_url = ?, doc_file = ?, doc_sha256 = ?, status = ?,
	revision = ?, reason = ?
WHERE id = ?`
	qHistoryInsert = `
INSERT INTO history (item_id, n, at, by, from_status, to_status, revision, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
)

// insertItem adds it at seq with version 1 and its history.
func insertItem(ctx context.Context, tx *txn, it *workspace.Item, seq int64) error {
	_, err := tx.ExecContext(ctx, qItemInsert,
		append([]any{it.ID, seq}, itemArgs(it)...)...)
	if constraint(err) {
		return i18n.Errorf(messagesID, "item %s: %w", it.ID, ErrDuplicate)
	}
	if err != nil {
		return err
	}
	return insertHistory(ctx, tx, it.ID, it.History, 0)
}

// updateItem writes it over the item of its id, which had the history
// before, at version.
func updateItem(ctx context.Context, tx *txn, it *workspace.Item, before []workspace.Change, version int64) error {
	_, err := tx.ExecContext(ctx, qItemUpdate,
		append(append([]any{version}, itemArgs(it)...), it.ID)...)
	if err != nil {
		return err
	}
	// A history that only grew, as Item.Move grows it, gains its new
	// rows; one edited otherwise is written anew.
	if len(it.History) >= len(before) && slices.Equal(it.History[:len(before)], before) {
		return insertHistory(ctx, tx, it.ID, it.History[len(before):], len(before))
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM history WHERE item_id = ?`, it.ID); err != nil {
		return err
	}
	return insertHistory(ctx, tx, it.ID, it.History, 0)
}

// insertHistory adds the changes cs of item id, numbered from n.
func insertHistory(ctx context.Context, tx *txn, id string, cs []workspace.Change, n int) error {
	if len(cs) == 0 {
		return nil
	}
	for k, c := range cs {
		at := ""
		if !c.At.IsZero() {
			at = formatTime(c.At)
		}
		if _, err := tx.ExecContext(ctx, qHistoryInsert, id, n+k, at, c.By, c.From.String(), c.To.String(), c.Revision.String(), c.Reason); err != nil {
			return err
		}
	}
	return nil
}

// nextSeq is the place of an item added after every other.
func nextSeq(ctx context.Context, tx *txn) (int64, error) {
	var seq int64
	err := tx.QueryRowContext(ctx, `SELECT coalesce(max(seq), 0) + 1 FROM items`).Scan(&seq)
	return seq, err
}

// statusDetail is the detail of an item's audit entry.
type statusDetail struct {
	Version int64            `json:"version"`
	From    workspace.Status `json:"from,omitzero"`
	To      workspace.Status `json:"to"`
}

// AddItem adds it after every other item, at version 1, with its audit
// entry (action "add"). It refuses an item whose id is taken
// (ErrDuplicate) or not allowed (ErrInvalid).
func (s *Store) AddItem(ctx context.Context, actor User, it workspace.Item) (Versioned, error) {
	it = normalize(it)
	if err := checkItem(&it); err != nil {
		return Versioned{}, err
	}
	err := s.inWrite(ctx, func(tx *txn) error {
		seq, err := nextSeq(ctx, tx)
		if err != nil {
			return err
		}
		if err := insertItem(ctx, tx, &it, seq); err != nil {
			return err
		}
		return s.audit(ctx, tx, actor, "add", it.ID, statusDetail{Version: 1, To: it.Status})
	})
	if err != nil {
		return Versioned{}, err
	}
	return Versioned{Item: it, Version: 1}, nil
}

// UpdateItem changes the item id in one transaction with its audit entry.
// It reads the item, refuses with ErrConflict when its version is no
// longer version (someone saved in between; nothing is written), and calls
// change with a copy of it. change may call Item.Move, set the Document or
// edit other fields, but not the ID; when it returns an error, nothing is
// written and UpdateItem returns that error. Otherwise the item is written
// with its new history (a new change without a time is given the store's
// clock), its version rises by one, and the audit log gains
// {action, the item, its new version and its status before and after}.
// change may be called again if the database was busy (another process
// held its lock), so it should only change the item.
func (s *Store) UpdateItem(ctx context.Context, actor User, id string, version int64, action string,
	change func(*workspace.Item) error) (Versioned, error) {
	var out Versioned
	err := s.inWrite(ctx, func(tx *txn) error {
		// The version alone first: a stale edit costs one row.
		var now int64
		err := tx.QueryRowContext(ctx, qItemVersion, id).Scan(&now)
		if errors.Is(err, sql.ErrNoRows) {
			return i18n.Errorf(messagesID, "item %s: %w", id, ErrNotFound)
		}
		if err != nil {
			return err
		}
		if now != version {
			return i18n.Errorf(messagesID, "item %s: %w: version %d, now %d", id, ErrConflict, version, now)
		}
		cur, err := readItem(ctx, tx, id)
		if err != nil {
			return err
		}
		it := clone(cur.Item)
		if err := change(&it); err != nil {
			return err
		}
		if it.ID != id {
			return i18n.Errorf(messagesID, "%w: a change cannot rename item %s", ErrInvalid, id)
		}
		// A change that does not say when it was made was made now.
		if n := len(cur.Item.History); len(it.History) > n && slices.Equal(it.History[:n], cur.Item.History) {
			for k := n; k < len(it.History); k++ {
				if it.History[k].At.IsZero() {
					it.History[k].At = s.clock()
				}
			}
		}
		it = normalize(it)
		if err := checkItem(&it); err != nil {
			return err
		}
		if err := updateItem(ctx, tx, &it, cur.Item.History, version+1); err != nil {
			return err
		}
		out = Versioned{Item: it, Version: version + 1}
		return s.audit(ctx, tx, actor, action, id, statusDetail{Version: version + 1, From: cur.Item.Status, To: it.Status})
	})
	if err != nil {
		return Versioned{}, err
	}
	return out, nil
}

// clone returns a copy of it that shares nothing it may change.
func clone(it workspace.Item) workspace.Item {
	it.History = slices.Clone(it.History)
	if it.Document != nil {
		d := *it.Document
		it.Document = &d
	}
	return it
}

// normalize returns it as the store reads it back: times in UTC without a
// monotonic reading, no empty history.
func normalize(it workspace.Item) workspace.Item {
	it = clone(it)
	for k := range it.History {
		if !it.History[k].At.IsZero() {
			it.History[k].At = it.History[k].At.Round(0).UTC()
		}
	}
	if len(it.History) == 0 {
		it.History = nil
	}
	return it
}
