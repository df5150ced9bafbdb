package store

import (
	"context"
	"encoding/json"
	"time"
)

// AuditEntry is one committed change: when, by whom, what, to which item.
type AuditEntry struct {
	// ID numbers the entries in the order they were committed.
	ID int64
	// At is when the change was committed, by the store's clock.
	At time.Time
	// Actor is the login of the account that made it.
	Actor string
	// Action names the change, as its caller named it ("upload",
	// "review", "import" …).
	Action string
	// ItemID is the item changed, "" for a change of the workspace.
	ItemID string
	// Detail is a JSON object saying the change: for an item, its
	// version and its status before and after.
	Detail string
}

// Most entries Audit returns at once.
const auditPage = 1000

// Audit returns the audit log, newest first: limit entries (50 when 0 or
// less, 1,000 at most) after skipping offset, of the item itemID only when
// it is not "", and how many entries there are in all.
func (s *Store) Audit(ctx context.Context, limit, offset int, itemID string) ([]AuditEntry, int, error) {
	if limit <= 0 {
		limit = 50
	}
	limit = min(limit, auditPage)
	offset = max(offset, 0)
	var (
		entries []AuditEntry
		total   int
	)
	err := s.inRead(ctx, func(tx *txn) error {
		where, args := "", []any{}
		if itemID != "" {
			where, args = " WHERE item_id = ?", []any{itemID}
		}
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM audit`+where, args...).Scan(&total); err != nil {
			return err
		}
		rows, err := tx.QueryContext(ctx,
			`SELECT id, at, actor, action, item_id, detail FROM audit`+where+` ORDER BY id DESC LIMIT ? OFFSET ?`,
			append(args, limit, offset)...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var e AuditEntry
			var at string
			if err := rows.Scan(&e.ID, &at, &e.Actor, &e.Action, &e.ItemID, &e.Detail); err != nil {
				return err
			}
			if e.At, err = parseTime(at); err != nil {
				return err
			}
			entries = append(entries, e)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, 0, err
	}
	return entries, total, nil
}

// qAuditInsert adds an entry to the audit log.
const qAuditInsert = `INSERT INTO audit (at, actor, action, item_id, detail) VALUES (?, ?, ?, ?, ?)`

// audit writes the entry of a change in the change's transaction; detail
// is written as JSON.
func (s *Store) audit(ctx context.Context, tx *txn, actor User, action, itemID string, detail any) error {
	d, err := json.Marshal(detail)
	if err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, qAuditInsert,
		formatTime(s.clock()), actor.Login, action, itemID, string(d))
	return err
}
