package spbe

import (
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"

	"github.com/kotacerdas/smartcity/internal/escape"
	"github.com/kotacerdas/smartcity/internal/jsonio"
)

// Year bounds for a framework's evaluation years and an assessment's year.
const (
	minYear = 1900
	maxYear = 2999
)

// NewFramework checks spec and builds a Framework from a copy of it, so
// that later changes to spec do not reach the framework. It reports every
// problem at once in smartcity.Problems:
//
//   - an id of lower-case letters, digits, '-', '.' and '_', a name and a
//     legal basis;
//   - plausible, distinct years;
//   - a level range with MinLevel 0 or 1 and MinLevel < MaxLevel ≤
//     LevelLimit, and scales that name every level from 1 to MaxLevel once;
//   - unique codes for domains, aspects and scales, and unique indicator
//     numbers listed in ascending order;
//   - every indicator in exactly one existing aspect and on an existing
//     scale; either no domains and no aspect naming one, or every aspect
//     in one existing domain; every aspect and domain with at least one
//     member;
//   - predikat bands whose predikat and lower bounds rise strictly, the
//     first starting at or below MinLevel (the rule "bands"); evaluation methods
//     only for listed years, once each;
//   - conversion tables for existing indicators, with a source code, a
//     range and rising edges (ErrExternal);
//   - positive weights, each aspect's weight the sum of its indicators',
//     each domain's the sum of its aspects', and the indicators' summing to
//     exactly WeightTotal (100 %); these problems wrap ErrWeights.
func NewFramework(spec FrameworkSpec) (*Framework, error) {
	s := spec.clone()
	var ps problems
	checkHeader(&ps, &s)
	scaleAt := checkScales(&ps, &s)
	domainAt := checkDomains(&ps, &s)
	aspectAt := checkAspects(&ps, &s, domainAt)
	fw := &Framework{
		spec:     s,
		weight:   make([]int64, len(s.Indicators)),
		aspectOf: make([]int, len(s.Indicators)),
		scaleOf:  make([]int, len(s.Indicators)),
		domainOf: make([]int, len(s.Aspects)),
		aspectW:  make([]int64, len(s.Aspects)),
		domainW:  make([]int64, len(s.Domains)),
		numbers:  make([]int, len(s.Indicators)),
	}
	checkIndicators(&ps, &s, fw, aspectAt, scaleAt)
	checkWeights(&ps, &s, fw, domainAt)
	checkBands(&ps, &s, fw)
	fw.dense = true
	for i, n := range fw.numbers {
		fw.dense = fw.dense && n == i+1
	}
	checkConversions(&ps, &s, fw)
	if err := ps.err("framework " + escape.Quote(s.ID)); err != nil {
		return nil, err
	}
	fw.aspectRuns = runsOf(fw.aspectOf, fw.aspectW)
	if len(fw.domainW) > 0 {
		domainOf := make([]int, len(fw.aspectOf))
		for i, a := range fw.aspectOf {
			domainOf[i] = fw.domainOf[a]
		}
		fw.domainRuns = runsOf(domainOf, fw.domainW)
	}
	return fw, nil
}

// DecodeFramework reads a framework spec as JSON from r — strictly: unknown
// fields and trailing data are errors — and checks it with NewFramework.
// Input beyond limit bytes (64 MiB when limit <= 0) is refused. A JSON
// problem wraps ErrMalformed and names the line and column; a rule problem
// is an error holding smartcity.Problems.
func DecodeFramework(r io.Reader, limit int64) (*Framework, error) {
	var spec FrameworkSpec
	if err := jsonio.Decode(r, &spec, limit); err != nil {
		return nil, malformed(err)
	}
	return NewFramework(spec)
}

// UnmarshalFramework is DecodeFramework for a document already in memory.
func UnmarshalFramework(data []byte) (*Framework, error) {
	var spec FrameworkSpec
	if err := jsonio.Unmarshal(data, &spec); err != nil {
		return nil, malformed(err)
	}
	return NewFramework(spec)
}

// LoadFramework reads the framework spec in the named JSON file, as
// DecodeFramework does. A file that cannot be opened is an error that
// wraps os.Open's *fs.PathError; one that cannot be read wraps
// ErrMalformed.
func LoadFramework(path string, limit int64) (*Framework, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("spbe: %w", err)
	}
	defer f.Close()
	return DecodeFramework(f, limit)
}

func validID(id string) bool {
	if id == "" || len(id) > 64 {
		return false
	}
	for _, c := range []byte(id) {
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_') {
			return false
		}
	}
	return true
}

func checkHeader(ps *problems, s *FrameworkSpec) {
	if !validID(s.ID) {
		ps.add("id", "must be 1 to 64 lower-case letters, digits, '-', '.' or '_', not %s", escape.Quote(s.ID))
	}
	if s.Name.ID == "" {
		ps.add("name.id", "is required")
	}
	if s.LegalBasis == "" {
		ps.add("legal_basis", "is required")
	}
	seen := map[int]bool{}
	for i, y := range s.Years {
		f := "years[" + strconv.Itoa(i) + "]"
		if y < minYear || y > maxYear {
			ps.add(f, "year %d is not between %d and %d", y, minYear, maxYear)
		}
		if seen[y] {
			ps.add(f, "%w: year %d is listed twice", ErrDuplicate, y)
		}
		seen[y] = true
	}
	slices.Sort(s.Years)
	if s.InForce && len(s.Years) == 0 {
		ps.add("in_force", "a framework in force needs the first year it applies to in years")
	}
	methodSeen := map[int]bool{}
	for i, ym := range s.Methods {
		f := "methods[" + strconv.Itoa(i) + "]"
		if !slices.Contains(s.Years, ym.Year) {
			ps.add(f+".year", "year %d is not one of the framework's years", ym.Year)
		} else if methodSeen[ym.Year] {
			ps.add(f+".year", "%w: year %d has two methods", ErrDuplicate, ym.Year)
		}
		methodSeen[ym.Year] = true
		if !ym.Method.IsValid() {
			ps.add(f+".method", "a method is required (evaluasi or pemantauan)")
		}
	}
	if s.MinLevel > 1 {
		ps.add("min_level", "%w: must be 0 or 1, not %d", ErrLevelRange, s.MinLevel)
	}
	if s.MaxLevel <= s.MinLevel || s.MaxLevel < 1 || s.MaxLevel > LevelLimit {
		ps.add("max_level", "%w: must be above min_level %d and at most %d, not %d", ErrLevelRange, s.MinLevel, LevelLimit, s.MaxLevel)
	}
}

// checkScales returns the position of each scale code.
func checkScales(ps *problems, s *FrameworkSpec) map[string]int {
	at := map[string]int{}
	if len(s.Scales) == 0 {
		ps.add("scales", "at least one level scale is required")
	}
	for i, sc := range s.Scales {
		f := "scales[" + strconv.Itoa(i) + "]"
		checkNamed(ps, at, f, i, sc.Code, sc.Name, func() {
			ps.add(f+".code", "%w: scale code %s is used twice", ErrDuplicate, escape.Quote(sc.Code))
		})
		named := map[Level]bool{}
		for j, sl := range sc.Levels {
			lf := f + ".levels[" + strconv.Itoa(j) + "]"
			if sl.Level > s.MaxLevel || sl.Level < s.MinLevel {
				ps.add(lf+".level", "%w: level %d is outside %d–%d", ErrLevelRange, sl.Level, s.MinLevel, s.MaxLevel)
			}
			if named[sl.Level] {
				ps.add(lf+".level", "%w: level %d is named twice", ErrDuplicate, sl.Level)
			}
			named[sl.Level] = true
			if sl.Name.ID == "" {
				ps.add(lf+".name.id", "is required")
			}
		}
		for l := Level(1); l <= s.MaxLevel && l <= LevelLimit; l++ {
			if !named[l] {
				ps.add(f+".levels", "level %d has no name", l)
			}
		}
	}
	return at
}

// checkDomains returns the position of each domain code.
func checkDomains(ps *problems, s *FrameworkSpec) map[string]int {
	at := map[string]int{}
	for i, d := range s.Domains {
		f := "domains[" + strconv.Itoa(i) + "]"
		checkNamed(ps, at, f, i, d.Code, d.Name, func() {
			ps.add(f+".code", "%w: domain code %s is used twice", ErrDuplicate, escape.Quote(d.Code))
		})
		checkWeight(ps, f, d.WeightBP)
	}
	return at
}

// checkAspects returns the position of each aspect code.
func checkAspects(ps *problems, s *FrameworkSpec, domainAt map[string]int) map[string]int {
	at := map[string]int{}
	if len(s.Aspects) == 0 {
		ps.add("aspects", "at least one aspect is required")
	}
	for i, a := range s.Aspects {
		f := "aspects[" + strconv.Itoa(i) + "]"
		checkNamed(ps, at, f, i, a.Code, a.Name, func() {
			ps.add(f+".code", "%w: aspect code %s is used twice", ErrDuplicate, escape.Quote(a.Code))
		})
		switch _, ok := domainAt[a.Domain]; {
		case len(s.Domains) == 0 && a.Domain != "":
			ps.add(f+".domain", "names domain %s, but the framework has no domains", escape.Quote(a.Domain))
		case len(s.Domains) > 0 && !ok:
			ps.add(f+".domain", "names no domain of the framework: %s", escape.Quote(a.Domain))
		}
		checkWeight(ps, f, a.WeightBP)
	}
	return at
}

// checkNamed checks the code and the name of the i-th scale, domain or
// aspect, at field f: a code, which at then maps to i, and an Indonesian
// name. usedTwice says that the code is one at holds already, as a
// duplicate of its kind.
func checkNamed(ps *problems, at map[string]int, f string, i int, code string, name Text, usedTwice func()) {
	_, dup := at[code]
	switch {
	case code == "":
		ps.add(f+".code", "is required")
	case dup:
		usedTwice()
	default:
		at[code] = i
	}
	if name.ID == "" {
		ps.add(f+".name.id", "is required")
	}
}

// checkWeight checks a weight in basis points at field f: at least 1 and
// at most the whole index.
func checkWeight(ps *problems, f string, w int64) {
	if w <= 0 || w > WeightTotal {
		ps.add(f+".weight_bp", "%w: %d is not between 1 and %d", ErrWeights, w, WeightTotal)
	}
}

func checkIndicators(ps *problems, s *FrameworkSpec, fw *Framework, aspectAt, scaleAt map[string]int) {
	switch {
	case len(s.Indicators) == 0:
		ps.add("indicators", "at least one indicator is required")
	case len(s.Indicators) > MaxIndicators:
		ps.add("indicators", "%d indicators are more than the %d allowed", len(s.Indicators), MaxIndicators)
	}
	seen := map[int]int{}
	for i, ind := range s.Indicators {
		f := "indicators[" + strconv.Itoa(i) + "]"
		if ind.Number <= 0 {
			ps.add(f+".number", "must be positive, not %d", ind.Number)
		} else if j, dup := seen[ind.Number]; dup {
			ps.add(f+".number", "%w: indicator %d is also indicators[%d]", ErrDuplicate, ind.Number, j)
		} else {
			seen[ind.Number] = i
			if i > 0 && ind.Number < s.Indicators[i-1].Number {
				ps.add(f+".number", "indicators must be listed in ascending number: %d comes after %d", ind.Number, s.Indicators[i-1].Number)
			}
		}
		fw.numbers[i] = ind.Number
		if ind.Name.ID == "" {
			ps.add(f+".name.id", "is required")
		}
		fw.aspectOf[i] = -1
		if a, ok := aspectAt[ind.Aspect]; ok {
			fw.aspectOf[i] = a
		} else {
			ps.add(f+".aspect", "names no aspect of the framework: %s", escape.Quote(ind.Aspect))
		}
		if sc, ok := scaleAt[ind.Scale]; ok {
			fw.scaleOf[i] = sc
		} else {
			ps.add(f+".scale", "names no scale of the framework: %s", escape.Quote(ind.Scale))
		}
		checkWeight(ps, f, ind.WeightBP)
		fw.weight[i] = ind.WeightBP
	}
}

func checkWeights(ps *problems, s *FrameworkSpec, fw *Framework, domainAt map[string]int) {
	sumA := make([]int64, len(s.Aspects))
	countA := make([]int, len(s.Aspects))
	var total int64
	for i, ind := range s.Indicators {
		w := max(0, min(ind.WeightBP, WeightTotal)) // out-of-range weights are reported already
		if a := fw.aspectOf[i]; a >= 0 {
			sumA[a] += w
			countA[a]++
		}
		total += w
	}
	sumD := make([]int64, len(s.Domains))
	countD := make([]int, len(s.Domains))
	var totalD int64
	for a, asp := range s.Aspects {
		f := "aspects[" + strconv.Itoa(a) + "]"
		fw.aspectW[a] = asp.WeightBP
		if countA[a] == 0 {
			ps.add(f, "aspect %s has no indicator", escape.Quote(asp.Code))
		} else if sumA[a] != asp.WeightBP {
			ps.add(f+".weight_bp", "%w: aspect %s weighs %s but its indicators add up to %s",
				ErrWeights, escape.Quote(asp.Code), percent(asp.WeightBP), percent(sumA[a]))
		}
		fw.domainOf[a] = -1
		if d, ok := domainAt[asp.Domain]; ok {
			fw.domainOf[a] = d
			sumD[d] += max(0, min(asp.WeightBP, WeightTotal))
			countD[d]++
		}
	}
	for d, dom := range s.Domains {
		f := "domains[" + strconv.Itoa(d) + "]"
		fw.domainW[d] = dom.WeightBP
		totalD += max(0, min(dom.WeightBP, WeightTotal))
		if countD[d] == 0 {
			ps.add(f, "domain %s has no aspect", escape.Quote(dom.Code))
		} else if sumD[d] != dom.WeightBP {
			ps.add(f+".weight_bp", "%w: domain %s weighs %s but its aspects add up to %s",
				ErrWeights, escape.Quote(dom.Code), percent(dom.WeightBP), percent(sumD[d]))
		}
	}
	if len(s.Indicators) > 0 && total != WeightTotal {
		ps.add("indicators", "%w: the weights add up to %s, not 100%%", ErrWeights, percent(total))
	}
	if len(s.Domains) > 0 && totalD != WeightTotal {
		ps.add("domains", "%w: the weights add up to %s, not 100%%", ErrWeights, percent(totalD))
	}
}

// percent formats basis points as a percentage: 1300 is "13.00%".
func percent(bp int64) string {
	sign := ""
	if bp < 0 {
		sign, bp = "-", -bp
	}
	return fmt.Sprintf("%s%d.%02d%%", sign, bp/100, bp%100)
}
