package store

import (
	"context"
	"database/sql"
	"errors"
	"strings"

	"github.com/kotacerdas/smartcity/internal/i18n"
)

// Role is what an account may do in the portal.
type Role string

// The portal's roles.
const (
	// Koordinator may do everything: accounts, targets, imports.
	Koordinator Role = "koordinator"
	// Pelaksana works on its own unit's items and uploads their
	// documents.
	Pelaksana Role = "pelaksana"
	// Asesor is the internal assessor: accepts items or sends them back.
	Asesor Role = "asesor"
)

// IsValid reports whether r is one of the portal's roles.
func (r Role) IsValid() bool {
	return r == Koordinator || r == Pelaksana || r == Asesor
}

// User is an account of the portal.
type User struct {
	// ID is the account's number, given by CreateUser.
	ID int64
	// Login is the name the account signs in with, unique.
	Login string
	// Name is the person's name as pages show it.
	Name string
	// Role is what the account may do.
	Role Role
	// Unit is a pelaksana's unit (Unit Kerja), "" for other roles.
	Unit string
}

// check refuses an account the store cannot keep.
func (u User) check() error {
	switch {
	case strings.TrimSpace(u.Login) == "":
		return i18n.Errorf(messagesID, "%w: an account needs a login", ErrInvalid)
	case !u.Role.IsValid():
		return i18n.Errorf(messagesID, "%w: role %q", ErrInvalid, string(u.Role))
	case u.Role == Pelaksana && strings.TrimSpace(u.Unit) == "":
		return i18n.Errorf(messagesID, "%w: a pelaksana needs a unit", ErrInvalid)
	case u.Role != Pelaksana && u.Unit != "":
		return i18n.Errorf(messagesID, "%w: only a pelaksana has a unit", ErrInvalid)
	}
	return nil
}

// CreateUser adds an account with the password hash the caller made (the
// store keeps it opaque) and returns it with its ID. It refuses a login
// already taken (ErrDuplicate) and an account without a login, with an
// unknown role, or a pelaksana without a unit (ErrInvalid).
func (s *Store) CreateUser(ctx context.Context, u User, passwordHash string) (User, error) {
	if err := u.check(); err != nil {
		return User{}, err
	}
	err := s.inWrite(ctx, func(tx *txn) error {
		res, err := tx.ExecContext(ctx,
			`INSERT INTO users (login, name, role, unit, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)`,
			u.Login, u.Name, string(u.Role), u.Unit, passwordHash, formatTime(s.clock()))
		if constraint(err) {
			return i18n.Errorf(messagesID, "account %s: %w", u.Login, ErrDuplicate)
		}
		if err != nil {
			return err
		}
		u.ID, err = res.LastInsertId()
		return err
	})
	if err != nil {
		return User{}, err
	}
	return u, nil
}

// The queries of one account.
const (
	qUserByLogin = `SELECT id, login, name, role, unit, password_hash FROM users WHERE login = ?`
	qUserByID    = `SELECT id, login, name, role, unit FROM users WHERE id = ?`
)

// UserByLogin returns the account that signs in as login and its password
// hash; ErrNotFound when there is none.
func (s *Store) UserByLogin(ctx context.Context, login string) (User, string, error) {
	var u User
	var hash string
	err := s.queryRow(ctx, qUserByLogin, login).
		Scan(&u.ID, &u.Login, &u.Name, &u.Role, &u.Unit, &hash)
	if errors.Is(err, sql.ErrNoRows) {
		return User{}, "", i18n.Errorf(messagesID, "account %s: %w", login, ErrNotFound)
	}
	if err != nil {
		return User{}, "", err
	}
	return u, hash, nil
}

// UserByID returns the account numbered id; ErrNotFound when there is none.
func (s *Store) UserByID(ctx context.Context, id int64) (User, error) {
	var u User
	err := s.queryRow(ctx, qUserByID, id).
		Scan(&u.ID, &u.Login, &u.Name, &u.Role, &u.Unit)
	if errors.Is(err, sql.ErrNoRows) {
		return User{}, i18n.Errorf(messagesID, "account %d: %w", id, ErrNotFound)
	}
	return u, err
}

// Users returns every account, by login.
func (s *Store) Users(ctx context.Context) ([]User, error) {
	rows, err := s.read.QueryContext(ctx, `SELECT id, login, name, role, unit FROM users ORDER BY login`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var us []User
	for rows.Next() {
		var u User
		if err := rows.Scan(&u.ID, &u.Login, &u.Name, &u.Role, &u.Unit); err != nil {
			return nil, err
		}
		us = append(us, u)
	}
	return us, rows.Err()
}
