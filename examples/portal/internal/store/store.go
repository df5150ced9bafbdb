package store

import (
	"context"
	"database/sql"
	"errors"
	"io/fs"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/kotacerdas/smartcity/internal/i18n"
)

// Store is the portal's database: one SQLite file. It is safe for
// concurrent use.
type Store struct {
	write      *sql.DB // one connection: the writers of the process queue on it
	read       *sql.DB // a pool for reads, which WAL lets run beside a writer
	writeStmts prepared
	readStmts  prepared
	now        func() time.Time
	cache      cache // the workspace as last read
}

// Options change how Open opens the store. The zero Options are the
// defaults.
type Options struct {
	// Now is the clock of the audit log, the sessions and the uploads;
	// time.Now when nil. Tests set it.
	Now func() time.Time
	// Readers is the most connections reads use at once; 4 when 0.
	Readers int
}

// busyTimeout is how long, in milliseconds, a connection waits for a lock
// held by another process (a backup, the sqlite3 shell) before it fails.
const busyTimeout = 10_000

// Open opens the database at path with the default Options, creating the
// file and its schema on first start.
func Open(ctx context.Context, path string) (*Store, error) {
	return OpenWith(ctx, path, Options{})
}

// OpenWith opens the database at path, creating the file (readable by its
// owner only) and its schema on first start and migrating an older schema
// to this program's. It refuses
// a database whose schema is newer than the program's.
func OpenWith(ctx context.Context, path string, o Options) (*Store, error) {
	if path == "" || strings.ContainsAny(path, "?#") {
		return nil, i18n.Errorf(messagesID, "%w: database path %q", ErrInvalid, path)
	}
	pragmas := url.Values{"_pragma": {
		"busy_timeout(" + strconv.Itoa(busyTimeout) + ")",
		"journal_mode(WAL)",
		"synchronous(FULL)",
		"foreign_keys(ON)",
	}}
	// The file holds password hashes: only its owner reads it, and SQLite
	// gives its journal the same permissions.
	if f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600); err == nil {
		if err := f.Close(); err != nil {
			return nil, err
		}
	} else if !errors.Is(err, fs.ErrExist) {
		return nil, err
	}
	s := &Store{now: o.Now}
	if s.now == nil {
		s.now = time.Now
	}
	var err error
	// Every write transaction begins IMMEDIATE: it takes the write lock at
	// once, so that a transaction that reads and then writes never fails
	// half-way because another process wrote in between.
	w := url.Values{"_txlock": {"immediate"}}
	for k, v := range pragmas {
		w[k] = v
	}
	if s.write, err = sql.Open("sqlite", path+"?"+w.Encode()); err != nil {
		return nil, err
	}
	s.write.SetMaxOpenConns(1)
	s.write.SetConnMaxIdleTime(0)
	if err := migrate(ctx, s.write); err != nil {
		s.write.Close()
		return nil, err
	}
	r := url.Values{"_pragma": append(pragmas["_pragma"], "query_only(1)")}
	if s.read, err = sql.Open("sqlite", path+"?"+r.Encode()); err != nil {
		s.write.Close()
		return nil, err
	}
	readers := o.Readers
	if readers <= 0 {
		readers = 4
	}
	s.read.SetMaxOpenConns(readers)
	s.read.SetMaxIdleConns(readers)
	if s.writeStmts, err = prepare(ctx, s.write); err == nil {
		s.readStmts, err = prepare(ctx, s.read)
	}
	if err != nil {
		return nil, errors.Join(err, s.Close())
	}
	return s, nil
}

// Close closes the database.
func (s *Store) Close() error {
	return errors.Join(s.readStmts.close(), s.writeStmts.close(), s.read.Close(), s.write.Close())
}

// clock returns the store's time now, in UTC.
func (s *Store) clock() time.Time { return s.now().UTC() }

// inWrite runs f in one write transaction and commits it when f returns
// nil, raising the generation. A transaction that fails because the database is busy (another
// process held the lock past busyTimeout) is tried again, up to three
// times in all.
func (s *Store) inWrite(ctx context.Context, f func(tx *txn) error) error {
	var err error
	for range 3 {
		err = s.tryWrite(ctx, f)
		if !busy(err) {
			return err
		}
	}
	return err
}

func (s *Store) tryWrite(ctx context.Context, f func(tx *txn) error) error {
	tx, err := s.write.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	t := &txn{tx: tx, stmts: s.writeStmts}
	err = f(t)
	if err == nil {
		_, err = t.ExecContext(ctx, qGenerationUp)
	}
	if err != nil {
		if rb := rollback(tx); rb != nil {
			return errors.Join(err, rb)
		}
		return err
	}
	return tx.Commit()
}

// inRead runs f in one read transaction, which sees one state of the
// database however long it reads.
func (s *Store) inRead(ctx context.Context, f func(tx *txn) error) error {
	tx, err := s.read.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return err
	}
	defer tx.Rollback()
	return f(&txn{tx: tx, stmts: s.readStmts})
}

// rollback rolls tx back; a transaction already ended is not an error.
func rollback(tx *sql.Tx) error {
	if err := tx.Rollback(); err != nil && !errors.Is(err, sql.ErrTxDone) {
		return err
	}
	return nil
}

// busy reports whether err is SQLite's "database is locked" or "database
// table is locked".
func busy(err error) bool {
	var e *sqlite.Error
	if !errors.As(err, &e) {
		return false
	}
	switch e.Code() & 0xff {
	case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
		return true
	}
	return false
}

// constraint reports whether err is a violated UNIQUE or PRIMARY KEY
// constraint.
func constraint(err error) bool {
	var e *sqlite.Error
	if !errors.As(err, &e) {
		return false
	}
	return e.Code() == sqlite3.SQLITE_CONSTRAINT_UNIQUE || e.Code() == sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY
}

// foreignKey reports whether err is a violated foreign key.
func foreignKey(err error) bool {
	var e *sqlite.Error
	return errors.As(err, &e) && e.Code() == sqlite3.SQLITE_CONSTRAINT_FOREIGNKEY
}
