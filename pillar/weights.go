package pillar

import (
	"encoding/json"
	"strconv"
)

// basisPoints is 100 % in basis points, the unit of Weights: shares are whole
// basis points (1 bp = 0.01 %), so that they sum exactly.
const basisPoints = 10000

// Weights are the shares used to aggregate a scorecard: the share of each
// pillar in the overall value and the share of each element within its
// pillar, in basis points. The zero Weights weighs everything equally, the
// unweighted mean. Build other weights with NewWeights.
type Weights struct {
	pillars     [pillarCount]uint16  // basis points, when pillarsSet
	elements    [elementCount]uint16 // basis points within the pillar, when elementsSet
	pillarsSet  bool
	elementsSet [pillarCount]bool
}

// NewWeights validates and returns weights. pillars gives each pillar's
// share of the overall value; when it is empty all pillars weigh the same,
// otherwise its shares must sum to 10000 basis points, 100 % (a pillar left
// out weighs zero). elements gives each element's share within its pillar;
// a pillar none of whose elements is listed weighs its elements the same,
// otherwise the shares of its three elements must sum to 10000. Every problem is
// reported at once in an error holding smartcity.Problems.
func NewWeights(pillars map[Pillar]int, elements map[Element]int) (Weights, error) {
	var w Weights
	var ps problems
	if len(pillars) > 0 {
		w.pillarsSet = true
		sum := 0
		for p, bp := range declared(&ps, "weights.pillars", "pillar", pillars) {
			if share(&ps, keyField("weights.pillars", p), bp) {
				w.pillars[p-1] = uint16(bp)
				sum += bp
			}
		}
		if len(ps) == 0 && sum != basisPoints {
			ps.add("weights.pillars", "weights", "shares sum to %d bp, want %d (100 %%)", sum, basisPoints)
		}
	}
	var sums [pillarCount]int
	for e, bp := range declared(&ps, "weights.elements", "element", elements) {
		if share(&ps, keyField("weights.elements", e), bp) {
			p := e.Pillar()
			w.elements[e-1] = uint16(bp)
			w.elementsSet[p-1] = true
			sums[p-1] += bp
		}
	}
	for p := range All() {
		if w.elementsSet[p-1] && sums[p-1] != basisPoints {
			ps.add("weights.elements["+p.String()+"]", "weights",
				"shares of the pillar's elements sum to %d bp, want %d (100 %%)", sums[p-1], basisPoints)
		}
	}
	if err := ps.err("weights", ""); err != nil {
		return Weights{}, err
	}
	return w, nil
}

// pillarWeight is p's weight as an integer: basis points when set, else 1.
func (w Weights) pillarWeight(p Pillar) int {
	if w.pillarsSet {
		return int(w.pillars[p-1])
	}
	return 1
}

func (w Weights) pillarTotal() int {
	if w.pillarsSet {
		return basisPoints
	}
	return pillarCount
}

// elementWeight is e's weight within its pillar as an integer: basis points
// when the pillar's element weights are set, else 1.
func (w Weights) elementWeight(e Element) int {
	if w.elementsSet[e.Pillar()-1] {
		return int(w.elements[e-1])
	}
	return 1
}

func (w Weights) elementTotal(p Pillar) int {
	if w.elementsSet[p-1] {
		return basisPoints
	}
	return elementsPerPillar
}

// share checks a share of bp basis points at the field path at: it must
// lie between 0 and 10000, 100 %.
func share(ps *problems, at string, bp int) bool {
	if bp < 0 || bp > basisPoints {
		ps.add(at, "range", "share %d bp must be between 0 and %d", bp, basisPoints)
		return false
	}
	return true
}

// Aggregate is a pillar's or the overall value of a scorecard with its
// coverage.
type Aggregate struct {
	// Value is the weighted mean over the parts that have data, on the
	// scorecard's scale; 0 and meaningless when Share is 0, as for a
	// pillar without values, which has no data rather than a zero.
	Value float64
	// Covered is the number of elements with a value.
	Covered int
	// Total is the number of elements in scope: 3 for a pillar, 18 overall.
	Total int
	// Share is the part of the weight that has data, 0–1: 1 when every
	// element with a weight has a value, 0 when there is no data.
	Share float64
}

// hasData reports whether the aggregate rests on any data. A pillar
// without values has no data: it is not a zero.
func (a Aggregate) hasData() bool { return a.Share > 0 }

// MarshalJSON encodes the aggregate as {"value", "covered", "total",
// "share"}, with "value": null when there is no data.
func (a Aggregate) MarshalJSON() ([]byte, error) {
	out := struct {
		Value   *float64 `json:"value"`
		Covered int      `json:"covered"`
		Total   int      `json:"total"`
		Share   float64  `json:"share"`
	}{Covered: a.Covered, Total: a.Total, Share: a.Share}
	if a.hasData() {
		out.Value = &a.Value
	}
	return json.Marshal(out)
}

// String returns the value with its coverage, such as "72.5 (3/3)", or
// "no data (0/3)".
func (a Aggregate) String() string {
	cov := " (" + strconv.Itoa(a.Covered) + "/" + strconv.Itoa(a.Total) + ")"
	if !a.hasData() {
		return "no data" + cov
	}
	return formatFloat(a.Value) + cov
}

// Summary is a scorecard aggregated: one Aggregate per pillar and the
// overall value.
type Summary struct {
	Region  string               `json:"region" yaml:"region"`
	Pillars map[Pillar]Aggregate `json:"pillars" yaml:"pillars"`
	Overall Aggregate            `json:"overall" yaml:"overall"`
}

// Pillar returns the unweighted mean of p's elements that have a value.
func (s Scorecard) Pillar(p Pillar) Aggregate { return s.pillar(p, Weights{}) }

// Overall returns the unweighted mean of the pillar values, over the pillars
// that have data: as in Giffinger's method, the elements are averaged into
// pillars first, so every pillar counts the same however many of its
// elements have values. Share tells how much of the whole is behind it.
func (s Scorecard) Overall() Aggregate { return s.Summarize(Weights{}).Overall }

// Summarize aggregates s with w: each pillar is the weighted mean of its
// elements that have values, the overall value the weighted mean of the
// pillars that have data. Weights of the parts without data are left out
// and the rest renormalised; Share reports how much weight is behind each
// value, for callers that require a minimum coverage.
func (s Scorecard) Summarize(w Weights) Summary {
	sum := Summary{Region: s.region, Pillars: make(map[Pillar]Aggregate, pillarCount)}
	var weighted, covered, shareSum float64
	for p := range All() {
		a := s.pillar(p, w)
		sum.Pillars[p] = a
		sum.Overall.Covered += a.Covered
		sum.Overall.Total += a.Total
		wp := float64(w.pillarWeight(p))
		shareSum += wp * a.Share
		if a.hasData() && wp > 0 {
			weighted += wp * a.Value
			covered += wp
		}
	}
	if covered > 0 {
		sum.Overall.Value = weighted / covered
		sum.Overall.Share = shareSum / float64(w.pillarTotal())
	}
	return sum
}

func (s Scorecard) pillar(p Pillar, w Weights) Aggregate {
	if !p.IsValid() {
		return Aggregate{}
	}
	a := Aggregate{Total: elementsPerPillar}
	var weighted float64
	covered := 0
	for e := range p.Elements() {
		v, ok := s.Value(e)
		if !ok {
			continue
		}
		a.Covered++
		we := w.elementWeight(e)
		weighted += float64(we) * v
		covered += we
	}
	if covered > 0 {
		a.Value = weighted / float64(covered)
		a.Share = float64(covered) / float64(w.elementTotal(p))
	}
	return a
}
