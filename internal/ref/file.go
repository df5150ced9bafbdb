package ref

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/kotacerdas/smartcity/internal/input"
)

// ReadFile reads the file a document names, name, inside the folder dir,
// and nowhere else: name must pass Name; it is opened through an os.Root
// of dir, so that a symbolic link leading out of dir is refused too; it
// must be a regular file — a FIFO, a device or a folder is refused before
// it is opened for reading, and is opened without blocking, in case it
// was swapped meanwhile — and it is read up to limit bytes (input's
// default when limit <= 0), refused with input.ErrTooLarge beyond. No
// error repeats what the file holds.
func ReadFile(dir, name string, limit int64) ([]byte, error) {
	if err := Name(name); err != nil {
		return nil, err
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, err
	}
	defer root.Close()
	local := filepath.FromSlash(name)
	fi, err := root.Stat(local)
	if err != nil {
		return nil, opening(err)
	}
	if !fi.Mode().IsRegular() {
		return nil, refuse("%s is not a regular file", name)
	}
	f, err := root.OpenFile(local, os.O_RDONLY|nonblock, 0)
	if err != nil {
		return nil, opening(err)
	}
	defer f.Close()
	if fi, err = f.Stat(); err != nil {
		return nil, err
	} else if !fi.Mode().IsRegular() {
		return nil, refuse("%s is not a regular file", name)
	}
	data, err := input.ReadAll(f, limit)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return data, nil
}

// opening says an error of os.Root's as the opening of the file it is:
// "open plan.json: path escapes from parent" rather than "statat …".
func opening(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return &fs.PathError{Op: "open", Path: pe.Path, Err: pe.Err}
	}
	return err
}
