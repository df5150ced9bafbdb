package spbe

import (
	"encoding/json"
	"iter"
	"slices"
	"strings"
)

// WeightTotal is what the weights of a framework's indicators add up to:
// 100 % in basis points. An index is Σ level × weight / WeightTotal.
const WeightTotal int64 = 10_000

// MaxIndicators bounds the size of a framework read from a file.
const MaxIndicators = 1000

// Indicator is one indicator of a framework, as data. Its weight is in
// basis points of the index (1 bp = 0.01 %): 130 for the 1.30 % of
// indicator 1 of PermenPANRB 59/2020.
type Indicator struct {
	// Number is the indicator's number in the regulation, from 1.
	Number int `json:"number" yaml:"number"`
	// Name is the official name; for the built-ins it leaves out the
	// words "Tingkat Kematangan" (maturity level of) that begin every
	// official name.
	Name Text `json:"name" yaml:"name"`
	// Aspect is the code of the indicator's aspect ("A1").
	Aspect string `json:"aspect" yaml:"aspect"`
	// Scale is the code of the level scale that names its levels
	// ("process" or "service" in the built-ins).
	Scale string `json:"scale" yaml:"scale"`
	// WeightBP is the weight in basis points of the index.
	WeightBP int64 `json:"weight_bp" yaml:"weight_bp"`
}

// Aspect is one aspect of a framework, as data.
type Aspect struct {
	Code     string `json:"code" yaml:"code"`                         // "A1"
	Name     Text   `json:"name" yaml:"name"`                         // official name
	Domain   string `json:"domain,omitempty" yaml:"domain,omitempty"` // code of its domain, "D1"; empty in a framework without domains
	WeightBP int64  `json:"weight_bp" yaml:"weight_bp"`               // the sum of its indicators' weights
}

// Domain is one domain of a framework, as data.
type Domain struct {
	Code     string `json:"code" yaml:"code"`           // "D1"
	Name     Text   `json:"name" yaml:"name"`           // official name
	WeightBP int64  `json:"weight_bp" yaml:"weight_bp"` // the sum of its aspects' weights
}

// Scale names the levels of the indicators that use it: the process
// capability scale (Rintisan … Optimum) and the service capability scale
// (Informasi … Optimum) of the built-ins.
type Scale struct {
	Code   string       `json:"code" yaml:"code"`     // what indicators name it by: "process"
	Name   Text         `json:"name" yaml:"name"`     // "Kapabilitas Proses"
	Levels []ScaleLevel `json:"levels" yaml:"levels"` // a name for every level from 1 to MaxLevel
}

// ScaleLevel is the name of one level of a scale.
type ScaleLevel struct {
	Level Level `json:"level" yaml:"level"` // the level named
	Name  Text  `json:"name" yaml:"name"`   // "Terdefinisi"
}

// FrameworkSpec is a framework as data: what DecodeFramework reads, what
// NewFramework checks and what Framework.Spec and Framework.MarshalJSON
// give back. Domains, aspects and indicators are flat lists that refer to
// one another by code, so that the check can say which indicator lacks an
// aspect or which aspect names no domain.
//
// A framework has domains (the SPBE frameworks: indicators in aspects in
// domains) or none (the Indeks Pemerintah Digital: aspects directly under
// the index); scoring, results and reports handle both.
type FrameworkSpec struct {
	// ID is the framework's stable identifier, "permenpanrb-59-2020":
	// lower-case letters, digits, '-', '.' and '_'.
	ID string `json:"id" yaml:"id"`
	// Name is the framework's title.
	Name Text `json:"name" yaml:"name"`
	// IndexName is what the framework calls its index: "Indeks SPBE",
	// "Indeks Pemerintah Digital". Empty means "Indeks" / "index".
	IndexName Text `json:"index_name,omitzero" yaml:"index_name,omitempty"`
	// LegalBasis is the regulation that defines it.
	LegalBasis string `json:"legal_basis" yaml:"legal_basis"`
	// Years are the evaluation years it applies to.
	Years []int `json:"years,omitempty" yaml:"years,omitempty"`
	// InForce marks a framework still in force: it applies to every year
	// after the last of Years as well, until a newer one revokes it.
	InForce bool `json:"in_force,omitempty" yaml:"in_force,omitempty"`
	// Methods records the years not run as a full evaluation (Evaluasi):
	// 2025, a Pemantauan, under 59/2020.
	Methods []YearMethod `json:"methods,omitempty" yaml:"methods,omitempty"`
	// Note says how sure the encoding is and where it comes from.
	Note Text `json:"note,omitzero" yaml:"note,omitempty"`
	// MinLevel is the lowest level an answer may have: 1, or 0 for a scale
	// whose level 0 means "none" (PermenPANRB 5/2018).
	MinLevel Level `json:"min_level" yaml:"min_level"`
	// MaxLevel is the highest level, 5 in the built-ins.
	MaxLevel Level `json:"max_level" yaml:"max_level"`
	// Bands are the predikat bands, lowest first.
	Bands []Band `json:"bands" yaml:"bands"`
	// Scales name the levels; every indicator uses one.
	Scales []Scale `json:"scales" yaml:"scales"`
	// Domains are the top of the hierarchy, in order; none in a framework
	// whose aspects sit directly under the index.
	Domains []Domain `json:"domains,omitempty" yaml:"domains,omitempty"`
	// Aspects each name their domain, when there are domains, in order.
	Aspects []Aspect `json:"aspects" yaml:"aspects"`
	// Indicators each name their aspect and scale, in ascending number.
	Indicators []Indicator `json:"indicators" yaml:"indicators" maxitems:"1000"`
	// Conversions turn the scores of other national evaluations into the
	// levels of the indicators they value.
	Conversions []Conversion `json:"conversions,omitempty" yaml:"conversions,omitempty"`
}

// clone returns a deep copy of s.
func (s FrameworkSpec) clone() FrameworkSpec {
	c := s
	c.Years = slices.Clone(s.Years)
	c.Methods = slices.Clone(s.Methods)
	c.Bands = slices.Clone(s.Bands)
	c.Conversions = slices.Clone(s.Conversions)
	for i := range c.Conversions {
		c.Conversions[i].Edges = slices.Clone(s.Conversions[i].Edges)
	}
	c.Scales = slices.Clone(s.Scales)
	for i := range c.Scales {
		c.Scales[i].Levels = slices.Clone(s.Scales[i].Levels)
	}
	c.Domains = slices.Clone(s.Domains)
	c.Aspects = slices.Clone(s.Aspects)
	c.Indicators = slices.Clone(s.Indicators)
	return c
}

// Framework is a checked, immutable evaluation framework: domains, aspects
// and indicators with exact weights, and the level scale. Build one with
// NewFramework or DecodeFramework, or take a built-in from Lookup or
// Default. A *Framework is never modified after it is built, so it is safe
// for concurrent use; every accessor returns copies.
//
// An indicator is addressed by its number, as the regulation numbers it
// (Indicator, LevelName, Conversion). Levels and the indices of a Result
// are vectors by position, in the order of the spec (indicators in
// ascending number); Position turns a number into a position, and the
// accessors whose name ends in At (AspectAt, DomainAt) take a position. A position that is out of range
// gives the zero value, never a panic.
type Framework struct {
	spec     FrameworkSpec
	weight   []int64 // by indicator position
	aspectOf []int   // indicator position → aspect position
	scaleOf  []int   // indicator position → scale position
	domainOf []int   // aspect position → domain position, -1 without domains
	aspectW  []int64 // by aspect position
	domainW  []int64 // by domain position
	numbers  []int   // indicator numbers, ascending
	dense    bool    // numbers are 1…n, so a number's position is number−1
	bandFrom []int64 // lower bound of each band, a numerator over WeightTotal
	conv     []conversion

	// aspectRuns and domainRuns are the runs of indicators of one aspect
	// and of one domain (none without domains), for ScoreInto.
	aspectRuns, domainRuns runs
}

// usable returns nil for a framework that can score and plan, and an
// error for the zero Framework or a nil one, which have no indicators.
func (fw *Framework) usable() error {
	if fw == nil || len(fw.weight) == 0 {
		return errNoIndicators
	}
	return nil
}

// ID returns the framework's identifier, "permenpanrb-59-2020".
func (fw *Framework) ID() string { return fw.spec.ID }

// Name returns the framework's title.
func (fw *Framework) Name() Text { return fw.spec.Name }

// IndexName returns what the framework calls its index, for reports and
// tools that name it: "Indeks SPBE" (SPBE index), "Indeks Pemerintah
// Digital" (Digital Government Index); "Indeks" (index) when the framework
// does not say.
func (fw *Framework) IndexName() Text {
	if fw.spec.IndexName.ID == "" {
		return Text{"Indeks", "index"}
	}
	return fw.spec.IndexName
}

// LegalBasis returns the regulation that defines the framework.
func (fw *Framework) LegalBasis() string { return fw.spec.LegalBasis }

// Note returns what the framework says about its sources and confidence.
func (fw *Framework) Note() Text { return fw.spec.Note }

// Years returns the evaluation years the framework applies to, ascending.
func (fw *Framework) Years() []int { return slices.Clone(fw.spec.Years) }

// InForce reports whether the framework is still in force, so that it
// applies to the years after the last of Years too.
func (fw *Framework) InForce() bool { return fw.spec.InForce }

// AppliesTo reports whether the framework applies to the evaluation of
// year: one of its Years, or a later year while it is in force.
func (fw *Framework) AppliesTo(year int) bool {
	ys := fw.spec.Years
	if slices.Contains(ys, year) {
		return true
	}
	return fw.spec.InForce && len(ys) > 0 && year > ys[len(ys)-1] && year <= maxYear
}

// MinLevel returns the lowest level an answer may have (1, or 0 when level
// 0 is an answer of its own).
func (fw *Framework) MinLevel() Level { return fw.spec.MinLevel }

// MaxLevel returns the highest level.
func (fw *Framework) MaxLevel() Level { return fw.spec.MaxLevel }

// validLevel reports whether l is an answer in this framework:
// MinLevel ≤ l ≤ MaxLevel.
func (fw *Framework) validLevel(l Level) bool { return l >= fw.spec.MinLevel && l <= fw.spec.MaxLevel }

// NumIndicators returns the number of indicators.
func (fw *Framework) NumIndicators() int { return len(fw.spec.Indicators) }

// Indicator returns the indicator with the given number, as the
// regulation numbers it: Indicator(43) is indicator 43, whatever its
// position. The boolean is false when the framework has no such indicator.
func (fw *Framework) Indicator(number int) (Indicator, bool) {
	i, ok := fw.Position(number)
	if !ok {
		return Indicator{}, false
	}
	return fw.spec.Indicators[i], true
}

// Indicators yields each indicator with its position, in order.
func (fw *Framework) Indicators() iter.Seq2[int, Indicator] {
	return func(yield func(int, Indicator) bool) {
		for i, ind := range fw.spec.Indicators {
			if !yield(i, ind) {
				return
			}
		}
	}
}

// Position returns the position of the indicator with the given number:
// where its level sits in a Levels vector.
func (fw *Framework) Position(number int) (int, bool) {
	if fw.dense {
		if number < 1 || number > len(fw.numbers) {
			return 0, false
		}
		return number - 1, true
	}
	return slices.BinarySearch(fw.numbers, number)
}

// NumAspects returns the number of aspects.
func (fw *Framework) NumAspects() int { return len(fw.spec.Aspects) }

// AspectAt returns the aspect at position a, the position of its index in
// Result.Aspects; the zero Aspect when a is out of range. Position 0 is
// the first aspect, "A1" in the built-ins.
func (fw *Framework) AspectAt(a int) Aspect {
	if a < 0 || a >= len(fw.spec.Aspects) {
		return Aspect{}
	}
	return fw.spec.Aspects[a]
}

// Aspects yields each aspect with its position, in order.
func (fw *Framework) Aspects() iter.Seq2[int, Aspect] {
	return func(yield func(int, Aspect) bool) {
		for i, a := range fw.spec.Aspects {
			if !yield(i, a) {
				return
			}
		}
	}
}

// aspectAt returns the position of the aspect of the indicator at position
// i, -1 when i is out of range.
func (fw *Framework) aspectAt(i int) int {
	if i < 0 || i >= len(fw.aspectOf) {
		return -1
	}
	return fw.aspectOf[i]
}

// HasDomains reports whether the framework has a domain level. Without
// one, Result.Domains is empty and the aspects sit directly under the
// index.
func (fw *Framework) HasDomains() bool { return len(fw.spec.Domains) > 0 }

// NumDomains returns the number of domains, 0 for a framework without
// domains.
func (fw *Framework) NumDomains() int { return len(fw.spec.Domains) }

// DomainAt returns the domain at position d, the position of its index in
// Result.Domains; the zero Domain when d is out of range. Position 0 is the
// first domain, "D1" in the built-ins.
func (fw *Framework) DomainAt(d int) Domain {
	if d < 0 || d >= len(fw.spec.Domains) {
		return Domain{}
	}
	return fw.spec.Domains[d]
}

// Domains yields each domain with its position, in order.
func (fw *Framework) Domains() iter.Seq2[int, Domain] {
	return func(yield func(int, Domain) bool) {
		for i, d := range fw.spec.Domains {
			if !yield(i, d) {
				return
			}
		}
	}
}

// domainAt returns the position of the domain of the aspect at position a,
// -1 when a is out of range or the framework has no domains.
func (fw *Framework) domainAt(a int) int {
	if a < 0 || a >= len(fw.domainOf) {
		return -1
	}
	return fw.domainOf[a]
}

// LevelName returns the name of level l on the scale of the indicator with
// the given number ("Terdefinisi" for level 3 of a process indicator), or
// the zero Text when the framework has no such indicator or the level has
// no name.
func (fw *Framework) LevelName(number int, l Level) Text {
	i, ok := fw.Position(number)
	if !ok {
		return Text{}
	}
	return fw.levelNameAt(i, l)
}

// levelNameAt is LevelName for the indicator at position i; any i is
// safe.
func (fw *Framework) levelNameAt(i int, l Level) Text {
	if i < 0 || i >= len(fw.scaleOf) {
		return Text{}
	}
	for _, sl := range fw.spec.Scales[fw.scaleOf[i]].Levels {
		if sl.Level == l {
			return sl.Name
		}
	}
	return Text{}
}

// parseLevel reads a level for the indicator with the given number: a
// number ("3") or a name on the indicator's scale in either language
// ("Terdefinisi", "transaksi"), ignoring case and surrounding space; for a
// number the framework does not have, only a number. The level must be one
// of the framework's (validLevel); the error is a *smartcity.ParseError or
// wraps ErrLevelRange.
func (fw *Framework) parseLevel(number int, s string) (Level, error) {
	i, ok := fw.Position(number)
	if !ok {
		i = -1
	}
	return fw.parseLevelAt(i, s)
}

// parseLevelAt is parseLevel for the indicator at position i; a position
// out of range reads numbers only.
func (fw *Framework) parseLevelAt(i int, s string) (Level, error) {
	l, err := ParseLevel(s)
	if err != nil && i >= 0 && i < len(fw.scaleOf) {
		t := strings.Join(strings.Fields(s), " ")
		for _, sl := range fw.spec.Scales[fw.scaleOf[i]].Levels {
			if strings.EqualFold(t, sl.Name.ID) || (sl.Name.EN != "" && strings.EqualFold(t, sl.Name.EN)) {
				return sl.Level, nil
			}
		}
	}
	if err != nil {
		return 0, err
	}
	if l != Unanswered && !fw.validLevel(l) {
		return 0, errorfWrap(ErrLevelRange, "level %d is outside %d–%d", l, fw.spec.MinLevel, fw.spec.MaxLevel)
	}
	return l, nil
}

// NewLevels returns a Levels of the framework's length, every indicator
// Unanswered.
func (fw *Framework) NewLevels() Levels { return make(Levels, len(fw.spec.Indicators)) }

// Spec returns the framework as data, a deep copy the caller may change.
func (fw *Framework) Spec() FrameworkSpec { return fw.spec.clone() }

// MarshalJSON writes the framework's spec, which DecodeFramework reads back
// into an identical framework.
func (fw *Framework) MarshalJSON() ([]byte, error) { return json.Marshal(fw.spec) }

// String returns the framework's id.
func (fw *Framework) String() string { return fw.spec.ID }
