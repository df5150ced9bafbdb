package spbe

import (
	"cmp"
	"errors"
	"math/big"
	"slices"
)

// Change is how one index moved between two results, exactly: Delta is To
// − From, negative for a fall. The three share a denominator, so Delta is
// exact and its display (half-up to two decimals, away from zero) may
// differ by 0.01 from the difference of the displayed values.
type Change struct {
	From  Index `json:"from" yaml:"from"`
	To    Index `json:"to" yaml:"to"`
	Delta Index `json:"delta" yaml:"delta"`
}

// IndicatorChange is how one indicator moved between two results.
type IndicatorChange struct {
	// Indicator is the indicator's number.
	Indicator int `json:"indicator" yaml:"indicator"`
	// From and To are its levels; Delta is To − From in levels.
	From  Level `json:"from" yaml:"from"`
	To    Level `json:"to" yaml:"to"`
	Delta int   `json:"delta" yaml:"delta"`
	// Contribution is what the move adds to the Indeks SPBE: weight ×
	// Delta / WeightTotal, negative for a fall. The contributions of all
	// indicators add up to the index's Delta.
	Contribution Index `json:"contribution" yaml:"contribution"`
}

// Comparison sets two results of one framework side by side: year over
// year, or one region against another. Every delta is exact.
type Comparison struct {
	// Framework is the framework of both results.
	Framework *Framework `json:"-" yaml:"-"`
	// Indicators are by indicator position.
	Indicators []IndicatorChange `json:"indicators" yaml:"indicators"`
	// Aspects and Domains are by aspect and domain position.
	Aspects []Change `json:"aspects" yaml:"aspects"`
	Domains []Change `json:"domains" yaml:"domains"`
	// Index is the change of the Indeks SPBE.
	Index Change `json:"index" yaml:"index"`
	// FromPredicate and ToPredicate are the two results' predikat, each on
	// its own result's basis.
	FromPredicate Predicate `json:"from_predicate" yaml:"from_predicate"`
	ToPredicate   Predicate `json:"to_predicate" yaml:"to_predicate"`
}

// Compare compares the result from with the result to: to − from for every
// indicator, aspect, domain and the index. Both must come from the same
// framework (the error wraps ErrFrameworkMismatch) and be complete.
func Compare(from, to *Result) (*Comparison, error) {
	switch {
	case from == nil || to == nil || from.Framework == nil || to.Framework == nil:
		return nil, errors.New("spbe: compare needs two scored results")
	case from.Framework != to.Framework && from.Framework.ID() != to.Framework.ID():
		return nil, errorfWrap(ErrFrameworkMismatch, "spbe: %s: cannot compare a result of %s with one of %s",
			ErrFrameworkMismatch, from.Framework.ID(), to.Framework.ID())
	}
	fw := from.Framework
	n, na, nd := fw.NumIndicators(), fw.NumAspects(), fw.NumDomains()
	for _, r := range []*Result{from, to} {
		if len(r.Levels) != n || len(r.Aspects) != na || len(r.Domains) != nd || !r.Index.IsValid() {
			return nil, errorfWrap(ErrLevelCount, "spbe: a result does not have the shape of %s", fw.ID())
		}
	}
	c := &Comparison{
		Framework:     fw,
		Indicators:    make([]IndicatorChange, n),
		Aspects:       make([]Change, na),
		Domains:       make([]Change, nd),
		Index:         change(from.Index, to.Index),
		FromPredicate: from.Predicate,
		ToPredicate:   to.Predicate,
	}
	for i := range n {
		d := int(to.Levels[i]) - int(from.Levels[i])
		c.Indicators[i] = IndicatorChange{
			Indicator: fw.numbers[i], From: from.Levels[i], To: to.Levels[i], Delta: d,
			Contribution: Index{num: int64(d) * fw.weight[i], den: WeightTotal},
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
func change(x, y Index) Change {
	if x.den == y.den {
		return Change{From: x, To: y, Delta: Index{num: y.num - x.num, den: x.den}}
	}
	d := new(big.Rat).Sub(y.Rat(), x.Rat())
	delta := Index{}
	if d.Num().IsInt64() && d.Denom().IsInt64() {
		delta = Index{num: d.Num().Int64(), den: d.Denom().Int64()}
	}
	return Change{From: x, To: y, Delta: delta}
}

// PredicateChange returns how many predikat bands the result moved: +1
// from Sangat Baik to Memuaskan, −1 for a fall of one band, 0 when it kept
// its predikat (or either is unset).
func (c *Comparison) PredicateChange() int {
	if !c.FromPredicate.IsValid() || !c.ToPredicate.IsValid() {
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
		return cmp.Compare(int64(sign)*b.Contribution.num, int64(sign)*a.Contribution.num)
	})
	if n >= 0 && len(out) > n {
		out = out[:n]
	}
	return out
}
