package store

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"github.com/kotacerdas/smartcity/internal/i18n"
)

// CreateSession records a session of the account userID until expires,
// with its CSRF token. tokenHash is the SHA-256 (hex) of the session's
// random token: the token itself, which the cookie carries, is never
// stored, so that a copy of the database opens no session. Sessions
// expired by the store's clock are removed on the way.
func (s *Store) CreateSession(ctx context.Context, tokenHash string, userID int64, csrf string, expires time.Time) error {
	now := formatTime(s.clock())
	return s.inWrite(ctx, func(tx *txn) error {
		if _, err := tx.ExecContext(ctx, `DELETE FROM sessions WHERE expires_at <= ?`, now); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx,
			`INSERT INTO sessions (token_hash, user_id, csrf, expires_at, created_at) VALUES (?, ?, ?, ?, ?)`,
			tokenHash, userID, csrf, formatTime(expires), now)
		if constraint(err) {
			return i18n.Errorf(messagesID, "session: %w", ErrDuplicate)
		}
		if foreignKey(err) {
			return i18n.Errorf(messagesID, "account %d: %w", userID, ErrNotFound)
		}
		return err
	})
}

// qSession reads a session that has not expired and its account.
const qSession = `
SELECT u.id, u.login, u.name, u.role, u.unit, s.csrf
FROM sessions s JOIN users u ON u.id = s.user_id
WHERE s.token_hash = ? AND s.expires_at > ?`

// Session returns the account of the session whose token hashes to
// tokenHash and its CSRF token; ErrNotFound when there is no such session
// or it expired at or before now.
func (s *Store) Session(ctx context.Context, tokenHash string, now time.Time) (User, string, error) {
	var u User
	var csrf string
	err := s.queryRow(ctx, qSession, tokenHash, formatTime(now)).
		Scan(&u.ID, &u.Login, &u.Name, &u.Role, &u.Unit, &csrf)
	if errors.Is(err, sql.ErrNoRows) {
		return User{}, "", i18n.Errorf(messagesID, "session: %w", ErrNotFound)
	}
	if err != nil {
		return User{}, "", err
	}
	return u, csrf, nil
}

// DeleteSession ends the session whose token hashes to tokenHash; ending
// one that does not exist is not an error.
func (s *Store) DeleteSession(ctx context.Context, tokenHash string) error {
	return s.inWrite(ctx, func(tx *txn) error {
		_, err := tx.ExecContext(ctx, `DELETE FROM sessions WHERE token_hash = ?`, tokenHash)
		return err
	})
}
