package smartcity

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// said is an error that says itself, as the library's errors do.
type said struct{ en, id string }

func (e *said) Error() string { return e.en }

func (e *said) Message(lang Lang) string {
	if lang == English {
		return e.en
	}
	return e.id
}

// refused wraps an error without repeating its text.
type refused struct{ err error }

func (e *refused) Error() string { return "refused" }

func (e *refused) Unwrap() error { return e.err }

func TestErrorMessage(t *testing.T) {
	invalid := &said{"invalid", "tidak sah"}
	malformed := &said{"malformed input", "masukan rusak"}
	tests := []struct {
		name string
		err  error
		id   string
	}{
		{"nil", nil, ""},
		{"an error that says itself", invalid, "tidak sah"},
		{"an error that does not", errors.New("disk full"), "disk full"},
		{"a prefix", fmt.Errorf("rembang.json: %w", invalid), "rembang.json: tidak sah"},
		{"prefixes", fmt.Errorf("a: %w", fmt.Errorf("b: %w", invalid)), "a: b: tidak sah"},
		{"several wrapped", fmt.Errorf("spbe: %w: %w", malformed, invalid), "spbe: masukan rusak: tidak sah"},
		{"a suffix", fmt.Errorf("%w (twice)", invalid), "tidak sah (twice)"},
		{"joined, on one line", errors.Join(invalid, fmt.Errorf("x: %w", malformed)), `tidak sah\nx: masukan rusak`},
		// The prefix has the words of the error, which is said where it
		// ends the text.
		{"its words before it", fmt.Errorf("invalid.json: %w", invalid), "invalid.json: tidak sah"},
		// The wrapper does not repeat the error's text: nothing to say.
		{"a text of its own", &refused{invalid}, "refused"},
		{"a nil among the wrapped", errors.Join(nil, invalid), "tidak sah"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.id, ErrorMessage(tt.err, Indonesian))
			assert.Equal(t, tt.id, ErrorMessage(tt.err, 0), "the zero Lang is Indonesian")
			if tt.err != nil {
				assert.Equal(t, strings.ReplaceAll(tt.err.Error(), "\n", `\n`), ErrorMessage(tt.err, English))
			}
		})
	}
	assert.Empty(t, ErrorMessage(nil, English))
}

func TestErrorMessageOfTheFileSystem(t *testing.T) {
	_, err := os.Open(filepath.Join(t.TempDir(), "rembang.json"))
	require.ErrorIs(t, err, fs.ErrNotExist)
	var pe *fs.PathError
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, "tidak dapat membuka "+pe.Path+": berkas tidak ditemukan", ErrorMessage(err, Indonesian))
	assert.Equal(t, err.Error(), ErrorMessage(err, English))
	assert.Equal(t, "x: tidak dapat membuka "+pe.Path+": berkas tidak ditemukan", ErrorMessage(fmt.Errorf("x: %w", err), Indonesian))

	for op, id := range map[string]string{"read": "membaca", "write": "menulis", "stat": "memeriksa", "lstat": "memeriksa", "close": "menutup"} {
		err := &fs.PathError{Op: op, Path: "a.json", Err: fs.ErrPermission}
		assert.Equal(t, "tidak dapat "+id+" a.json: akses ditolak", ErrorMessage(err, Indonesian))
	}
	// An operation it does not know keeps its text, with the cause said.
	err = &fs.PathError{Op: "chmod", Path: "a.json", Err: fs.ErrNotExist}
	assert.Equal(t, "chmod a.json: berkas tidak ditemukan", ErrorMessage(err, Indonesian))
}
