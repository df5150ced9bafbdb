package main

import (
	"encoding/json"
	"errors"
	"strconv"

	"github.com/invopop/jsonschema"
	"github.com/kotacerdas/smartcity/internal/check"
	"github.com/kotacerdas/smartcity/internal/ref"
	"github.com/kotacerdas/smartcity/spbe"
)

// The rules below add to the reflected schemas what the Go types cannot
// say: which fields a document must have and the bounds of their values.
// They restate the checks of Assessment.Validate, NewFramework,
// Plan.Validate, Evaluation.Validate and Progress.Validate that a schema can
// express; rules across fields or documents (unique codes, years inside
// the plan's period, weights that add up, a level inside the framework's
// range) stay with those checks. A field is required when those checks
// reject a document that leaves it out.

// edit changes a schema, or says why it cannot.
type edit func(*jsonschema.Schema) error

// rule changes the schema of one property of one definition, or of the
// definition itself when prop is "".
type rule struct {
	def, prop string
	edit      edit
}

// spbe's bounds of a plausible evaluation year, which spbe keeps
// unexported.
const spbeMinYear, spbeMaxYear = 1900, 2999

// required lists the required properties of each definition.
func required() map[string][]string {
	return map[string][]string{
		// spbe: assessment
		"Answer":     {"indicator"},
		"StageLevel": {"stage"},
		"Evidence":   {"title"},
		// spbe: framework
		"FrameworkSpec": {"id", "name", "legal_basis", "max_level", "bands", "scales", "aspects", "indicators"},
		"Band":          {"predicate", "name", "from"},
		"YearMethod":    {"year", "method"},
		"Conversion":    {"indicator", "source", "name", "min", "max", "edges"},
		"ExternalScore": {"source"},
		"Text":          {"id"},
		"Scale":         {"code", "name", "levels"},
		"ScaleLevel":    {"level", "name"},
		"Domain":        {"code", "name", "weight_bp"},
		"Aspect":        {"code", "name", "weight_bp"},
		"Indicator":     {"number", "name", "aspect", "scale", "weight_bp"},
		// masterplan: plan
		"Plan":          {"region", "period", "vision", "missions", "rpjmd", "institutions", "readiness", "programs"},
		"Region":        {"name", "kind", "kemendagri_code", "province"},
		"Period":        {"start_year", "end_year"},
		"RPJMD":         {"start_year", "end_year", "strategic_issues"},
		"LegalBasis":    {"kind", "number", "year"},
		"Institutions":  {"council", "team", "leader"},
		"Body":          {"name"},
		"Official":      {"name", "role"},
		"Book":          {"volume", "title"},
		"Section":       {"title"},
		"Readiness":     {"items"},
		"ReadinessItem": {"sub_item", "current", "target"},
		"SPBEResult":    {"year", "index", "predikat"},
		"Strategy":      {"pillar", "statement"},
		"Program":       {"id", "name", "element", "responsible_opd", "horizon", "start_year", "end_year", "status"},
		"BudgetLine":    {"year", "source", "amount"},
		"KPI":           {"name", "unit", "baseline", "direction", "targets"},
		"KPITarget":     {"year", "value"},
		"ActionStep":    {"description"},
		"Milestone":     {"stage", "date"},
		// masterplan: evaluation
		"Evaluation": {"region", "year", "stage", "scores"},
		"Scores":     {"baseline", "output", "outcome", "impact", "quick_win"},
		// masterplan: progress
		"Progress":        {"region", "years"},
		"RealisationYear": {"year"},
		"Realisation":     {"id", "status"},
		"RealisedAmount":  {"source"},
		"KPIActual":       {"name", "actual"},
	}
}

// rules lists the bounds and forms of values.
func rules() []rule {
	spbeYear := between(spbeMinYear, spbeMaxYear)
	year := between(check.MinYear, check.MaxYear)
	weight := between(1, int(spbe.WeightTotal))
	score := between(0, 5)
	return []rule{
		// spbe: assessment
		{"Assessment", "tahun", spbeYear},
		{"Assessment", "framework", pattern(frameworkID)},
		{"Answer", "indicator", atLeast(1)},
		{"Evidence", "", eitherRequired("url", "file")},
		{"Evidence", "title", pattern(notBlank)},
		{"Evidence", "url", all(format("uri"), pattern(ref.AddressPattern))},
		{"Evidence", "file", all(minLength(1), not(pattern(ref.UnsafeNamePattern)))},
		{"Evidence", "sha256", pattern(`^[0-9a-fA-F]{64}$`)},
		// spbe: framework
		{"FrameworkSpec", "id", pattern(frameworkID)},
		{"FrameworkSpec", "legal_basis", minLength(1)},
		{"FrameworkSpec", "years", all(unique, items(spbeYear))},
		{"FrameworkSpec", "min_level", atMost(1)},
		{"FrameworkSpec", "max_level", atLeast(1)},
		{"FrameworkSpec", "scales", minItems(1)},
		{"FrameworkSpec", "bands", minItems(1)},
		{"Band", "from", pattern(`^[0-9](\.[0-9]{1,2})?$`)},
		{"YearMethod", "year", spbeYear},
		{"Conversion", "indicator", atLeast(1)},
		{"Conversion", "source", pattern(frameworkID)},
		{"Conversion", "min", pattern(decimalText)},
		{"Conversion", "max", pattern(decimalText)},
		{"Conversion", "edges", items(pattern(decimalText))},
		{"ExternalScore", "source", pattern(frameworkID)},
		{"ExternalScore", "score", pattern(decimalText)},
		{"FrameworkSpec", "aspects", minItems(1)},
		{"FrameworkSpec", "indicators", all(minItems(1), maxItems(spbe.MaxIndicators))},
		{"Text", "id", minLength(1)},
		{"Scale", "code", minLength(1)},
		{"Scale", "levels", minItems(1)},
		{"Domain", "code", minLength(1)},
		{"Domain", "weight_bp", weight},
		{"Aspect", "code", minLength(1)},
		{"Aspect", "domain", minLength(1)},
		{"Aspect", "weight_bp", weight},
		{"Indicator", "number", atLeast(1)},
		{"Indicator", "aspect", minLength(1)},
		{"Indicator", "scale", minLength(1)},
		{"Indicator", "weight_bp", weight},
		// masterplan: plan
		{"Plan", "vision", minLength(1)},
		{"Plan", "missions", all(minItems(1), items(minLength(1)))},
		{"Plan", "books", maxItems(3)},
		{"Plan", "programs", minItems(1)},
		{"Plan", "notes", items(minLength(1))},
		{"Region", "name", minLength(1)},
		{"Region", "kemendagri_code", pattern(`^(1[1-9]|[2-9][0-9])(\.(0[1-9]|[1-9][0-9]))?$`)},
		{"Region", "province", minLength(1)},
		{"Period", "start_year", year},
		{"Period", "end_year", year},
		{"RPJMD", "start_year", year},
		{"RPJMD", "end_year", year},
		{"RPJMD", "strategic_issues", all(minItems(1), items(minLength(1)))},
		{"LegalBasis", "number", minLength(1)},
		{"LegalBasis", "year", year},
		{"Body", "name", minLength(1)},
		{"Official", "name", minLength(1)},
		{"Official", "role", minLength(1)},
		{"Book", "title", minLength(1)},
		{"Section", "title", minLength(1)},
		{"Readiness", "items", all(minItems(9), maxItems(9))},
		{"ReadinessItem", "current", between(1, 5)},
		{"ReadinessItem", "target", between(1, 5)},
		{"ReadinessItem", "evidence", items(all(minLength(1), either(pattern(ref.AddressPattern), not(pattern(ref.UnsafeTextPattern)))))},
		{"SPBEResult", "year", year},
		{"SPBEResult", "index", pattern(`^([0-4](\.[0-9]{1,2})?|5(\.0{1,2})?)$`)},
		{"SPBEResult", "predikat", minLength(1)},
		{"SWOT", "strengths", items(minLength(1))},
		{"SWOT", "weaknesses", items(minLength(1))},
		{"SWOT", "opportunities", items(minLength(1))},
		{"SWOT", "threats", items(minLength(1))},
		{"Strategy", "statement", minLength(1)},
		{"Program", "id", minLength(1)},
		{"Program", "name", minLength(1)},
		{"Program", "responsible_opd", minLength(1)},
		{"Program", "supporting_opds", items(minLength(1))},
		{"Program", "start_year", year},
		{"Program", "end_year", year},
		{"BudgetLine", "year", year},
		{"BudgetLine", "amount", above(0)},
		{"KPI", "name", minLength(1)},
		{"KPI", "unit", minLength(1)},
		{"KPI", "targets", minItems(1)},
		{"KPITarget", "year", year},
		{"ActionStep", "description", minLength(1)},
		{"ActionStep", "year", year},
		// masterplan: evaluation
		{"Evaluation", "region", pattern(notBlank)},
		{"Evaluation", "year", year},
		{"Evaluation", "pillar_scores", additional(score)},
		{"Evaluation", "previous_index", score},
		{"Evaluation", "notes", items(pattern(notBlank))},
		{"Scores", "baseline", score},
		{"Scores", "output", score},
		{"Scores", "outcome", score},
		{"Scores", "impact", score},
		{"Scores", "quick_win", score},
		// masterplan: progress
		{"Progress", "region", pattern(notBlank)},
		{"Progress", "plan", not(pattern(ref.UnsafeNamePattern))},
		{"Progress", "years", minItems(1)},
		{"Progress", "notes", items(pattern(notBlank))},
		{"RealisationYear", "year", year},
		{"Realisation", "id", minLength(1)},
		{"RealisedAmount", "amount", atLeast(0)},
		{"KPIActual", "name", minLength(1)},
	}
}

const (
	// frameworkID is the form of a framework id that NewFramework accepts.
	frameworkID = `^[a-z0-9._-]{1,64}$`
	// notBlank is a text with something other than white space, for the
	// fields the checks trim.
	notBlank = `\S`
	// decimalText is an exact decimal as the spbe readers take it, with a
	// point or a comma.
	decimalText = `^-?[0-9]+([.,][0-9]+)?$`
)

func between(lo, hi int) edit { return all(atLeast(lo), atMost(hi)) }

func atLeast(n int) edit {
	return func(s *jsonschema.Schema) error { s.Minimum = json.Number(strconv.Itoa(n)); return nil }
}

func atMost(n int) edit {
	return func(s *jsonschema.Schema) error { s.Maximum = json.Number(strconv.Itoa(n)); return nil }
}

func above(n int) edit {
	return func(s *jsonschema.Schema) error { s.ExclusiveMinimum = json.Number(strconv.Itoa(n)); return nil }
}

func minLength(n uint64) edit {
	return func(s *jsonschema.Schema) error { s.MinLength = &n; return nil }
}

func minItems(n uint64) edit {
	return func(s *jsonschema.Schema) error { s.MinItems = &n; return nil }
}

func maxItems(n uint64) edit {
	return func(s *jsonschema.Schema) error { s.MaxItems = &n; return nil }
}

func unique(s *jsonschema.Schema) error { s.UniqueItems = true; return nil }

func pattern(p string) edit {
	return func(s *jsonschema.Schema) error { s.Pattern = p; return nil }
}

func format(f string) edit {
	return func(s *jsonschema.Schema) error { s.Format = f; return nil }
}

// items applies e to the schema of an array's items.
func items(e edit) edit {
	return func(s *jsonschema.Schema) error {
		if s.Type != "array" || s.Items == nil {
			return errors.New("not an array")
		}
		return e(s.Items)
	}
}

// additional applies e to the schema of an object's other properties:
// the values of a map.
func additional(e edit) edit {
	return func(s *jsonschema.Schema) error {
		if s.Type != "object" || s.AdditionalProperties == nil {
			return errors.New("not a map")
		}
		return e(s.AdditionalProperties)
	}
}

// eitherRequired requires at least one of the properties.
func eitherRequired(props ...string) edit {
	return func(s *jsonschema.Schema) error {
		for _, p := range props {
			if _, ok := s.Properties.Get(p); !ok {
				return errors.New("no property " + p)
			}
			s.AnyOf = append(s.AnyOf, &jsonschema.Schema{Required: []string{p}})
		}
		return nil
	}
}

// not requires that the value not match what e makes a schema of.
func not(e edit) edit {
	return func(s *jsonschema.Schema) error {
		n := &jsonschema.Schema{}
		s.Not = n
		return e(n)
	}
}

// either requires that the value match one at least of the schemas the
// edits make.
func either(edits ...edit) edit {
	return func(s *jsonschema.Schema) error {
		for _, e := range edits {
			alt := &jsonschema.Schema{}
			if err := e(alt); err != nil {
				return err
			}
			s.AnyOf = append(s.AnyOf, alt)
		}
		return nil
	}
}

func all(edits ...edit) edit {
	return func(s *jsonschema.Schema) error {
		for _, e := range edits {
			if err := e(s); err != nil {
				return err
			}
		}
		return nil
	}
}
