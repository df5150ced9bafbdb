package evaluation_test

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/workbook/workbooktest"
	"github.com/kotacerdas/smartcity/masterplan/evaluation"
	"github.com/kotacerdas/smartcity/masterplan/evaluation/evaltest"
	"github.com/kotacerdas/smartcity/pillar"
)

// cohortBook returns the workbook of c in lang.
func cohortBook(t testing.TB, c evaluation.Cohort, lang smartcity.Lang) []byte {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, evaluation.WriteCohortWorkbook(&buf, c, lang))
	return buf.Bytes()
}

// The tool reads back every evaluation and cohort it writes, in either
// language, and says of it what it says of its JSON.
func TestWorkbookRoundTrip(t *testing.T) {
	cohorts := map[string]evaluation.Cohort{
		"rembang": {*evaltest.Rembang2024()},
		"builder": {*evaltest.Evaluation().Score(evaluation.DimensionOutcome, "3.50").PreviousIndex("3.21").
			PillarScore(pillar.Governance, "4.125").Notes("satu; dua", "=1+2").Build()},
	}
	for seed := range uint64(4) {
		cohorts["random"+string(rune('0'+seed))] = evaltest.RandomCohort(rand.New(rand.NewPCG(seed, 2)), 25)
	}
	for name, c := range cohorts {
		for _, lang := range []smartcity.Lang{smartcity.Indonesian, smartcity.English} {
			t.Run(name+"/"+lang.String(), func(t *testing.T) {
				data := cohortBook(t, c, lang)
				got, problems, err := evaluation.ReadCohortWorkbook(data, evaluation.DecodeOptions{})
				require.NoError(t, err)
				assert.Empty(t, problems)
				assert.Equal(t, c, got)
				dec, err := evaluation.UnmarshalCohort(data)
				require.NoError(t, err)
				assert.Equal(t, c, dec)
				val, problems, err := evaluation.ValidateCohort(bytes.NewReader(data), evaluation.DecodeOptions{})
				require.NoError(t, err)
				assert.Empty(t, problems)
				assert.Equal(t, c, val)
				if len(c) != 1 {
					return
				}
				var one bytes.Buffer
				require.NoError(t, evaluation.WriteWorkbook(&one, &c[0], lang))
				e, problems, err := evaluation.ReadWorkbook(one.Bytes(), evaluation.DecodeOptions{})
				require.NoError(t, err)
				assert.Empty(t, problems)
				assert.Equal(t, &c[0], e)
				e, err = evaluation.Unmarshal(one.Bytes())
				require.NoError(t, err)
				assert.Equal(t, &c[0], e)
			})
		}
	}
}

// The template reads back, as it is, as an empty cohort; as one
// evaluation it says that the sheet holds none; filled in as an analyst
// would, it reads back without edits.
func TestWorkbookTemplate(t *testing.T) {
	for _, lang := range []smartcity.Lang{smartcity.Indonesian, smartcity.English} {
		var buf bytes.Buffer
		require.NoError(t, evaluation.WriteTemplate(&buf, lang))
		c, problems, err := evaluation.ReadCohortWorkbook(buf.Bytes(), evaluation.DecodeOptions{})
		require.NoError(t, err)
		assert.Empty(t, problems)
		assert.Equal(t, evaluation.Cohort{}, c)
		e, problems, err := evaluation.ReadWorkbook(buf.Bytes(), evaluation.DecodeOptions{})
		require.NoError(t, err)
		assert.Nil(t, e)
		require.Len(t, problems, 1)
		assert.Equal(t, "evaluation_count", problems[0].Rule)
		assert.Contains(t, problems[0].Message(smartcity.Indonesian), "tidak ada evaluasi pada lembar")
	}
}

// An analyst's sheet — headers in English, pillar names and JSON fields,
// in another order, a decimal comma, a stage written "tahap 2" and a
// leading sheet of notes — reads as the JSON it stands for.
func TestWorkbookAnalystSheet(t *testing.T) {
	data, err := workbooktest.FromCSV("Evaluation",
		"quick_win;Region;Province;Year;Stage;Baseline;Output;Outcome;Impact;Smart Governance;previous index;Illustrative\n"+
			"4.5;Kabupaten Rembang;Jawa Tengah;2024;tahap 2;4;3,5;3;2.5;4.25;3.2;ya\n")
	require.NoError(t, err)
	e, problems, err := evaluation.Validate(bytes.NewReader(data), evaluation.DecodeOptions{})
	require.NoError(t, err)
	assert.Empty(t, problems)
	want, err := evaluation.Unmarshal([]byte(`{"region": "Kabupaten Rembang", "province": "Jawa Tengah", "year": 2024, "stage": "II",
		"scores": {"baseline": 4, "output": 3.5, "outcome": 3, "impact": 2.5, "quick_win": 4.5},
		"pillar_scores": {"GOV": 4.25}, "previous_index": 3.2, "illustrative": true}`))
	require.NoError(t, err)
	assert.Equal(t, want, e)
	res, err := e.Score(evaluation.Weights{})
	require.NoError(t, err)
	assert.Equal(t, "3.40", res.Index.String())
}

// Every problem of a sheet is said at once, each at its cell, in
// Indonesian and in English: those of its header, of its cells, and those
// the check of the evaluations finds.
func TestWorkbookProblemsAtTheirCells(t *testing.T) {
	data, err := workbooktest.FromCSV("Evaluasi",
		"Wilayah;Tahun;Tahap;Baseline;Output;Outcome;Impact;Total;Output\n"+
			"Kota A;2024;III;4;3;3;9;1;\n"+
			"Kota B;dua ribu;I;4;3;3;lima;1;\n"+
			"Kota A;2024;I;4;3;3;2;1;\n")
	require.NoError(t, err)
	c, problems, err := evaluation.ReadCohortWorkbook(data, evaluation.DecodeOptions{})
	require.NoError(t, err)
	require.Len(t, c, 3)
	var got []string
	for _, p := range problems {
		got = append(got, p.Sheet+"!"+p.Cell+" "+p.Rule+" "+p.Path)
	}
	assert.Equal(t, []string{
		"Evaluasi!H1 unknown_column ",
		"Evaluasi!I1 duplicate_column ",
		"Evaluasi!A1 missing_column ", // Quick Win
		"Evaluasi!C2 enum [0].stage",
		"Evaluasi!B3 type [1].year",
		"Evaluasi!G3 type [1].scores.impact",
		"Evaluasi!G2 score_range [0].scores.impact",
		"Evaluasi!A4 evaluation_unique [2].region",
	}, got)
	for _, p := range problems {
		id, en := p.Message(smartcity.Indonesian), p.Message(smartcity.English)
		assert.Contains(t, id, "lembar Evaluasi, sel "+p.Cell)
		assert.NotEqual(t, id, en)
	}
	assert.Contains(t, problems[0].Message(smartcity.English), `unknown column "Total"`)
	assert.Contains(t, problems[3].Message(smartcity.Indonesian), "III")
}

// A single evaluation's problems have the evaluation's own paths, and a
// sheet of several rows is no single evaluation.
func TestReadWorkbookOne(t *testing.T) {
	e := evaltest.Evaluation().Build()
	e.Scores.Impact = "7"
	var buf bytes.Buffer
	require.NoError(t, evaluation.WriteWorkbook(&buf, e, smartcity.English))
	got, problems, err := evaluation.ReadWorkbook(buf.Bytes(), evaluation.DecodeOptions{})
	require.NoError(t, err)
	assert.Equal(t, e, got)
	require.Len(t, problems, 1)
	assert.Equal(t, "scores.impact", problems[0].Path)
	assert.Equal(t, "Evaluation", problems[0].Sheet)
	assert.Equal(t, "H2", problems[0].Cell)

	two := cohortBook(t, evaltest.RandomCohort(rand.New(rand.NewPCG(1, 1)), 2), smartcity.Indonesian)
	got, problems, err = evaluation.ReadWorkbook(two, evaluation.DecodeOptions{})
	require.NoError(t, err)
	assert.Nil(t, got)
	require.Len(t, problems, 1)
	assert.Equal(t, "A3", problems[0].Cell)
	assert.Contains(t, problems[0].Message(smartcity.English), "holds 2 evaluations, not one")
	_, err = evaluation.Unmarshal(two)
	assert.ErrorAs(t, err, new(smartcity.Problems))
}

// A file that is no workbook of evaluations is refused with one problem
// that says why, and no evaluation; one over the size limit is an error.
func TestReadWorkbookRefuses(t *testing.T) {
	other, err := workbooktest.FromCSV("Penilaian", "indikator;level\n1;3\n")
	require.NoError(t, err)
	for name, tc := range map[string]struct {
		data []byte
		rule string
		id   string
	}{
		"a cut zip":          {[]byte("PK\x03\x04 cut short"), "workbook", "bukan buku kerja Excel"},
		"an .xls":            {[]byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 legacy"), "workbook", "buku kerja .xls"},
		"another's workbook": {other, "sheet", "tidak ada lembar evaluasi"},
	} {
		t.Run(name, func(t *testing.T) {
			c, ps, err := evaluation.ReadCohortWorkbook(tc.data, evaluation.DecodeOptions{})
			require.NoError(t, err)
			assert.Nil(t, c)
			require.Len(t, ps, 1)
			assert.Equal(t, tc.rule, ps[0].Rule)
			assert.Contains(t, ps[0].Message(smartcity.Indonesian), tc.id)
			_, err = evaluation.UnmarshalCohort(tc.data)
			assert.ErrorAs(t, err, new(smartcity.Problems))
			e, ps, err := evaluation.Validate(bytes.NewReader(tc.data), evaluation.DecodeOptions{})
			require.NoError(t, err)
			assert.Nil(t, e)
			assert.Len(t, ps, 1)
		})
	}
	big := cohortBook(t, evaltest.RandomCohort(rand.New(rand.NewPCG(1, 1)), 50), smartcity.Indonesian)
	_, _, err = evaluation.ReadCohortWorkbook(big, evaluation.DecodeOptions{Limit: int64(len(big)) - 1})
	assert.ErrorIs(t, err, evaluation.ErrTooLarge)
	_, _, err = evaluation.ValidateCohort(bytes.NewReader(big), evaluation.DecodeOptions{Limit: int64(len(big)) - 1})
	assert.ErrorIs(t, err, evaluation.ErrTooLarge)
}

// A note is a line of the cell Catatan: one that holds a line break
// cannot be written.
func TestWriteWorkbookNoteWithLineBreak(t *testing.T) {
	e := evaltest.Evaluation().Notes("satu\ndua").Build()
	err := evaluation.WriteWorkbook(new(bytes.Buffer), e, smartcity.Indonesian)
	require.Error(t, err)
	assert.True(t, strings.Contains(err.Error(), "line break"))
}

// The zero evaluation, the nil one and the empty cohort write workbooks
// rather than panic; the nil evaluation writes the template, and the
// zero one reads back as itself with its problems at their cells.
func TestWriteWorkbookZero(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, evaluation.WriteWorkbook(&buf, nil, smartcity.Indonesian))
	c, problems, err := evaluation.ReadCohortWorkbook(buf.Bytes(), evaluation.DecodeOptions{})
	require.NoError(t, err)
	assert.Empty(t, problems)
	assert.Empty(t, c)
	buf.Reset()
	require.NoError(t, evaluation.WriteWorkbook(&buf, &evaluation.Evaluation{}, smartcity.Indonesian))
	e, problems, err := evaluation.ReadWorkbook(buf.Bytes(), evaluation.DecodeOptions{})
	require.NoError(t, err)
	assert.Equal(t, &evaluation.Evaluation{}, e)
	assert.NotEmpty(t, problems)
	for _, p := range problems {
		assert.Equal(t, "Evaluasi", p.Sheet)
		assert.Regexp(t, `^[A-Z]+2$`, p.Cell, p.Path)
	}
	buf.Reset()
	require.NoError(t, evaluation.WriteCohortWorkbook(&buf, nil, smartcity.English))
	require.Error(t, evaluation.WriteReportWorkbook(new(bytes.Buffer), nil, evaluation.ReportOptions{}))
	require.NoError(t, evaluation.WriteStandingsWorkbook(new(bytes.Buffer), nil, smartcity.English))
}
