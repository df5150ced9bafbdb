package store

import (
	"context"
	"database/sql"
	"errors"

	"github.com/kotacerdas/smartcity/internal/i18n"
)

// migrations are the schema's steps: migrations[n-1] takes the database
// from schema n-1 to schema n. A step, once released, is never edited; a
// change of the schema is a new step at the end.
var migrations = []string{
	// 1: accounts, sessions, the workspace, the audit log and the files.
	`
CREATE TABLE users (
	id            INTEGER PRIMARY KEY,
	login         TEXT NOT NULL UNIQUE,
	name          TEXT NOT NULL,
	role          TEXT NOT NULL CHECK (role IN ('koordinator', 'pelaksana', 'asesor')),
	unit          TEXT NOT NULL,
	password_hash TEXT NOT NULL,
	created_at    TEXT NOT NULL
);
CREATE TABLE sessions (
	token_hash TEXT PRIMARY KEY,
	user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
	csrf       TEXT NOT NULL,
	expires_at TEXT NOT NULL,
	created_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX sessions_expiry ON sessions(expires_at);
CREATE TABLE meta (
	id           INTEGER PRIMARY KEY CHECK (id = 1),
	instansi     TEXT NOT NULL,
	year         INTEGER NOT NULL,
	framework    TEXT NOT NULL,
	target       TEXT NOT NULL,
	illustrative INTEGER NOT NULL
);
CREATE TABLE claims (
	indicator INTEGER PRIMARY KEY,
	seq       INTEGER NOT NULL,
	level     INTEGER NOT NULL,
	note      TEXT NOT NULL
);
CREATE TABLE outside (
	indicator INTEGER PRIMARY KEY,
	seq       INTEGER NOT NULL,
	has_score INTEGER NOT NULL,
	source    TEXT NOT NULL,
	score     TEXT NOT NULL,
	level     INTEGER NOT NULL
);
CREATE TABLE items (
	id          TEXT PRIMARY KEY,
	seq         INTEGER NOT NULL,
	version     INTEGER NOT NULL,
	indicator   INTEGER NOT NULL,
	level       INTEGER NOT NULL,
	no          INTEGER NOT NULL,
	title       TEXT NOT NULL,
	output      TEXT NOT NULL,
	responsible TEXT NOT NULL,
	unit        TEXT NOT NULL,
	due         TEXT NOT NULL,
	main        INTEGER NOT NULL,
	has_doc     INTEGER NOT NULL,
	doc_title   TEXT NOT NULL,
	doc_url     TEXT NOT NULL,
	doc_file    TEXT NOT NULL,
	doc_sha256  TEXT NOT NULL,
	status      TEXT NOT NULL,
	revision    TEXT NOT NULL,
	reason      TEXT NOT NULL
);
CREATE INDEX items_order ON items(seq, id);
CREATE INDEX items_unit ON items(unit);
CREATE INDEX items_indicator ON items(indicator);
CREATE TABLE history (
	item_id     TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
	n           INTEGER NOT NULL,
	at          TEXT NOT NULL,
	by          TEXT NOT NULL,
	from_status TEXT NOT NULL,
	to_status   TEXT NOT NULL,
	revision    TEXT NOT NULL,
	reason      TEXT NOT NULL,
	PRIMARY KEY (item_id, n)
) WITHOUT ROWID;
CREATE TABLE audit (
	id      INTEGER PRIMARY KEY AUTOINCREMENT,
	at      TEXT NOT NULL,
	actor   TEXT NOT NULL,
	action  TEXT NOT NULL,
	item_id TEXT NOT NULL,
	detail  TEXT NOT NULL
);
CREATE INDEX audit_item ON audit(item_id, id);
CREATE TABLE files (
	sha256      TEXT PRIMARY KEY,
	name        TEXT NOT NULL,
	media_type  TEXT NOT NULL,
	size        INTEGER NOT NULL,
	uploaded_by TEXT NOT NULL,
	uploaded_at TEXT NOT NULL
) WITHOUT ROWID;
`,
	// 2: the generation, which every write raises, so that a reader knows
	// whether what it read before is still what the file holds.
	`
CREATE TABLE generation (n INTEGER NOT NULL);
INSERT INTO generation (n) VALUES (0);
`,
}

// SchemaVersion is the schema this program writes: the number of its
// migrations.
func SchemaVersion() int { return len(migrations) }

// migrate brings the database to the program's schema in one transaction,
// creating it on first start.
func migrate(ctx context.Context, db *sql.DB) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	err = migrateTx(ctx, tx)
	if err != nil {
		if rb := rollback(tx); rb != nil {
			return errors.Join(err, rb)
		}
		return err
	}
	return tx.Commit()
}

func migrateTx(ctx context.Context, tx *sql.Tx) error {
	if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)`); err != nil {
		return err
	}
	var have int
	err := tx.QueryRowContext(ctx, `SELECT version FROM schema_version`).Scan(&have)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		if _, err := tx.ExecContext(ctx, `INSERT INTO schema_version (version) VALUES (0)`); err != nil {
			return err
		}
	case err != nil:
		return err
	}
	if have > len(migrations) {
		return i18n.Errorf(messagesID, "%w: the database has schema %d, newer than this program's %d", ErrInvalid, have, len(migrations))
	}
	for n := have + 1; n <= len(migrations); n++ {
		if _, err := tx.ExecContext(ctx, migrations[n-1]); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE schema_version SET version = ?`, n); err != nil {
			return err
		}
	}
	return nil
}
