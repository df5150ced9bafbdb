package spbe

import (
	"cmp"
	"errors"
	"slices"
	"strconv"

	"golang.org/x/exp/stats"
)

// Member is one result in a cohort: who, when, under which framework, and
// the indices that are ranked and summarised.
type Member struct {
	// Instansi and Year say whose result it is.
	Instansi string `json:"instansi" yaml:"instansi"`
	Year     int    `json:"tahun,omitzero" yaml:"tahun,omitempty"`
	// Framework is the id of the framework of the result. Empty means the
	// cohort's (NewCohort) or the rule of Year (GroupByFramework), for
	// members made by hand from published figures.
	Framework string `json:"framework,omitempty" yaml:"framework,omitempty"`
	// Index is the index — the Indeks SPBE, or the Indeks Pemerintah
	// Digital — exact. A published value such as 3.99 may stand for the
	// exact one; ranks then tie where the published figures do.
	Index Index `json:"index" yaml:"index"`
	// Domains are the domain indices by domain position; none in a
	// framework without domains.
	Domains []Index `json:"domains" yaml:"domains"`
	// Predicate is the predikat; zero means the one of Index on the
	// unrounded basis, in the bands of the cohort's framework.
	Predicate Predicate `json:"predicate,omitzero" yaml:"predicate,omitempty"`
}

// MemberOf returns the cohort member of a scored result, naming its
// framework. The member keeps a copy of the domain indices, so res may be
// reused.
func MemberOf(instansi string, year int, res *Result) Member {
	m := Member{
		Instansi: instansi, Year: year, Index: res.Index,
		Domains: slices.Clone(res.Domains), Predicate: res.Predicate,
	}
	if res.Framework != nil {
		m.Framework = res.Framework.ID()
	}
	return m
}

// Ranked is a member with its place in the cohort.
type Ranked struct {
	Member
	// Rank is the competition rank by exact index, highest first: members
	// with equal indices share a rank and the next rank skips (1, 2, 2,
	// 4).
	Rank int `json:"rank" yaml:"rank"`
	// Percentile is the percentile rank from 0 to 100: the share of the
	// other members whose index is strictly lower, 100 × below / (n − 1),
	// as spreadsheets' PERCENTRANK.INC computes it (the inverse of the
	// R-7 quantiles). The highest member is 100 and the lowest 0; members
	// of equal index share it; a single member is 100.
	Percentile float64 `json:"percentile" yaml:"percentile"`
}

// Stats summarise one index over a cohort. They are floating-point
// statistics, computed with golang.org/x/exp/stats from the exact values
// converted once to float64: fine for a summary, never for a rank or a
// predikat, which use exact comparison.
type Stats struct {
	// N is the number of values; every other field is 0 when N is 0.
	N int `json:"n" yaml:"n"`
	// Mean is the arithmetic mean.
	Mean float64 `json:"mean" yaml:"mean"`
	// StdDev is the sample standard deviation (divided by n − 1, as
	// spreadsheets' STDEV.S), which x/exp/stats MeanAndStdDev computes. It
	// is 0 for a single value.
	StdDev float64 `json:"std_dev" yaml:"std_dev"`
	// Min, Q1, Median, Q3 and Max are the quantiles 0, ¼, ½, ¾ and 1 by
	// the R-7 method (linear interpolation between order statistics, as
	// spreadsheets' PERCENTILE.INC and QUARTILE.INC), which x/exp/stats
	// Quantiles computes.
	Min    float64 `json:"min" yaml:"min"`
	Q1     float64 `json:"q1" yaml:"q1"`
	Median float64 `json:"median" yaml:"median"`
	Q3     float64 `json:"q3" yaml:"q3"`
	Max    float64 `json:"max" yaml:"max"`
}

// PredicateCount is how many members of a cohort have a predikat.
type PredicateCount struct {
	Predicate Predicate `json:"predicate" yaml:"predicate"`
	Count     int       `json:"count" yaml:"count"`
}

// Cohort ranks and summarises a set of results of one framework — all
// 2024 regencies, say. Indices of different frameworks are not ranked
// together: they weigh other indicators and earn their predikat in other
// bands (see GroupByFramework).
type Cohort struct {
	// Framework is the framework of the members.
	Framework *Framework `json:"-" yaml:"-"`
	// Members are ranked, highest index first; members of equal index keep
	// the order they were given in.
	Members []Ranked `json:"members" yaml:"members"`
	// Index summarises the index, Domains each domain by position (none in
	// a framework without domains).
	Index   Stats   `json:"index" yaml:"index"`
	Domains []Stats `json:"domains" yaml:"domains"`
	// Predicates count the members per predikat band of the framework,
	// the highest first, every band listed.
	Predicates []PredicateCount `json:"predicates" yaml:"predicates"`
}

// NewCohort ranks members and summarises their indices under fw. Every
// member must be of fw — name fw's id or no framework, which fw then
// stands for, as the framework a caller chooses wins over the year in
// Assessment.ResolveFramework — and have a valid index, one valid index
// per domain of fw and a predikat, if any, among fw's bands. A member of
// another framework is a problem wrapping ErrFrameworkMismatch that names
// it and both frameworks: a cohort ranks one framework's indices, and
// GroupByFramework ranks a mixed set in one cohort per framework. Every
// problem is reported at once in a *ValidationError. An empty cohort is
// not an error: it has no members, and its Stats have N 0.
func NewCohort(fw *Framework, members []Member) (*Cohort, error) {
	if fw == nil {
		return nil, errors.New("spbe: a cohort needs a framework to rank under")
	}
	var ps problems
	for k, m := range members {
		checkMember(&ps, fw, k, m)
	}
	if err := ps.err("cohort of " + fw.spec.ID); err != nil {
		return nil, err
	}
	return newCohort(fw, members), nil
}

// memberField is the field path of a member's problem. Paths are built
// only for problems, so that a valid cohort costs no formatting.
func memberField(k int, suffix string) string { return "members[" + strconv.Itoa(k) + "]" + suffix }

// checkMember adds the problems of members[k] as a member of a cohort of
// fw.
func checkMember(ps *problems, fw *Framework, k int, m Member) {
	other := m.Framework != "" && m.Framework != fw.spec.ID
	if other {
		ps.add(memberField(k, ".framework"), "%w: %s is a result of %s, not %s; a cohort ranks one framework's indices: group the members by framework",
			ErrFrameworkMismatch, memberName(m), m.Framework, fw.spec.ID)
	}
	if !m.Index.IsValid() {
		ps.add(memberField(k, ".index"), "an index is required")
	}
	if other {
		// Its domains and predikat are of the other framework.
		return
	}
	nd := fw.NumDomains()
	if len(m.Domains) != nd {
		ps.add(memberField(k, ".domains"), "%d domain indices for the %d domains of %s", len(m.Domains), nd, fw.spec.ID)
	} else {
		for d, x := range m.Domains {
			if !x.IsValid() {
				ps.add(memberField(k, ".domains["+strconv.Itoa(d)+"]"), "an index is required")
			}
		}
	}
	switch p := m.Predicate; {
	case p != 0 && !p.IsValid():
		ps.add(memberField(k, ".predicate"), "unknown predicate %d", p)
	case p != 0 && !fw.HasBand(p):
		ps.add(memberField(k, ".predicate"), "%s is not a predikat band of %s", p, fw.spec.ID)
	}
}

// memberName names a member in a problem: "Kab. Rembang" 2025.
func memberName(m Member) string {
	s := quote(m.Instansi)
	if m.Year != 0 {
		s += " " + strconv.Itoa(m.Year)
	}
	return s
}

// newCohort ranks and summarises members that checkMember found valid.
func newCohort(fw *Framework, members []Member) *Cohort {
	n, nd := len(members), fw.NumDomains()
	c := &Cohort{Framework: fw, Members: make([]Ranked, n), Domains: make([]Stats, nd)}
	for k, m := range members {
		if m.Predicate == 0 {
			m.Predicate = fw.PredicateOf(m.Index, Unrounded)
		}
		m.Framework = fw.spec.ID
		c.Members[k] = Ranked{Member: m}
	}
	slices.SortStableFunc(c.Members, func(a, b Ranked) int { return b.Index.Cmp(a.Index) })
	for start := 0; start < n; {
		end := start + 1
		for end < n && c.Members[end].Index.Cmp(c.Members[start].Index) == 0 {
			end++
		}
		pct := 100.0
		if n > 1 {
			pct = 100 * float64(n-end) / float64(n-1)
		}
		for k := start; k < end; k++ {
			c.Members[k].Rank, c.Members[k].Percentile = start+1, pct
		}
		start = end
	}

	values := make([]float64, n)
	for k, m := range c.Members {
		values[k] = toFloat(m.Index)
	}
	c.Index = summarise(values)
	for d := range nd {
		for k, m := range c.Members {
			values[k] = toFloat(m.Domains[d])
		}
		c.Domains[d] = summarise(values)
	}
	bands := fw.spec.Bands
	c.Predicates = make([]PredicateCount, len(bands))
	for i, b := range bands {
		c.Predicates[len(bands)-1-i].Predicate = b.Predicate
	}
	for _, m := range c.Members {
		c.Predicates[len(bands)-1-fw.band(m.Predicate)].Count++
	}
	return c
}

// GroupByFramework ranks members in one cohort per framework, the newest
// framework first (the one whose last evaluation year is the latest, ties
// by id), each keeping its members' order: indices of different frameworks
// weigh other indicators and earn their predikat in other bands, so a set
// that spans two rules — the 2025 results under PermenPANRB 59/2020 and the
// 2026 ones under 8/2026 — is ranked as two cohorts, not one.
//
// A member's framework is, as Assessment.ResolveFramework(nil) decides for
// an assessment, the one it names — among frameworks, else a built-in; an
// unknown id wraps ErrUnknownFramework — or, when it names none, the rule
// of its year (ForYear; a year before 2018 wraps ErrNoFramework), or
// Default without a year. Each member must then be valid in its framework's
// cohort (see NewCohort). Every problem is reported at once in a
// *ValidationError, by the member's position in members. No members make
// no cohorts.
func GroupByFramework(members []Member, frameworks ...*Framework) ([]*Cohort, error) {
	byID := func(id string) (*Framework, error) {
		for _, fw := range frameworks {
			if fw != nil && fw.spec.ID == id {
				return fw, nil
			}
		}
		return Lookup(id)
	}
	var ps problems
	var order []*Framework // in the order first met
	groups := map[*Framework][]Member{}
	for k, m := range members {
		var fw *Framework
		switch {
		case m.Framework != "":
			var err error
			if fw, err = byID(m.Framework); err != nil {
				ps.add(memberField(k, ".framework"), "%w", bare(err))
				continue
			}
		case m.Year != 0:
			y, err := frameworkForYear(m.Year, memberField(k, ".tahun"), "")
			if ve := (*ValidationError)(nil); errors.As(err, &ve) {
				ps = append(ps, ve.Problems...)
				continue
			}
			// A framework given with the id of the year's rule stands
			// for it.
			fw, _ = byID(y.spec.ID)
		default:
			fw, _ = byID(Default().spec.ID)
		}
		checkMember(&ps, fw, k, m)
		if _, seen := groups[fw]; !seen {
			order = append(order, fw)
		}
		groups[fw] = append(groups[fw], m)
	}
	if err := ps.err("cohorts"); err != nil {
		return nil, err
	}
	slices.SortStableFunc(order, func(a, b *Framework) int {
		if c := cmp.Compare(lastYear(b), lastYear(a)); c != 0 {
			return c
		}
		return cmp.Compare(a.spec.ID, b.spec.ID)
	})
	out := make([]*Cohort, len(order))
	for i, fw := range order {
		out[i] = newCohort(fw, groups[fw])
	}
	return out, nil
}

// lastYear returns the last evaluation year of fw, 0 when it lists none.
func lastYear(fw *Framework) int {
	if ys := fw.spec.Years; len(ys) > 0 {
		return slices.Max(ys)
	}
	return 0
}

// Len returns the number of members.
func (c *Cohort) Len() int { return len(c.Members) }

// Count returns how many members have predicate p.
func (c *Cohort) Count(p Predicate) int {
	for _, pc := range c.Predicates {
		if pc.Predicate == p {
			return pc.Count
		}
	}
	return 0
}

// Find returns the ranked member with the given instansi and year (any
// year when year is 0).
func (c *Cohort) Find(instansi string, year int) (Ranked, bool) {
	for _, m := range c.Members {
		if m.Instansi == instansi && (year == 0 || m.Year == year) {
			return m, true
		}
	}
	return Ranked{}, false
}

// summarise computes the Stats of values, which it may reorder.
func summarise(values []float64) Stats {
	if len(values) == 0 {
		return Stats{}
	}
	slices.Sort(values)
	s := Stats{N: len(values)}
	s.Mean, s.StdDev = stats.MeanAndStdDev(values)
	q := stats.Quantiles(values, 0, 0.25, 0.5, 0.75, 1)
	s.Min, s.Q1, s.Median, s.Q3, s.Max = q[0], q[1], q[2], q[3], q[4]
	return s
}

// toFloat converts x to the nearest float64: a single correctly rounded
// division when both parts are exact in a float64, as index parts are.
func toFloat(x Index) float64 {
	const exact = 1 << 53
	if x.num > -exact && x.num < exact && x.den < exact {
		return float64(x.num) / float64(x.den)
	}
	return x.Float64()
}
