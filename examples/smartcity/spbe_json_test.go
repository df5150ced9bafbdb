package main

import "github.com/kotacerdas/smartcity/spbe"

// The JSON the spbe commands print, as a script reads it: the tests decode
// the output into these types, so that a field renamed or dropped in the
// library's JSON fails them.

// spbeScoreJSON is one line of `smartcity spbe score --json`. The field
// names are a contract with scripts that read the output. Indices are
// strings: "index" rounded half-up to two decimals exactly as published
// ("3.50", trailing zero kept), "index_exact" the exact value as a reduced
// fraction ("6997/2000") that big.Rat.SetString reads.
type spbeScoreJSON struct {
	Instansi       string         `json:"instansi"`
	Tahun          int            `json:"tahun"`
	Framework      string         `json:"framework"`
	Index          string         `json:"index"`
	IndexExact     string         `json:"index_exact"`
	IndexValue     float64        `json:"index_value"`
	Predicate      string         `json:"predicate"`
	PredicateBasis string         `json:"predicate_basis"`
	Unanswered     int            `json:"unanswered"`
	Domains        []spbePartJSON `json:"domains"`
	Aspects        []spbePartJSON `json:"aspects"`
	// External lists the levels taken from outside scores (PermenPANRB
	// 8/2026, indicators 5–7), when there are any.
	External []spbe.ExternalLevel `json:"external,omitempty"`
}

// spbePartJSON is one domain or aspect of a spbeScoreJSON.
type spbePartJSON struct {
	Code       string  `json:"code"`
	Name       string  `json:"name"`
	Index      string  `json:"index"`
	IndexExact string  `json:"index_exact"`
	IndexValue float64 `json:"index_value"`
}

// spbeCompareJSON is the output of `smartcity spbe compare --json`: B
// against A. Field names are snake_case and a contract with scripts.
// Indices and deltas are strings rounded half-up to two decimals ("0.35",
// "-0.10"), each with its exact value as a reduced fraction ("44/125").
// A delta is rounded from the exact difference, so it may differ by 0.01
// from the difference of the rounded values.
//
// When A and B are of different frameworks (a 2025 result under 59/2020
// and a 2026 one under 8/2026) index_only is true, framework is empty,
// from_framework and to_framework name the two, and domains, aspects,
// indicators, gains and losses are empty lists: only the index and the
// predikat, each in its own framework's bands, are compared.
type spbeCompareJSON struct {
	Framework       string                   `json:"framework"`
	FromFramework   string                   `json:"from_framework"`
	ToFramework     string                   `json:"to_framework"`
	IndexOnly       bool                     `json:"index_only"`
	From            spbeSideJSON             `json:"from"`
	To              spbeSideJSON             `json:"to"`
	Index           spbeChangeJSON           `json:"index"`
	PredicateChange int                      `json:"predicate_change"`
	Domains         []spbeChangeJSON         `json:"domains"`
	Aspects         []spbeChangeJSON         `json:"aspects"`
	Indicators      []spbeIndicatorDeltaJSON `json:"indicators"`
	Gains           []spbeIndicatorDeltaJSON `json:"gains"`
	Losses          []spbeIndicatorDeltaJSON `json:"losses"`
}

// spbeSideJSON names one side of a comparison.
type spbeSideJSON struct {
	Instansi       string `json:"instansi"`
	Tahun          int    `json:"tahun"`
	Index          string `json:"index"`
	Predicate      string `json:"predicate"`
	PredicateBasis string `json:"predicate_basis"`
}

// spbeChangeJSON is how one index moved.
type spbeChangeJSON struct {
	Code       string  `json:"code,omitempty"`
	Name       string  `json:"name,omitempty"`
	From       string  `json:"from"`
	To         string  `json:"to"`
	Delta      string  `json:"delta"`
	DeltaExact string  `json:"delta_exact"`
	DeltaValue float64 `json:"delta_value"`
}

// spbeIndicatorDeltaJSON is how one indicator moved; contribution is what
// the move adds to the index (weight × delta).
type spbeIndicatorDeltaJSON struct {
	Indicator         int     `json:"indicator"`
	Name              string  `json:"name"`
	From              int     `json:"from"`
	To                int     `json:"to"`
	Delta             int     `json:"delta"`
	Contribution      string  `json:"contribution"`
	ContributionExact string  `json:"contribution_exact"`
	ContributionValue float64 `json:"contribution_value"`
}

// spbeCohortJSON is the output of `smartcity spbe cohort --json`. Field
// names are snake_case and a contract with scripts. Ranks compare exact
// indices (ties share a rank: 1, 2, 2, 4); percentile is the share of the
// other members with a strictly lower index (PERCENTRANK.INC, 0–100).
// Statistics are floating-point numbers: mean, sample standard deviation
// (n − 1, STDEV.S) and the R-7 quantiles (PERCENTILE.INC) min, q1, median,
// q3 and max; all 0 with n 0. Domains is empty for a framework without
// domains. A file of results of several frameworks prints one such object
// per framework, one after another, the newest framework first; cohorts
// says how many there are.
type spbeCohortJSON struct {
	Framework      string                `json:"framework"`
	Cohorts        int                   `json:"cohorts"`
	PredicateBasis string                `json:"predicate_basis"`
	N              int                   `json:"n"`
	Index          spbe.Stats            `json:"index"`
	Domains        []spbeDomainStatsJSON `json:"domains"`
	Predicates     []spbe.PredicateCount `json:"predicates"`
	Members        []spbeMemberJSON      `json:"members"`
}

// spbeDomainStatsJSON is the statistics of one domain.
type spbeDomainStatsJSON struct {
	Code string `json:"code"`
	Name string `json:"name"`
	spbe.Stats
}

// spbeMemberJSON is one ranked result.
type spbeMemberJSON struct {
	Rank       int      `json:"rank"`
	Percentile float64  `json:"percentile"`
	Instansi   string   `json:"instansi"`
	Tahun      int      `json:"tahun"`
	Index      string   `json:"index"`
	IndexExact string   `json:"index_exact"`
	IndexValue float64  `json:"index_value"`
	Predicate  string   `json:"predicate"`
	Domains    []string `json:"domains"`
}

// spbePlanJSON is the output of `smartcity spbe plan --json`. The field
// names are a contract with scripts: reached, from_index, to_index,
// total_steps, total_cost and steps (indicator, from, to, year, cost,
// index_after) never change; more may be added. Indices are strings
// rounded half-up to two decimals as `spbe score --json` writes them
// ("3.99"), with the exact value as a reduced fraction beside them.
// target_index is, for a predikat target, the lowest index of its band in
// the framework's bands: Memuaskan is "4.20" under 59/2020 and "4.00"
// under 8/2026.
type spbePlanJSON struct {
	Instansi       string              `json:"instansi"`
	Tahun          int                 `json:"tahun"`
	Framework      string              `json:"framework"`
	Target         string              `json:"target"`
	TargetIndex    string              `json:"target_index,omitempty"`
	PredicateBasis string              `json:"predicate_basis"`
	Reached        bool                `json:"reached"`
	FromIndex      string              `json:"from_index"`
	FromIndexExact string              `json:"from_index_exact"`
	FromIndexValue float64             `json:"from_index_value"`
	FromPredicate  string              `json:"from_predicate"`
	ToIndex        string              `json:"to_index"`
	ToIndexExact   string              `json:"to_index_exact"`
	ToIndexValue   float64             `json:"to_index_value"`
	ToPredicate    string              `json:"to_predicate"`
	TotalSteps     int                 `json:"total_steps"`
	TotalCost      int64               `json:"total_cost"`
	Priced         bool                `json:"priced"`
	FirstYear      int                 `json:"first_year"`
	Years          int                 `json:"years"`
	Steps          []spbeStepJSON      `json:"steps"`
	Bounds         []spbe.Bound        `json:"bounds,omitempty"`
	Shortfalls     []spbeShortfallJSON `json:"shortfalls,omitempty"`
	Reason         string              `json:"reason,omitempty"`
	Unpriced       []int               `json:"unpriced,omitempty"`
	Gaps           []spbeIndicatorJSON `json:"gaps,omitempty"`
}

// spbeStepJSON is one step of a spbePlanJSON.
type spbeStepJSON struct {
	Indicator  int    `json:"indicator"`
	From       int    `json:"from"`
	To         int    `json:"to"`
	Year       int    `json:"year"`
	Cost       int64  `json:"cost"`
	IndexAfter string `json:"index_after"`
	Required   bool   `json:"required,omitempty"`
}

// spbeShortfallJSON is a minimum the plan cannot meet.
type spbeShortfallJSON struct {
	Indicator int    `json:"indicator,omitempty"`
	Domain    string `json:"domain,omitempty"`
	Want      string `json:"want"`
	Got       string `json:"got"`
	Limit     string `json:"limit"`
}

// spbeIndicatorJSON is an indicator's change in a plan or a comparison.
type spbeIndicatorJSON struct {
	Indicator int `json:"indicator"`
	From      int `json:"from"`
	To        int `json:"to"`
}

// spbeFrameworkJSON is one element of `smartcity spbe frameworks --json`.
// The field names are a contract with scripts: id, name, legal_basis,
// years, in_force, methods and the counts never change; more may be added.
// years are the evaluation years the framework names; one in force
// (in_force) is the rule of every later year too. methods gives the method
// of each of those years ("evaluasi", or "pemantauan" for 2025 under
// 59/2020); the later years of one in force are an evaluasi.
type spbeFrameworkJSON struct {
	ID         string               `json:"id"`
	Name       string               `json:"name"`
	LegalBasis string               `json:"legal_basis"`
	Years      []int                `json:"years"`
	InForce    bool                 `json:"in_force"`
	Default    bool                 `json:"default"`
	Methods    []spbeYearMethodJSON `json:"methods"`
	Domains    int                  `json:"domains"`
	Aspects    int                  `json:"aspects"`
	Indicators int                  `json:"indicators"`
	MinLevel   int                  `json:"min_level"`
	MaxLevel   int                  `json:"max_level"`
	Bands      []spbeBandJSON       `json:"bands"`
}

// spbeYearMethodJSON is the method of one evaluation year.
type spbeYearMethodJSON struct {
	Year   int    `json:"year"`
	Method string `json:"method"`
}

// spbeBandJSON is one predikat band: the predikat's code, the framework's
// word for it in the chosen language, and the lowest index of the band as
// the framework writes it.
type spbeBandJSON struct {
	Predicate string `json:"predicate"`
	Name      string `json:"name"`
	From      string `json:"from"`
}
