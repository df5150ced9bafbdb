package jsonio

import (
	"strings"

	"github.com/kotacerdas/smartcity"
)

// UnmarshalChecked reads the JSON document in data into v, a non-nil
// pointer, as UnmarshalAll does, and reports every problem of it in one
// pass as smartcity.Problems: first those of decoding, in document order,
// each with its path, line and column; then, unless data is not JSON,
// those check finds in what could be decoded (check may be nil), less
// those at or under a value decoding refused, which check would only say
// again ("element is required" after "unknown element \"GOV.XXX\""). ok
// is false when data is not JSON, and v is not to be used.
//
// At most opts.MaxProblems problems are kept, the rest counted in a
// closing problem, as smartcity.Problems.Add keeps them; check is to keep
// as many. A document over its bounds (see Options and DefaultMaxItems) is
// refused before it is decoded, as one that is not JSON is: ok is false.
//
// It is how the library's document packages read a document strictly
// (check nil: any problem is an error) and how their Validate functions
// decode and check in one pass.
func UnmarshalChecked(data []byte, v any, opts Options, check func() smartcity.Problems) (ps smartcity.Problems, ok bool) {
	decoded, ok := unmarshalProblems(data, v, opts)
	if !ok || check == nil {
		return decoded, ok
	}
	return decoded.AddAll(opts.MaxProblems, withoutDecoded(check(), decoded)), true
}

// unmarshalProblems decodes data into v with UnmarshalAll and returns its
// errors as problems, and whether v holds the document: false when data
// is not JSON. Where a value was refused v keeps the zero value.
func unmarshalProblems(data []byte, v any, opts Options) (smartcity.Problems, bool) {
	errs := unmarshalAll(data, v, opts)
	if len(errs) == 0 {
		return nil, true
	}
	ps := make(smartcity.Problems, len(errs))
	usable := true
	for i, e := range errs {
		ps[i] = e.Problem()
		if e.Kind == KindSyntax || e.Kind == KindMaxItems || e.Kind == KindMaxDepth {
			usable = false
		}
	}
	return ps, usable
}

// withoutDecoded returns the problems of a check that do not lie at or
// under the path of a problem found while decoding: a value decoding
// refused is left unset, and the check would only say so again.
func withoutDecoded(checked, decoded smartcity.Problems) smartcity.Problems {
	if len(decoded) == 0 {
		return checked
	}
	refused := make(map[string]bool, len(decoded))
	for _, p := range decoded {
		if p.Path != "" && p.Rule != KindUnknownField && p.Rule != KindDuplicateKey && p.Rule != KindKeyCase {
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

// WithoutDecoded returns the problems of a check that do not lie at or
// under the path of a problem found while reading, as UnmarshalChecked
// leaves them out: a reader of another form of a document (a workbook)
// that leaves a refused value unset leaves out the check's problems of
// it the same way.
func WithoutDecoded(checked, decoded smartcity.Problems) smartcity.Problems {
	return withoutDecoded(checked, decoded)
}
