package store

import (
	"context"
	"database/sql"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
)

func TestSchemaCreatedAndReopened(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "portal.db")
	s, err := Open(ctx, path)
	require.NoError(t, err)
	u, err := s.CreateUser(ctx, koordinator, "hash")
	require.NoError(t, err)
	var version int
	require.NoError(t, s.read.QueryRowContext(ctx, `SELECT version FROM schema_version`).Scan(&version))
	assert.Equal(t, SchemaVersion(), version)
	var mode string
	require.NoError(t, s.read.QueryRowContext(ctx, `PRAGMA journal_mode`).Scan(&mode))
	assert.Equal(t, "wal", mode)
	for _, name := range []string{path, path + "-wal"} {
		info, err := os.Stat(name)
		require.NoError(t, err)
		assert.Equal(t, fs.FileMode(0o600), info.Mode().Perm(), "%s holds password hashes", filepath.Base(name))
	}
	require.NoError(t, s.Close())

	s, err = Open(ctx, path)
	require.NoError(t, err)
	got, err := s.UserByID(ctx, u.ID)
	require.NoError(t, err)
	assert.Equal(t, u, got)
	var sync, fk int
	require.NoError(t, s.read.QueryRowContext(ctx, `PRAGMA synchronous`).Scan(&sync))
	require.NoError(t, s.read.QueryRowContext(ctx, `PRAGMA foreign_keys`).Scan(&fk))
	assert.Equal(t, 2, sync, "synchronous=FULL")
	assert.Equal(t, 1, fk)
	// A database of a later program is refused rather than misread.
	_, err = s.write.ExecContext(ctx, `UPDATE schema_version SET version = ?`, SchemaVersion()+1)
	require.NoError(t, err)
	require.NoError(t, s.Close())
	_, err = Open(ctx, path)
	assert.ErrorIs(t, err, ErrInvalid)
}

func TestOpenRefusesAQueryInThePath(t *testing.T) {
	_, err := Open(context.Background(), filepath.Join(t.TempDir(), "x.db?mode=memory"))
	assert.ErrorIs(t, err, ErrInvalid)
}

func TestUsers(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	var made []User
	for _, u := range []User{pelaksana, koordinator, asesor} {
		got, err := s.CreateUser(ctx, u, "$argon2id$"+u.Login)
		require.NoError(t, err)
		assert.NotZero(t, got.ID)
		u.ID = got.ID
		assert.Equal(t, u, got)
		made = append(made, got)
	}
	_, err := s.CreateUser(ctx, asesor, "x")
	assert.ErrorIs(t, err, ErrDuplicate)
	for _, bad := range []User{
		{Login: "", Role: Asesor},
		{Login: "x", Role: "admin"},
		{Login: "x", Role: Pelaksana},
		{Login: "x", Role: Asesor, Unit: "Bappeda"},
	} {
		_, err := s.CreateUser(ctx, bad, "x")
		assert.ErrorIs(t, err, ErrInvalid, "%+v", bad)
	}

	u, hash, err := s.UserByLogin(ctx, "pelaksana.diskominfo")
	require.NoError(t, err)
	assert.Equal(t, made[0], u)
	assert.Equal(t, "$argon2id$pelaksana.diskominfo", hash)
	_, _, err = s.UserByLogin(ctx, "tamu")
	assert.ErrorIs(t, err, ErrNotFound)
	_, err = s.UserByID(ctx, 999)
	assert.ErrorIs(t, err, ErrNotFound)

	all, err := s.Users(ctx)
	require.NoError(t, err)
	assert.Equal(t, []User{made[2], made[1], made[0]}, all, "by login")
}

func TestSessions(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	u, err := s.CreateUser(ctx, asesor, "x")
	require.NoError(t, err)
	now := time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC)
	require.NoError(t, s.CreateSession(ctx, "hash-a", u.ID, "csrf-a", now.Add(time.Hour)))
	assert.ErrorIs(t, s.CreateSession(ctx, "hash-a", u.ID, "csrf", now.Add(time.Hour)), ErrDuplicate)
	assert.ErrorIs(t, s.CreateSession(ctx, "hash-b", 999, "csrf", now.Add(time.Hour)), ErrNotFound)

	got, csrf, err := s.Session(ctx, "hash-a", now)
	require.NoError(t, err)
	assert.Equal(t, u, got)
	assert.Equal(t, "csrf-a", csrf)
	// One nanosecond before the end the session holds; at the end it does not.
	_, _, err = s.Session(ctx, "hash-a", now.Add(time.Hour-1))
	assert.NoError(t, err)
	_, _, err = s.Session(ctx, "hash-a", now.Add(time.Hour))
	assert.ErrorIs(t, err, ErrNotFound)
	_, _, err = s.Session(ctx, "hash-z", now)
	assert.ErrorIs(t, err, ErrNotFound)

	require.NoError(t, s.DeleteSession(ctx, "hash-a"))
	_, _, err = s.Session(ctx, "hash-a", now)
	assert.ErrorIs(t, err, ErrNotFound)
	require.NoError(t, s.DeleteSession(ctx, "hash-a"), "ending an ended session")

	// A session created later clears the expired ones.
	require.NoError(t, s.CreateSession(ctx, "old", u.ID, "c", time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)))
	require.NoError(t, s.CreateSession(ctx, "new", u.ID, "c", now.Add(time.Hour)))
	var n int
	require.NoError(t, s.read.QueryRowContext(ctx, `SELECT count(*) FROM sessions WHERE token_hash = 'old'`).Scan(&n))
	assert.Zero(t, n)
}

func TestMeta(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	_, err := s.Meta(ctx)
	assert.ErrorIs(t, err, ErrNotFound)
	m := Meta{Instansi: "Pemerintah Kabupaten Rembang", Year: 2026, Framework: "permenpanrb-8-2026", Target: "3.00", Illustrative: true}
	require.NoError(t, s.SetMeta(ctx, koordinator, m))
	got, err := s.Meta(ctx)
	require.NoError(t, err)
	assert.Equal(t, m, got)
	m.Target = "Baik"
	require.NoError(t, s.SetMeta(ctx, koordinator, m))
	entries, total, err := s.Audit(ctx, 0, 0, "")
	require.NoError(t, err)
	assert.Equal(t, 2, total)
	assert.Equal(t, "meta", entries[0].Action)
	assert.Equal(t, "koordinator", entries[0].Actor)
	assert.Contains(t, entries[0].Detail, `"Target":"3.00"`)
	assert.Contains(t, entries[0].Detail, `"Target":"Baik"`)
}

// The errors say themselves in Indonesian by default and in English.
func TestErrorMessages(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	_, err := s.Item(ctx, "i1.l1")
	assert.Equal(t, "butir i1.l1: tidak ditemukan", smartcity.ErrorMessage(err, smartcity.Indonesian))
	assert.Equal(t, "item i1.l1: not found", smartcity.ErrorMessage(err, smartcity.English))
	conflict := errors.Join(ErrConflict)
	assert.Contains(t, smartcity.ErrorMessage(conflict, 0), "telah diubah orang lain")
}

// integrity runs SQLite's own check of the file.
func integrity(t testing.TB, db *sql.DB) {
	t.Helper()
	var res string
	require.NoError(t, db.QueryRow(`PRAGMA integrity_check`).Scan(&res))
	assert.Equal(t, "ok", res)
}
