package masterplan

import (
	"encoding/json"
	"fmt"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/jsonio"
	"github.com/kotacerdas/smartcity/pillar"
)

// The JSON of a progress report is what `smartcity plan progress --json`
// prints, and reads back: a rate is written as a percentage with one
// decimal ("66.7", which people read), the exact fraction ("2/3", which
// reads back without loss) and a float of that fraction for charts
// (0.6666666666666666), all three left out when the rate has no value.
// It is read back as strictly as every document of the library
// (internal/jsonio): an unknown field, a key written twice or in another
// case is an error at its path.

// progressReportJSON is the JSON of a ProgressReport.
type progressReportJSON struct {
	Region       Region             `json:"region"`
	Year         int                `json:"year"`
	Illustrative bool               `json:"illustrative,omitempty"`
	Pillars      []PillarProgress   `json:"pillars"`
	Total        PillarProgress     `json:"total"`
	Programs     []ProgramProgress  `json:"programs"`
	Warnings     smartcity.Problems `json:"warnings"`
}

// MarshalJSON writes the report as `smartcity plan progress --json` prints
// it: "region", "year", "illustrative" (when set), "pillars" and "total"
// (see PillarProgress), "programs" (see ProgramProgress) and "warnings"
// (an empty list when there are none), their messages in Indonesian.
func (r ProgressReport) MarshalJSON() ([]byte, error) {
	return r.JSON(smartcity.Indonesian).MarshalJSON()
}

// JSON returns a json.Marshaler that writes r as MarshalJSON does, the
// messages of the warnings in lang.
func (r ProgressReport) JSON(lang smartcity.Lang) json.Marshaler { return progressReportIn{r, lang} }

// progressReportIn is a ProgressReport said in one language, for JSON.
type progressReportIn struct {
	r    ProgressReport
	lang smartcity.Lang
}

// MarshalJSON implements json.Marshaler.
func (in progressReportIn) MarshalJSON() ([]byte, error) {
	j := progressReportJSON(in.r)
	if j.Pillars == nil {
		j.Pillars = []PillarProgress{}
	}
	if j.Programs == nil {
		j.Programs = []ProgramProgress{}
	}
	// The warnings said in lang shadow those of j, in the same place: the
	// last field.
	return json.Marshal(struct {
		progressReportJSON
		Warnings json.Marshaler `json:"warnings"`
	}{j, in.r.Warnings.JSON(in.lang)})
}

// UnmarshalJSON reads what MarshalJSON writes.
func (r *ProgressReport) UnmarshalJSON(data []byte) error {
	var j progressReportJSON
	if err := jsonio.Unmarshal(data, &j); err != nil {
		return err
	}
	*r = ProgressReport(j)
	return nil
}

// pillarProgressJSON is the JSON of a PillarProgress.
type pillarProgressJSON struct {
	Pillar           pillar.Pillar `json:"pillar,omitzero"`
	Planned          int           `json:"planned"`
	Realised         int           `json:"realised"`
	Achievement      string        `json:"achievement,omitempty"`
	AchievementExact string        `json:"achievement_exact,omitempty"`
	AchievementValue *float64      `json:"achievement_value,omitempty"`
	Statuses         StatusCounts  `json:"statuses"`
	Budget           []Absorption  `json:"budget"`
	BudgetTotal      Absorption    `json:"budget_total"`
}

// MarshalJSON writes the pillar's progress, flat: "pillar" (none for the
// whole plan), "planned" and "realised" programmes, the achievement rate
// ("achievement", "achievement_exact", "achievement_value"), "statuses",
// "budget" per source and "budget_total".
func (pp PillarProgress) MarshalJSON() ([]byte, error) {
	j := pillarProgressJSON{
		Pillar: pp.Pillar, Planned: pp.Achievement.Planned, Realised: pp.Achievement.Realised,
		Statuses: pp.Statuses, Budget: pp.Budget, BudgetTotal: pp.BudgetTotal,
	}
	j.Achievement, j.AchievementExact, j.AchievementValue = rateFields(pp.Achievement.Rate)
	if j.Budget == nil {
		j.Budget = []Absorption{}
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads what MarshalJSON writes.
func (pp *PillarProgress) UnmarshalJSON(data []byte) error {
	var j pillarProgressJSON
	if err := jsonio.Unmarshal(data, &j); err != nil {
		return err
	}
	rate, err := parseRate("achievement_exact", j.AchievementExact)
	if err != nil {
		return err
	}
	*pp = PillarProgress{
		Pillar:      j.Pillar,
		Achievement: Achievement{Planned: j.Planned, Realised: j.Realised, Rate: rate},
		Statuses:    j.Statuses, Budget: j.Budget, BudgetTotal: j.BudgetTotal,
	}
	return nil
}

// absorptionJSON is the JSON of an Absorption.
type absorptionJSON struct {
	Source          Source   `json:"source,omitzero"`
	Planned         int64    `json:"planned"`
	Realised        int64    `json:"realised"`
	Absorption      string   `json:"absorption,omitempty"`
	AbsorptionExact string   `json:"absorption_exact,omitempty"`
	AbsorptionValue *float64 `json:"absorption_value,omitempty"`
}

// MarshalJSON writes the absorption: "source" (none for a total),
// "planned" and "realised" rupiah, and the rate ("absorption",
// "absorption_exact", "absorption_value").
func (a Absorption) MarshalJSON() ([]byte, error) {
	j := absorptionJSON{Source: a.Source, Planned: a.Planned, Realised: a.Realised}
	j.Absorption, j.AbsorptionExact, j.AbsorptionValue = rateFields(a.Rate)
	return json.Marshal(j)
}

// UnmarshalJSON reads what MarshalJSON writes.
func (a *Absorption) UnmarshalJSON(data []byte) error {
	var j absorptionJSON
	if err := jsonio.Unmarshal(data, &j); err != nil {
		return err
	}
	rate, err := parseRate("absorption_exact", j.AbsorptionExact)
	if err != nil {
		return err
	}
	*a = Absorption{Source: j.Source, Planned: j.Planned, Realised: j.Realised, Rate: rate}
	return nil
}

// programProgressJSON is the JSON of a ProgramProgress.
type programProgressJSON struct {
	ID         string         `json:"id"`
	Name       string         `json:"name"`
	Pillar     pillar.Pillar  `json:"pillar"`
	Element    pillar.Element `json:"element"`
	Counted    bool           `json:"counted"`
	Status     Status         `json:"status,omitzero"`
	StatusYear int            `json:"status_year,omitempty"`
	Realised   bool           `json:"realised"`
	Budget     Absorption     `json:"budget"`
	KPIs       []KPIProgress  `json:"kpis,omitempty"`
	Note       string         `json:"note,omitempty"`
}

// MarshalJSON writes where the programme stands: "id", "name", "pillar",
// "element", "counted", "status" and "status_year" (when reported),
// "realised", its "budget" (an Absorption), its "kpis" and its "note".
// QuickWin and Illustrative, which the plan says, are not written.
func (pp ProgramProgress) MarshalJSON() ([]byte, error) {
	return json.Marshal(programProgressJSON{
		ID: pp.ID, Name: pp.Name, Pillar: pp.Pillar, Element: pp.Element, Counted: pp.Counted,
		Status: pp.Status, StatusYear: pp.StatusYear, Realised: pp.Realised,
		Budget: pp.Budget, KPIs: pp.KPIs, Note: pp.Note,
	})
}

// UnmarshalJSON reads what MarshalJSON writes.
func (pp *ProgramProgress) UnmarshalJSON(data []byte) error {
	var j programProgressJSON
	if err := jsonio.Unmarshal(data, &j); err != nil {
		return err
	}
	*pp = ProgramProgress{
		ID: j.ID, Name: j.Name, Pillar: j.Pillar, Element: j.Element, Counted: j.Counted,
		Status: j.Status, StatusYear: j.StatusYear, Realised: j.Realised,
		Budget: j.Budget, KPIs: j.KPIs, Note: j.Note,
	}
	return nil
}

// kpiProgressJSON is the JSON of a KPIProgress.
type kpiProgressJSON struct {
	Name          string      `json:"name"`
	Unit          string      `json:"unit"`
	Direction     Direction   `json:"direction"`
	Baseline      json.Number `json:"baseline,omitempty"`
	Target        json.Number `json:"target,omitempty"`
	TargetYear    int         `json:"target_year,omitempty"`
	Actual        json.Number `json:"actual,omitempty"`
	Progress      string      `json:"progress,omitempty"`
	ProgressExact string      `json:"progress_exact,omitempty"`
	ProgressValue *float64    `json:"progress_value,omitempty"`
	State         KPIState    `json:"state"`
}

// MarshalJSON writes where the KPI stands: "name", "unit", "direction",
// "baseline", "target" and "target_year", "actual" (each when there is
// one, as the documents write them), the progress from baseline to target
// ("progress", "progress_exact", "progress_value") and the "state".
func (k KPIProgress) MarshalJSON() ([]byte, error) {
	j := kpiProgressJSON{
		Name: k.Name, Unit: k.Unit, Direction: k.Direction, Baseline: k.Baseline,
		Target: k.Target, TargetYear: k.TargetYear, Actual: k.Actual, State: k.State,
	}
	j.Progress, j.ProgressExact, j.ProgressValue = rateFields(k.Progress)
	return json.Marshal(j)
}

// UnmarshalJSON reads what MarshalJSON writes.
func (k *KPIProgress) UnmarshalJSON(data []byte) error {
	var j kpiProgressJSON
	if err := jsonio.Unmarshal(data, &j); err != nil {
		return err
	}
	progress, err := parseRate("progress_exact", j.ProgressExact)
	if err != nil {
		return err
	}
	*k = KPIProgress{
		Name: j.Name, Unit: j.Unit, Direction: j.Direction, Baseline: j.Baseline,
		Target: j.Target, TargetYear: j.TargetYear, Actual: j.Actual, Progress: progress, State: j.State,
	}
	return nil
}

// rateFields returns the three fields of a rate: the percentage with one
// decimal, the exact fraction and its float; none for a rate without a
// value.
func rateFields(x smartcity.Number) (percent, exact string, value *float64) {
	if !x.IsValid() {
		return "", "", nil
	}
	f := x.Float64()
	return x.Percent(1), x.Exact(), &f
}

// parseRate reads a rate back from its exact fraction, the field named
// key; "" is a rate without a value.
func parseRate(key, exact string) (smartcity.Number, error) {
	if exact == "" {
		return smartcity.Number{}, nil
	}
	x, err := smartcity.ParseNumber(exact)
	if err != nil {
		return smartcity.Number{}, fmt.Errorf("%s: %w", key, err)
	}
	return x, nil
}
