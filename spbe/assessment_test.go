package spbe

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// full returns a 59/2020 assessment with every indicator at level l.
func full(l Level) *Assessment {
	a := &Assessment{Instansi: "Pemerintah Kab. Rembang", Year: 2024, Framework: PermenPANRB59of2020}
	for n := 1; n <= 47; n++ {
		a.Indicators = append(a.Indicators, Answer{Indicator: n, Level: l})
	}
	return a
}

func TestAnswerFinal(t *testing.T) {
	tests := []struct {
		name  string
		ans   Answer
		level Level
		stage Stage
	}{
		{"level only", Answer{Level: 3}, 3, 0},
		{"level and stage", Answer{Level: 3, Stage: Dokumen}, 3, Dokumen},
		{"stages in order", Answer{Stages: []StageLevel{{Mandiri, 4}, {Dokumen, 3}, {Interviu, 3}}}, 3, Interviu},
		{"stages out of order", Answer{Stages: []StageLevel{{Visitasi, 2}, {Mandiri, 5}, {Interviu, 3}}}, 2, Visitasi},
	}
	for _, tc := range tests {
		l, s := tc.ans.Final()
		assert.Equal(t, tc.level, l, tc.name)
		assert.Equal(t, tc.stage, s, tc.name)
	}
}

func TestLevelsOfTakesTheLatestStage(t *testing.T) {
	a := full(3)
	a.Indicators[0] = Answer{Indicator: 1, Stages: []StageLevel{{Mandiri, 5}, {Dokumen, 4}, {Interviu, 2}}}
	a.Indicators[1] = Answer{Indicator: 2, Level: 4, Stage: Interviu, Stages: []StageLevel{{Mandiri, 5}, {Interviu, 4}}}
	lv, err := Default().LevelsOf(a, Options{})
	require.NoError(t, err)
	assert.Equal(t, Level(2), lv[0])
	assert.Equal(t, Level(4), lv[1])
	assert.Equal(t, Level(3), lv[2])
}

func TestAssessmentValidateReportsEveryProblem(t *testing.T) {
	a := full(3)
	a.Year = 18
	a.Indicators[2].Level = 6
	a.Indicators[3].Indicator = 48
	a.Indicators[4].Indicator = 1
	a.Indicators[5].Stage = Stage(9)
	a.Indicators[6] = Answer{Indicator: 7, Level: 3, Stage: Mandiri, Stages: []StageLevel{{Mandiri, 2}, {Mandiri, 3}, {Dokumen, 4}, {0, 1}}}
	a.Indicators[7].Evidence = []Evidence{
		{Title: "Perbup SPBE", URL: "https://jdih.rembangkab.go.id/perbup-spbe.pdf", SHA256: strings.Repeat("ab", 32)},
		{Title: "", File: "notulen.pdf"},
		{Title: "Tautan", URL: "javascript:alert(1)"},
		{Title: "Tanpa rujukan"},
		{Title: "Berkas", File: "sk.pdf", SHA256: "1234"},
	}
	ve := a.Validate(Default())
	err := ve.Err()
	var fields []string
	for _, p := range ve {
		fields = append(fields, at(p))
	}
	assert.Equal(t, []string{
		"tahun",
		"indicators[2].level",
		"indicators[3].indicator",
		"indicators[4].indicator",
		"indicators[5].stage",
		"indicators[6].stages[1].stage",
		"indicators[6].stages[3].stage",
		"indicators[6].level",
		"indicators[6].stage",
		"indicators[7].bukti[1].title",
		"indicators[7].bukti[2].url",
		"indicators[7].bukti[3]",
		"indicators[7].bukti[4].sha256",
	}, fields)
	for _, is := range []error{ErrLevelRange, ErrUnknownIndicator, ErrDuplicate} {
		assert.ErrorIs(t, err, is)
	}
	assert.True(t, strings.HasPrefix(err.Error(), `tahun: year 18 is not between 1900 and 2999; `), err.Error())
	assert.Equal(t, "invalid", ve[0].Rule)
	assert.Equal(t, "level_range", ve[1].Rule)
	assert.Contains(t, err.Error(), "indicators[4].indicator: duplicate: indicator 1 is also answered at indicators[0]")
}

func TestAssessmentForAnotherFramework(t *testing.T) {
	// Answers checked against the wrong framework would repeat the one
	// problem for every indicator; it is reported alone.
	a := full(3)
	a.Framework = PermenPANRB5of2018
	ve := a.Validate(Default())
	require.Len(t, ve, 1)
	assert.Equal(t, "framework_mismatch", ve[0].Rule)
	assert.Equal(t, `framework: framework mismatch: the assessment is for "permenpanrb-5-2018", not permenpanrb-59-2020`, ve[0].Error())
	assert.ErrorIs(t, ve.Err(), ErrFrameworkMismatch)
}

func TestLevelsOfUnanswered(t *testing.T) {
	a := full(4)
	a.Indicators = append(a.Indicators[:10], a.Indicators[12:]...) // no 11, 12
	a.Indicators[0].Level = Unanswered                             // 1 answered without a level
	_, err := Default().LevelsOf(a, Options{})
	require.ErrorIs(t, err, ErrUnanswered)
	assert.Contains(t, err.Error(), "3 of 47 indicators have no level: 1, 11, 12")

	lv, err := Default().LevelsOf(a, Options{Unanswered: UnansweredZero})
	require.NoError(t, err)
	assert.Equal(t, 3, lv.count(Unanswered))
	res, err := Default().ScoreAssessment(a, Options{Unanswered: UnansweredZero})
	require.NoError(t, err)
	assert.Equal(t, 3, res.Unanswered)
	// (4 × 10000 − 4 × (130 + 250 + 250)) / 10000
	assert.Equal(t, "3.75", res.Index.String())

	// 5/2018: an answer of 0 is a level; a missing answer is not.
	fw := must(Lookup(PermenPANRB5of2018))
	old := &Assessment{Instansi: "Pemerintah Kab. Rembang", Year: 2019}
	for n := 1; n <= 35; n++ {
		old.Indicators = append(old.Indicators, Answer{Indicator: n, Level: 0})
	}
	lv, err = fw.LevelsOf(old, Options{})
	require.NoError(t, err)
	assert.Equal(t, 35, lv.count(0))
	old.Indicators = old.Indicators[1:]
	_, err = fw.LevelsOf(old, Options{})
	require.ErrorIs(t, err, ErrUnanswered)
}

func TestResolveFramework(t *testing.T) {
	custom := must(NewFramework(func() FrameworkSpec { s := Default().Spec(); s.ID = "kustom"; return s }()))
	tests := []struct {
		named string
		def   *Framework
		want  string
		err   error
	}{
		{"", nil, PermenPANRB59of2020, nil},
		{"", custom, "kustom", nil},
		{"kustom", custom, "kustom", nil},
		{PermenPANRB5of2018, nil, PermenPANRB5of2018, nil},
		{PermenPANRB5of2018, custom, PermenPANRB5of2018, nil},
		{"kustom", nil, "", ErrUnknownFramework},
	}
	for _, tc := range tests {
		a := &Assessment{Framework: tc.named}
		fw, err := a.ResolveFramework(tc.def)
		if tc.err != nil {
			assert.ErrorIs(t, err, tc.err)
			continue
		}
		require.NoError(t, err)
		assert.Equal(t, tc.want, fw.ID())
	}
}

func TestAssessmentJSON(t *testing.T) {
	doc := `{
  "instansi": "Pemerintah Kab. Rembang",
  "tahun": 2024,
  "framework": "permenpanrb-59-2020",
  "indicators": [
    {"indicator": 1, "level": 4, "stage": "interviu", "penjelasan": "Perbup arsitektur SPBE sudah ditetapkan.",
     "bukti": [{"title": "Perbup Arsitektur SPBE", "url": "https://jdih.rembangkab.go.id/perbup.pdf", "sha256": "` + strings.Repeat("0f", 32) + `"}],
     "stages": [{"stage": "mandiri", "level": 5}, {"stage": "interviu", "level": 4}]}
  ]
}`
	a, err := DecodeAssessment(strings.NewReader(doc), 0)
	require.NoError(t, err)
	require.Len(t, a.Indicators, 1)
	ans := a.Indicators[0]
	assert.Equal(t, Interviu, ans.Stage)
	assert.Equal(t, "Perbup arsitektur SPBE sudah ditetapkan.", ans.Explanation)
	assert.Equal(t, []StageLevel{{Mandiri, 5}, {Interviu, 4}}, ans.Stages)
	require.Empty(t, a.Validate(Default()))

	b, err := json.Marshal(a)
	require.NoError(t, err)
	back, err := DecodeAssessment(strings.NewReader(string(b)), 0)
	require.NoError(t, err)
	assert.Equal(t, a, back)

	for name, bad := range map[string]string{
		"unknown field": `{"instansi": "x", "indicators": [{"indicator": 1, "levl": 3}]}`,
		"bad stage":     `{"instansi": "x", "indicators": [{"indicator": 1, "level": 3, "stage": "audit"}]}`,
		"level type":    `{"instansi": "x", "indicators": [{"indicator": 1, "level": "3"}]}`,
		"level 300":     `{"instansi": "x", "indicators": [{"indicator": 1, "level": 300}]}`,
		"trailing":      `{"instansi": "x", "indicators": []} x`,
		"key twice":     `{"instansi": "x", "indicators": [{"indicator": 1, "level": 3, "level": 5}]}`,
		"key in caps":   `{"instansi": "x", "TAHUN": 2024, "indicators": []}`,
	} {
		_, err := DecodeAssessment(strings.NewReader(bad), 0)
		assert.ErrorIs(t, err, ErrMalformed, name)
		assert.Contains(t, err.Error(), "line 1", name)
	}
}
