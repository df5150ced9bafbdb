package evaluation

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
)

// The README's table of the evaluation workbook names the sheet and every
// column in both languages, as the reader knows them, and its example of
// a problem is what the reader says.
func TestReadmeWorkbookLayout(t *testing.T) {
	b, err := os.ReadFile("../../README.md")
	require.NoError(t, err)
	s := string(b)
	start := strings.Index(s, "### Yearly evaluation, Excel workbook\n")
	require.GreaterOrEqual(t, start, 0)
	s = s[start:]
	s = s[:strings.Index(s, "\n## ")]
	row := ""
	for _, line := range strings.Split(s, "\n") {
		if strings.HasPrefix(line, "| `"+sheetID+"` (`"+sheetEN+"`) | ") {
			row = line
		}
	}
	require.NotEmpty(t, row, "a row of the sheet %s", sheetID)
	for _, c := range columns {
		if strings.HasPrefix(c.path, "pillar_scores.") && c.id != "Pilar GOV" && c.id != "Pilar ENV" {
			continue // Pilar GOV … Pilar ENV
		}
		assert.Contains(t, row, "`"+c.id+"`", c.path)
		if c.en != c.id && c.path != "pillar_scores.ENV" {
			assert.Contains(t, row, "`"+c.en+"`", c.path)
		}
	}

	e := Evaluation{Region: "Kota Contoh", Year: 2024, Stage: StageII, Scores: Scores{Baseline: "3", Output: "3", Outcome: "3", Impact: "7", QuickWin: "3"}}
	var buf bytes.Buffer
	require.NoError(t, WriteWorkbook(&buf, &e, smartcity.Indonesian))
	_, ps, err := ReadWorkbook(buf.Bytes(), DecodeOptions{})
	require.NoError(t, err)
	require.Len(t, ps, 1)
	assert.Contains(t, strings.Join(strings.Fields(s), " "), "`"+ps[0].Message(smartcity.Indonesian)+"`")
}
