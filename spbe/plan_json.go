package spbe

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/kotacerdas/smartcity"
)

// planJSON is the JSON of a Plan; see MarshalJSON.
type planJSON struct {
	Instansi       string          `json:"instansi"`
	Tahun          int             `json:"tahun"`
	Framework      string          `json:"framework"`
	Target         string          `json:"target"`
	TargetIndex    string          `json:"target_index,omitempty"`
	PredicateBasis string          `json:"predicate_basis"`
	Reached        bool            `json:"reached"`
	FromIndex      string          `json:"from_index"`
	FromIndexExact string          `json:"from_index_exact"`
	FromIndexValue float64         `json:"from_index_value"`
	FromPredicate  string          `json:"from_predicate"`
	ToIndex        string          `json:"to_index"`
	ToIndexExact   string          `json:"to_index_exact"`
	ToIndexValue   float64         `json:"to_index_value"`
	ToPredicate    string          `json:"to_predicate"`
	TotalSteps     int             `json:"total_steps"`
	TotalCost      int64           `json:"total_cost"`
	Priced         bool            `json:"priced"`
	FirstYear      int             `json:"first_year"`
	Years          int             `json:"years"`
	Steps          []stepJSON      `json:"steps"`
	Bounds         []Bound         `json:"bounds,omitempty"`
	Shortfalls     []shortfallJSON `json:"shortfalls,omitempty"`
	Reason         string          `json:"reason,omitempty"`
	Unpriced       []int           `json:"unpriced,omitempty"`
	Gaps           []gapJSON       `json:"gaps,omitempty"`
}

// stepJSON is one step of a plan.
type stepJSON struct {
	Indicator  int    `json:"indicator"`
	From       int    `json:"from"`
	To         int    `json:"to"`
	Year       int    `json:"year"`
	Cost       int64  `json:"cost"`
	IndexAfter string `json:"index_after"`
	Required   bool   `json:"required,omitempty"`
}

// shortfallJSON is a minimum a plan cannot meet.
type shortfallJSON struct {
	Indicator int    `json:"indicator,omitempty"`
	Domain    string `json:"domain,omitempty"`
	Want      string `json:"want"`
	Got       string `json:"got"`
	Limit     string `json:"limit"`
}

// gapJSON is how far a profile target lies above an indicator's level.
type gapJSON struct {
	Indicator int `json:"indicator"`
	From      int `json:"from"`
	To        int `json:"to"`
}

// MarshalJSON writes the plan as `smartcity spbe plan --json` prints it,
// in Indonesian (JSON for another language): "instansi" and "tahun",
// "framework", "target" and, for a predikat, "target_index", the lowest
// index of its band ("4.20" for Memuaskan under 59/2020, "4.00" under
// 8/2026), "predicate_basis", "reached", the index before and after three
// ways ("from_index" as published, "from_index_exact" the reduced
// fraction, "from_index_value" a float for charts; "to_index" likewise)
// with their predikat, "total_steps", "total_cost", "priced",
// "first_year", "years", the "steps" (indicator, from, to, year, cost,
// index_after, required), and when there are any the "bounds",
// "shortfalls", the "reason" it falls short (Reason), the "unpriced"
// indicators and, for a profile target, the "gaps" it closes.
func (p *Plan) MarshalJSON() ([]byte, error) { return json.Marshal(p.form(smartcity.Indonesian)) }

// JSON returns p as MarshalJSON writes it, with the reason in lang.
func (p *Plan) JSON(lang smartcity.Lang) json.Marshaler {
	return marshaler(func() ([]byte, error) { return json.Marshal(p.form(lang)) })
}

// form returns the JSON form of p with the reason in lang.
func (p *Plan) form(lang smartcity.Lang) planJSON {
	j := planJSON{
		Instansi: p.Instansi, Tahun: p.Year, Target: p.Target.String(), TargetIndex: p.targetIndex(),
		PredicateBasis: p.Basis.String(), Reached: p.Reached,
		FromIndex: p.From.String(), FromIndexExact: p.From.Exact(), FromIndexValue: p.From.Float64(), FromPredicate: p.FromPredicate.String(),
		ToIndex: p.To.String(), ToIndexExact: p.To.Exact(), ToIndexValue: p.To.Float64(), ToPredicate: p.ToPredicate.String(),
		TotalSteps: p.Raises(), TotalCost: p.TotalCost, Priced: p.Priced, FirstYear: p.FirstYear, Years: p.Years,
		Steps: make([]stepJSON, len(p.Steps)), Bounds: p.Bounds, Reason: p.Reason(lang), Unpriced: p.Unpriced,
	}
	if p.Framework != nil {
		j.Framework = p.Framework.spec.ID
	}
	for k, s := range p.Steps {
		j.Steps[k] = stepJSON{
			Indicator: s.Indicator, From: int(s.From), To: int(s.To), Year: s.Year, Cost: s.Cost,
			IndexAfter: s.IndexAfter.String(), Required: s.Required,
		}
	}
	for _, sf := range p.Shortfalls {
		j.Shortfalls = append(j.Shortfalls, shortfallJSON{
			Indicator: sf.Indicator, Domain: sf.Domain, Want: sf.Want.Decimal(2), Got: sf.Got.String(), Limit: sf.Limit.String(),
		})
	}
	if p.Target.Profile != nil && p.Framework != nil {
		before := p.levelsBefore()
		for i, ind := range p.Framework.spec.Indicators {
			if want := p.Target.Profile[i]; i < len(before) && want > before[i] {
				j.Gaps = append(j.Gaps, gapJSON{Indicator: ind.Number, From: int(before[i]), To: int(want)})
			}
		}
	}
	return j
}

// targetIndex returns the lowest index of the band of the plan's predikat
// target in its framework, as the framework writes it ("4.00" for
// Memuaskan under 8/2026), or "" when the target is no predikat.
func (p *Plan) targetIndex() string {
	if p.Target.Predicate == 0 || p.Framework == nil {
		return ""
	}
	x, ok := p.Framework.Threshold(p.Target.Predicate)
	if !ok {
		return ""
	}
	return x.String()
}

// levelsBefore returns the levels before the plan: the levels after it,
// less its steps.
func (p *Plan) levelsBefore() Levels {
	lv := slices.Clone(p.Levels)
	for _, s := range p.Steps {
		if pos, ok := p.Framework.Position(s.Indicator); ok && pos < len(lv) {
			lv[pos]--
		}
	}
	return lv
}

// Reason says in lang why the plan falls short: the best index it
// reaches and what holds which indicators back, then each minimum it
// cannot meet — "the best reachable index is 4.16; held by frozen:
// indicators 1, 2". It is "" for a plan that reaches its target.
func (p *Plan) Reason(lang smartcity.Lang) string {
	if p.Reached {
		return ""
	}
	en := lang == smartcity.English
	var parts []string
	if p.Need > 0 && p.To.Num() < p.Need {
		best := "indeks terbaik yang dapat dicapai " + p.To.String()
		if en {
			best = "the best reachable index is " + p.To.String()
		}
		if len(p.Bounds) == 0 {
			if en {
				best += ", with every indicator at the top of the scale"
			} else {
				best += ", dengan semua indikator pada level tertinggi"
			}
		}
		for _, b := range p.Bounds {
			nums := make([]string, len(b.Indicators))
			for k, n := range b.Indicators {
				nums[k] = strconv.Itoa(n)
			}
			if en {
				best += fmt.Sprintf("; held by %s: indicators %s", b.Limit.Name(lang), strings.Join(nums, ", "))
			} else {
				best += fmt.Sprintf("; tertahan karena %s: indikator %s", b.Limit.Name(lang), strings.Join(nums, ", "))
			}
		}
		parts = append(parts, best)
	}
	for _, sf := range p.Shortfalls {
		what := "indikator " + strconv.Itoa(sf.Indicator)
		if en {
			what = "indicator " + strconv.Itoa(sf.Indicator)
		}
		if sf.Domain != "" {
			what = "domain " + sf.Domain
		}
		if en {
			parts = append(parts, fmt.Sprintf("%s reaches %s, not the minimum %s (%s)", what, sf.Got, sf.Want.Decimal(2), sf.Limit.Name(lang)))
		} else {
			parts = append(parts, fmt.Sprintf("%s mencapai %s, bukan minimum %s (%s)", what, sf.Got, sf.Want.Decimal(2), sf.Limit.Name(lang)))
		}
	}
	return strings.Join(parts, "; ")
}
