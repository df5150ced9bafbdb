package spbe

import (
	"encoding/json"

	"github.com/kotacerdas/smartcity"
)

// comparisonJSON is the JSON of a Comparison; see MarshalJSON.
type comparisonJSON struct {
	Framework       string                `json:"framework"`
	FromFramework   string                `json:"from_framework"`
	ToFramework     string                `json:"to_framework"`
	IndexOnly       bool                  `json:"index_only"`
	From            sideJSON              `json:"from"`
	To              sideJSON              `json:"to"`
	Index           changeJSON            `json:"index"`
	PredicateChange int                   `json:"predicate_change"`
	Domains         []changeJSON          `json:"domains"`
	Aspects         []changeJSON          `json:"aspects"`
	Indicators      []indicatorChangeJSON `json:"indicators"`
	Gains           []indicatorChangeJSON `json:"gains"`
	Losses          []indicatorChangeJSON `json:"losses"`
}

// sideJSON names one side of a comparison.
type sideJSON struct {
	Instansi       string `json:"instansi"`
	Tahun          int    `json:"tahun"`
	Index          string `json:"index"`
	Predicate      string `json:"predicate"`
	PredicateBasis string `json:"predicate_basis"`
}

// changeJSON is how one index moved.
type changeJSON struct {
	Code       string  `json:"code,omitempty"`
	Name       string  `json:"name,omitempty"`
	From       string  `json:"from"`
	To         string  `json:"to"`
	Delta      string  `json:"delta"`
	DeltaExact string  `json:"delta_exact"`
	DeltaValue float64 `json:"delta_value"`
}

// indicatorChangeJSON is how one indicator moved.
type indicatorChangeJSON struct {
	Indicator         int     `json:"indicator"`
	Name              string  `json:"name"`
	From              int     `json:"from"`
	To                int     `json:"to"`
	Delta             int     `json:"delta"`
	Contribution      string  `json:"contribution"`
	ContributionExact string  `json:"contribution_exact"`
	ContributionValue float64 `json:"contribution_value"`
}

// MarshalJSON writes the comparison as `smartcity spbe compare --json`
// prints it, names in Indonesian (JSON for another language):
// "framework" (empty when IndexOnly), "from_framework", "to_framework",
// "index_only", "from" and "to" (instansi, tahun, index, predicate,
// predicate_basis), "index" (the change of the index), "predicate_change",
// "domains" and "aspects" (each change with its code and name),
// "indicators", and "gains" and "losses" (the Top biggest). A change is
// "from" and "to" as published, and "delta" three ways: "delta" rounded
// from the exact difference ("-0.10"; it may differ by 0.01 from the
// difference of the rounded values), "delta_exact" the reduced fraction
// and "delta_value" a float for charts. An indicator's "contribution" to
// the index is written the same three ways, to four decimals. When
// IndexOnly the lists are empty.
func (c *Comparison) MarshalJSON() ([]byte, error) { return json.Marshal(c.form(smartcity.Indonesian)) }

// JSON returns c as MarshalJSON writes it, with the names of the
// domains, aspects and indicators in lang.
func (c *Comparison) JSON(lang smartcity.Lang) json.Marshaler {
	return marshaler(func() ([]byte, error) { return json.Marshal(c.form(lang)) })
}

// form returns the JSON form of c with names in lang.
func (c *Comparison) form(lang smartcity.Lang) comparisonJSON {
	side := func(s Scored) sideJSON {
		j := sideJSON{Instansi: s.Instansi, Tahun: s.Year}
		if r := s.Result; r != nil {
			j.Index, j.Predicate, j.PredicateBasis = r.Index.String(), r.Predicate.String(), r.Basis.String()
		}
		return j
	}
	j := comparisonJSON{
		FromFramework: c.FromFramework, ToFramework: c.ToFramework, IndexOnly: c.IndexOnly,
		From: side(c.From), To: side(c.To),
		Index:           changeForm("", "", c.Index),
		PredicateChange: c.PredicateChange(),
		Domains:         make([]changeJSON, len(c.Domains)),
		Aspects:         make([]changeJSON, len(c.Aspects)),
		Indicators:      []indicatorChangeJSON{},
		Gains:           []indicatorChangeJSON{},
		Losses:          []indicatorChangeJSON{},
	}
	fw := c.Framework
	if fw == nil {
		// Index only: the lists stay empty.
		return j
	}
	j.Framework = fw.ID()
	j.Indicators = indicatorChangesForm(fw, c.Indicators, lang)
	j.Gains = indicatorChangesForm(fw, c.Gains(c.Top), lang)
	j.Losses = indicatorChangesForm(fw, c.Losses(c.Top), lang)
	for d, ch := range c.Domains {
		dom := fw.spec.Domains[d]
		j.Domains[d] = changeForm(dom.Code, dom.Name.In(lang), ch)
	}
	for a, ch := range c.Aspects {
		asp := fw.spec.Aspects[a]
		j.Aspects[a] = changeForm(asp.Code, asp.Name.In(lang), ch)
	}
	return j
}

func changeForm(code, name string, ch Change) changeJSON {
	return changeJSON{
		Code: code, Name: name, From: ch.From.String(), To: ch.To.String(),
		Delta: ch.Delta.String(), DeltaExact: ch.Delta.Exact(), DeltaValue: ch.Delta.Float64(),
	}
}

func indicatorChangesForm(fw *Framework, ics []IndicatorChange, lang smartcity.Lang) []indicatorChangeJSON {
	out := make([]indicatorChangeJSON, len(ics))
	for k, ic := range ics {
		ind, _ := fw.Indicator(ic.Indicator)
		out[k] = indicatorChangeJSON{
			Indicator: ic.Indicator, Name: ind.Name.In(lang), From: int(ic.From), To: int(ic.To), Delta: ic.Delta,
			Contribution: ic.Contribution.Format(4), ContributionExact: ic.Contribution.Exact(),
			ContributionValue: ic.Contribution.Float64(),
		}
	}
	return out
}
