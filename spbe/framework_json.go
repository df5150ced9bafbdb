package spbe

import (
	"encoding/json"

	"github.com/kotacerdas/smartcity"
)

// FrameworkSummary is what a reader asks of a framework before using it —
// its name and legal basis, the years and methods it is the rule of, its
// size and its predikat bands — as `smartcity spbe frameworks --json`
// lists it. The framework itself is written in JSON whole (its
// MarshalJSON), to be read back.
type FrameworkSummary struct{ fw *Framework }

// Summary returns the summary of fw.
func (fw *Framework) Summary() FrameworkSummary { return FrameworkSummary{fw: fw} }

// frameworkSummaryJSON is the JSON of a FrameworkSummary.
type frameworkSummaryJSON struct {
	ID         string           `json:"id"`
	Name       string           `json:"name"`
	LegalBasis string           `json:"legal_basis"`
	Years      []int            `json:"years"`
	InForce    bool             `json:"in_force"`
	Default    bool             `json:"default"`
	Methods    []yearMethodJSON `json:"methods"`
	Domains    int              `json:"domains"`
	Aspects    int              `json:"aspects"`
	Indicators int              `json:"indicators"`
	MinLevel   int              `json:"min_level"`
	MaxLevel   int              `json:"max_level"`
	Bands      []bandJSON       `json:"bands"`
}

// yearMethodJSON is the method of one evaluation year.
type yearMethodJSON struct {
	Year   int    `json:"year"`
	Method string `json:"method"`
}

// bandJSON is one predikat band with the framework's word for it.
type bandJSON struct {
	Predicate string `json:"predicate"`
	Name      string `json:"name"`
	From      string `json:"from"`
}

// MarshalJSON writes the summary as an element of `smartcity spbe
// frameworks --json`, names in Indonesian (JSON for another language):
// "id", "name", "legal_basis", "years" (the evaluation years the
// framework names; one "in_force" is the rule of every later year too),
// "in_force", "default" (the framework of an assessment without a year),
// "methods" (the method of each of those years, {"year", "method"}), the
// counts "domains", "aspects" and "indicators", "min_level", "max_level"
// and the "bands" ({"predicate", "name", "from"}, lowest first).
func (s FrameworkSummary) MarshalJSON() ([]byte, error) {
	return json.Marshal(s.form(smartcity.Indonesian))
}

// JSON returns s as MarshalJSON writes it, with the names in lang.
func (s FrameworkSummary) JSON(lang smartcity.Lang) json.Marshaler {
	return marshaler(func() ([]byte, error) { return json.Marshal(s.form(lang)) })
}

// form returns the JSON form of s with names in lang.
func (s FrameworkSummary) form(lang smartcity.Lang) frameworkSummaryJSON {
	fw := s.fw
	if fw == nil {
		return frameworkSummaryJSON{Years: []int{}, Methods: []yearMethodJSON{}}
	}
	j := frameworkSummaryJSON{
		ID: fw.spec.ID, Name: fw.spec.Name.In(lang), LegalBasis: fw.spec.LegalBasis,
		Years: fw.Years(), InForce: fw.spec.InForce, Default: fw == Default(),
		Methods: []yearMethodJSON{}, Domains: fw.NumDomains(), Aspects: fw.NumAspects(), Indicators: fw.NumIndicators(),
		MinLevel: int(fw.spec.MinLevel), MaxLevel: int(fw.spec.MaxLevel),
	}
	if j.Years == nil {
		j.Years = []int{}
	}
	for _, y := range j.Years {
		j.Methods = append(j.Methods, yearMethodJSON{Year: y, Method: fw.Method(y).String()})
	}
	for _, b := range fw.spec.Bands {
		j.Bands = append(j.Bands, bandJSON{Predicate: b.Predicate.String(), Name: b.Name.In(lang), From: b.From})
	}
	return j
}
