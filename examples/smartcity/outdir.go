package main

import (
	"os"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// outDirUsage is the help of --out-dir.
const outDirUsage = "write one report per assessment into the folder `DIR`, created if missing, instead of standard\n" +
	"output: each named after its instansi and year (\"pemerintah-kab-rembang-2024.md\"), in --format"

// maxNameBytes caps the length of a file name made from an instansi,
// before its year, its number when it repeats another's, and its extension:
// far below the 255 bytes file systems allow.
const maxNameBytes = 80

// fileNames makes the names of the files of one --out-dir, one per
// assessment, from what a document brought in, so that none leaves the
// folder or means something to the system: only letters, marks and
// digits of the instansi are kept, in lower case, every run of anything
// else — a path separator, a dot, a control character, a character
// Windows reserves, white space — becomes one "-"; the name is capped at
// maxNameBytes, a name Windows reserves for a device ("con", "lpt1") gets
// a "_", and the year follows. Two assessments whose names come out the
// same, in any case, are told apart by "-2", "-3", ….
type fileNames map[string]bool

// next returns the file name of the assessment of instansi in year (0:
// none), with extension ext (".md").
func (used fileNames) next(instansi string, year int, ext string) string {
	var b strings.Builder
	dash := false // a run of other characters since the last kept
	for _, r := range strings.ToLower(instansi) {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r) {
			dash = b.Len() > 0
			continue
		}
		sep := ""
		if dash {
			sep = "-"
		}
		if b.Len()+len(sep)+utf8.RuneLen(r) > maxNameBytes {
			break
		}
		b.WriteString(sep)
		b.WriteRune(r)
		dash = false
	}
	base := b.String()
	if base == "" {
		base = "penilaian"
	}
	if windowsDevice(base) {
		base += "_"
	}
	if year != 0 {
		base += "-" + strconv.Itoa(year)
	}
	name := base + ext
	for n := 2; used[strings.ToLower(name)]; n++ {
		name = base + "-" + strconv.Itoa(n) + ext
	}
	used[strings.ToLower(name)] = true
	return name
}

// windowsDevice reports whether name, in lower case, is one Windows keeps
// for a device whatever its extension: con, prn, aux, nul, com0–com9,
// lpt0–lpt9.
func windowsDevice(name string) bool {
	switch name {
	case "con", "prn", "aux", "nul":
		return true
	}
	return len(name) == 4 && (strings.HasPrefix(name, "com") || strings.HasPrefix(name, "lpt")) && name[3] >= '0' && name[3] <= '9'
}

// makeOutDir creates the folder of --out-dir, and its parents, unless it
// exists.
func makeOutDir(dir string) error {
	if err := os.MkdirAll(dir, 0o777); err != nil {
		return cannotWrite(dir, err)
	}
	return nil
}
