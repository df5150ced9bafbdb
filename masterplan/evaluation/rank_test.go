package evaluation

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
)

// result builds a result with an exact index num/den.
func result(region, province string, year int, num, den int64) Result {
	return Result{Region: region, Province: province, Year: year, Index: smartcity.NewNumber(num, den)}
}

type place struct {
	region                  string
	rank, of, province, pOf int
}

func places(standings []Standing) []place {
	out := make([]place, len(standings))
	for i, s := range standings {
		out[i] = place{s.Region, s.Rank, s.CohortSize, s.ProvinceRank, s.ProvinceSize}
	}
	return out
}

// Ties share a rank and the next rank skips: 1, 1, 3, 3, 5.
func TestRankTies(t *testing.T) {
	got := rank([]Result{
		result("A", "Jawa Tengah", 2024, 340, 100),
		result("B", "Jawa Barat", 2024, 350, 100),
		result("C", "jawa tengah", 2024, 34, 10),
		result("D", "", 2024, 320, 100),
		result("E", "Provinsi Jawa Tengah", 2024, 7, 2),
	})
	assert.Equal(t, []place{
		{"B", 1, 5, 1, 1},
		{"E", 1, 5, 1, 3},
		{"A", 3, 5, 2, 3},
		{"C", 3, 5, 2, 3},
		{"D", 5, 5, 0, 0},
	}, places(got))
}

// Indices that print alike but differ exactly do not tie.
func TestRankExact(t *testing.T) {
	got := rank([]Result{
		result("A", "", 2024, 3401, 1000),
		result("B", "", 2024, 3404, 1000),
		result("C", "", 2024, 3401, 1000),
	})
	assert.Equal(t, []place{{"B", 1, 3, 0, 0}, {"A", 2, 3, 0, 0}, {"C", 2, 3, 0, 0}}, places(got))
	for _, s := range got {
		assert.Equal(t, "3.40", s.Index.String())
	}
}

// A cohort spanning years is ranked within each year.
func TestRankByYear(t *testing.T) {
	got := rank([]Result{
		result("A", "X", 2024, 3, 1),
		result("A", "X", 2023, 2, 1),
		result("B", "X", 2024, 4, 1),
		result("B", "X", 2023, 1, 1),
	})
	assert.Equal(t, []place{{"A", 1, 2, 1, 2}, {"B", 2, 2, 2, 2}, {"B", 1, 2, 1, 2}, {"A", 2, 2, 2, 2}}, places(got))
	assert.Equal(t, []int{2023, 2023, 2024, 2024}, []int{got[0].Year, got[1].Year, got[2].Year, got[3].Year})
	assert.Empty(t, rank(nil))
}

// The illustrative cohort in testdata, ranked by hand:
//
//	Kota Dua        (45+80+105+70+80)/100   = 3.80   1   Jawa Barat 1 of 2
//	Kota Enam       (40.1+70+90+50+90)/100  = 3.401  2   –
//	Kabupaten Satu  (40+70+90+50+90)/100    = 3.40   3   Jawa Tengah 1 of 3
//	Kabupaten Lima  (40+80+90+50+80)/100    = 3.40   3   Jawa Barat 2 of 2
//	Kota Empat      (40+80+90+40+80)/100    = 3.30   5   Jawa Tengah 2 of 3
//	Kabupaten Tiga  (34.5+60+90+70+60)/100  = 3.145  6   Jawa Tengah 3 of 3
func TestCohortScore(t *testing.T) {
	f, err := os.Open(evalTestdata("cohort.json"))
	require.NoError(t, err)
	defer f.Close()
	cohort, err := DecodeCohort(f, DecodeOptions{})
	require.NoError(t, err)
	require.Empty(t, cohort.Validate())
	got, err := cohort.Score(Weights{})
	require.NoError(t, err)
	assert.Equal(t, []place{
		{"Kota Dua", 1, 6, 1, 2},
		{"Kota Enam", 2, 6, 0, 0},
		{"Kabupaten Satu", 3, 6, 1, 3},
		{"Kabupaten Lima", 3, 6, 2, 2},
		{"Kota Empat", 5, 6, 2, 3},
		{"Kabupaten Tiga", 6, 6, 3, 3},
	}, places(got))
	var indices, improvements []string
	for _, s := range got {
		indices = append(indices, s.Index.String())
		improvements = append(improvements, s.Improvement.String())
	}
	assert.Equal(t, []string{"3.80", "3.40", "3.40", "3.40", "3.30", "3.15"}, indices)
	assert.Equal(t, []string{"-0.10", "", "0.20", "0.00", "", "-0.06"}, improvements)

	out, err := json.Marshal(got[5])
	require.NoError(t, err)
	assert.JSONEq(t, `{"region": "Kabupaten Tiga", "province": "Provinsi Jawa Tengah", "year": 2024, "stage": "I",
		"index": "3.15", "index_exact": "629/200", "index_value": 3.145, "improvement": "-0.06", "improvement_exact": "-11/200", "improvement_value": -0.055,
		"illustrative": true, "rank": 6, "cohort_size": 6, "province_rank": 3, "province_size": 3}`, string(out))
	out, err = json.Marshal(got[1])
	require.NoError(t, err)
	assert.JSONEq(t, `{"region": "Kota Enam", "year": 2024, "stage": "II", "index": "3.40", "index_exact": "3401/1000", "index_value": 3.401,
		"illustrative": true, "rank": 2, "cohort_size": 6}`, string(out))

	// The 10/20/30/30/10 reading weighs impact over quick wins.
	alt, err := cohort.Score(Weights{10, 20, 30, 30, 10})
	require.NoError(t, err)
	assert.Equal(t, "Kota Dua", alt[0].Region)
	assert.Equal(t, "3.75", alt[0].Index.String()) // (45+80+105+105+40)/100
}

func TestCohortValidate(t *testing.T) {
	f, err := os.Open(evalTestdata("invalid.json"))
	require.NoError(t, err)
	defer f.Close()
	cohort, err := DecodeCohort(f, DecodeOptions{})
	require.NoError(t, err)
	type row struct{ path, rule, message string }
	var got []row
	for _, p := range cohort.Validate() {
		got = append(got, row{p.Path, p.Rule, smartcity.ErrorMessage(p.Err, smartcity.English)})
	}
	assert.Equal(t, []row{
		{"[0].stage", "required", "evaluation stage is required"},
		{"[0].scores.output", "score_range", "Output score 5.01 must lie between 0 and 5"},
		{"[0].scores.impact", "required", "Impact score is required"},
		{"[1].region", "required", "region is required"},
		{"[1].year", "year", "year 24 is not valid; write a four-digit year"},
		{"[1].scores.baseline", "score_range", "Baseline score -0.5 must lie between 0 and 5"},
		{"[1].pillar_scores.GOV", "score_range", "score of the Smart Governance pillar 5.5 must lie between 0 and 5"},
		{"[2].previous_index", "score_range", "previous year's index 9 must lie between 0 and 5"},
		{"[2].region", "evaluation_unique", `"kabupaten  satu" is already evaluated for 2024 at [0]`},
	}, got)

	_, err = cohort.Score(Weights{})
	require.ErrorAs(t, err, new(smartcity.Problems))
	_, err = cohort.Score(Weights{Baseline: 100, Output: 1})
	require.ErrorIs(t, err, ErrWeights)

	standings, err := Cohort{}.Score(Weights{})
	require.NoError(t, err)
	assert.Empty(t, standings)
}
