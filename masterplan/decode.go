package masterplan

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/kotacerdas/smartcity/internal/input"
	"github.com/kotacerdas/smartcity/internal/jsonio"
)

// DecodeOptions tune Decode and Load.
type DecodeOptions struct {
	// Limit is the largest document accepted, in bytes; 0 or less means
	// 64 MiB, far above any real masterplan.
	Limit int64
}

// Decode reads one JSON masterplan from r strictly: unknown fields, unknown
// codes, values of the wrong type and anything after the document are
// errors, reported as a *DecodeError with the line and column. A document
// larger than opts.Limit is refused with an error wrapping ErrTooLarge.
// smartcity.ErrorMessage says either in Indonesian.
//
// Decode does not validate the plan; call Plan.Validate for that.
func Decode(r io.Reader, opts DecodeOptions) (*Plan, error) {
	data, err := input.ReadAll(r, opts.Limit)
	if err != nil {
		return nil, fmt.Errorf("masterplan: %w", err)
	}
	return Unmarshal(data)
}

// Unmarshal is Decode for a document already in memory; it applies no size
// limit.
func Unmarshal(data []byte) (*Plan, error) {
	p := new(Plan)
	if err := jsonio.Unmarshal(data, p); err != nil {
		var je *jsonio.Error
		if errors.As(err, &je) {
			return nil, decodeError(data, je)
		}
		return nil, &DecodeError{Err: err}
	}
	return p, nil
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
