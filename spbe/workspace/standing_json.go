package workspace

import (
	"encoding/json"

	"github.com/kotacerdas/smartcity"
)

// marshaler is a json.Marshaler made of a function.
type marshaler func() ([]byte, error)

// MarshalJSON implements json.Marshaler.
func (m marshaler) MarshalJSON() ([]byte, error) { return m() }

// simulationNote says what a standing is, in lang.
func simulationNote(lang smartcity.Lang) string {
	if lang == smartcity.English {
		return "A simulation of the self-assessment from the evidence accepted so far, not the official result."
	}
	return "Simulasi penilaian mandiri dari bukti dukung yang sudah diterima, bukan hasil resmi."
}

// standingJSON is the JSON form of a Standing.
type standingJSON struct {
	Instansi     string              `json:"instansi"`
	Year         int                 `json:"tahun"`
	Illustrative bool                `json:"ilustrasi,omitzero"`
	Note         string              `json:"note"`
	Today        smartcity.Date      `json:"today,omitzero"`
	Evidenced    json.Marshaler      `json:"evidenced"`
	Claimed      json.Marshaler      `json:"claimed,omitempty"`
	Indicators   []IndicatorStanding `json:"indicators"`
	Total        Progress            `json:"total"`
	Units        []Progress          `json:"units"`
	Aspects      []Progress          `json:"aspects"`
	Overdue      []Outstanding       `json:"overdue"`
}

// MarshalJSON writes the standing as a portal serves it, names and the note
// in Indonesian (JSON for English): "instansi", "tahun", "ilustrasi" when
// the figures are made up, "note" saying that it is a simulation, "today",
// "evidenced" and "claimed" as spbe.Result writes them (the index exact and
// as published, the predikat, the aspects), "indicators" (each with
// "evidenced", "claimed", "outside", "waiting", "next", "missing",
// "unreachable" and its "items" counted by status), "total", "units",
// "aspects" and "overdue".
func (s *Standing) MarshalJSON() ([]byte, error) { return s.JSON(smartcity.Indonesian).MarshalJSON() }

// JSON returns the standing as MarshalJSON writes it, in lang.
func (s *Standing) JSON(lang smartcity.Lang) json.Marshaler {
	return marshaler(func() ([]byte, error) {
		v := standingJSON{
			Instansi: s.Instansi, Year: s.Year, Illustrative: s.Illustrative, Note: simulationNote(lang), Today: s.Today,
			Evidenced: s.Evidenced.JSON(lang), Indicators: s.Indicators, Total: s.Total,
			Units: nonNil(s.Units), Aspects: nonNil(s.Aspects), Overdue: nonNil(s.Overdue),
		}
		if s.Claimed != nil {
			v.Claimed = s.Claimed.JSON(lang)
		}
		return json.Marshal(v)
	})
}

// wayJSON is the JSON form of a Way.
type wayJSON struct {
	Plan   json.Marshaler `json:"plan"`
	Effort bool           `json:"effort"`
	Result json.Marshaler `json:"result"`
	Items  int            `json:"items"`
	Steps  []WayStep      `json:"steps"`
	Units  []Group        `json:"units"`
	Dates  []Group        `json:"dates"`
}

// MarshalJSON writes the way with names in Indonesian (JSON for English):
// "plan" as spbe.Plan writes it, "effort", "result" (the result once the
// way is done), "items", "steps" (each raise with its "items"), and the
// outstanding items grouped by "units" and by "dates".
func (w *Way) MarshalJSON() ([]byte, error) { return w.JSON(smartcity.Indonesian).MarshalJSON() }

// JSON returns the way as MarshalJSON writes it, in lang.
func (w *Way) JSON(lang smartcity.Lang) json.Marshaler {
	return marshaler(func() ([]byte, error) {
		return json.Marshal(wayJSON{
			Plan: w.Plan.JSON(lang), Effort: w.Effort, Result: w.Result.JSON(lang), Items: w.Items,
			Steps: nonNil(w.Steps), Units: nonNil(w.Units), Dates: nonNil(w.Dates),
		})
	})
}

// nonNil returns s, or an empty slice for nil, so that JSON writes [].
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
