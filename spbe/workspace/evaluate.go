package workspace

import (
	"slices"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/spbe"
)

// Options say how Evaluate reads a workspace. The zero Options judge no item
// overdue, take the predikat from the unrounded index, and count the
// indicators of DefaultOutside at the scale's lowest level while their
// outside value is unknown.
type Options struct {
	// Today is the day on which an item past its due date and not yet
	// accepted is overdue; zero judges none overdue.
	Today smartcity.Date
	// Basis is the predicate basis; zero means spbe.Unrounded.
	Basis spbe.PredicateBasis
	// Outside are the numbers of the indicators valued from another
	// national evaluation, whose evidence does not set their level; nil
	// means DefaultOutside(fw), an empty non-nil slice none.
	Outside []int
	// Waiting is the level an outside indicator counts at while its value
	// is unknown; zero means the lowest level of the scale above 0 (level
	// 1), as one region's portal counts it.
	Waiting spbe.Level
}

// Standing is where a workspace stands: per indicator the level its
// evidence earns beside the level claimed, the index and predikat of both,
// and the progress of the items. It is a simulation of the
// self-assessment, not the official result.
type Standing struct {
	// Instansi, Year and Illustrative are the workspace's.
	Instansi     string
	Year         int
	Illustrative bool
	// Framework is the framework the levels are scored in.
	Framework *spbe.Framework
	// Today is the day overdue items were judged on (Options.Today).
	Today smartcity.Date
	// Indicators stand by indicator position, in the framework's order.
	Indicators []IndicatorStanding
	// Evidenced is the result of the evidenced levels, an indicator
	// without accepted evidence scored 0.
	Evidenced *spbe.Result
	// Claimed is the result of the claimed levels, an outside indicator
	// without a claim at its known outside level and any other indicator
	// without a claim scored 0 (Claimed.Unanswered counts them); nil when
	// the workspace claims nothing.
	Claimed *spbe.Result
	// Total counts every item by status; Units per unit, by name; Aspects
	// per aspect, in the framework's order.
	Total   Progress
	Units   []Progress
	Aspects []Progress
	// Overdue are the items past their due date and not accepted, the
	// earliest first.
	Overdue []Outstanding

	items []Item // a copy of the workspace's, as it was evaluated
	// main holds, per indicator position and level, the positions in items
	// of the level's main items.
	main [][][]int
	// outside says, by indicator position, that evidence does not set the
	// indicator's level.
	outside []bool
}

// IndicatorStanding is where one indicator stands.
type IndicatorStanding struct {
	// Indicator is the indicator's number and Aspect its aspect's code.
	Indicator int    `json:"indicator"`
	Aspect    string `json:"aspect"`
	// Evidenced is the highest level whose main items, and those of every
	// level below, are accepted; 0 when none is. For an outside indicator
	// it is the outside value's level, or Options.Waiting while unknown.
	Evidenced spbe.Level `json:"evidenced"`
	// Claimed is the level claimed; spbe.Unanswered when none is.
	Claimed spbe.Level `json:"claimed,omitzero"`
	// Outside says that the level comes from another national evaluation,
	// and Waiting that its value is not yet known.
	Outside bool `json:"outside,omitzero"`
	Waiting bool `json:"waiting,omitzero"`
	// Next is the level above Evidenced (0 at the top of the scale or for
	// an outside indicator), and Missing the ids of its main items not yet
	// accepted.
	Next    spbe.Level `json:"next,omitzero"`
	Missing []string   `json:"missing,omitempty"`
	// Unreachable is the lowest level above Evidenced that has no main
	// item, from which no level can be reached by evidence; 0 when every
	// level above has one.
	Unreachable spbe.Level `json:"unreachable,omitzero"`
	// Items counts the indicator's items by status.
	Items Progress `json:"items"`
}

// Evaluate computes the workspace's Standing in fw (see the package
// documentation for the rules). It checks nothing that Validate checks:
// items of unknown indicators or levels out of fw's range are left out of
// the levels but counted in the progress. The error is spbe.Framework.Score's,
// which a validated workspace never meets.
func (w *Workspace) Evaluate(fw *spbe.Framework, opt Options) (*Standing, error) {
	n := fw.NumIndicators()
	top := fw.MaxLevel()
	s := &Standing{
		Instansi: w.Instansi, Year: w.Year, Illustrative: w.Illustrative, Framework: fw, Today: opt.Today,
		Indicators: make([]IndicatorStanding, n), items: slices.Clone(w.Items),
		main: make([][][]int, n), outside: make([]bool, n),
	}
	outside := opt.Outside
	if outside == nil {
		outside = DefaultOutside(fw)
	}
	for _, num := range outside {
		if p, ok := fw.Position(num); ok {
			s.outside[p] = true
		}
	}
	waiting := opt.Waiting
	if waiting == spbe.Unanswered {
		waiting = max(fw.MinLevel(), 1)
	}
	for p := range n {
		s.main[p] = make([][]int, int(top)+1)
	}
	for k := range w.Items {
		it := &w.Items[k]
		p, ok := fw.Position(it.Indicator)
		if !ok {
			continue
		}
		s.Indicators[p].Items.add(it, opt.Today)
		if it.Main && it.Level >= 1 && it.Level <= top {
			s.main[p][it.Level] = append(s.main[p][it.Level], k)
		}
	}
	evidenced, claimed := fw.NewLevels(), fw.NewLevels()
	for p, ind := range fw.Indicators() {
		st := &s.Indicators[p]
		st.Indicator, st.Aspect = ind.Number, ind.Aspect
		if s.outside[p] {
			st.Outside = true
			l, known := w.outsideLevel(fw, ind.Number)
			if !known {
				l, st.Waiting = waiting, true
			}
			st.Evidenced = l
		} else {
			s.climb(st, p, top)
		}
		evidenced[p] = st.Evidenced
	}
	for _, c := range w.Claims {
		if p, ok := fw.Position(c.Indicator); ok && c.Level <= top {
			s.Indicators[p].Claimed = c.Level
			claimed[p] = c.Level
		}
	}
	// An outside indicator nobody claims counts its outside value.
	for p, st := range s.Indicators {
		if st.Outside && !st.Waiting && claimed[p] == spbe.Unanswered {
			claimed[p] = st.Evidenced
		}
	}
	sopt := spbe.Options{Basis: opt.Basis, Unanswered: spbe.UnansweredZero}
	var err error
	if s.Evidenced, err = fw.Score(evidenced, sopt); err != nil {
		return nil, err
	}
	if len(w.Claims) > 0 {
		if s.Claimed, err = fw.Score(claimed, sopt); err != nil {
			return nil, err
		}
	}
	s.progress(fw)
	return s, nil
}

// climb sets the evidenced level of the indicator at position p by the
// cumulative rule, and what stops it from rising further.
func (s *Standing) climb(st *IndicatorStanding, p int, top spbe.Level) {
	l := spbe.Level(1)
	for ; l <= top; l++ {
		ids := s.main[p][l]
		if len(ids) == 0 || len(s.missing(ids)) > 0 {
			break
		}
		st.Evidenced = l
	}
	if l > top {
		return
	}
	st.Next, st.Missing = l, s.missing(s.main[p][l])
	for m := l; m <= top; m++ {
		if len(s.main[p][m]) == 0 {
			st.Unreachable = m
			break
		}
	}
}

// missing returns the ids of the items at positions ks not yet accepted.
func (s *Standing) missing(ks []int) []string {
	var ids []string
	for _, k := range ks {
		if s.items[k].Status != Diterima {
			ids = append(ids, s.items[k].ID)
		}
	}
	return ids
}

// Indicator returns the standing of the indicator numbered number.
func (s *Standing) Indicator(number int) (IndicatorStanding, bool) {
	i := slices.IndexFunc(s.Indicators, func(st IndicatorStanding) bool { return st.Indicator == number })
	if i < 0 {
		return IndicatorStanding{}, false
	}
	return s.Indicators[i], true
}
