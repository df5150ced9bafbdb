package main

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// outputUsage is the help of -o, which every command that writes has.
const outputUsage = "write the result to `FILE` instead of standard output (\"-\"): whole or not at all, through a\n" +
	"temporary file beside it, never over a file the command reads"

// output is where a command writes its result: standard output, or the
// file -o names, which is written whole or not at all — into a temporary
// file in the same folder, renamed over it once everything is written, so
// that a failed run never leaves half a file and never truncates the file
// it had. A name of something that is not a regular file, /dev/null or a
// pipe, is written to as it is.
type output struct {
	io.Writer
	name string   // the name -o gave; "" for standard output
	f    *os.File // the file written, nil for standard output
	tmp  string   // the temporary file renamed to dst; "" when writing in place
	dst  string   // the file the temporary one replaces
}

// createOutput opens the output name ("" or "-" for standard output)
// for a command whose inputs are those e has opened. Writing over one of
// them is refused, as is a name that is a folder; an error names the file
// with what the system said.
func (e *env) createOutput(name string) (*output, error) {
	return e.create(name, false)
}

// createInDir creates the file name of an --out-dir, as createOutput
// creates -o's, but never outside its folder: whatever name is — a
// symbolic link, a pipe — it is replaced by a new file.
func (e *env) createInDir(name string) (*output, error) {
	return e.create(name, true)
}

// create is createOutput, and createInDir when inDir is set.
func (e *env) create(name string, inDir bool) (*output, error) {
	if name == "" || name == "-" {
		return &output{Writer: e.stdout}, nil
	}
	o := &output{name: name, dst: name}
	stat := os.Lstat
	if !inDir {
		// A symbolic link is written through: the file it points to is
		// replaced, and the link stays.
		if real, err := filepath.EvalSymlinks(name); err == nil {
			o.dst = real
		}
		stat = os.Stat
	}
	info, err := stat(o.dst)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		info = nil
	case err != nil:
		return nil, cannotWrite(name, err)
	case info.IsDir():
		return nil, errorf("cannot write %s: it is a folder", name)
	}
	if info != nil {
		for _, in := range e.inputs {
			switch {
			case !os.SameFile(info, in):
			case inDir:
				return nil, errorf("--out-dir: %s is a file the command reads; write the reports to another folder", name)
			default:
				return nil, errorf("-o %s is a file the command reads; write the result to another", name)
			}
		}
	}
	if info != nil && !info.Mode().IsRegular() && !inDir {
		f, err := os.OpenFile(o.dst, os.O_WRONLY, 0)
		if err != nil {
			return nil, cannotWrite(name, err)
		}
		o.f, o.Writer = f, f
		return o, nil
	}
	f, tmp, err := createBeside(o.dst)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, errorf("cannot write %s: there is no folder %s", name, filepath.Dir(name))
	}
	if err != nil {
		return nil, cannotWrite(name, err)
	}
	if info != nil && info.Mode().IsRegular() {
		// The file keeps its permissions; a new one has what the umask
		// leaves of 0666, as the shell's > gives it.
		if err := f.Chmod(info.Mode().Perm()); err != nil {
			_ = f.Close()
			_ = os.Remove(tmp)
			return nil, cannotWrite(name, err)
		}
	}
	o.f, o.Writer, o.tmp = f, f, tmp
	return o, nil
}

// createBeside creates a new temporary file in the folder of name, with
// the permissions the umask leaves of 0666, and returns it with its name.
func createBeside(name string) (*os.File, string, error) {
	dir, base := filepath.Split(name)
	if len(base) > 64 {
		base = base[:64]
	}
	var random [8]byte
	for range 100 {
		_, _ = rand.Read(random[:])
		tmp := filepath.Join(dir, "."+base+".tmp-"+hex.EncodeToString(random[:]))
		f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o666)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		return f, tmp, err
	}
	return nil, "", fs.ErrExist
}

// commit finishes the output: the temporary file is flushed to disk,
// closed and renamed over the file -o names.
func (o *output) commit() error {
	if o.f == nil {
		return nil
	}
	if o.tmp == "" {
		if err := o.f.Close(); err != nil {
			return cannotWrite(o.name, err)
		}
		return nil
	}
	err := o.f.Sync()
	if cerr := o.f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(o.tmp, o.dst)
	}
	if err != nil {
		_ = os.Remove(o.tmp)
		return cannotWrite(o.name, err)
	}
	return nil
}

// abort gives the output up: the temporary file is removed and the file
// -o names is left as it was.
func (o *output) abort() {
	if o.f == nil {
		return
	}
	_ = o.f.Close()
	if o.tmp != "" {
		_ = os.Remove(o.tmp)
	}
}

// writeError is the error of a failed write to o: err, which names the
// temporary file, said of the file -o names.
func (o *output) writeError(err error) error {
	if o.name == "" {
		return err
	}
	return cannotWrite(o.name, err)
}

// cannotWrite is the error of an output that cannot be written: the name
// the user gave, and what the system said without the name of a
// temporary file.
func cannotWrite(name string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		err = le.Err
	}
	return errorf("cannot write %s: %w", name, err)
}
