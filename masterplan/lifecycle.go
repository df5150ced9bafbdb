package masterplan

import (
	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/check"
	"github.com/kotacerdas/smartcity/internal/enum"
	"github.com/kotacerdas/smartcity/internal/i18n"
)

// Lifecycle records how far a region has come through the Gerakan Menuju
// Smart City: the stages reached, each with its date, in stage order. A
// lifecycle moves forward only: each stage at most once, in order, and no
// stage dated before the one it follows.
type Lifecycle struct {
	// Stages are the stages reached, in stage order.
	Stages []Milestone `json:"stages,omitzero" yaml:"stages,omitempty" validate:"dive" maxitems:"100"`
}

// Milestone is one stage reached, with when it happened.
type Milestone struct {
	// Stage is the stage.
	Stage Stage `json:"stage" yaml:"stage" validate:"required"`
	// Date is the day the stage happened or began.
	Date Date `json:"date" yaml:"date"`
	// EndDate is the last day of a stage that lasted several days (Bimtek I
	// of Rembang ran 23–24 June 2022); the zero Date when it took one day.
	EndDate Date `json:"end_date,omitzero" yaml:"end_date,omitempty"`
	// Note says anything worth keeping, such as where it happened.
	Note string `json:"note,omitempty" yaml:"note,omitempty"`
}

// Current returns the latest stage reached and true, or the zero Milestone
// and false when no stage is recorded.
func (l *Lifecycle) Current() (Milestone, bool) {
	if len(l.Stages) == 0 {
		return Milestone{}, false
	}
	return l.Stages[len(l.Stages)-1], true
}

// Advance records m as the next stage reached. It refuses a stage that is
// not declared, a date that is not valid or an end before the beginning,
// and — wrapping ErrStageOrder — a stage that is not after the current one
// or a date before the current stage's date. The error holds the one
// smartcity.Problem, at the path the milestone would have taken
// ("stages[3].date"), with the rule code and the message Plan.Validate
// gives the same problem in a document. The lifecycle is unchanged on
// error.
func (l *Lifecycle) Advance(m Milestone) error {
	c := new(checker)
	base := index("stages", len(l.Stages))
	last, ok := l.Current()
	switch {
	case !m.Stage.isValid():
		c.fail(base+".stage", "enum", check.Unknown(labelArg("stages.stage"), m.Stage.String()))
	case !m.Date.Valid():
		c.add(base+".date", "date", smartcity.Error, rawDate(m.Date))
	case !m.EndDate.IsZero() && !m.EndDate.Valid():
		c.add(base+".end_date", "date", smartcity.Error, rawDate(m.EndDate))
	case !m.EndDate.IsZero() && m.EndDate.Before(m.Date):
		c.add(base+".end_date", "date_range", smartcity.Error, m.EndDate.String(), m.Date.String())
	case ok && m.Stage <= last.Stage:
		c.add(base+".stage", "stage_order", smartcity.Error, nameArg(m.Stage), nameArg(last.Stage))
	case ok && m.Date.Before(last.Date):
		c.add(base+".date", "stage_date", smartcity.Error, m.Date.String(), nameArg(m.Stage), last.Date.String(), nameArg(last.Stage))
	default:
		l.Stages = append(l.Stages, m)
		return nil
	}
	if r := c.problems[0].Rule; r == "stage_order" || r == "stage_date" {
		c.problems[0].Err.(*ruleError).err = ErrStageOrder
	}
	return i18n.Errorf(errorWords, "masterplan: %w", c.problems)
}

// Stage is a stage of the Gerakan Menuju Smart City for one region, from
// the application to the ministry's yearly evaluation. The zero value
// means "unset"; the declared values are in the order they happen, and
// Number gives the stage's number 0–10 as the guidance counts them.
type Stage uint8

// The stages, in order.
const (
	Application    Stage = 1 + iota // 0: application and selection assessment, the year before
	MoU                             // 1: MoU with the Directorate General of Informatics Applications
	Decrees                         // 2: decrees forming the Dewan Smart City and the Tim Pelaksana
	BimtekI                         // 3: Bimtek I: readiness, gap, SWOT, vision and missions, first quick wins
	BimtekII                        // 4: Bimtek II: programmes and action plans from the RPJMD and Renstra
	BimtekIII                       // 5: Bimtek III: innovations, strategy per pillar, roadmap, quick wins
	BimtekIV                        // 6: Bimtek IV: implementation steps, review, joint commitment of the OPD heads
	Completion                      // 7: masterplan completed and awarded
	Legalisation                    // 8: legalisation by Perbup, Perwal or Perda
	Implementation                  // 9: implementation of the quick wins and programmes
	YearlyReview                    // 10: the ministry's yearly evaluation
)

// stages declares the stages. Their names describe the stages to a reader;
// the spellings people write are the aliases.
var stages = enum.New[Stage](enum.Spec{Kind: "stage", Unknown: parseError}, []enum.Row{
	Application: {Code: "application", ID: "pendaftaran dan seleksi", EN: "application and selection",
		Aliases: []string{"pendaftaran", "seleksi", "selection"}},
	MoU: {Code: "mou", ID: "penandatanganan MoU", EN: "MoU signing", Aliases: []string{"nota kesepahaman"}},
	Decrees: {Code: "decrees", ID: "SK Dewan Smart City dan Tim Pelaksana", EN: "decrees forming the council and the team",
		Aliases: []string{"sk", "decree"}},
	BimtekI:   {Code: "bimtek_1", ID: "Bimtek I", EN: "Bimtek I", Aliases: []string{"bimtek1", "bimtek i"}},
	BimtekII:  {Code: "bimtek_2", ID: "Bimtek II", EN: "Bimtek II", Aliases: []string{"bimtek2", "bimtek ii"}},
	BimtekIII: {Code: "bimtek_3", ID: "Bimtek III", EN: "Bimtek III", Aliases: []string{"bimtek3", "bimtek iii"}},
	BimtekIV:  {Code: "bimtek_4", ID: "Bimtek IV", EN: "Bimtek IV", Aliases: []string{"bimtek4", "bimtek iv"}},
	Completion: {Code: "masterplan", ID: "penyelesaian masterplan", EN: "masterplan completed",
		Aliases: []string{"completion", "masterplan completed"}},
	Legalisation:   {Code: "legalisation", ID: "legalisasi masterplan", EN: "legalisation", Aliases: []string{"legalisasi", "legalization"}},
	Implementation: {Code: "implementation", ID: "implementasi", EN: "implementation", Aliases: []string{"implementasi"}},
	YearlyReview: {Code: "evaluation", ID: "evaluasi tahunan", EN: "yearly evaluation",
		Aliases: []string{"evaluasi", "yearly evaluation", "evaluasi tahunan"}},
})

// stageNumber returns the stage numbered n (0–10) in the guidance, or false
// when there is none.
func stageNumber(n int) (Stage, bool) {
	if n < 0 || n > int(YearlyReview-1) {
		return 0, false
	}
	return Stage(n + 1), true
}

// Number returns the stage's number in the guidance, 0 (application) to 10
// (yearly evaluation), or -1 when s is not valid.
func (s Stage) Number() int {
	if !s.isValid() {
		return -1
	}
	return int(s) - 1
}

// String returns the stable code.
func (s Stage) String() string { return stages.String(s) }

// isValid reports whether s is a declared stage.
func (s Stage) isValid() bool { return stages.IsValid(s) }

// Name returns the stage's display name in lang, or "" when s is not valid.
func (s Stage) Name(lang smartcity.Lang) string { return stages.Name(s, lang) }

// MarshalText implements encoding.TextMarshaler with the stable code.
func (s Stage) MarshalText() ([]byte, error) { return stages.MarshalText(s) }

// UnmarshalText implements encoding.TextUnmarshaler. It reads a stage code
// ("application", "mou", "decrees", "bimtek_1" … "bimtek_4", "masterplan",
// "legalisation", "implementation", "evaluation") or a common spelling
// ("Bimtek II", "legalisasi"), ignoring case; empty text is the zero
// value.
func (s *Stage) UnmarshalText(text []byte) error { return stages.UnmarshalText(s, text) }
