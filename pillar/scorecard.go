package pillar

import (
	"bytes"
	"encoding/json"
	"errors"
	"iter"
	"maps"
	"math"
	"math/bits"
	"slices"
	"strconv"
	"strings"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/i18n"
	"github.com/kotacerdas/smartcity/internal/jsonio"
)

// Scale is the declared range of a scorecard's values, both ends included:
// 0–100 for an index such as IKCI, 1–5 for a maturity level, 0–1 for a
// share. Values are measurements, so they are float64.
type Scale struct {
	Min float64 `json:"min" yaml:"min"`
	Max float64 `json:"max" yaml:"max"`
}

// check records the problems of s at field: both ends must be finite, Min
// below Max and the width Max − Min finite too.
func (s Scale) check(ps *problems, field string) {
	okMin, okMax := isFinite(s.Min), isFinite(s.Max)
	if !okMin {
		ps.add(field+".min", "finite", "must be a finite number, not %s", formatFloat(s.Min))
	}
	if !okMax {
		ps.add(field+".max", "finite", "must be a finite number, not %s", formatFloat(s.Max))
	}
	if okMin && okMax {
		switch {
		case s.Min >= s.Max:
			ps.add(field, "scale", "min (%s) must be below max (%s)", formatFloat(s.Min), formatFloat(s.Max))
		case !isFinite(s.Max - s.Min):
			ps.add(field, "finite", "max − min must be a finite number")
		}
	}
}

// contains reports whether v lies on the scale, ends included. NaN never does.
func (s Scale) contains(v float64) bool { return v >= s.Min && v <= s.Max }

// String returns "[min, max]".
func (s Scale) String() string { return "[" + formatFloat(s.Min) + ", " + formatFloat(s.Max) + "]" }

// mid returns the middle of the scale.
func (s Scale) mid() float64 { return s.Min + (s.Max-s.Min)/2 }

// Scorecard holds one region's values per element on a declared scale. An
// element without a value has no data: it is left out of the aggregates, not
// counted as zero. A Scorecard is an immutable value; build one with
// NewScorecard. The zero Scorecard is empty and has no region.
type Scorecard struct {
	region string
	scale  Scale
	values [elementCount]float64 // indexed by Element-1
	has    uint32                // bit Element-1 is set when the element has a value
}

// NewScorecard returns the scorecard of region with values on scale. It
// reports every problem at once in smartcity.Problems: a blank region, an
// invalid scale, an undeclared element, and values that are NaN, infinite or
// off the scale.
func NewScorecard(region string, scale Scale, values map[Element]float64) (Scorecard, error) {
	return newScorecard(region, scale, values, nil)
}

// newScorecard validates and builds a scorecard; keyProblems are problems
// already found with the keys of values (by UnmarshalJSON).
func newScorecard(region string, scale Scale, values map[Element]float64, keyProblems problems) (Scorecard, error) {
	var ps problems
	if strings.TrimSpace(region) == "" {
		ps.add("region", "required", "must not be blank")
	}
	n := len(ps)
	scale.check(&ps, "scale")
	scaleOK := len(ps) == n
	ps = append(ps, keyProblems...)
	s := Scorecard{region: region, scale: scale}
	for e, v := range declared(&ps, "values", "element", values) {
		field := keyField("values", e)
		switch {
		case math.IsNaN(v):
			ps.add(field, "finite", "must be a number, not NaN")
		case math.IsInf(v, 0):
			ps.add(field, "finite", "must be finite, not %s", formatFloat(v))
		case scaleOK && !scale.contains(v):
			ps.add(field, "scale", "%s is off the scale %s", formatFloat(v), scale)
		default:
			s.set(e, v)
		}
	}
	name := region
	if strings.TrimSpace(region) == "" {
		name = ""
	}
	if err := ps.err("scorecard", name); err != nil {
		return Scorecard{}, err
	}
	return s, nil
}

func (s *Scorecard) set(e Element, v float64) {
	s.values[e-1] = v
	s.has |= 1 << (e - 1)
}

// Region returns the region the scorecard belongs to.
func (s Scorecard) Region() string { return s.region }

// isZero reports whether s is the zero Scorecard, which no constructor returns.
func (s Scorecard) isZero() bool { return s == Scorecard{} }

// Value returns the value of e and whether e has one.
func (s Scorecard) Value(e Element) (float64, bool) {
	if !e.IsValid() || s.has&(1<<(e-1)) == 0 {
		return 0, false
	}
	return s.values[e-1], true
}

// Len returns the number of elements with a value.
func (s Scorecard) Len() int { return bits.OnesCount32(s.has) }

// MarshalJSON encodes s as {"region": …, "scale": {"min": …, "max": …},
// "values": {"GOV.SVC": …}}, with "values" left out when there are none.
func (s Scorecard) MarshalJSON() ([]byte, error) {
	out := struct {
		Region string              `json:"region"`
		Scale  Scale               `json:"scale"`
		Values map[Element]float64 `json:"values,omitempty"`
	}{Region: s.region, Scale: s.scale}
	if s.has != 0 {
		out.Values = make(map[Element]float64, s.Len())
		for e, v := range s.each() {
			out.Values[e] = v
		}
	}
	return json.Marshal(out)
}

// each returns the elements that have a value, with their values, in the
// official order.
func (s Scorecard) each() iter.Seq2[Element, float64] {
	return func(yield func(Element, float64) bool) {
		for e := range AllElements() {
			if v, ok := s.Value(e); ok && !yield(e, v) {
				return
			}
		}
	}
}

// UnmarshalJSON decodes the form MarshalJSON writes, strictly, as every
// document of the library is read: unknown fields, a key written twice or
// in another case, text that is not UTF-8 and trailing data are errors,
// each with its line, column and path; element keys may be any spelling
// ParseElement accepts, two keys naming the same element are an error, and
// the result is validated as by NewScorecard. Every problem with the keys
// and values is reported at once. JSON null leaves s unchanged.
func (s *Scorecard) UnmarshalJSON(data []byte) error {
	if bytes.Equal(bytes.TrimSpace(data), []byte("null")) {
		return nil
	}
	var w struct {
		Region string             `json:"region"`
		Scale  Scale              `json:"scale"`
		Values map[string]float64 `json:"values"`
	}
	if err := jsonio.Unmarshal(data, &w); err != nil {
		return decodeError(err)
	}
	var ps problems
	values := make(map[Element]float64, len(w.Values))
	seen := make(map[Element]string, len(w.Values))
	for _, k := range slices.Sorted(maps.Keys(w.Values)) {
		field := "values[" + strconv.Quote(k) + "]"
		e, err := ParseElement(k)
		if err != nil {
			ps.addErr(field, "enum", err)
			continue
		}
		if prev, dup := seen[e]; dup {
			ps.add(field, "unique", "names %s, as %q does", e, prev)
			continue
		}
		seen[e] = k
		values[e] = w.Values[k]
	}
	v, err := newScorecard(w.Region, w.Scale, values, ps)
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// decodeError is a scorecard that cannot be decoded: the one problem of
// reading it, with its place and rule, "pillar: decoding scorecard: …".
func decodeError(err error) error {
	p := smartcity.Problem{Rule: "decode", Severity: smartcity.Error, Err: err}
	var je *jsonio.Error
	if errors.As(err, &je) {
		p = je.Problem()
	}
	return i18n.Errorf(words, "pillar: decoding scorecard: %w", smartcity.Problems{p})
}

// part is a pillar or an element, the keys of a scorecard's values and
// of weights.
type part interface {
	Pillar | Element
	IsValid() bool
	String() string
}

// declared returns the entries of m in key order whose key is declared,
// and records a problem at field[key] for each key that is not; kind says
// what the keys are ("element").
func declared[K part, V any](ps *problems, field, kind string, m map[K]V) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for _, k := range slices.Sorted(maps.Keys(m)) {
			if !k.IsValid() {
				ps.add(keyField(field, k), "enum", "not a declared %s", subject{what: kind})
				continue
			}
			if !yield(k, m[k]) {
				return
			}
		}
	}
}

// keyField is the path of the entry of k in the map at field:
// "values[GOV.SVC]", "values[<unset>]" for the zero key.
func keyField[K part](field string, k K) string {
	code := k.String()
	if k == 0 {
		code = "<unset>"
	}
	return field + "[" + code + "]"
}

func isFinite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }

func formatFloat(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }
