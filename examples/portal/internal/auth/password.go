package auth

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"

	"golang.org/x/crypto/argon2"
)

// Params are argon2id's cost parameters.
type Params struct {
	// Memory is in KiB, Time the number of passes, Threads the lanes.
	Memory  uint32
	Time    uint32
	Threads uint8
}

// DefaultParams returns the parameters of new hashes: 64 MiB, one pass,
// four lanes, RFC 9106's second recommended option.
func DefaultParams() Params { return Params{Memory: 64 * 1024, Time: 1, Threads: 4} }

// FastParams returns parameters for tests and demonstrations only: 64 KiB
// and one pass, fast and weak.
func FastParams() Params { return Params{Memory: 64, Time: 1, Threads: 1} }

// ErrHash: an encoded hash that is not one Hash writes.
var ErrHash = errors.New("auth: not an argon2id hash")

const (
	saltLen = 16
	keyLen  = 32
)

// Longest password checked: argon2 takes any length, but hashing megabytes
// sent as a password is work an attacker should not get for free.
const maxPassword = 1024

// Hash returns the argon2id hash of password with a random salt, encoded
// with its parameters as "$argon2id$v=19$m=65536,t=1,p=4$salt$key".
func Hash(password string, p Params) (string, error) {
	if len(password) > maxPassword {
		return "", errors.New("auth: password too long")
	}
	salt := make([]byte, saltLen)
	if _, err := rand.Read(salt); err != nil {
		return "", err
	}
	key := argon2.IDKey([]byte(password), salt, p.Time, p.Memory, p.Threads, keyLen)
	b64 := base64.RawStdEncoding
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s",
		argon2.Version, p.Memory, p.Time, p.Threads, b64.EncodeToString(salt), b64.EncodeToString(key)), nil
}

// Verify reports whether password hashes to encoded, comparing in constant
// time. The error is ErrHash for an encoded hash it cannot read.
func Verify(encoded, password string) (bool, error) {
	p, salt, key, err := decode(encoded)
	if err != nil {
		return false, err
	}
	if len(password) > maxPassword {
		return false, nil
	}
	got := argon2.IDKey([]byte(password), salt, p.Time, p.Memory, p.Threads, uint32(len(key)))
	return subtle.ConstantTimeCompare(got, key) == 1, nil
}

// decode reads a hash Hash wrote, bounding the parameters so that a hash
// planted in the database cannot make a login take minutes or gigabytes.
func decode(encoded string) (Params, []byte, []byte, error) {
	parts := strings.Split(encoded, "$")
	if len(parts) != 6 || parts[0] != "" || parts[1] != "argon2id" || parts[2] != fmt.Sprintf("v=%d", argon2.Version) {
		return Params{}, nil, nil, ErrHash
	}
	var p Params
	if n, err := fmt.Sscanf(parts[3], "m=%d,t=%d,p=%d", &p.Memory, &p.Time, &p.Threads); err != nil || n != 3 {
		return Params{}, nil, nil, ErrHash
	}
	if p.Memory < 8 || p.Memory > 256*1024 || p.Time < 1 || p.Time > 8 || p.Threads < 1 {
		return Params{}, nil, nil, ErrHash
	}
	b64 := base64.RawStdEncoding
	salt, err := b64.DecodeString(parts[4])
	if err != nil || len(salt) < 8 {
		return Params{}, nil, nil, ErrHash
	}
	key, err := b64.DecodeString(parts[5])
	if err != nil || len(key) < 16 || len(key) > 64 {
		return Params{}, nil, nil, ErrHash
	}
	return p, salt, key, nil
}
