package workbook

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"path"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/kotacerdas/smartcity/internal/csvio"
	"github.com/kotacerdas/smartcity/internal/i18n"
	"github.com/kotacerdas/smartcity/internal/input"
)

// Limits of what Open reads, unless Options say otherwise.
const (
	// DefaultMaxUnzipped is the most bytes all the parts of a workbook
	// may take unzipped: 32 MiB, some twenty times a national cohort of
	// 650 rows. A file may in any case unzip to at most
	// UnzippedPerByte times its own size, or 4 MiB when that is more,
	// so that a small file cannot hold a great deal.
	DefaultMaxUnzipped = 32 << 20
	// UnzippedPerByte is how many times its own size a workbook may take
	// unzipped (above 4 MiB): the XML of a sheet packs some ten times.
	UnzippedPerByte = 100
	// DefaultMaxParts is the most parts (files of the archive) a
	// workbook may have.
	DefaultMaxParts = 1000
	// DefaultMaxCells is the most cells read from the sheets of one
	// workbook, the empty cells left of a value included.
	DefaultMaxCells = 4_000_000
	minUnzipped     = 4 << 20
)

// Options bound what Open accepts.
type Options struct {
	Limit       int64 // bytes of the file; input.DefaultLimit when <= 0
	MaxUnzipped int64 // bytes of its parts unzipped; see DefaultMaxUnzipped when <= 0
	MaxParts    int   // parts of the archive; DefaultMaxParts when <= 0
	MaxCells    int   // cells read in all; DefaultMaxCells when <= 0
}

// Errors of a file that is not a workbook the package reads. Each is
// returned wrapped in a *csvio.Error whose Rule says which: "workbook",
// "macro" or "external_link"; a workbook too large unzipped wraps
// input.ErrTooLarge (the rule "too_large").
var (
	ErrNotWorkbook  = i18n.New(words, "not an Excel workbook (.xlsx)")
	ErrLegacy       = i18n.New(words, "an .xls workbook or one saved with a password: save it as an Excel workbook (.xlsx) without a password")
	ErrMacro        = i18n.New(words, "a macro-enabled workbook: save it as an Excel workbook (.xlsx) without macros")
	ErrExternalLink = i18n.New(words, "a workbook with links to other workbooks: break the links (Data › Edit Links) and save it again")
	ErrNoSheet      = i18n.New(words, "no such sheet")
)

// zipMagic starts every zip archive, an .xlsx among them; cfbMagic starts
// a compound file: an .xls, or an .xlsx saved with a password.
var (
	zipMagic = []byte("PK\x03\x04")
	cfbMagic = []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
)

// Is reports whether data looks like a workbook by its first bytes: a zip
// archive, or a compound file (an .xls or a workbook saved with a
// password, which Open refuses with a message saying what to do).
func Is(data []byte) bool {
	return bytes.HasPrefix(data, zipMagic) || bytes.HasPrefix(data, cfbMagic)
}

// Book is an open workbook.
type Book struct {
	f        *excelize.File
	sheets   []string
	cells    int
	maxCells int
}

// Open opens the workbook in data after looking at its archive (see the
// package's doc). Its errors are *csvio.Error values.
func Open(data []byte, opt Options) (*Book, error) {
	limit := opt.Limit
	if limit <= 0 {
		limit = input.DefaultLimit
	}
	if int64(len(data)) > limit {
		return nil, &csvio.Error{Rule: "too_large", Err: i18n.Errorf(words, "%w of %d bytes", input.ErrTooLarge, limit)}
	}
	if bytes.HasPrefix(data, cfbMagic) {
		return nil, &csvio.Error{Rule: "workbook", Err: ErrLegacy}
	}
	maxUnzipped := opt.MaxUnzipped
	if maxUnzipped <= 0 {
		maxUnzipped = min(DefaultMaxUnzipped, max(minUnzipped, UnzippedPerByte*int64(len(data))))
	}
	if err := inspect(data, maxUnzipped, opt.MaxParts); err != nil {
		return nil, err
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{
		RawCellValue:      true,
		UnzipSizeLimit:    maxUnzipped,
		UnzipXMLSizeLimit: maxUnzipped, // every part in memory: never a temporary file
	})
	if err != nil {
		return nil, &csvio.Error{Rule: "workbook", Err: i18n.Errorf(words, "%w: %s", ErrNotWorkbook, said(err))}
	}
	b := &Book{f: f, sheets: f.GetSheetList(), maxCells: opt.MaxCells}
	if b.maxCells <= 0 {
		b.maxCells = DefaultMaxCells
	}
	if len(b.sheets) == 0 {
		_ = f.Close()
		return nil, &csvio.Error{Rule: "workbook", Err: i18n.Errorf(words, "%w: it has no sheet", ErrNotWorkbook)}
	}
	return b, nil
}

// said is the text of an error of excelize or archive/zip, which has no
// Indonesian, kept short.
func said(err error) string {
	s := err.Error()
	if len(s) > 200 {
		s = s[:200] + "…"
	}
	return s
}

// inspect reads the archive's directory: a zip of at most maxParts parts
// (DefaultMaxParts when <= 0) and maxUnzipped bytes unzipped as its
// directory declares them (archive/zip refuses a part that unzips to more
// than it declares), with a workbook part, no VBA project and no external
// link.
func inspect(data []byte, maxUnzipped int64, maxParts int) error {
	if maxParts <= 0 {
		maxParts = DefaultMaxParts
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return &csvio.Error{Rule: "workbook", Err: i18n.Errorf(words, "%w: %s", ErrNotWorkbook, said(err))}
	}
	if len(zr.File) > maxParts {
		return &csvio.Error{Rule: "too_large", Err: i18n.Errorf(words, "%w: more than %d parts", input.ErrTooLarge, maxParts)}
	}
	var total uint64
	workbook := false
	for _, f := range zr.File {
		total += f.UncompressedSize64
		if total > uint64(maxUnzipped) || f.UncompressedSize64 > uint64(maxUnzipped) {
			return &csvio.Error{Rule: "too_large", Err: i18n.Errorf(words, "%w: more than %d bytes unzipped", input.ErrTooLarge, maxUnzipped)}
		}
		name := strings.ToLower(strings.ReplaceAll(f.Name, `\`, "/"))
		switch {
		case name == "xl/workbook.xml" || name == "xl/workbook.bin":
			workbook = true
		case path.Base(name) == "vbaproject.bin" || strings.HasSuffix(name, ".bin") && strings.Contains(name, "vba"):
			return &csvio.Error{Rule: "macro", Err: ErrMacro}
		case strings.HasPrefix(name, "xl/externallinks/"):
			return &csvio.Error{Rule: "external_link", Err: ErrExternalLink}
		}
	}
	if !workbook {
		return &csvio.Error{Rule: "workbook", Err: i18n.Errorf(words, "%w: the archive has no xl/workbook.xml", ErrNotWorkbook)}
	}
	return nil
}

// Sheets returns the names of the sheets, in the workbook's order.
func (b *Book) Sheets() []string { return b.sheets }

// Table returns a reader of the sheet named sheet as a table: its first
// row with a value is the header (csvio.NewSheetReader). Cells hold their
// stored value, not the text a number format shows: 3.5 for a cell shown
// as "3,50", the serial day of a date (see Date), the last result of a
// formula.
func (b *Book) Table(sheet string, opt csvio.Options) (*csvio.Reader, error) {
	if b.f == nil {
		return nil, &csvio.Error{Sheet: sheet, Rule: "sheet", Err: ErrNoSheet}
	}
	found := false
	for _, s := range b.sheets {
		found = found || s == sheet
	}
	if !found {
		return nil, &csvio.Error{Sheet: sheet, Rule: "sheet", Err: ErrNoSheet}
	}
	rows, err := b.f.Rows(sheet)
	if err != nil {
		return nil, &csvio.Error{Sheet: sheet, Rule: "workbook", Err: i18n.Errorf(words, "%w: %s", ErrNotWorkbook, said(err))}
	}
	return csvio.NewSheetReader(sheet, &sheetRows{b: b, rows: rows, sheet: sheet}, opt)
}

// Close releases the workbook.
func (b *Book) Close() error {
	if b.f == nil {
		return nil
	}
	return b.f.Close()
}

// sheetRows is the csvio.Source of a sheet: its rows as excelize streams
// them from the sheet's XML, counted against the book's cells.
type sheetRows struct {
	b     *Book
	rows  *excelize.Rows
	sheet string
	row   int
}

func (s *sheetRows) Next() ([]string, int, error) {
	if !s.rows.Next() {
		if err := s.rows.Error(); err != nil {
			return nil, 0, &csvio.Error{Sheet: s.sheet, Row: s.row + 1, Rule: "workbook", Err: i18n.Errorf(words, "%w: %s", ErrNotWorkbook, said(err))}
		}
		_ = s.rows.Close()
		return nil, 0, io.EOF
	}
	s.row++
	rec, err := s.rows.Columns()
	if err != nil {
		var e excelize.ErrSheetNotExist
		if errors.As(err, &e) {
			return nil, 0, &csvio.Error{Sheet: s.sheet, Rule: "sheet", Err: ErrNoSheet}
		}
		return nil, 0, &csvio.Error{Sheet: s.sheet, Row: s.row, Rule: "workbook", Err: i18n.Errorf(words, "%w: %s", ErrNotWorkbook, said(err))}
	}
	if s.b.cells += len(rec) + 1; s.b.cells > s.b.maxCells {
		return nil, 0, &csvio.Error{Sheet: s.sheet, Row: s.row, Rule: "too_large", Err: i18n.Errorf(words, "%w: more than %d cells", input.ErrTooLarge, s.b.maxCells)}
	}
	return rec, s.row, nil
}
