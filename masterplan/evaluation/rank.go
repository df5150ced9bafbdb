package evaluation

import (
	"cmp"
	"encoding/json"
	"slices"
	"strings"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/enum"
	"github.com/kotacerdas/smartcity/internal/i18n"
)

// Standing is a result with its place: nationally among the results of
// the same year, and within its province among those that name the same
// province. Ranks are competition ranks by exact index, highest first:
// equal indices share a rank and the next rank skips (1, 2, 2, 4). Two
// indices that print alike ("3.40") but differ exactly do not tie.
type Standing struct {
	Result
	// Rank is the national rank, from 1.
	Rank int
	// CohortSize is how many results of the year were ranked.
	CohortSize int
	// ProvinceRank is the rank within the province, from 1; 0 when the
	// evaluation names no province.
	ProvinceRank int
	// ProvinceSize is how many results of the year name the province; 0
	// when the evaluation names none.
	ProvinceSize int
}

// MarshalJSON writes the standing as the Result's JSON with "rank",
// "cohort_size" and, for a result with a province, "province_rank" and
// "province_size".
func (s Standing) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		resultJSON
		Rank         int `json:"rank"`
		CohortSize   int `json:"cohort_size"`
		ProvinceRank int `json:"province_rank,omitempty"`
		ProvinceSize int `json:"province_size,omitempty"`
	}{s.toJSON(), s.Rank, s.CohortSize, s.ProvinceRank, s.ProvinceSize})
}

// rank ranks results nationally and within their province, year by year:
// a cohort that spans several years is ranked within each year. Provinces
// are matched ignoring case, spacing and a leading "Provinsi". The
// standings come sorted by year, then rank; results that tie keep their
// order in results.
func rank(results []Result) []Standing {
	out := make([]Standing, len(results))
	for i, r := range results {
		out[i] = Standing{Result: r}
	}
	slices.SortStableFunc(out, func(a, b Standing) int {
		if c := cmp.Compare(a.Year, b.Year); c != 0 {
			return c
		}
		return b.Index.Cmp(a.Index)
	})
	for start := 0; start < len(out); {
		end := start + 1
		for end < len(out) && out[end].Year == out[start].Year {
			end++
		}
		rankYear(out[start:end])
		start = end
	}
	return out
}

// rankYear ranks the standings of one year, sorted by index, highest
// first.
func rankYear(year []Standing) {
	type province struct {
		size, seen, rank int
		last             smartcity.Number
	}
	provinces := make(map[string]*province)
	for i := range year {
		if key := provinceKey(year[i].Province); key != "" {
			p := provinces[key]
			if p == nil {
				p = new(province)
				provinces[key] = p
			}
			p.size++
		}
	}
	for i := range year {
		s := &year[i]
		s.CohortSize = len(year)
		if i > 0 && s.Index.Cmp(year[i-1].Index) == 0 {
			s.Rank = year[i-1].Rank
		} else {
			s.Rank = i + 1
		}
		p := provinces[provinceKey(s.Province)]
		if p == nil {
			continue
		}
		p.seen++
		if p.seen == 1 || s.Index.Cmp(p.last) != 0 {
			p.rank = p.seen
		}
		p.last = s.Index
		s.ProvinceRank, s.ProvinceSize = p.rank, p.size
	}
}

// provinceKey folds a province name for matching: "Provinsi Jawa Tengah",
// "jawa  tengah" and "JAWA_TENGAH" are one province.
func provinceKey(s string) string {
	k := enum.Fold(s)
	if rest, ok := strings.CutPrefix(k, "provinsi "); ok {
		k = rest
	}
	return k
}

// Score scores every evaluation of the cohort under weights w (the zero
// Weights mean DefaultWeights) and ranks them nationally and within their
// province, year by year: a cohort that spans several years is ranked
// within each year. Provinces are matched ignoring case, spacing and a
// leading "Provinsi". The standings come sorted by year, then rank;
// results that tie keep their order in the cohort. The error holds
// the smartcity.Problems of unusable weights (wrapping ErrWeights), or
// those of the cohort when any evaluation is not valid: a cohort is
// ranked whole or not at all.
func (c Cohort) Score(w Weights) ([]Standing, error) {
	w = weightsOrDefault(w)
	if ps := w.validate(); len(ps) > 0 {
		return nil, weightsError(ps)
	}
	if ps := c.Validate(); ps.HasErrors() {
		return nil, i18n.Errorf(words, "evaluation: %w", ps)
	}
	results := make([]Result, len(c))
	for i := range c {
		var err error
		if results[i], err = c[i].score(w); err != nil {
			return nil, err
		}
	}
	return rank(results), nil
}
