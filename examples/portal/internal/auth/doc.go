// Package auth holds the portal's secrets: passwords hashed with argon2id,
// the random tokens of sessions and forms, and the backoff that bounds how
// fast a login can be guessed.
//
// A password is never stored, only its argon2id hash with a random salt and
// the parameters it was made with, so that a later program with stronger
// parameters still checks an older hash. A session's token travels in the
// cookie and only its SHA-256 is stored, so that a copy of the database
// opens no session.
package auth
