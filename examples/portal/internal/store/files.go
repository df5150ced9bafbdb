package store

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"github.com/kotacerdas/smartcity/internal/i18n"
)

// FileInfo is the record of an uploaded file, whose bytes the portal keeps
// on disk under its SHA-256.
type FileInfo struct {
	// SHA256 is the file's digest, 64 lowercase hexadecimal digits.
	SHA256 string
	// Name is the file's name as uploaded (sanitised by the caller).
	Name string
	// MediaType is the type sniffed from its bytes, "application/pdf".
	MediaType string
	// Size is its length in bytes.
	Size int64
	// By is the login of the account that first uploaded it.
	By string
	// At is when it was first uploaded, by the store's clock.
	At time.Time
}

// IsSHA256 reports whether h is 64 lowercase hexadecimal digits: a digest
// the store records, and the only name a stored file has.
func IsSHA256(h string) bool {
	if len(h) != 64 {
		return false
	}
	for _, r := range h {
		if (r < '0' || r > '9') && (r < 'a' || r > 'f') {
			return false
		}
	}
	return true
}

// RecordFile records an uploaded file. A file already recorded under the
// same digest keeps its first record: the bytes are the same. It refuses
// a digest that is not 64 lowercase hexadecimal digits (ErrInvalid).
func (s *Store) RecordFile(ctx context.Context, sha256hex, name, mediaType string, size int64, by User) error {
	if !IsSHA256(sha256hex) {
		return i18n.Errorf(messagesID, "%w: SHA-256 %q", ErrInvalid, sha256hex)
	}
	return s.inWrite(ctx, func(tx *txn) error {
		_, err := tx.ExecContext(ctx, `
INSERT INTO files (sha256, name, media_type, size, uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?)
ON CONFLICT (sha256) DO NOTHING`, sha256hex, name, mediaType, size, by.Login, formatTime(s.clock()))
		return err
	})
}

// qFile reads the record of a file.
const qFile = `SELECT sha256, name, media_type, size, uploaded_by, uploaded_at FROM files WHERE sha256 = ?`

// File returns the record of the file whose digest is sha256hex;
// ErrNotFound when there is none.
func (s *Store) File(ctx context.Context, sha256hex string) (FileInfo, error) {
	var f FileInfo
	var at string
	err := s.queryRow(ctx, qFile, sha256hex).
		Scan(&f.SHA256, &f.Name, &f.MediaType, &f.Size, &f.By, &at)
	if errors.Is(err, sql.ErrNoRows) {
		return FileInfo{}, i18n.Errorf(messagesID, "file %s: %w", sha256hex, ErrNotFound)
	}
	if err != nil {
		return FileInfo{}, err
	}
	f.At, err = parseTime(at)
	return f, err
}
