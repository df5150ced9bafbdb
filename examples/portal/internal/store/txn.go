package store

import (
	"context"
	"database/sql"
	"errors"
)

// prepared holds a pool's prepared statements by their text. SQLite
// parses a statement in about the time it runs a small one, so the
// queries the portal runs on every request are prepared once, when the
// store opens, and every connection keeps its parsed copy.
type prepared map[string]*sql.Stmt

// prepare prepares every query of hot on db.
func prepare(ctx context.Context, db *sql.DB) (prepared, error) {
	p := prepared{}
	for _, q := range hot {
		st, err := db.PrepareContext(ctx, q)
		if err != nil {
			return nil, errors.Join(err, p.close())
		}
		p[q] = st
	}
	return p, nil
}

// close closes the statements.
func (p prepared) close() error {
	var errs []error
	for _, st := range p {
		errs = append(errs, st.Close())
	}
	return errors.Join(errs...)
}

// hot are the queries prepared when the store opens.
var hot = []string{
	qGeneration, qGenerationUp, qVersions, qItemVersion, qItemByID, qHistoryByID, qItemsAll, qHistoryAll, qMeta, qClaims, qOutside,
	qItemUpdate, qItemInsert, qHistoryInsert, qAuditInsert, qSession, qUserByLogin, qUserByID, qFile,
}

// txn is a transaction that runs the prepared queries as prepared and any
// other as given. Its methods are those of *sql.Tx.
type txn struct {
	tx    *sql.Tx
	stmts prepared
}

// ExecContext runs a statement that returns no rows.
func (t *txn) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	if st, ok := t.stmts[query]; ok {
		return t.tx.StmtContext(ctx, st).ExecContext(ctx, args...)
	}
	return t.tx.ExecContext(ctx, query, args...)
}

// QueryContext runs a query that returns rows.
func (t *txn) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	if st, ok := t.stmts[query]; ok {
		return t.tx.StmtContext(ctx, st).QueryContext(ctx, args...)
	}
	return t.tx.QueryContext(ctx, query, args...)
}

// QueryRowContext runs a query that returns at most one row.
func (t *txn) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	if st, ok := t.stmts[query]; ok {
		return t.tx.StmtContext(ctx, st).QueryRowContext(ctx, args...)
	}
	return t.tx.QueryRowContext(ctx, query, args...)
}

// queryRow runs a query of one row outside a transaction, on the read
// pool.
func (s *Store) queryRow(ctx context.Context, query string, args ...any) *sql.Row {
	if st, ok := s.readStmts[query]; ok {
		return st.QueryRowContext(ctx, args...)
	}
	return s.read.QueryRowContext(ctx, query, args...)
}
