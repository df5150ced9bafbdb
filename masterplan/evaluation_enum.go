package masterplan

import (
	"iter"

	"github.com/kotacerdas/smartcity"
)

// Dimension is one of the five dimensions the ministry scores in its
// yearly evaluation of smart-city implementation. They are not the six
// pillars: the evaluation asks how far a region has come, the pillars say
// where its programmes sit. The zero value means "unset".
type Dimension uint8

// The evaluation dimensions, in the order the guidance lists them, with
// their default weights.
const (
	DimensionBaseline Dimension = 1 + iota // the condition before joining, in later rounds last year's; code "baseline", 10 %
	DimensionOutput                        // the foundations: regulation, institutions, budget; code "output", 20 %
	DimensionOutcome                       // how far the masterplan's plans are carried out; code "outcome", 30 %
	DimensionImpact                        // the benefit residents feel; code "impact", 20 %
	DimensionQuickWin                      // innovation and creativity of the quick wins; code "quick_win", 20 %
)

var dimensionCodes = [...]string{"", "baseline", "output", "outcome", "impact", "quick_win"}

var dimensionNames = [...][2]string{
	{},
	{"Baseline", "Baseline"},
	{"Output", "Output"},
	{"Outcome", "Outcome"},
	{"Impact", "Impact"},
	{"Quick Win", "Quick Win"},
}

var dimensionAliases = [...]alias{
	{"kondisi awal", 1}, {"kondisi dasar", 1},
	{"keluaran", 2},
	{"hasil", 3},
	{"dampak", 4},
	{"quickwin", 5}, {"quick wins", 5},
}

// Dimensions returns the five dimensions in order.
func Dimensions() iter.Seq[Dimension] {
	return func(yield func(Dimension) bool) {
		for d := DimensionBaseline; d <= DimensionQuickWin; d++ {
			if !yield(d) {
				return
			}
		}
	}
}

// ParseDimension parses a dimension code ("baseline", "output", "outcome",
// "impact", "quick_win"), ignoring case and treating spaces, hyphens and
// underscores alike ("Quick Win"); the Indonesian "dampak", "keluaran" and
// "hasil" are accepted too.
func ParseDimension(s string) (Dimension, error) {
	return parseEnum[Dimension]("evaluation dimension", s, dimensionCodes[:], dimensionAliases[:])
}

// String returns the stable code, such as "quick_win".
func (d Dimension) String() string { return enumString("Dimension", uint8(d), dimensionCodes[:]) }

// IsValid reports whether d is a declared dimension.
func (d Dimension) IsValid() bool { return d >= DimensionBaseline && d <= DimensionQuickWin }

// Name returns the dimension's display name in lang, or "" when d is not
// valid. The ministry uses the English words in Indonesian too.
func (d Dimension) Name(lang smartcity.Lang) string {
	return enumName(uint8(d), dimensionNames[:], lang)
}

// MarshalText implements encoding.TextMarshaler with the stable code.
func (d Dimension) MarshalText() ([]byte, error) {
	return marshalEnum("Dimension", uint8(d), dimensionCodes[:])
}

// UnmarshalText implements encoding.TextUnmarshaler; it accepts what
// ParseDimension accepts, and empty text is the zero value.
func (d *Dimension) UnmarshalText(text []byte) error {
	return unmarshalEnum(d, "evaluation dimension", text, dimensionCodes[:], dimensionAliases[:])
}

// EvaluationStage is the stage (tahap) of an evaluation, I or II, as the
// ministry numbers the rounds of its yearly evaluation. It is not the
// Stage of a region's lifecycle. The zero value means "unset".
type EvaluationStage uint8

// The evaluation stages.
const (
	EvaluationStageI  EvaluationStage = 1 + iota // tahap I, code "I"
	EvaluationStageII                            // tahap II, code "II"
)

var evaluationStageCodes = [...]string{"", "I", "II"}

var evaluationStageNames = [...][2]string{{}, {"tahap I", "stage I"}, {"tahap II", "stage II"}}

var evaluationStageAliases = [...]alias{
	{"1", 1}, {"tahap i", 1}, {"tahap 1", 1}, {"stage i", 1}, {"stage 1", 1},
	{"2", 2}, {"tahap ii", 2}, {"tahap 2", 2}, {"stage ii", 2}, {"stage 2", 2},
}

// ParseEvaluationStage parses an evaluation stage: "I" or "II", the
// arabic "1" or "2", or "tahap II", "stage 2", ignoring case.
func ParseEvaluationStage(s string) (EvaluationStage, error) {
	return parseEnum[EvaluationStage]("evaluation stage", s, evaluationStageCodes[:], evaluationStageAliases[:])
}

// String returns the stable code, "I" or "II".
func (s EvaluationStage) String() string {
	return enumString("EvaluationStage", uint8(s), evaluationStageCodes[:])
}

// IsValid reports whether s is a declared stage.
func (s EvaluationStage) IsValid() bool { return s == EvaluationStageI || s == EvaluationStageII }

// Name returns the stage's display name in lang ("tahap II"; in English
// "stage II"), or "" when s is not valid.
func (s EvaluationStage) Name(lang smartcity.Lang) string {
	return enumName(uint8(s), evaluationStageNames[:], lang)
}

// MarshalText implements encoding.TextMarshaler with the stable code.
func (s EvaluationStage) MarshalText() ([]byte, error) {
	return marshalEnum("EvaluationStage", uint8(s), evaluationStageCodes[:])
}

// UnmarshalText implements encoding.TextUnmarshaler; it accepts what
// ParseEvaluationStage accepts, and empty text is the zero value.
func (s *EvaluationStage) UnmarshalText(text []byte) error {
	return unmarshalEnum(s, "evaluation stage", text, evaluationStageCodes[:], evaluationStageAliases[:])
}
