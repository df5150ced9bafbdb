package evaluation

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/golden"
	"github.com/kotacerdas/smartcity/pillar"
)

// evaluationOf builds a valid evaluation with the five scores in
// dimension order.
func evaluationOf(region string, scores ...string) *Evaluation {
	return &Evaluation{
		Region: region, Year: 2024, Stage: StageII,
		Scores: Scores{
			Baseline: json.Number(scores[0]), Output: json.Number(scores[1]), Outcome: json.Number(scores[2]),
			Impact: json.Number(scores[3]), QuickWin: json.Number(scores[4]),
		},
	}
}

func evalTestdata(name string) string { return filepath.Join("testdata", "eval", name) }

// The index is the weighted mean of the five scores, computed by hand
// here: with 10/20/30/20/20, scores 4, 3.5, 3, 2.5, 4.5 give
// (40 + 70 + 90 + 50 + 90) / 100 = 3.40.
func TestEvaluationScore(t *testing.T) {
	alt := Weights{Baseline: 10, Output: 20, Outcome: 30, Impact: 30, QuickWin: 10}
	tests := []struct {
		name            string
		scores          []string
		weights         Weights
		previous        string
		index, exact    string
		improvement     string
		improvementFrac string
	}{
		{"the hand-computed case", []string{"4", "3.5", "3", "2.5", "4.5"}, Weights{}, "", "3.40", "17/5", "", ""},
		{"default weights given explicitly", []string{"4", "3.5", "3", "2.5", "4.5"}, DefaultWeights(), "3.2", "3.40", "17/5", "0.20", "1/5"},
		// (40 + 70 + 90 + 75 + 45) / 100 = 3.20
		{"the 10/20/30/30/10 reading", []string{"4", "3.5", "3", "2.5", "4.5"}, alt, "", "3.20", "16/5", "", ""},
		// (35 + 75 + 97.5 + 60 + 70) / 100 = 3.375, exactly halfway: half up.
		{"an exact x.xx5 rounds up", []string{"3.5", "3.75", "3.25", "3", "3.5"}, Weights{}, "3.21", "3.38", "27/8", "0.17", "33/200"},
		// (24.5 + 46 + 69 + 46 + 46) / 100 = 2.315
		{"another tie", []string{"2.45", "2.3", "2.3", "2.3", "2.3"}, Weights{}, "", "2.32", "463/200", "", ""},
		// 3.40 after 3.45
		{"a negative improvement", []string{"4", "3.5", "3", "2.5", "4.5"}, Weights{}, "3.45", "3.40", "17/5", "-0.05", "-1/20"},
		// (34.5 + 60 + 90 + 70 + 60) / 100 = 3.145, shown 3.15; after 3.20
		// the improvement is −0.055, shown −0.05 = 3.15 − 3.20.
		{"a negative tie rounds away from zero", []string{"3.45", "3", "3", "3.5", "3"}, Weights{}, "3.2", "3.15", "629/200", "-0.06", "-11/200"},
		{"all five", []string{"5", "5", "5", "5", "5"}, Weights{}, "5", "5.00", "5/1", "0.00", "0/1"},
		{"all zero", []string{"0", "0", "0.0", "0", "0"}, Weights{}, "0", "0.00", "0/1", "0.00", "0/1"},
		{"a weight of zero", []string{"0", "5", "5", "5", "5"}, Weights{Output: 25, Outcome: 25, Impact: 25, QuickWin: 25}, "", "5.00", "5/1", "", ""},
		{"scores written as exponents", []string{"4e0", "35e-1", "0.3e1", "2.5", "4.5"}, Weights{}, "", "3.40", "17/5", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := evaluationOf("Kabupaten Rembang", tt.scores...)
			e.PreviousIndex = json.Number(tt.previous)
			res, err := e.Score(tt.weights)
			require.NoError(t, err)
			assert.Equal(t, tt.index, res.Index.String())
			assert.Equal(t, tt.exact, res.Index.Exact())
			assert.Equal(t, tt.improvement, res.Improvement.String())
			assert.Equal(t, tt.improvementFrac, res.Improvement.Exact())
			assert.Equal(t, tt.previous != "", res.HasImprovement())
			assert.Equal(t, weightsOrDefault(tt.weights), res.Weights)
		})
	}
}

func TestEvaluationScoreJSON(t *testing.T) {
	e := evaluationOf("Kabupaten Rembang", "3.5", "3.75", "3.25", "3", "3.5")
	e.Province, e.PreviousIndex = "Jawa Tengah", "3.21"
	res, err := e.Score(Weights{})
	require.NoError(t, err)
	out, err := json.Marshal(res)
	require.NoError(t, err)
	assert.JSONEq(t, `{"region": "Kabupaten Rembang", "province": "Jawa Tengah", "year": 2024, "stage": "II",
		"index": "3.38", "index_exact": "27/8", "index_value": 3.375, "improvement": "0.17", "improvement_exact": "33/200", "improvement_value": 0.165}`, string(out))

	e.PreviousIndex, e.Province = "", ""
	res, err = e.Score(Weights{})
	require.NoError(t, err)
	out, err = json.Marshal(res)
	require.NoError(t, err)
	assert.JSONEq(t, `{"region": "Kabupaten Rembang", "year": 2024, "stage": "II", "index": "3.38", "index_exact": "27/8", "index_value": 3.375}`, string(out))
}

func TestEvaluationScoreErrors(t *testing.T) {
	e := evaluationOf("Kabupaten Rembang", "4", "5.01", "3", "2.5", "4.5")
	_, err := e.Score(Weights{})
	require.ErrorAs(t, err, new(smartcity.Problems))
	var ps smartcity.Problems
	require.ErrorAs(t, err, &ps)
	require.Len(t, ps, 1)
	assert.Equal(t, "scores.output", ps[0].Path)
	assert.Equal(t, "score_range", ps[0].Rule)
	assert.Equal(t, "scores.output: skor Output 5.01 harus di antara 0 dan 5", ps[0].Message(smartcity.Indonesian))

	ok := evaluationOf("Kabupaten Rembang", "4", "3.5", "3", "2.5", "4.5")
	_, err = ok.Score(Weights{Baseline: 10, Output: 20, Outcome: 30, Impact: 20, QuickWin: 10})
	require.ErrorIs(t, err, ErrWeights)
	require.ErrorAs(t, err, &ps)
	assert.Equal(t, "weights", ps[0].Rule)
	assert.Equal(t, "evaluation: weights: the weights sum to 90, not 100", err.Error())
	assert.Equal(t, "evaluation: bobot: jumlah bobot 90, bukan 100", smartcity.ErrorMessage(err, smartcity.Indonesian))

	_, err = ok.Score(Weights{Baseline: -10, Output: 30, Outcome: 30, Impact: 30, QuickWin: 20})
	require.ErrorIs(t, err, ErrWeights)

	var nilEval *Evaluation
	_, err = nilEval.Score(Weights{})
	require.ErrorAs(t, err, new(smartcity.Problems))
}

func TestEvaluationValidate(t *testing.T) {
	e := &Evaluation{
		Year:  24,
		Stage: Stage(7),
		Scores: Scores{
			Baseline: "-0.5", Output: "abc", Outcome: "1e400", QuickWin: "4.99999999999999999",
		},
		PillarScores:  map[pillar.Pillar]json.Number{pillar.Economy: "", pillar.Governance: "5.5", pillar.Pillar(9): "1"},
		PreviousIndex: "7",
		Notes:         []string{"ok", " "},
	}
	type row struct{ path, rule, message string }
	want := []row{
		{"region", "required", "region is required"},
		{"year", "year", "year 24 is not valid; write a four-digit year"},
		{"stage", "enum", "evaluation stage has the unknown value Stage(7)"},
		{"scores.baseline", "score_range", "Baseline score -0.5 must lie between 0 and 5"},
		{"scores.output", "number", `Output score "abc" is not a valid decimal number`},
		{"scores.outcome", "score_range", "Outcome score 1e400 must lie between 0 and 5"},
		{"scores.impact", "required", "Impact score is required"},
		{"scores.quick_win", "score_decimals", "Quick Win score 4.99999999999999999 has more than 16 decimals"},
		{"pillar_scores.GOV", "score_range", "score of the Smart Governance pillar 5.5 must lie between 0 and 5"},
		{"pillar_scores.ECO", "required", "score of the Smart Economy pillar is required"},
		{"pillar_scores.Pillar(9)", "enum", "pillar score has the unknown value Pillar(9)"},
		{"previous_index", "score_range", "previous year's index 7 must lie between 0 and 5"},
		{"notes[1]", "required", "note is required"},
	}
	var got []row
	for _, p := range e.Validate() {
		assert.Equal(t, smartcity.Error, p.Severity)
		got = append(got, row{p.Path, p.Rule, smartcity.ErrorMessage(p.Err, smartcity.English)})
	}
	assert.Equal(t, want, got)

	id := e.Validate()
	require.Len(t, id, len(want))
	assert.Equal(t, "daerah wajib diisi", smartcity.ErrorMessage(id[0].Err, smartcity.Indonesian))
	assert.Equal(t, "skor Baseline -0.5 harus di antara 0 dan 5", smartcity.ErrorMessage(id[3].Err, smartcity.Indonesian))
	assert.Equal(t, "skor Quick Win 4.99999999999999999 memiliki lebih dari 16 angka desimal", smartcity.ErrorMessage(id[7].Err, smartcity.Indonesian))
	assert.Equal(t, "skor pilar Tata Kelola Cerdas 5.5 harus di antara 0 dan 5", smartcity.ErrorMessage(id[8].Err, smartcity.Indonesian))

	missing := &Evaluation{Region: "Kota Satu", Year: 2024}
	ps := missing.Validate()
	var paths []string
	for _, p := range ps {
		paths = append(paths, p.Path)
	}
	assert.Equal(t, []string{"stage", "scores.baseline", "scores.output", "scores.outcome", "scores.impact", "scores.quick_win"}, paths)

	// Documents are JSON: a decimal comma is not a number there.
	ps = evaluationOf("Kota Satu", "0", "5", "2.5", "3,5", "1").Validate()
	require.Len(t, ps, 1)
	assert.Equal(t, "scores.impact", ps[0].Path)
	assert.Equal(t, `skor Impact "3,5" bukan bilangan desimal yang sah`, smartcity.ErrorMessage(ps[0].Err, smartcity.Indonesian))

	var nilEval *Evaluation
	assert.Equal(t, "nil_evaluation", nilEval.Validate()[0].Rule)
}

// Each score is read exactly, or is the one problem Validate reports for
// it.
func TestScoreProblems(t *testing.T) {
	s := Scores{Baseline: "3.75", Output: "6", Outcome: "x", QuickWin: "4.00000000000000001"}
	r, err := scoreNumber(s.Baseline)
	require.NoError(t, err)
	assert.Equal(t, "15/4", r.Exact())

	var c checker
	for d := range Dimensions() {
		c.score("scores."+d.String(), s.Of(d), true)
	}
	ps := c.problems
	require.Len(t, ps, 4)
	assert.Equal(t, "scores.output", ps[0].Path)
	assert.Equal(t, "score_range", ps[0].Rule)
	assert.Equal(t, `scores.output: Output score 6 must lie between 0 and 5`, ps[0].Message(smartcity.English))
	assert.Equal(t, `scores.output: skor Output 6 harus di antara 0 dan 5`, ps[0].Message(smartcity.Indonesian))
	assert.Equal(t, `scores.outcome: Outcome score "x" is not a valid decimal number`, ps[1].Message(smartcity.English))
	assert.Equal(t, "scores.impact: Impact score is required", ps[2].Message(smartcity.English))
	assert.Equal(t, "score_decimals", ps[3].Rule)
	assert.Equal(t, "scores.quick_win", ps[3].Path)
}

// A key in "scores" that is not one of the five dimensions is refused when
// decoding, with its name, line and path.
func TestDecodeUnknownDimension(t *testing.T) {
	f, err := os.Open(evalTestdata("unknown-dimension.json"))
	require.NoError(t, err)
	defer f.Close()
	_, err = Decode(f, DecodeOptions{})
	var de smartcity.Problem
	require.ErrorAs(t, err, &de)
	assert.Equal(t, "scores.qiuck_win", de.Path)
	assert.Equal(t, 5, de.Line)
	assert.Contains(t, err.Error(), `unknown field "qiuck_win"`)
}

func TestDecodeErrors(t *testing.T) {
	tests := []struct {
		name, doc, field, contains string
	}{
		{"unknown stage", `{"region": "A", "year": 2024, "stage": "III", "scores": {}}`, "stage", "unknown evaluation stage"},
		{"unknown pillar", `{"region": "A", "pillar_scores": {"XYZ": 3}}`, "pillar_scores.XYZ", "XYZ"},
		{"a score as text", `{"scores": {"impact": "tiga"}}`, "scores.impact", "cannot use JSON string as number"},
		{"a score as a string", `{"scores": {"impact": "3"}}`, "scores.impact", "cannot use JSON string as number"},
		{"a previous index as a string", `{"previous_index": "3.2"}`, "previous_index", "cannot use JSON string as number"},
		{"one pillar in two spellings", `{"pillar_scores": {"GOV": 3, "gov": 4}}`, "pillar_scores.gov", `key "gov" names the same key as "GOV"`},
		{"unknown field", `{"region": "A", "rank": 1}`, "rank", `unknown field "rank"`},
		{"trailing data", `{"region": "A"} {}`, "", "unexpected data after the JSON value"},
		{"an array for one", `[{"region": "A"}]`, "", "cannot"},
		{"key twice", `{"region": "A", "region": "B"}`, "region", `duplicate key "region"`},
		{"key in caps", `{"region": "A", "Year": 2024}`, "Year", `key "Year" is written "year"`},
		{"a pillar twice", `{"pillar_scores": {"GOV": 3, "GOV": 4}}`, "pillar_scores.GOV", `duplicate key "GOV"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Unmarshal([]byte(tt.doc))
			var de smartcity.Problem
			require.ErrorAs(t, err, &de)
			assert.Equal(t, tt.field, de.Path)
			assert.Contains(t, err.Error(), tt.contains)
		})
	}

	_, err := Decode(strings.NewReader(`{"region": "`+strings.Repeat("x", 100)+`"}`), DecodeOptions{Limit: 50})
	require.ErrorIs(t, err, ErrTooLarge)
	_, err = DecodeCohort(strings.NewReader(`[`+strings.Repeat(" ", 100)+`]`), DecodeOptions{Limit: 50})
	require.ErrorIs(t, err, ErrTooLarge)

	_, err = UnmarshalCohort([]byte(`[{"region": "A"}, {"scores": {"outcome": 3, "impakt": 2}}]`))
	var de smartcity.Problem
	require.ErrorAs(t, err, &de)
	assert.Equal(t, "[1].scores.impakt", de.Path)

	// Every key twice and in another case of a cohort, at once.
	_, err = UnmarshalCohort([]byte(`[{"region": "A", "REGION": "B"}, {"scores": {"outcome": 3, "outcome": 2}}]`))
	var ps smartcity.Problems
	require.ErrorAs(t, err, &ps)
	var rules, paths []string
	for _, p := range ps {
		rules, paths = append(rules, p.Rule), append(paths, p.Path)
	}
	assert.Equal(t, []string{"key_case", "duplicate_key"}, rules[:2])
	assert.Equal(t, []string{"[0].REGION", "[1].scores.outcome"}, paths[:2])
}

// Decoding what was encoded gives the same evaluation.
func TestEvaluationRoundTrip(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("evaltest", "fixtures", "rembang-evaluation-2024.json"))
	require.NoError(t, err)
	e, err := Unmarshal(data)
	require.NoError(t, err)
	assert.True(t, e.Illustrative, "the Rembang evaluation is illustrative and says so")
	assert.NotEmpty(t, e.Notes)
	assert.Equal(t, json.Number("3.6"), e.PillarScores[pillar.Governance])
	out, err := json.Marshal(e)
	require.NoError(t, err)
	back, err := Unmarshal(out)
	require.NoError(t, err)
	assert.Equal(t, e, back)
	assert.Empty(t, e.Validate())
}

func TestDimensionAndStage(t *testing.T) {
	var codes []string
	for d := range Dimensions() {
		codes = append(codes, d.String())
	}
	assert.Equal(t, []string{"baseline", "output", "outcome", "impact", "quick_win"}, codes)

	for _, tt := range []struct {
		in   string
		want Dimension
	}{{"baseline", DimensionBaseline}, {"Quick Win", DimensionQuickWin}, {"quick-win", DimensionQuickWin}, {"DAMPAK", DimensionImpact}, {"keluaran", DimensionOutput}} {
		got, err := dimensions.Parse(tt.in)
		require.NoError(t, err, tt.in)
		assert.Equal(t, tt.want, got, tt.in)
	}
	_, err := dimensions.Parse("innovation")
	var pe *smartcity.ParseError
	require.ErrorAs(t, err, &pe)
	assert.EqualError(t, err, `unknown evaluation dimension "innovation" (want baseline, output, outcome, impact or quick_win)`)

	for _, tt := range []struct {
		in   string
		want Stage
	}{{"I", StageI}, {"ii", StageII}, {"2", StageII}, {"Tahap I", StageI}, {"stage 2", StageII}} {
		got, err := stages.Parse(tt.in)
		require.NoError(t, err, tt.in)
		assert.Equal(t, tt.want, got, tt.in)
	}
	_, err = stages.Parse("III")
	require.ErrorAs(t, err, new(*smartcity.ParseError))
	assert.Equal(t, "tahap II", StageII.Name(smartcity.Indonesian))
	assert.Equal(t, "stage I", StageI.Name(smartcity.English))
	assert.Equal(t, "Quick Win", DimensionQuickWin.Name(smartcity.English))
	assert.Equal(t, "Dimension(9)", Dimension(9).String())
	assert.False(t, Stage(0).isValid())

	text, err := StageII.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "II", string(text))
	_, err = Dimension(9).MarshalText()
	require.Error(t, err)
	var s Stage
	require.NoError(t, s.UnmarshalText(nil))
	assert.Equal(t, Stage(0), s)
	var d Dimension
	require.NoError(t, d.UnmarshalText([]byte("outcome")))
	assert.Equal(t, DimensionOutcome, d)
	assert.True(t, errors.As(d.UnmarshalText([]byte("x")), new(*smartcity.ParseError)))
}

// TestSpellings lists every spelling the package's enums accept — codes,
// names where they parse, and aliases, folded — in
// testdata/spellings.golden, and checks that the parsers read each to its
// value: a spelling that goes away, or comes to mean another value, shows
// in review.
func TestSpellings(t *testing.T) {
	var b strings.Builder
	for _, listing := range []func() (string, error){
		func() (string, error) { return dimensions.Listing(dimensions.Parse) },
		func() (string, error) { return stages.Listing(stages.Parse) },
	} {
		list, err := listing()
		require.NoError(t, err)
		b.WriteString(list)
	}
	golden.Check(t, filepath.Join("testdata", "spellings.golden"), []byte(b.String()))
}

// TestRefusedSpellings: each enum refuses its spellings with a hyphen or an
// underscore where none stands between two words, as nobody writes a value
// so: "-1" is no stage I, as the minus sign says.
func TestRefusedSpellings(t *testing.T) {
	require.NoError(t, dimensions.Refuses(dimensions.Parse))
	require.NoError(t, stages.Refuses(stages.Parse))
	for _, s := range []string{"-1", "_1", "1-", "tahap--1", "-I"} {
		_, err := stages.Parse(s)
		assert.ErrorAs(t, err, new(*smartcity.ParseError), "%q", s)
	}
	for _, s := range []string{"_quick_win", "quick__win", "outcome_"} {
		_, err := dimensions.Parse(s)
		assert.ErrorAs(t, err, new(*smartcity.ParseError), "%q", s)
	}
	for _, s := range []string{"1", " Tahap-1 ", "stage_I"} {
		st, err := stages.Parse(s)
		require.NoError(t, err, "%q", s)
		assert.Equal(t, StageI, st, "%q", s)
	}
}

// The codes a document names wrongly are said in Indonesian too.
func TestParseErrorInIndonesian(t *testing.T) {
	_, err := dimensions.Parse("inovasi")
	assert.Equal(t, `dimensi evaluasi "inovasi" tidak dikenal (seharusnya baseline, output, outcome, impact atau quick_win)`,
		smartcity.ErrorMessage(err, smartcity.Indonesian))
	_, err = stages.Parse("III")
	assert.Contains(t, smartcity.ErrorMessage(err, smartcity.Indonesian), "tahap evaluasi")
}
