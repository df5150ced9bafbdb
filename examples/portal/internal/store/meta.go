package store

import (
	"context"
	"database/sql"
	"errors"

	"github.com/kotacerdas/smartcity/internal/i18n"
	"github.com/kotacerdas/smartcity/spbe"
	"github.com/kotacerdas/smartcity/spbe/workspace"
)

// Meta is what the workspace says of itself: the fields of
// workspace.Workspace other than its claims, outside values and items.
type Meta struct {
	// Instansi is the government body, "Pemerintah Kabupaten Rembang".
	Instansi string
	// Year is the evaluation year.
	Year int
	// Framework is the framework's id; "" for the one of Year.
	Framework string
	// Target is the index or predikat worked toward; "" for none.
	Target string
	// Illustrative marks a workspace whose figures are made up.
	Illustrative bool
}

// metaOf returns the meta of w.
func metaOf(w *workspace.Workspace) Meta {
	return Meta{Instansi: w.Instansi, Year: w.Year, Framework: w.Framework, Target: w.Target, Illustrative: w.Illustrative}
}

// Meta returns the workspace's meta; ErrNotFound before any was set.
func (s *Store) Meta(ctx context.Context) (Meta, error) {
	var m Meta
	err := s.inRead(ctx, func(tx *txn) error {
		var err error
		m, err = readMeta(ctx, tx)
		return err
	})
	return m, err
}

// The queries of the workspace's meta, claims and outside values.
const (
	qMeta    = `SELECT instansi, year, framework, target, illustrative FROM meta WHERE id = 1`
	qClaims  = `SELECT indicator, level, note FROM claims ORDER BY seq, indicator`
	qOutside = `SELECT indicator, has_score, source, score, level FROM outside ORDER BY seq, indicator`
)

func readMeta(ctx context.Context, q *txn) (Meta, error) {
	var m Meta
	err := q.QueryRowContext(ctx, qMeta).
		Scan(&m.Instansi, &m.Year, &m.Framework, &m.Target, &m.Illustrative)
	if errors.Is(err, sql.ErrNoRows) {
		return Meta{}, i18n.Errorf(messagesID, "workspace: %w", ErrNotFound)
	}
	return m, err
}

// SetMeta sets the workspace's meta, with its audit entry.
func (s *Store) SetMeta(ctx context.Context, actor User, m Meta) error {
	return s.inWrite(ctx, func(tx *txn) error {
		before, err := readMeta(ctx, tx)
		if err != nil && !errors.Is(err, ErrNotFound) {
			return err
		}
		if err := writeMeta(ctx, tx, m); err != nil {
			return err
		}
		return s.audit(ctx, tx, actor, "meta", "", change[Meta]{Before: before, After: m})
	})
}

// change is the detail of an audit entry: a value before and after.
type change[T any] struct {
	Before T `json:"before"`
	After  T `json:"after"`
}

func writeMeta(ctx context.Context, tx *txn, m Meta) error {
	_, err := tx.ExecContext(ctx, `
INSERT INTO meta (id, instansi, year, framework, target, illustrative) VALUES (1, ?, ?, ?, ?, ?)
ON CONFLICT (id) DO UPDATE SET instansi = excluded.instansi, year = excluded.year,
	framework = excluded.framework, target = excluded.target, illustrative = excluded.illustrative`,
		m.Instansi, m.Year, m.Framework, m.Target, boolInt(m.Illustrative))
	return err
}

// SetClaim sets the level the units claim for c.Indicator, with its audit
// entry; a claim of spbe.Unanswered removes the claim.
func (s *Store) SetClaim(ctx context.Context, actor User, c workspace.Claim) error {
	return s.inWrite(ctx, func(tx *txn) error {
		if err := writeClaim(ctx, tx, c); err != nil {
			return err
		}
		return s.audit(ctx, tx, actor, "claim", "", c)
	})
}

func writeClaim(ctx context.Context, tx *txn, c workspace.Claim) error {
	if c.Level == spbe.Unanswered {
		_, err := tx.ExecContext(ctx, `DELETE FROM claims WHERE indicator = ?`, c.Indicator)
		return err
	}
	_, err := tx.ExecContext(ctx, `
INSERT INTO claims (indicator, seq, level, note) VALUES (?, (SELECT coalesce(max(seq), 0) + 1 FROM claims), ?, ?)
ON CONFLICT (indicator) DO UPDATE SET level = excluded.level, note = excluded.note`,
		c.Indicator, int(c.Level), c.Note)
	return err
}

// SetOutside sets the outside value of o.Indicator, with its audit entry;
// a value with neither a score nor a level removes it.
func (s *Store) SetOutside(ctx context.Context, actor User, o workspace.Outside) error {
	return s.inWrite(ctx, func(tx *txn) error {
		if err := writeOutside(ctx, tx, o); err != nil {
			return err
		}
		return s.audit(ctx, tx, actor, "outside", "", o)
	})
}

func writeOutside(ctx context.Context, tx *txn, o workspace.Outside) error {
	if o.Score == nil && o.Level == spbe.Unanswered {
		_, err := tx.ExecContext(ctx, `DELETE FROM outside WHERE indicator = ?`, o.Indicator)
		return err
	}
	var sc spbe.ExternalScore
	if o.Score != nil {
		sc = *o.Score
	}
	_, err := tx.ExecContext(ctx, `
INSERT INTO outside (indicator, seq, has_score, source, score, level) VALUES (?, (SELECT coalesce(max(seq), 0) + 1 FROM outside), ?, ?, ?, ?)
ON CONFLICT (indicator) DO UPDATE SET has_score = excluded.has_score, source = excluded.source,
	score = excluded.score, level = excluded.level`,
		o.Indicator, boolInt(o.Score != nil), sc.Source, sc.Score, int(o.Level))
	return err
}

// readClaims returns the claims in the order they were first set.
func readClaims(ctx context.Context, q *txn) ([]workspace.Claim, error) {
	rows, err := q.QueryContext(ctx, qClaims)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var cs []workspace.Claim
	for rows.Next() {
		var c workspace.Claim
		if err := rows.Scan(&c.Indicator, &c.Level, &c.Note); err != nil {
			return nil, err
		}
		cs = append(cs, c)
	}
	return cs, rows.Err()
}

// readOutside returns the outside values in the order they were first set.
func readOutside(ctx context.Context, q *txn) ([]workspace.Outside, error) {
	rows, err := q.QueryContext(ctx, qOutside)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var os []workspace.Outside
	for rows.Next() {
		var o workspace.Outside
		var has bool
		var sc spbe.ExternalScore
		if err := rows.Scan(&o.Indicator, &has, &sc.Source, &sc.Score, &o.Level); err != nil {
			return nil, err
		}
		if has {
			o.Score = &sc
		}
		os = append(os, o)
	}
	return os, rows.Err()
}
