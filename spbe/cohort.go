package spbe

import (
	"slices"
	"strconv"

	"golang.org/x/exp/stats"
)

// Member is one result in a cohort: who, when, and the indices that are
// ranked and summarised.
type Member struct {
	// Instansi and Year say whose result it is.
	Instansi string `json:"instansi" yaml:"instansi"`
	Year     int    `json:"tahun,omitzero" yaml:"tahun,omitempty"`
	// Index is the Indeks SPBE, exact. A published value such as 3.99 may
	// stand for the exact one; ranks then tie where the published figures
	// do.
	Index Index `json:"index" yaml:"index"`
	// Domains are the domain indices by domain position.
	Domains []Index `json:"domains" yaml:"domains"`
	// Predicate is the predikat; zero means the one of Index on the
	// unrounded basis.
	Predicate Predicate `json:"predicate,omitzero" yaml:"predicate,omitempty"`
}

// MemberOf returns the cohort member of a scored result. The member keeps
// a copy of the domain indices, so res may be reused.
func MemberOf(instansi string, year int, res *Result) Member {
	return Member{
		Instansi: instansi, Year: year, Index: res.Index,
		Domains: slices.Clone(res.Domains), Predicate: res.Predicate,
	}
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
// 2024 regencies, say.
type Cohort struct {
	// Framework is the framework of the members' domains.
	Framework *Framework `json:"-" yaml:"-"`
	// Members are ranked, highest index first; members of equal index keep
	// the order they were given in.
	Members []Ranked `json:"members" yaml:"members"`
	// Index summarises the Indeks SPBE, Domains each domain by position.
	Index   Stats   `json:"index" yaml:"index"`
	Domains []Stats `json:"domains" yaml:"domains"`
	// Predicates count the members per predikat, Memuaskan first, every
	// predikat listed.
	Predicates []PredicateCount `json:"predicates" yaml:"predicates"`
}

// NewCohort ranks members and summarises their indices. Every member must
// have a valid index and one valid index per domain of fw; every problem is
// reported at once in a *ValidationError. An empty cohort is not an error:
// it has no members, and its Stats have N 0.
func NewCohort(fw *Framework, members []Member) (*Cohort, error) {
	nd := fw.NumDomains()
	var ps problems
	// Field paths are built only for problems, so that a valid cohort
	// costs no formatting.
	f := func(k int, suffix string) string { return "members[" + strconv.Itoa(k) + "]" + suffix }
	for k, m := range members {
		if !m.Index.IsValid() {
			ps.add(f(k, ".index"), "an index is required")
		}
		if len(m.Domains) != nd {
			ps.add(f(k, ".domains"), "%d domain indices for the %d domains of %s", len(m.Domains), nd, fw.spec.ID)
		} else {
			for d, x := range m.Domains {
				if !x.IsValid() {
					ps.add(f(k, ".domains["+strconv.Itoa(d)+"]"), "an index is required")
				}
			}
		}
		if m.Predicate != 0 && !m.Predicate.IsValid() {
			ps.add(f(k, ".predicate"), "unknown predicate %d", m.Predicate)
		}
	}
	if err := ps.err("cohort of " + fw.spec.ID); err != nil {
		return nil, err
	}

	n := len(members)
	c := &Cohort{Framework: fw, Members: make([]Ranked, n), Domains: make([]Stats, nd)}
	for k, m := range members {
		if m.Predicate == 0 {
			m.Predicate = fw.PredicateOf(m.Index, Unrounded)
		}
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
	for p := Memuaskan; p >= Kurang; p-- {
		c.Predicates = append(c.Predicates, PredicateCount{Predicate: p})
	}
	for _, m := range c.Members {
		c.Predicates[Memuaskan-m.Predicate].Count++
	}
	return c, nil
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
