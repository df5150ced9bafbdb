package spbe

import (
	"strconv"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/enum"
)

// UnansweredPolicy says what scoring does with an unanswered indicator.
// The zero value means the default, UnansweredError.
type UnansweredPolicy uint8

// The two policies.
const (
	// UnansweredError refuses to score an assessment with an unanswered
	// indicator (the default): the regulation has no level 0. Code "error".
	UnansweredError UnansweredPolicy = 1 + iota
	// UnansweredZero scores an unanswered indicator as 0, as the official
	// 2023 results did (Kab. Banyuasin 2023: D4 = 0.30). Code "zero".
	UnansweredZero
)

// unansweredPolicies declares the policies.
var unansweredPolicies = enum.New[UnansweredPolicy](enum.Spec{Kind: "unanswered policy", Unknown: parseError}, []enum.Row{
	UnansweredError: {Code: "error"},
	UnansweredZero:  {Code: "zero", Aliases: []string{"0"}},
})

// IsValid reports whether u is one of the two declared policies.
func (u UnansweredPolicy) IsValid() bool { return unansweredPolicies.IsValid(u) }

// String returns "error" or "zero"; "" for the zero value and
// "UnansweredPolicy(n)" for an undeclared value.
func (u UnansweredPolicy) String() string { return unansweredPolicies.String(u) }

// ParseUnansweredPolicy reads "error" or "zero", ignoring case and
// surrounding space. The error is a *smartcity.ParseError.
func ParseUnansweredPolicy(s string) (UnansweredPolicy, error) { return unansweredPolicies.Parse(s) }

// MarshalText implements encoding.TextMarshaler. The zero policy is empty
// text; an undeclared value is an error.
func (u UnansweredPolicy) MarshalText() ([]byte, error) { return unansweredPolicies.MarshalText(u) }

// UnmarshalText implements encoding.TextUnmarshaler; empty text is the zero
// policy.
func (u *UnansweredPolicy) UnmarshalText(text []byte) error {
	return unansweredPolicies.UnmarshalText(u, text)
}

// Options tune scoring. The zero Options are the defaults: the predicate
// from the unrounded index, and an error for an unanswered indicator.
type Options struct {
	// Basis is the index the predicate is taken from; zero means Unrounded.
	Basis PredicateBasis `json:"predicate_basis,omitzero" yaml:"predicate_basis,omitempty"`
	// Unanswered is what an unanswered indicator does; zero means
	// UnansweredError.
	Unanswered UnansweredPolicy `json:"unanswered,omitzero" yaml:"unanswered,omitempty"`
}

// Result is a scored assessment: every index exact, the predicate, and the
// levels it was computed from. Its slices are reused by
// Framework.ScoreInto, so that scoring many assessments into one Result
// allocates nothing; copy what must outlive the next call.
type Result struct {
	// Framework is the framework that scored the levels.
	Framework *Framework
	// Levels are the levels scored, by indicator position; an indicator's
	// index is its level. Unanswered indicators scored as 0 are 0 here.
	Levels Levels
	// Aspects are the aspect indices by aspect position: Σ level × weight
	// over the aspect's indicators, over the aspect's weight.
	Aspects []smartcity.Number
	// Domains are the domain indices by domain position, likewise over the
	// domain's indicators and weight; empty for a framework without
	// domains.
	Domains []smartcity.Number
	// Index is the index — the Indeks SPBE, or the Indeks Pemerintah
	// Digital under PermenPANRB 8/2026 — Σ level × weight over
	// WeightTotal.
	Index smartcity.Number
	// Predicate is the predikat of Index on Basis, in the framework's
	// bands.
	Predicate Predicate
	// Basis is the predicate basis used (never zero in a Result).
	Basis PredicateBasis
	// Unanswered counts the indicators scored as 0 because they were
	// unanswered (only with UnansweredZero).
	Unanswered int
	// External records the indicators whose level came from an outside
	// score (Framework.ScoreAssessment), by ascending indicator number.
	External []ExternalLevel

	sums []int64 // the running Σ level × weight by indicator position, for ScoreInto
}

// Indicator returns the index of the indicator with the given number, its
// level over 1. The boolean is false when the result's framework has no
// such indicator.
func (r *Result) Indicator(number int) (smartcity.Number, bool) {
	if r.Framework == nil {
		return smartcity.Number{}, false
	}
	i, ok := r.Framework.Position(number)
	if !ok || i >= len(r.Levels) {
		return smartcity.Number{}, false
	}
	return smartcity.NewNumber(int64(r.Levels[i]), 1), true
}

// Numerator returns Σ level × weight in basis points: the Indeks SPBE is
// Numerator / WeightTotal. A planner adds an indicator's WeightBP to it
// for every level that indicator rises.
func (r *Result) Numerator() int64 { return r.Index.Num() }

// Aspect returns the index of the aspect with the given code.
func (r *Result) Aspect(code string) (smartcity.Number, bool) {
	if r.Framework == nil {
		return smartcity.Number{}, false
	}
	for a, asp := range r.Framework.spec.Aspects {
		if asp.Code == code && a < len(r.Aspects) {
			return r.Aspects[a], true
		}
	}
	return smartcity.Number{}, false
}

// Domain returns the index of the domain with the given code.
func (r *Result) Domain(code string) (smartcity.Number, bool) {
	if r.Framework == nil {
		return smartcity.Number{}, false
	}
	for d, dom := range r.Framework.spec.Domains {
		if dom.Code == code && d < len(r.Domains) {
			return r.Domains[d], true
		}
	}
	return smartcity.Number{}, false
}

// Score scores a level vector: lv holds one level per indicator, by
// position. It is ScoreInto with a new Result.
func (fw *Framework) Score(lv Levels, opt Options) (*Result, error) {
	res := new(Result)
	if err := fw.ScoreInto(res, lv, opt); err != nil {
		return nil, err
	}
	return res, nil
}

// ScoreInto scores lv into res, reusing res's slices: once they have grown
// to the framework's size, scoring allocates nothing. Every index is exact
// — integer sums of level × weight in basis points over the summed weights
// — and nothing rounded is ever aggregated.
//
// lv must have NumIndicators levels. A level above MaxLevel is an error
// (ErrLevelRange). A level below MinLevel — Unanswered in a framework
// whose levels start at 1 — is an error (ErrUnanswered) unless
// opt.Unanswered is UnansweredZero, when it counts as 0. Every bad level
// is reported at once, in an error holding smartcity.Problems; res is then left unchanged.
func (fw *Framework) ScoreInto(res *Result, lv Levels, opt Options) error {
	if err := fw.usable(); err != nil {
		return err
	}
	if res == nil {
		return errNoResultInto
	}
	n := len(fw.weight)
	if len(lv) != n {
		return fw.levelCountProblem(len(lv))
	}
	sums := res.sums
	if cap(sums) < n {
		// A Result scored into before keeps its running sums, as it keeps
		// its other slices; a new one, as Score and ScoreAll make one per
		// assessment, has them on the stack rather than allocate them.
		var stack [64]int64
		if cap(res.Levels) >= n || n > len(stack) {
			res.sums = make([]int64, n)
			sums = res.sums
		} else {
			sums = stack[:]
		}
	}
	sums = sums[:n]
	total, ok := runningSums(sums, lv, fw.weight, fw.spec.MinLevel, fw.spec.MaxLevel)
	unanswered := 0
	if !ok {
		var err error
		if unanswered, err = fw.unanswered(lv, opt.Unanswered == UnansweredZero); err != nil {
			return err
		}
	}
	res.Framework = fw
	res.Levels = append(res.Levels[:0], lv...)
	res.Index = smartcity.NewNumber(total, WeightTotal)
	res.Basis = opt.Basis.or(Unrounded)
	res.Predicate = fw.predicateFor(total, WeightTotal, res.Basis)
	res.Unanswered = unanswered
	res.External = res.External[:0]
	res.Aspects = fw.aspectRuns.store(res.Aspects, sums)
	res.Domains = fw.domainRuns.store(res.Domains, sums)
	return nil
}

// levelCountProblem is the error of n levels for a framework of another
// number of indicators.
func (fw *Framework) levelCountProblem(n int) error {
	var ps problems
	ps.add("levels", "%w", errorfWrap(errLevelCount, "%d levels for %d indicators", n, len(fw.weight)))
	return ps.err("levels for " + fw.spec.ID)
}

// unanswered counts the levels of lv below MinLevel, which zero lets
// count as 0; any other level out of range, or one below MinLevel without
// zero, makes it return every problem of lv.
func (fw *Framework) unanswered(lv Levels, zero bool) (int, error) {
	n := 0
	for _, l := range lv {
		switch {
		case l > fw.spec.MaxLevel, l < fw.spec.MinLevel && !zero:
			return 0, fw.levelProblems(lv, zero)
		case l < fw.spec.MinLevel:
			n++
		}
	}
	return n, nil
}

// levelsField is the path of the level at position i of a Levels.
func levelsField(i int) string { return "levels[" + strconv.Itoa(i) + "]" }

// levelProblems lists every level of lv that cannot be scored.
func (fw *Framework) levelProblems(lv Levels, zero bool) error {
	var ps problems
	for i, l := range lv {
		switch {
		case l > fw.spec.MaxLevel:
			ps.add(levelsField(i), "%w: level %d of indicator %d is above %d", ErrLevelRange, l, fw.numbers[i], fw.spec.MaxLevel)
		case l < fw.spec.MinLevel && !zero:
			ps.add(levelsField(i), "%w: indicator %d has no level", ErrUnanswered, fw.numbers[i])
		}
	}
	return ps.err("levels for " + fw.spec.ID)
}
