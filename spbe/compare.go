package spbe

import (
	"cmp"
	"errors"
	"slices"

	"github.com/kotacerdas/smartcity"
)

// Change is how one index moved between two results, exactly: Delta is To
// − From, negative for a fall. The three share a denominator, so Delta is
// exact and its display (half-up to two decimals, away from zero) may
// differ by 0.01 from the difference of the displayed values.
type Change struct {
	From  smartcity.Number `json:"from" yaml:"from"`
	To    smartcity.Number `json:"to" yaml:"to"`
	Delta smartcity.Number `json:"delta" yaml:"delta"`
}

// IndicatorChange is how one indicator moved between two results.
type IndicatorChange struct {
	// Indicator is the indicator's number.
	Indicator int `json:"indicator" yaml:"indicator"`
	// From and To are its levels; Delta is To − From in levels.
	From  Level `json:"from" yaml:"from"`
	To    Level `json:"to" yaml:"to"`
	Delta int   `json:"delta" yaml:"delta"`
	// Contribution is what the move adds to the index: weight ×
	// Delta / WeightTotal, negative for a fall. The contributions of all
	// indicators add up to the index's Delta.
	Contribution smartcity.Number `json:"contribution" yaml:"contribution"`
}

// Comparison sets two results side by side: year over year, or one region
// against another. Every delta is exact.
//
// Two results of one framework are compared in full: every indicator,
// aspect and domain (none in a framework without domains) and the index.
// Two results of different frameworks — a 2025 result under PermenPANRB
// 59/2020 and a 2026 one under the Indeks Pemerintah Digital of 8/2026 —
// share no indicators, aspects or domains, so only their indices are
// compared: IndexOnly is set and Indicators, Aspects and Domains are empty.
// Both indices are Σ level × weight over 100 % on the same scale of
// levels, which is what the evaluations themselves compare from one year to
// the next.
type Comparison struct {
	// From and To are the two results, with who and when.
	From, To Scored
	// Framework is the framework of both results; nil when they differ
	// (IndexOnly).
	Framework *Framework
	// FromFramework and ToFramework are the ids of the frameworks of the
	// two results, equal unless IndexOnly.
	FromFramework string
	ToFramework   string
	// IndexOnly reports that the results are of different frameworks, so
	// that only the index and the predikat are compared.
	IndexOnly bool
	// Indicators are by indicator position; empty when IndexOnly.
	Indicators []IndicatorChange
	// Aspects and Domains are by aspect and domain position; empty when
	// IndexOnly, and Domains in a framework without domains.
	Aspects []Change
	Domains []Change
	// Index is the change of the index: the Indeks SPBE, or the Indeks
	// Pemerintah Digital.
	Index Change
	// FromPredicate and ToPredicate are the two results' predikat, each on
	// its own result's basis and in its own framework's bands.
	FromPredicate Predicate
	ToPredicate   Predicate
	// Top is how many of the biggest gains and losses the JSON lists,
	// Gains(Top) and Losses(Top): 5 from Compare; a negative Top lists
	// them all.
	Top int
}

// defaultTop is the Top of a Comparison that Compare returns: the five
// biggest gains and losses, as many as a reader takes in at a glance.
const defaultTop = 5

// Compare compares the result from with the result to: to − from for every
// indicator, aspect, domain and the index when both are of one framework
// (the same *Framework, or frameworks with the same id), and for the index
// alone when they are not (Comparison.IndexOnly). Each result must be
// complete in the shape of its framework ("wrong number of levels"
// otherwise). The instansi and years of the two name the sides of the
// comparison's JSON.
func Compare(fromScored, toScored Scored) (*Comparison, error) {
	from, to := fromScored.Result, toScored.Result
	if from == nil || to == nil || from.Framework == nil || to.Framework == nil {
		return nil, errors.New("spbe: compare needs two scored results")
	}
	fw := from.Framework
	same := fw == to.Framework || fw.ID() == to.Framework.ID()
	for _, r := range []*Result{from, to} {
		// Results of one framework are checked against from's, whose
		// shape the loops below follow.
		rfw := fw
		if !same {
			rfw = r.Framework
		}
		if len(r.Levels) != rfw.NumIndicators() || len(r.Aspects) != rfw.NumAspects() || len(r.Domains) != rfw.NumDomains() || !r.Index.IsValid() {
			return nil, errorfWrap(errLevelCount, "spbe: a result does not have the shape of %s", rfw.ID())
		}
	}
	c := &Comparison{
		From:          fromScored,
		To:            toScored,
		Top:           defaultTop,
		FromFramework: fw.ID(),
		ToFramework:   to.Framework.ID(),
		IndexOnly:     !same,
		Index:         change(from.Index, to.Index),
		FromPredicate: from.Predicate,
		ToPredicate:   to.Predicate,
	}
	if !same {
		c.Indicators, c.Aspects, c.Domains = []IndicatorChange{}, []Change{}, []Change{}
		return c, nil
	}
	n, na, nd := fw.NumIndicators(), fw.NumAspects(), fw.NumDomains()
	c.Framework = fw
	c.Indicators = make([]IndicatorChange, n)
	c.Aspects = make([]Change, na)
	c.Domains = make([]Change, nd)
	for i := range n {
		d := int(to.Levels[i]) - int(from.Levels[i])
		c.Indicators[i] = IndicatorChange{
			Indicator: fw.numbers[i], From: from.Levels[i], To: to.Levels[i], Delta: d,
			Contribution: smartcity.NewNumber(int64(d)*fw.weight[i], WeightTotal),
		}
	}
	for a := range na {
		c.Aspects[a] = change(from.Aspects[a], to.Aspects[a])
	}
	for d := range nd {
		c.Domains[d] = change(from.Domains[d], to.Domains[d])
	}
	return c, nil
}

// change returns the exact change from x to y. Results of one framework
// share denominators; otherwise the difference is taken over the product
// of the denominators, reduced.
func change(x, y smartcity.Number) Change {
	delta, _ := y.Sub(x) // the zero Number when it does not fit
	return Change{From: x, To: y, Delta: delta}
}

// PredicateChange returns how many predikat bands the result moved: +1
// from Sangat Baik to Memuaskan, −1 for a fall of one band, 0 when it kept
// its predikat (or either is unset). When IndexOnly each predikat is in its
// own framework's bands, which begin at other indices (Memuaskan from 4.2
// under 59/2020, from 4.00 under 8/2026): the change counts the named
// bands, and an index that stayed 4.10 moves up one.
func (c *Comparison) PredicateChange() int {
	if !predicates.IsValid(c.FromPredicate) || !predicates.IsValid(c.ToPredicate) {
		return 0
	}
	return int(c.ToPredicate) - int(c.FromPredicate)
}

// Gains returns up to n indicators that rose, the biggest contribution to
// the index first (ties by indicator number). n < 0 means all.
func (c *Comparison) Gains(n int) []IndicatorChange { return c.top(n, 1) }

// Losses returns up to n indicators that fell, the biggest loss to the
// index first (ties by indicator number). n < 0 means all.
func (c *Comparison) Losses(n int) []IndicatorChange { return c.top(n, -1) }

func (c *Comparison) top(n, sign int) []IndicatorChange {
	var out []IndicatorChange
	for _, ic := range c.Indicators {
		if cmp.Compare(ic.Delta, 0) == sign {
			out = append(out, ic)
		}
	}
	// Contributions share the denominator WeightTotal.
	slices.SortStableFunc(out, func(a, b IndicatorChange) int {
		return cmp.Compare(int64(sign)*b.Contribution.Num(), int64(sign)*a.Contribution.Num())
	})
	if n >= 0 && len(out) > n {
		out = out[:n]
	}
	return out
}
