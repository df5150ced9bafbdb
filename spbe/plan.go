package spbe

import (
	"errors"
	"math"
	"math/bits"
	"slices"
	"strconv"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/escape"
)

// errPlanTooLarge: a least-cost plan whose exact search would need more
// memory than maxPlanCells allows. The built-in frameworks never come near
// it; a loaded framework with hundreds of indicators of coprime weights
// can.
var errPlanTooLarge = errors.New("plan too large to solve exactly")

// maxPlanCells bounds the table of the least-cost search: the number of
// raisable indicators times the number of basis-point states of their
// domain. Each cell takes five bytes.
const maxPlanCells = 1 << 24

// maxCost bounds the cost of one raise, so that no plan's total can
// overflow int64: a quadrillion (10¹⁵), in rupiah or any other unit.
const maxCost int64 = 1_000_000_000_000_000

// Cost is the price of raising an indicator one level.
type Cost struct {
	// Indicator is the indicator's number.
	Indicator int `json:"indicator" yaml:"indicator"`
	// Level is the level the raise reaches, for a price that differs by
	// level; 0 prices every raise of the indicator that has no price of
	// its own.
	Level Level `json:"level,omitzero" yaml:"level,omitempty"`
	// Cost is the price: whole rupiah, or any unit as long as every cost
	// of a plan uses the same one. 0 ≤ Cost ≤ 10¹⁵, so that no plan's total
	// can overflow.
	Cost int64 `json:"cost" yaml:"cost"`
}

// PlanOptions are the rules a plan must keep. The zero PlanOptions plan the
// fewest raises, all in one year, on the unrounded basis, with every
// indicator free to rise to the top of the scale.
type PlanOptions struct {
	// Basis is the predicate basis on which the target is judged; zero
	// means Unrounded.
	Basis PredicateBasis `json:"predicate_basis,omitzero" yaml:"predicate_basis,omitempty"`
	// Costs price the raises. Empty: every raise counts the same and the
	// plan has the fewest raises. Otherwise the plan has the least total
	// cost (ties: the fewest raises), and an indicator whose next raise
	// has no price is held at its level (LimitUnpriced).
	Costs []Cost `json:"costs,omitempty" yaml:"costs,omitempty"`
	// MaxRaisePerYear is the most levels an indicator may rise in one
	// year; 0 means no cap, when the whole plan falls in one year.
	MaxRaisePerYear int `json:"max_raise_per_year,omitzero" yaml:"max_raise_per_year,omitempty"`
	// Years is the number of years the plan may take, with a cap: an
	// indicator rises at most MaxRaisePerYear × Years levels in all.
	// 0 with a cap means the fewest years in which the target can be met
	// (and then the fewest raises or least cost within them). Without a
	// cap it is ignored.
	Years int `json:"years,omitzero" yaml:"years,omitempty"`
	// StartYear is the calendar year of the plan's first year, such as the
	// assessment's year + 1; steps then carry calendar years. 0 numbers
	// the years 1, 2, ….
	StartYear int `json:"start_year,omitzero" yaml:"start_year,omitempty"`
	// Frozen are the numbers of indicators that cannot change.
	Frozen []int `json:"frozen,omitempty" yaml:"frozen,omitempty"`
	// MinLevels are minimum levels by indicator number. A plan first lifts
	// every indicator to its minimum, then optimises.
	MinLevels map[int]Level `json:"min_levels,omitempty" yaml:"min_levels,omitempty"`
	// MinDomains are minimum domain indices by domain code ("D3": 3). The
	// plan lifts each domain at least that far, choosing the lift jointly
	// with the rest so that the whole is still optimal.
	MinDomains map[string]smartcity.Number `json:"min_domains,omitempty" yaml:"min_domains,omitempty"`
	// Unanswered says what an unanswered starting level is: an error (the
	// zero value, UnansweredError) or level 0, from which the first raise
	// reaches the scale's lowest level (UnansweredZero) — for a result
	// scored with its unanswered indicators at 0, or an indicator no
	// evidence backs yet.
	Unanswered UnansweredPolicy `json:"unanswered,omitzero" yaml:"unanswered,omitempty"`
}

// Step is one raise of one indicator by one level.
type Step struct {
	// Indicator is the indicator's number.
	Indicator int `json:"indicator" yaml:"indicator"`
	// From and To are the levels before and after the raise; To = From+1.
	From Level `json:"from" yaml:"from"`
	To   Level `json:"to" yaml:"to"`
	// Year is the year of the step: a calendar year when the plan has a
	// StartYear, else 1, 2, ….
	Year int `json:"year" yaml:"year"`
	// Cost is the raise's price; 0 in a plan without costs.
	Cost int64 `json:"cost" yaml:"cost"`
	// IndexAfter is the Indeks SPBE once this step and all before it are
	// done.
	IndexAfter smartcity.Number `json:"index_after" yaml:"index_after"`
	// Required says that the step lifts the indicator toward a minimum
	// (PlanOptions.MinLevels or a profile target).
	Required bool `json:"required,omitzero" yaml:"required,omitempty"`
}

// Bound lists the indicators a limit holds below the top of the scale in a
// plan that falls short.
type Bound struct {
	Limit      Limit `json:"limit" yaml:"limit"`
	Indicators []int `json:"indicators" yaml:"indicators"`
}

// Shortfall is a minimum the plan cannot meet: an indicator's minimum
// level (Indicator set) or a domain's minimum index (Domain set).
type Shortfall struct {
	Indicator int    `json:"indicator,omitzero" yaml:"indicator,omitempty"`
	Domain    string `json:"domain,omitempty" yaml:"domain,omitempty"`
	// Want is the minimum asked for, exactly as asked (5.5 for a domain
	// whose index cannot pass 5), Got the most the plan can reach. The
	// JSON writes Want with two decimals or as many more as it has.
	Want smartcity.Number `json:"want" yaml:"want"`
	Got  smartcity.Number `json:"got" yaml:"got"`
	// Limit is what holds it back (for a domain, LimitMaxLevel means that
	// its indicators are all as high as the constraints allow).
	Limit Limit `json:"limit" yaml:"limit"`
}

// Plan is a year-by-year roadmap of one-level raises toward a target.
//
// A Plan is written in JSON as `smartcity spbe plan --json` prints it
// (MarshalJSON).
type Plan struct {
	// Instansi and Year say whose levels the plan raises, from the
	// evaluation of which year, as the caller names them for the JSON;
	// Framework.Plan leaves them empty.
	Instansi string
	Year     int
	// Framework is the framework of the levels.
	Framework *Framework
	// Target is what the plan aims at.
	Target Target
	// Basis is the predicate basis the target was judged on.
	Basis PredicateBasis
	// Need is the least numerator (Σ level × weight in basis points) that
	// meets the index or predikat target; 0 without one.
	Need int64
	// Reached says whether the plan meets the whole target and every
	// minimum. When it does not, the plan is the one that comes closest:
	// every indicator as high as the constraints allow, and To is the best
	// reachable index.
	Reached bool
	// From and To are the index before and after the plan, and
	// FromPredicate and ToPredicate their predikat on Basis.
	From          smartcity.Number
	To            smartcity.Number
	FromPredicate Predicate
	ToPredicate   Predicate
	// Levels are the levels after the plan, by indicator position.
	Levels Levels
	// Steps are the raises, ordered by year; within a year, the steps
	// toward a minimum first, then the biggest gain first (the heaviest
	// indicator), then by indicator number and level. Each indicator
	// rises as early as the yearly cap allows.
	Steps []Step
	// TotalCost is the sum of the steps' costs.
	TotalCost int64
	// Priced says whether the plan was made with costs (least cost) or
	// without (fewest raises).
	Priced bool
	// FirstYear is the year of the plan's first year and Years the number
	// of years it may take (1 without a cap).
	FirstYear int
	Years     int
	// Bounds say, when the plan falls short, which limits hold which
	// indicators below the top of the scale. When none is listed the
	// target lies beyond the scale itself.
	Bounds []Bound
	// Shortfalls are the minimums the plan cannot meet.
	Shortfalls []Shortfall
	// Unpriced are the numbers of the indicators below the top of the
	// scale that the costs give no price, so that the plan does not raise
	// them; none in a plan without costs.
	Unpriced []int
}

// Raises returns the number of one-level raises in the plan.
func (p *Plan) Raises() int { return len(p.Steps) }

// LastYear returns the year of the plan's last step, or FirstYear when it
// has none.
func (p *Plan) LastYear() int {
	if len(p.Steps) == 0 {
		return p.FirstYear
	}
	return p.Steps[len(p.Steps)-1].Year
}

// Plan finds the fewest one-level raises of the levels from — or, with
// costs, the cheapest — that reach target while keeping the constraints of
// opt, and lays them out year by year.
//
// Without costs every raise of indicator i adds its weight in basis points
// to the numerator, so raising the heaviest indicators first is optimal
// (among indicators of equal weight the lowest level rises first). With
// costs the plan is exact too: a multiple-choice knapsack solved by
// dynamic programming over the basis points still missing, per domain and
// then across domains, so that domain minimums are met jointly with the
// index. Minimum levels are lifted first; they are part of every plan.
//
// from must hold a level for every indicator: an Unanswered one is an
// error, as in Score with the default Options, unless opt.Unanswered is
// UnansweredZero.
// Constraints naming unknown indicators or domains, negative caps or
// years, and costs out of range are reported at once in an
// error holding smartcity.Problems. A target that cannot be met is not an error: the plan
// says Reached false, comes as close as it can and names the Bounds that
// hold it back.
func (fw *Framework) Plan(from Levels, target Target, opt PlanOptions) (*Plan, error) {
	var res Result
	if err := fw.ScoreInto(&res, from, Options{Basis: opt.Basis, Unanswered: opt.Unanswered}); err != nil {
		return nil, err
	}
	pl, err := fw.newPlanner(res.Levels, target, opt)
	if err != nil {
		return nil, err
	}
	p, err := pl.plan()
	if err != nil {
		return nil, err
	}
	p.Unpriced = fw.unpriced(res.Levels, opt.Costs)
	return p, nil
}

// unpriced returns the numbers of the indicators below the top of the
// scale that costs give no price, in order; none without costs.
func (fw *Framework) unpriced(from Levels, costs []Cost) []int {
	if len(costs) == 0 {
		return nil
	}
	priced := map[int]bool{}
	for _, c := range costs {
		priced[c.Indicator] = true
	}
	var out []int
	for i, ind := range fw.spec.Indicators {
		// An indicator already at the top needs no price.
		if !priced[ind.Number] && from[i] < fw.spec.MaxLevel {
			out = append(out, ind.Number)
		}
	}
	return out
}

// planner holds a plan's problem in positions and basis points.
type planner struct {
	fw      *Framework
	basis   PredicateBasis
	target  Target
	cur     Levels  // starting levels
	w       []int64 // weights by position
	frozen  []bool
	minL    Levels             // minimum level by position (0: none)
	domMin  []int64            // minimum domain numerator by domain position (0: none)
	domWant []smartcity.Number // the minimum domain index asked for, as asked
	cost    []int64            // cost of reaching level l at pos*(max+1)+l; -1 unpriced
	priced  bool
	cap     int
	years   int
	start   int
	need    int64
	order   []int // positions by weight, heaviest first, then by position
	domains [][]int
}

func (fw *Framework) newPlanner(cur Levels, target Target, opt PlanOptions) (*planner, error) {
	n, top := len(fw.weight), fw.spec.MaxLevel
	pl := &planner{
		fw: fw, basis: opt.Basis.or(Unrounded), target: target, cur: cur, w: fw.weight,
		frozen: make([]bool, n), minL: make(Levels, n), domMin: make([]int64, len(fw.domainW)), domWant: make([]smartcity.Number, len(fw.domainW)),
		cap: opt.MaxRaisePerYear, years: opt.Years, start: opt.StartYear,
	}
	var ps problems
	if target.isZero() {
		ps.add("target", "a target is required: an index, a predikat or a profile of levels")
	}
	if target.Index.Sign() < 0 {
		ps.add("target.index", "index %s is negative", target.Index)
	}
	switch {
	case !predicates.IsValid(target.Predicate) && target.Predicate != 0:
		ps.add("target.predicate", "unknown predicate %d", target.Predicate)
	case target.Predicate != 0 && !fw.hasBand(target.Predicate):
		ps.add("target.predicate", "%w: %s is not a predikat band of %s", errBands, target.Predicate, fw.spec.ID)
	}
	if target.Profile != nil {
		if len(target.Profile) != n {
			ps.add("target.profile", "%w: %d levels for %d indicators", errLevelCount, len(target.Profile), n)
		} else {
			for i, l := range target.Profile {
				if l > top {
					ps.add("target.profile["+strconv.Itoa(i)+"]", "%w: level %d is above %d", ErrLevelRange, l, top)
				} else {
					pl.minL[i] = l
				}
			}
		}
	}
	if opt.MaxRaisePerYear < 0 {
		ps.add("max_raise_per_year", "%d is negative", opt.MaxRaisePerYear)
	}
	if opt.Years < 0 {
		ps.add("years", "%d is negative", opt.Years)
	}
	if opt.StartYear != 0 && (opt.StartYear < minYear || opt.StartYear > maxYear) {
		ps.add("start_year", "year %d is not between %d and %d", opt.StartYear, minYear, maxYear)
	}
	for k, num := range opt.Frozen {
		if pos, ok := fw.Position(num); ok {
			pl.frozen[pos] = true
		} else {
			ps.add("frozen["+strconv.Itoa(k)+"]", "%w: %s has no indicator %d", ErrUnknownIndicator, fw.spec.ID, num)
		}
	}
	for _, num := range sortedKeys(opt.MinLevels) {
		l, f := opt.MinLevels[num], "min_levels["+strconv.Itoa(num)+"]"
		pos, ok := fw.Position(num)
		switch {
		case !ok:
			ps.add(f, "%w: %s has no indicator %d", ErrUnknownIndicator, fw.spec.ID, num)
		case l > top:
			ps.add(f, "%w: level %d is above %d", ErrLevelRange, l, top)
		default:
			pl.minL[pos] = max(pl.minL[pos], l)
		}
	}
	for _, code := range sortedKeys(opt.MinDomains) {
		x, f := opt.MinDomains[code], "min_domains["+code+"]"
		d := slices.IndexFunc(fw.spec.Domains, func(dom Domain) bool { return dom.Code == code })
		switch {
		case d < 0:
			ps.add(f, "%s has no domain %s", fw.spec.ID, escape.Quote(code))
		case !x.IsValid() || x.Sign() < 0:
			ps.add(f, "a minimum index of 0 or more is required")
		default:
			// The domain index is its numerator over its weight, so the
			// minimum numerator is ⌈x × weight⌉.
			pl.domMin[d] = domainNumerator(x, fw.domainW[d], top)
			pl.domWant[d] = x
		}
	}
	lowest := fw.spec.MinLevel + 1
	if opt.Unanswered == UnansweredZero {
		lowest = 1 // the first raise of an unanswered indicator
	}
	pl.readCosts(&ps, opt.Costs, lowest)
	if err := ps.err("plan for " + fw.spec.ID); err != nil {
		return nil, err
	}
	pl.need = target.Numerator(fw, pl.basis)
	pl.order = make([]int, n)
	for i := range pl.order {
		pl.order[i] = i
	}
	slices.SortStableFunc(pl.order, func(a, b int) int {
		switch {
		case pl.w[a] > pl.w[b]:
			return -1
		case pl.w[a] < pl.w[b]:
			return 1
		}
		return 0
	})
	if !fw.HasDomains() {
		// Without domains there is no domain minimum: one group of every
		// indicator serves the search.
		pl.domains, pl.domMin = [][]int{pl.order}, []int64{0}
		return pl, nil
	}
	pl.domains = make([][]int, len(fw.domainW))
	for _, i := range pl.order {
		d := fw.domainOf[fw.aspectOf[i]]
		pl.domains[d] = append(pl.domains[d], i)
	}
	return pl, nil
}

// domainNumerator is ⌈x × weight⌉, saturated above the most a domain can
// reach so that it never overflows.
func domainNumerator(x smartcity.Number, weight int64, top Level) int64 {
	limit := weight*int64(top) + 1
	if x.Cmp(smartcity.NewNumber(int64(top)+1, 1)) > 0 {
		return limit
	}
	n := indexNumeratorOver(x, weight)
	return min(n, limit)
}

// indexNumeratorOver is ⌈x × weight⌉ for 0 ≤ x ≤ a level bound, or
// math.MaxInt64 when that does not fit. It divides the 128-bit product, so
// that the result is x's, whichever fraction writes it: 990000000000000/2
// and 495000000000000 give the same.
func indexNumeratorOver(x smartcity.Number, weight int64) int64 {
	hi, lo := bits.Mul64(uint64(x.Num()), uint64(weight))
	den := uint64(x.Den())
	if hi >= den {
		return math.MaxInt64
	}
	q, r := bits.Div64(hi, lo, den)
	if r != 0 {
		q++
	}
	if q > math.MaxInt64 {
		return math.MaxInt64
	}
	return int64(q)
}

// readCosts fills the cost table from costs: a row with a level prices that
// raise, a row without prices every other raise of its indicator. lowest is
// the lowest level a raise reaches.
func (pl *planner) readCosts(ps *problems, costs []Cost, lowest Level) {
	if len(costs) == 0 {
		return
	}
	fw, top := pl.fw, pl.fw.spec.MaxLevel
	stride := int(top) + 1
	pl.priced = true
	pl.cost = make([]int64, len(pl.w)*stride)
	for i := range pl.cost {
		pl.cost[i] = -1
	}
	general := make([]int64, len(pl.w))
	for i := range general {
		general[i] = -1
	}
	seen := map[[2]int]int{}
	for k, c := range costs {
		f := "costs[" + strconv.Itoa(k) + "]"
		pos, ok := fw.Position(c.Indicator)
		if !ok {
			ps.add(f+".indicator", "%w: %s has no indicator %d", ErrUnknownIndicator, fw.spec.ID, c.Indicator)
			continue
		}
		if c.Level > top || (c.Level != 0 && c.Level < lowest) {
			ps.add(f+".level", "%w: no raise reaches level %d (raises reach levels %d–%d)", ErrLevelRange, c.Level, lowest, top)
			continue
		}
		if c.Cost < 0 || c.Cost > maxCost {
			ps.add(f+".cost", "cost %d is outside 0–%d", c.Cost, maxCost)
			continue
		}
		key := [2]int{c.Indicator, int(c.Level)}
		if prev, dup := seen[key]; dup {
			ps.add(f, "%w: indicator %d%s is priced also at costs[%d]", ErrDuplicate, c.Indicator, levelSuffix(c.Level), prev)
			continue
		}
		seen[key] = k
		if c.Level == 0 {
			general[pos] = c.Cost
		} else {
			pl.cost[pos*stride+int(c.Level)] = c.Cost
		}
	}
	for pos, g := range general {
		for l := 1; l < stride; l++ {
			if pl.cost[pos*stride+l] < 0 {
				pl.cost[pos*stride+l] = g
			}
		}
	}
}

func levelSuffix(l Level) string {
	if l == 0 {
		return ""
	}
	return " to level " + l.String()
}

// sortedKeys returns the keys of m in ascending order, so that problems are
// reported in a stable order.
func sortedKeys[K int | string, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
