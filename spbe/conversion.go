package spbe

import (
	"strconv"
	"strings"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/escape"
)

// Conversion turns the score of another national evaluation into the
// level of one indicator: under PermenPANRB 8/2026 the Satu Data Indonesia
// score (Bappenas) values indicator 5, the SJIG score (BIG) indicator 6 and
// the EPSS score (BPS) indicator 7.
//
// The score range is closed: Min ≤ score ≤ Max. Edges hold one score per
// level above level 1, rising: a score below Edges[0] is level 1, one from
// Edges[0] up to Edges[1] is level 2, and so on up to MaxLevel. A score
// exactly on an edge takes the higher level, as an index exactly on a
// predikat band's bound earns that band; EdgeLower gives it the lower
// level instead. The published tables do not say which edge is inclusive,
// so the choice is data a user can change.
type Conversion struct {
	// Indicator is the number of the indicator the score values.
	Indicator int `json:"indicator" yaml:"indicator"`
	// Source is the code of the outside evaluation, "sdi": lower-case
	// letters, digits, '-', '.' and '_'.
	Source string `json:"source" yaml:"source"`
	// Name names the outside evaluation and who runs it.
	Name Text `json:"name" yaml:"name"`
	// Min and Max bound the score, decimals such as "0" and "100".
	Min string `json:"min" yaml:"min"`
	Max string `json:"max" yaml:"max"`
	// Edges are the scores from which levels 2 … MaxLevel begin.
	Edges []string `json:"edges" yaml:"edges"`
	// EdgeLower gives a score exactly on an edge the lower level.
	EdgeLower bool `json:"edge_lower,omitempty" yaml:"edge_lower,omitempty"`
}

// conversion is a checked Conversion with its bounds read.
type conversion struct {
	spec     Conversion
	min, max smartcity.Number
	edges    []smartcity.Number
}

// ExternalScore is an indicator's outside score in an assessment: the
// source it comes from and the score as a decimal ("70"). An empty Score
// means the outside value is not known yet; the indicator then counts at
// level 1 and the result flags it as pending.
type ExternalScore struct {
	Source string `json:"source" yaml:"source"`
	Score  string `json:"score,omitempty" yaml:"score,omitempty"`
}

// ExternalLevel records that scoring took an indicator's level from an
// outside score.
type ExternalLevel struct {
	// Indicator is the indicator's number.
	Indicator int `json:"indicator" yaml:"indicator"`
	// Source and Score are the outside evaluation and its score.
	Source string `json:"source" yaml:"source"`
	Score  string `json:"score,omitempty" yaml:"score,omitempty"`
	// Level is the level the score converts to.
	Level Level `json:"level" yaml:"level"`
	// Pending is set when the score is not known yet and the indicator
	// counts at level 1 until it is.
	Pending bool `json:"pending,omitempty" yaml:"pending,omitempty"`
}

// Conversions returns the framework's conversion tables, by indicator.
func (fw *Framework) Conversions() []Conversion {
	out := make([]Conversion, len(fw.spec.Conversions))
	for i, c := range fw.spec.Conversions {
		c.Edges = append([]string(nil), c.Edges...)
		out[i] = c
	}
	return out
}

// Conversion returns the conversion table of the indicator with the given
// number, false when the indicator takes no outside score.
func (fw *Framework) Conversion(number int) (Conversion, bool) {
	if c := fw.conversionOf(number); c != nil {
		s := c.spec
		s.Edges = append([]string(nil), s.Edges...)
		return s, true
	}
	return Conversion{}, false
}

func (fw *Framework) conversionOf(number int) *conversion {
	for i := range fw.conv {
		if fw.conv[i].spec.Indicator == number {
			return &fw.conv[i]
		}
	}
	return nil
}

// Convert turns an outside score for the indicator with the given number
// into its level. The error wraps ErrExternal: the indicator takes no
// outside score, the source is not its source, or the score is not a
// decimal within the source's range.
func (fw *Framework) Convert(number int, x ExternalScore) (Level, error) {
	c := fw.conversionOf(number)
	if c == nil {
		return 0, errorfWrap(ErrExternal, "indicator %d of %s takes no outside score", number, fw.spec.ID)
	}
	if x.Source != c.spec.Source {
		return 0, errorfWrap(ErrExternal, "indicator %d takes its outside score from %s, not %s", number, escape.Quote(c.spec.Source), escape.Quote(x.Source))
	}
	if x.Score == "" {
		return 1, nil
	}
	return c.level(x.Score)
}

// level converts a score.
func (c *conversion) level(score string) (Level, error) {
	r, ok := parseDecimal(score)
	if !ok {
		return 0, errorfWrap(ErrExternal, "%s score %s is not a decimal", c.spec.Source, escape.Quote(score))
	}
	if r.Cmp(c.min) < 0 || r.Cmp(c.max) > 0 {
		return 0, errorfWrap(ErrExternal, "%s score %s is outside %s–%s", c.spec.Source, escape.Quote(score), c.spec.Min, c.spec.Max)
	}
	l := Level(1)
	for _, e := range c.edges {
		if k := r.Cmp(e); k > 0 || (k == 0 && !c.spec.EdgeLower) {
			l++
		}
	}
	return l, nil
}

// checkConversions checks the conversion tables and records them in fw:
// an existing indicator, each at most once, a source code, a name, a range
// Min < Max and MaxLevel − 1 edges rising strictly inside it.
func checkConversions(ps *problems, s *FrameworkSpec, fw *Framework) {
	seen := map[int]bool{}
	for i, c := range s.Conversions {
		f := "conversions[" + strconv.Itoa(i) + "]"
		bad := false
		fail := func(field, format string, args ...any) {
			ps.add(f+field, format, args...)
			bad = true
		}
		if _, ok := fw.Position(c.Indicator); !ok {
			fail(".indicator", "%w: %s has no indicator %d", ErrUnknownIndicator, escape.Quote(s.ID), c.Indicator)
		} else if seen[c.Indicator] {
			fail(".indicator", "%w: indicator %d has two conversions", ErrDuplicate, c.Indicator)
		}
		seen[c.Indicator] = true
		if !validID(c.Source) {
			fail(".source", "must be 1 to 64 lower-case letters, digits, '-', '.' or '_', not %s", escape.Quote(c.Source))
		}
		if c.Name.ID == "" {
			fail(".name.id", "is required")
		}
		cv := conversion{spec: c}
		var ok bool
		if cv.min, ok = parseDecimal(c.Min); !ok {
			fail(".min", "%s is not a decimal", escape.Quote(c.Min))
		}
		if cv.max, ok = parseDecimal(c.Max); !ok {
			fail(".max", "%s is not a decimal", escape.Quote(c.Max))
		}
		if cv.min.IsValid() && cv.max.IsValid() && cv.min.Cmp(cv.max) >= 0 {
			fail(".max", "%w: %s is not above min %s", ErrExternal, c.Max, c.Min)
		}
		if want := int(s.MaxLevel) - 1; len(c.Edges) != want {
			fail(".edges", "%w: %d edges for levels 1–%d, want %d", ErrExternal, len(c.Edges), s.MaxLevel, want)
		}
		prev, prevText := cv.min, c.Min
		for j, e := range c.Edges {
			r, ok := parseDecimal(e)
			if !ok {
				fail(".edges["+strconv.Itoa(j)+"]", "%s is not a decimal", escape.Quote(e))
				prev = smartcity.Number{}
				continue
			}
			if prev.IsValid() && r.Cmp(prev) <= 0 {
				fail(".edges["+strconv.Itoa(j)+"]", "%w: the edges must rise inside the range: %s is not above %s", ErrExternal, e, prevText)
			}
			if cv.max.IsValid() && r.Cmp(cv.max) >= 0 {
				fail(".edges["+strconv.Itoa(j)+"]", "%w: %s is not below max %s", ErrExternal, e, c.Max)
			}
			cv.edges = append(cv.edges, r)
			prev, prevText = r, e
		}
		if !bad {
			fw.conv = append(fw.conv, cv)
		}
	}
}

// parseDecimal reads an outside score or a bound of its range: a decimal
// as ParseNumber reads it ("70", "87,5"), not a fraction.
func parseDecimal(s string) (smartcity.Number, bool) {
	if strings.Contains(s, "/") {
		return smartcity.Number{}, false
	}
	x, err := smartcity.ParseNumber(s)
	return x, err == nil
}
