package masterplan

import (
	"encoding/json"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/jsonnum"
)

// KPIProgress is where one KPI of a programme stands in the report's year.
//
// Progress is (actual − baseline) ÷ (target − baseline), exact. The same
// formula serves both directions: for a KPI that should go down, both
// differences are negative when it does. It is not clamped: 1.25 means the
// KPI went a quarter further than the target asked, and a negative value
// that it moved the wrong way. When the target equals the baseline the
// ratio has no value, and State alone says whether the KPI held it.
type KPIProgress struct {
	// Name is the KPI's name.
	Name string `yaml:"name"`
	// Unit is the unit of the values.
	Unit string `yaml:"unit"`
	// Direction says which way is better.
	Direction Direction `yaml:"direction"`
	// Baseline is the KPI's value before the programme, as the plan writes
	// it.
	Baseline json.Number `yaml:"baseline,omitempty"`
	// Target is the target compared with: the target of the report's year;
	// without one, the next target after it; without one, the last target
	// before it. "" when the KPI has no target.
	Target json.Number `yaml:"target,omitempty"`
	// TargetYear is the year of Target; 0 when there is none.
	TargetYear int `yaml:"target_year,omitempty"`
	// Actual is the value reported for the year; "" when none is.
	Actual json.Number `yaml:"actual,omitempty"`
	// Progress is the exact progress from baseline to target; the zero
	// Number when it cannot be computed (no actual, no baseline, no target,
	// or a target equal to the baseline).
	Progress smartcity.Number `yaml:"progress,omitempty"`
	// State says where the KPI stands.
	State KPIState `yaml:"state"`
}

// targetFor returns the target a KPI is held to in year: the target of
// that year, else the next one after it, else the last one before it.
func targetFor(k *KPI, year int) (KPITarget, bool) {
	var exact, next, last KPITarget
	for _, t := range k.Targets {
		switch {
		case t.Year == 0 || t.Value == "":
		case t.Year == year:
			exact = t
		case t.Year > year && (next.Year == 0 || t.Year < next.Year):
			next = t
		case t.Year < year && t.Year > last.Year:
			last = t
		}
	}
	for _, t := range [...]KPITarget{exact, next, last} {
		if t.Year != 0 {
			return t, true
		}
	}
	return KPITarget{}, false
}

// kpiProgress computes where KPI k stands in year given the value
// reported, "" when none is. ok is false when the progress, exact, does
// not fit in an int64.
func kpiProgress(k *KPI, year int, actual json.Number) (out KPIProgress, ok bool) {
	out = KPIProgress{Name: k.Name, Unit: k.Unit, Direction: k.Direction, Baseline: k.Baseline, Actual: actual}
	target, hasTarget := targetFor(k, year)
	if hasTarget {
		out.Target, out.TargetYear = target.Value, target.Year
	}
	if actual == "" {
		out.State = KPINotReported
		return out, true
	}
	a, okA := jsonnum.Number(string(actual))
	t, okT := jsonnum.Number(string(target.Value))
	if !hasTarget || !okA || !okT || !k.Direction.isValid() {
		out.State = KPINoData
		return out, true
	}
	// better(x, y) > 0 when x is better than y in the KPI's direction.
	better := func(x, y smartcity.Number) int {
		if k.Direction == Down {
			return y.Cmp(x)
		}
		return x.Cmp(y)
	}
	b, okB := jsonnum.Number(string(k.Baseline))
	if okB && t.Cmp(b) != 0 {
		moved, ok1 := a.Sub(b)
		asked, ok2 := t.Sub(b)
		if out.Progress, ok = moved.Quo(asked); !ok1 || !ok2 || !ok {
			return KPIProgress{}, false
		}
	}
	switch c := better(a, t); {
	case c == 0:
		out.State = KPIAchieved
	case c > 0:
		out.State = KPIExceeded
	case okB && better(a, b) < 0:
		out.State = KPIRegressed
	default:
		out.State = KPIBelowTarget
	}
	return out, true
}
