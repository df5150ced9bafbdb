package masterplan

import (
	"strings"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/jsonio"
)

// decodeAll decodes data into v without stopping at the first problem
// (jsonio.UnmarshalAll) and returns every problem found, in document
// order, each with its path, line and column, and whether v holds the
// document: false when data is not JSON, and v is not to be used. Where a
// value was refused v keeps the zero value.
func decodeAll(data []byte, v any) (smartcity.Problems, bool) {
	errs := jsonio.UnmarshalAll(data, v)
	if len(errs) == 0 {
		return nil, true
	}
	ps := make(smartcity.Problems, len(errs))
	usable := true
	for i, je := range errs {
		ps[i] = je.Problem()
		if ps[i].Rule == "syntax" {
			usable = false
		}
	}
	return ps, usable
}

// UnmarshalDocument reads the JSON document in data into v as Unmarshal
// reads a plan and reports every problem of it in one pass, as Validate
// does for a plan: first those of decoding, each with its path, line and
// column; then, unless data is not JSON, those check finds in what could
// be decoded (check may be nil), less those at or under a value decoding
// refused, which the check would only say again. ok is false when data is
// not JSON, and v is not to be used.
//
// It is how the yearly evaluation of package
// [github.com/kotacerdas/smartcity/masterplan/evaluation] reads its
// documents, so that their problems are read as a plan's are.
func UnmarshalDocument(data []byte, v any, check func() smartcity.Problems) (ps smartcity.Problems, ok bool) {
	decoded, ok := decodeAll(data, v)
	if !ok || check == nil {
		return decoded, ok
	}
	return append(decoded, withoutDecoded(check(), decoded)...), true
}

// withoutDecoded returns the problems of a check that do not lie at or
// under the path of a problem found while decoding: a value decoding
// refused is left unset, and the check would only say so again ("element
// is required" after "unknown element \"GOV.XXX\"").
func withoutDecoded(checked, decoded smartcity.Problems) smartcity.Problems {
	if len(decoded) == 0 {
		return checked
	}
	refused := make(map[string]bool, len(decoded))
	for _, p := range decoded {
		if p.Path != "" && p.Rule != "unknown_field" {
			refused[p.Path] = true
		}
	}
	out := checked[:0:0]
	for _, p := range checked {
		if !underAny(p.Path, refused) {
			out = append(out, p)
		}
	}
	return out
}

// underAny reports whether path or one of the paths that contain it
// ("programs[3]" and "programs" for "programs[3].id") is in set.
func underAny(path string, set map[string]bool) bool {
	for path != "" {
		if set[path] {
			return true
		}
		i := strings.LastIndexAny(path, ".[")
		if i < 0 {
			return false
		}
		path = path[:i]
	}
	return false
}
