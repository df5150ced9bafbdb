package evaluation

import (
	"iter"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/enum"
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

// dimensions declares the dimensions. The ministry uses the English words
// in Indonesian too.
var dimensions = enum.New[Dimension](enum.Spec{Kind: "evaluation dimension", Names: true, Unknown: parseError}, []enum.Row{
	DimensionBaseline: {Code: "baseline", ID: "Baseline", EN: "Baseline", Aliases: []string{"kondisi awal", "kondisi dasar"}},
	DimensionOutput:   {Code: "output", ID: "Output", EN: "Output", Aliases: []string{"keluaran"}},
	DimensionOutcome:  {Code: "outcome", ID: "Outcome", EN: "Outcome", Aliases: []string{"hasil"}},
	DimensionImpact:   {Code: "impact", ID: "Impact", EN: "Impact", Aliases: []string{"dampak"}},
	DimensionQuickWin: {Code: "quick_win", ID: "Quick Win", EN: "Quick Win", Aliases: []string{"quickwin", "quick wins"}},
})

// Dimensions returns the five dimensions in order.
func Dimensions() iter.Seq[Dimension] { return dimensions.All() }

// String returns the stable code, such as "quick_win".
func (d Dimension) String() string { return dimensions.String(d) }

// isValid reports whether d is a declared dimension.
func (d Dimension) isValid() bool { return dimensions.IsValid(d) }

// Name returns the dimension's display name in lang, or "" when d is not
// valid. The ministry uses the English words in Indonesian too.
func (d Dimension) Name(lang smartcity.Lang) string { return dimensions.Name(d, lang) }

// MarshalText implements encoding.TextMarshaler with the stable code.
func (d Dimension) MarshalText() ([]byte, error) { return dimensions.MarshalText(d) }

// UnmarshalText implements encoding.TextUnmarshaler. It reads a dimension
// code ("baseline", "output", "outcome", "impact", "quick_win"), ignoring
// case and treating spaces, hyphens and underscores between words alike
// ("Quick Win"); the Indonesian "dampak", "keluaran" and "hasil" are
// accepted too; empty text is the zero value.
func (d *Dimension) UnmarshalText(text []byte) error { return dimensions.UnmarshalText(d, text) }

// Stage is the stage (tahap) of an evaluation, I or II, as the ministry
// numbers the rounds of its yearly evaluation. It is not the
// masterplan.Stage of a region's lifecycle. The zero value means "unset".
type Stage uint8

// The evaluation stages.
const (
	StageI  Stage = 1 + iota // tahap I, code "I"
	StageII                  // tahap II, code "II"
)

// stages declares the stages, with the arabic numerals people write too.
var stages = enum.New[Stage](enum.Spec{Kind: "evaluation stage", Names: true, Unknown: parseError}, []enum.Row{
	StageI:  {Code: "I", ID: "tahap I", EN: "stage I", Aliases: []string{"1", "tahap 1", "stage 1"}},
	StageII: {Code: "II", ID: "tahap II", EN: "stage II", Aliases: []string{"2", "tahap 2", "stage 2"}},
})

// String returns the stable code, "I" or "II".
func (s Stage) String() string { return stages.String(s) }

// isValid reports whether s is a declared stage.
func (s Stage) isValid() bool { return stages.IsValid(s) }

// Name returns the stage's display name in lang ("tahap II"; in English
// "stage II"), or "" when s is not valid.
func (s Stage) Name(lang smartcity.Lang) string { return stages.Name(s, lang) }

// MarshalText implements encoding.TextMarshaler with the stable code.
func (s Stage) MarshalText() ([]byte, error) { return stages.MarshalText(s) }

// UnmarshalText implements encoding.TextUnmarshaler. It reads an
// evaluation stage: "I" or "II", the arabic "1" or "2", or "tahap II",
// "stage 2", ignoring case; empty text is the zero value.
func (s *Stage) UnmarshalText(text []byte) error { return stages.UnmarshalText(s, text) }

// parseError is the *smartcity.ParseError of the package's enums
// (internal/enum): it suggests the nearest code, or lists the codes.
func parseError(m enum.Miss) error {
	return &smartcity.ParseError{Kind: m.Kind, KindID: words[m.Kind], Input: m.Input, Want: m.Codes(), Near: m.Near()}
}
