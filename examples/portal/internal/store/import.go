package store

import (
	"context"
	"reflect"

	"github.com/kotacerdas/smartcity/internal/i18n"
	"github.com/kotacerdas/smartcity/spbe/workspace"
)

// ImportSummary says what an Import did to the items.
type ImportSummary struct {
	// Added are the items that were new, at version 1.
	Added int `json:"added"`
	// Updated are the items that differed, whose version rose by one.
	Updated int `json:"updated"`
	// Unchanged are the items that were kept as they were.
	Unchanged int `json:"unchanged"`
}

// Import writes w into the store in one transaction with one audit entry
// (action "import"): w's meta replaces the workspace's (a caller that
// imports items alone fills w's meta from Meta first); its claims and
// outside values replace those of the same indicators; its items are
// added, or replace the item of the same id, whose version then rises by
// one unless it is unchanged. Items w does not name are kept. The items
// of w are kept in w's order, before the items it does not name. It
// refuses, writing nothing, an item id that w repeats (ErrDuplicate) or
// that is not allowed (ErrInvalid).
func (s *Store) Import(ctx context.Context, actor User, w *workspace.Workspace) (ImportSummary, error) {
	items := make([]workspace.Item, len(w.Items))
	seen := make(map[string]bool, len(w.Items))
	for k, it := range w.Items {
		items[k] = normalize(it)
		if err := checkItem(&items[k]); err != nil {
			return ImportSummary{}, err
		}
		if seen[it.ID] {
			return ImportSummary{}, i18n.Errorf(messagesID, "item %s: %w", it.ID, ErrDuplicate)
		}
		seen[it.ID] = true
	}
	var sum ImportSummary
	err := s.inWrite(ctx, func(tx *txn) error {
		sum = ImportSummary{}
		if err := writeMeta(ctx, tx, metaOf(w)); err != nil {
			return err
		}
		for _, c := range w.Claims {
			if err := writeClaim(ctx, tx, c); err != nil {
				return err
			}
		}
		for _, o := range w.Outside {
			if err := writeOutside(ctx, tx, o); err != nil {
				return err
			}
		}
		have, err := readItems(ctx, tx, "")
		if err != nil {
			return err
		}
		old := make(map[string]Versioned, len(have))
		for _, v := range have {
			old[v.Item.ID] = v
		}
		// The imported items come first, in w's order; the others keep
		// their order after them.
		if _, err := tx.ExecContext(ctx, `UPDATE items SET seq = seq + ?`, len(items)); err != nil {
			return err
		}
		for k := range items {
			it := &items[k]
			seq := int64(k + 1)
			v, ok := old[it.ID]
			switch {
			case !ok:
				sum.Added++
				err = insertItem(ctx, tx, it, seq)
			case reflect.DeepEqual(v.Item, *it):
				sum.Unchanged++
				_, err = tx.ExecContext(ctx, `UPDATE items SET seq = ? WHERE id = ?`, seq, it.ID)
			default:
				sum.Updated++
				if err = updateItem(ctx, tx, it, v.Item.History, v.Version+1); err == nil {
					_, err = tx.ExecContext(ctx, `UPDATE items SET seq = ? WHERE id = ?`, seq, it.ID)
				}
			}
			if err != nil {
				return err
			}
		}
		return s.audit(ctx, tx, actor, "import", "", struct {
			Meta Meta `json:"meta"`
			ImportSummary
		}{metaOf(w), sum})
	})
	if err != nil {
		return ImportSummary{}, err
	}
	return sum, nil
}
