package masterplan

import (
	"fmt"
	"io"
	"os"

	"github.com/kotacerdas/smartcity/internal/i18n"
	"github.com/kotacerdas/smartcity/internal/input"
	"github.com/kotacerdas/smartcity/internal/jsonio"
	"github.com/kotacerdas/smartcity/internal/workbook"
)

// DecodeOptions tune Decode and Load.
type DecodeOptions struct {
	// Limit is the largest document accepted, in bytes; 0 or less means
	// 64 MiB, far above any real masterplan.
	Limit int64
}

// Decode reads one JSON masterplan from r strictly (or an Excel workbook,
// told by content: see Unmarshal): unknown fields,
// unknown codes, values of the wrong type and anything after the document
// are errors. Decode does not stop at the first: errors.As finds in the
// error the smartcity.Problems with every one of them, each with its path,
// line and column, its rule ("unknown_field", "enum", "type", …) and its
// message, and smartcity.ErrorMessage says them all in either language:
// "masterplan: baris 3, kolom 26 (programs[0].element): elemen \"GOV.XXX\"
// tidak dikenal (mungkin yang dimaksud GOV.SVC?)". Only malformed JSON
// ends the reading where it is. A document larger than opts.Limit is
// refused with an error wrapping ErrTooLarge.
//
// Decode does not validate the plan; call Plan.Validate for that, or
// CheckPlan, which decodes and validates in one pass and reports the
// problems of both.
func Decode(r io.Reader, opts DecodeOptions) (*Plan, error) {
	data, err := readDocument(r, opts.Limit)
	if err != nil {
		return nil, err
	}
	return Unmarshal(data)
}

// Unmarshal is Decode for a document already in memory; it applies no size
// limit.
//
// A workbook (.xlsx, told by content) is read as ReadWorkbook reads it,
// its problems of reading the error.
func Unmarshal(data []byte) (*Plan, error) {
	if workbook.Is(data) {
		p, r, ok := readPlanBook(data, ValidateOptions{})
		if !ok || r.problems.HasErrors() {
			return nil, i18n.Errorf(errorWords, "masterplan: %w", r.problems)
		}
		return p, nil
	}
	p := new(Plan)
	if err := unmarshalStrict(data, p); err != nil {
		return nil, err
	}
	return p, nil
}

// unmarshalStrict decodes data into v and returns every problem found,
// "masterplan: " and the problems, or nil.
func unmarshalStrict(data []byte, v any) error {
	if ps, _ := jsonio.UnmarshalChecked(data, v, jsonio.Options{}, nil); len(ps) > 0 {
		return i18n.Errorf(errorWords, "masterplan: %w", ps)
	}
	return nil
}

// readDocument reads all of r up to limit bytes, for the decoders.
func readDocument(r io.Reader, limit int64) ([]byte, error) {
	data, err := input.ReadAll(r, limit)
	if err != nil {
		return nil, fmt.Errorf("masterplan: %w", err)
	}
	return data, nil
}

// Load reads the masterplan in the named JSON file, as Decode does.
func Load(path string, opts DecodeOptions) (*Plan, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("masterplan: %w", err)
	}
	defer f.Close()
	return Decode(f, opts)
}
