package masterplan

import (
	"bytes"
	"io"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/i18n"
	"github.com/kotacerdas/smartcity/internal/workbook"
)

// A file that is no workbook of a plan is refused with one problem that
// says why, and no plan.
func TestReadWorkbookRefuses(t *testing.T) {
	other := workbook.NewWriter()
	other.AddTable(workbook.Table{Sheet: "Penilaian", Columns: []workbook.Column{{Header: "indikator"}, {Header: "level"}}, Rows: [][]any{{1, 3}}})
	var buf bytes.Buffer
	_, err := other.WriteTo(&buf)
	require.NoError(t, err)
	for name, tc := range map[string]struct {
		data []byte
		rule string
		id   string
	}{
		"a cut zip":          {[]byte("PK\x03\x04 cut short"), "workbook", "bukan buku kerja Excel"},
		"an .xls":            {[]byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 legacy"), "workbook", "buku kerja .xls"},
		"another's workbook": {buf.Bytes(), ruleNoSheet, "tidak ada lembar rencana induk"},
	} {
		t.Run(name, func(t *testing.T) {
			p, ps, err := ReadWorkbook(tc.data, ValidateOptions{})
			require.NoError(t, err)
			assert.Nil(t, p)
			require.Len(t, ps, 1)
			assert.Equal(t, tc.rule, ps[0].Rule)
			assert.Contains(t, ps[0].Message(smartcity.Indonesian), tc.id)
			_, err = Unmarshal(tc.data)
			assert.ErrorAs(t, err, new(smartcity.Problems))
		})
	}
}

// The rows of all the sheets are bounded: the row past the bound is a
// problem at its cell, and nothing after it is read.
func TestReadWorkbookRowBound(t *testing.T) {
	b, err := workbook.Open(planWorkbook(3), workbook.Options{})
	require.NoError(t, err)
	defer b.Close()
	r := newBookReader(b, 0)
	r.maxRows = 2
	p := new(Plan)
	readPrograms(r, p)
	assert.Len(t, p.Programs, 2)
	require.Len(t, r.problems, 1)
	assert.Equal(t, ruleMaxItems, r.problems[0].Rule)
	assert.Equal(t, "A4", r.problems[0].Cell)
	assert.Contains(t, r.problems[0].Message(smartcity.Indonesian), "lebih dari 2 baris di seluruh lembar")
}

// A list over its cap is a problem at the row of the first item past it.
func TestReadWorkbookListCap(t *testing.T) {
	p := generatedPlan(1)
	for i := range 101 {
		p.Missions = append(p.Missions, "misi "+itoa(i))
	}
	var buf bytes.Buffer
	require.NoError(t, WriteWorkbook(&buf, p, smartcity.Indonesian))
	got, ps, err := ReadWorkbook(buf.Bytes(), ValidateOptions{})
	require.NoError(t, err)
	assert.Len(t, got.Missions, 100)
	var caps smartcity.Problems
	for _, pr := range ps {
		if pr.Rule == ruleMaxItems {
			caps = append(caps, pr)
		}
	}
	require.Len(t, caps, 1, "%v", ps)
	assert.Equal(t, "Rencana", caps[0].Sheet)
}

func TestSheetWordsKeepTheVerbs(t *testing.T) {
	for en, id := range sheetWords {
		assert.Equal(t, i18n.Verbs(en), i18n.Verbs(id), "%q → %q", en, id)
		assert.NotEqual(t, en, id)
	}
}

// The zero documents and reports write workbooks; no data reads as no
// workbook.
func TestZeroWorkbooks(t *testing.T) {
	require.NoError(t, (&Plan{}).WriteReportWorkbook(io.Discard, ReportOptions{}))
	require.NoError(t, (&ProgressReport{}).WriteWorkbook(io.Discard, smartcity.Lang(0)))
	require.NoError(t, WriteWorkbook(io.Discard, &Plan{}, smartcity.Lang(0)))
	require.NoError(t, WriteProgressWorkbook(io.Discard, &Progress{}, smartcity.Lang(0)))
	p, ps, err := ReadWorkbook(nil, ValidateOptions{})
	require.NoError(t, err)
	assert.Nil(t, p)
	assert.True(t, ps.HasErrors())
}
