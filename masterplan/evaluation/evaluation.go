package evaluation

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/i18n"
	"github.com/kotacerdas/smartcity/internal/input"
	"github.com/kotacerdas/smartcity/internal/jsonio"
	"github.com/kotacerdas/smartcity/internal/jsonnum"
	"github.com/kotacerdas/smartcity/internal/workbook"
	"github.com/kotacerdas/smartcity/pillar"
)

// Evaluation is one region's result in the ministry's yearly evaluation of
// smart-city implementation (Evaluasi Implementasi Smart City): the
// region, the year and stage, the scores of the five dimensions on 0–5 and,
// optionally, scores per pillar and last year's index. Evaluation.Score
// turns it into an index; Cohort ranks many.
//
// Scores are json.Number, the decimal text as written ("3.75"), so that
// they are read exactly and round-trip without loss; Validate checks them.
// In JSON:
//
//	{"region": "Kabupaten Rembang", "province": "Jawa Tengah", "year": 2024,
//	 "stage": "II", "previous_index": 3.2,
//	 "scores": {"baseline": 4, "output": 3.5, "outcome": 3, "impact": 2.5, "quick_win": 4.5}}
type Evaluation struct {
	// Region names the region evaluated as the results list it, such as
	// "Kabupaten Rembang"; required.
	Region string `json:"region" yaml:"region"`
	// Province is the province the region lies in; optional. Only
	// evaluations that name one are ranked within their province.
	Province string `json:"province,omitempty" yaml:"province,omitempty"`
	// Year is the year evaluated; required, four digits.
	Year int `json:"year" yaml:"year"`
	// Stage is the stage of the evaluation, I or II; required.
	Stage Stage `json:"stage" yaml:"stage"`
	// Scores are the scores of the five dimensions; all five are required.
	Scores Scores `json:"scores" yaml:"scores"`
	// PillarScores are the scores per pillar on the same 0–5 scale, where
	// the ministry publishes them; optional, and not part of the index.
	PillarScores map[pillar.Pillar]json.Number `json:"pillar_scores,omitzero" yaml:"pillar_scores,omitempty" maxitems:"100"`
	// PreviousIndex is last year's index as published, 0–5, such as
	// "3.21"; optional. When it is given, the result has an improvement.
	PreviousIndex json.Number `json:"previous_index,omitempty" yaml:"previous_index,omitempty"`
	// Illustrative marks an evaluation invented for an example, not a
	// published result.
	Illustrative bool `json:"illustrative,omitempty" yaml:"illustrative,omitempty"`
	// Notes are remarks about the evaluation or the document, such as
	// which figures are illustrative.
	Notes []string `json:"notes,omitzero" yaml:"notes,omitempty" maxitems:"1000"`
}

// Scores are the scores of the five evaluation dimensions, each a decimal
// from 0 to 5 as written in the document. Strict decoding refuses a key
// that is not one of the five, naming it.
type Scores struct {
	Baseline json.Number `json:"baseline,omitempty" yaml:"baseline,omitempty"`   // DimensionBaseline
	Output   json.Number `json:"output,omitempty" yaml:"output,omitempty"`       // DimensionOutput
	Outcome  json.Number `json:"outcome,omitempty" yaml:"outcome,omitempty"`     // DimensionOutcome
	Impact   json.Number `json:"impact,omitempty" yaml:"impact,omitempty"`       // DimensionImpact
	QuickWin json.Number `json:"quick_win,omitempty" yaml:"quick_win,omitempty"` // DimensionQuickWin
}

// Of returns the score of dimension d as written, "" when it is not given
// or d is not valid.
func (s Scores) Of(d Dimension) json.Number {
	switch d {
	case DimensionBaseline:
		return s.Baseline
	case DimensionOutput:
		return s.Output
	case DimensionOutcome:
		return s.Outcome
	case DimensionImpact:
		return s.Impact
	case DimensionQuickWin:
		return s.QuickWin
	}
	return ""
}

// What a score can have wrong, as checkScore finds it.
var (
	errScoreMissing = errors.New("missing")
	errScoreNumber  = errors.New("not a decimal number")
	errScoreRange   = errors.New("outside 0–5")
	errScoreDigits  = errors.New("more than 16 decimals")
)

// maxScoreDen bounds a score or an index to 16 decimals, the denominator
// jsonnum.Number gives it to 10^16. With weights in whole percents the
// index, Σ weight × score / 100, is then a fraction over at most 10^18,
// and so is its improvement over last year's: exact in an int64. The
// ministry publishes two decimals.
const maxScoreDen = 1e16

// scoreNumber reads a score or an index: a JSON number from 0 to 5 with
// at most 16 decimals.
func scoreNumber(n json.Number) (smartcity.Number, error) {
	if err := checkScore(n); err != nil {
		return smartcity.Number{}, err
	}
	x, _ := jsonnum.Number(string(n))
	return x, nil
}

// checkScore checks a score or an index: a JSON number from 0 to 5 with
// at most 16 decimals.
func checkScore(n json.Number) error {
	s := string(n)
	if s == "" {
		return errScoreMissing
	}
	if !jsonnum.Valid(s) {
		return errScoreNumber
	}
	if c, ok := jsonnum.Compare(s, "0"); ok && c < 0 {
		return errScoreRange
	}
	if c, ok := jsonnum.Compare(s, "5"); ok && c > 0 {
		return errScoreRange
	}
	// From 0 to 5, only too many decimals keep a number from being read:
	// its denominator is 10 to their count.
	if x, ok := jsonnum.Number(s); !ok || x.Den() > maxScoreDen {
		return errScoreDigits
	}
	return nil
}

// Cohort is a set of evaluations, usually one year's, to be scored and
// ranked together. In JSON it is an array of evaluations.
type Cohort []Evaluation

// ErrTooLarge is returned (wrapped) by Decode, DecodeCohort, Validate and
// ValidateCohort when the document is larger than the size limit; it is
// masterplan.ErrTooLarge, and spbe.ErrTooLarge, too.
var ErrTooLarge = input.ErrTooLarge

// DecodeOptions tune Decode and DecodeCohort, and the document readers
// Validate and ValidateCohort.
type DecodeOptions struct {
	// Limit is the largest document accepted, in bytes; 0 or less means
	// 64 MiB, far above any real cohort.
	Limit int64
}

// Decode reads one JSON evaluation from r strictly (or an Excel workbook,
// told by content: see Unmarshal), as masterplan.Decode
// reads a plan: unknown fields (a dimension that is not one of the five,
// "scores.qiuck_win"), unknown codes and trailing data are errors, all
// of them reported together as smartcity.Problems with their lines,
// columns and paths; a document larger than opts.Limit is refused with an
// error wrapping ErrTooLarge. It does not validate the
// evaluation; Evaluation.Validate and Evaluation.Score do.
func Decode(r io.Reader, opts DecodeOptions) (*Evaluation, error) {
	data, err := readDocument(r, opts.Limit)
	if err != nil {
		return nil, err
	}
	return Unmarshal(data)
}

// Unmarshal is Decode for a document in memory; it applies no size limit.
//
// An Excel workbook (.xlsx, told by content) is read as ReadWorkbook reads
// it, its problems of reading the error.
func Unmarshal(data []byte) (*Evaluation, error) {
	if workbook.Is(data) {
		c, r, err := readBook(data, DecodeOptions{})
		if err != nil {
			return nil, err
		}
		if c != nil && len(c) != 1 {
			r.count(len(c))
		}
		if r.problems.HasErrors() {
			return nil, i18n.Errorf(words, "evaluation: %w", r.problems)
		}
		return &c[0], nil
	}
	e := new(Evaluation)
	if err := unmarshalStrict(data, e); err != nil {
		return nil, err
	}
	return e, nil
}

// DecodeCohort reads a JSON array of evaluations from r strictly (or an
// Excel workbook of them, told by content), as Decode reads one; paths in errors start with the index,
// "[3].scores.impact".
func DecodeCohort(r io.Reader, opts DecodeOptions) (Cohort, error) {
	data, err := readDocument(r, opts.Limit)
	if err != nil {
		return nil, err
	}
	return UnmarshalCohort(data)
}

// UnmarshalCohort is DecodeCohort for a document in memory; it applies no
// size limit. An Excel workbook is read as ReadCohortWorkbook reads it,
// its problems of reading the error.
func UnmarshalCohort(data []byte) (Cohort, error) {
	if workbook.Is(data) {
		c, r, err := readBook(data, DecodeOptions{})
		if err != nil {
			return nil, err
		}
		if r.problems.HasErrors() {
			return nil, i18n.Errorf(words, "evaluation: %w", r.problems)
		}
		return c, nil
	}
	var c Cohort
	if err := unmarshalStrict(data, &c); err != nil {
		return nil, err
	}
	return c, nil
}

// unmarshalStrict decodes data into v and returns every problem found,
// "evaluation: " and the problems, or nil.
func unmarshalStrict(data []byte, v any) error {
	if ps, _ := jsonio.UnmarshalChecked(data, v, jsonio.Options{}, nil); len(ps) > 0 {
		return i18n.Errorf(words, "evaluation: %w", ps)
	}
	return nil
}

// readDocument reads all of r up to limit bytes, for the decoders.
func readDocument(r io.Reader, limit int64) ([]byte, error) {
	data, err := input.ReadAll(r, limit)
	if err != nil {
		return nil, fmt.Errorf("evaluation: %w", err)
	}
	return data, nil
}
