package masterplan

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The README's table of the workbook layout names every sheet and every
// column in both languages, as the readers know them.
func TestReadmeWorkbookLayout(t *testing.T) {
	b, err := os.ReadFile("../README.md")
	require.NoError(t, err)
	s := string(b)
	start := strings.Index(s, "### Masterplan and realisation, Excel workbook\n")
	require.GreaterOrEqual(t, start, 0)
	s = s[start:]
	s = s[:strings.Index(s[4:], "\n### ")+4]
	rows := map[string]string{}
	for _, line := range strings.Split(s, "\n") {
		if cells := strings.Split(line, " | "); strings.HasPrefix(line, "| `") && len(cells) == 2 {
			name := strings.Trim(strings.SplitN(cells[0], "`", 3)[1], "`")
			rows[name] = cells[1]
		}
	}
	for _, sh := range []*sheetSpec{planSheet, programSheet, budgetSheet, kpiSheet, targetSheet, actionSheet, strategySheet,
		readinessSheet, swotSheet, memberSheet, bookSheet, stageSheet, reportSheet, realisedSheet, spentSheet, actualSheet} {
		row, ok := rows[sh.id]
		if !assert.True(t, ok, "a row of the sheet %s", sh.id) {
			continue
		}
		assert.Contains(t, s, "`"+sh.id+"`")
		assert.Contains(t, s, "`"+sh.en+"`")
		for _, c := range sh.cols {
			assert.Contains(t, row, "`"+c.id+"`", "%s: %s", sh.id, c.id)
			if c.en != c.id {
				assert.Contains(t, s, "`"+c.en+"`", "%s: %s", sh.id, c.en)
			}
		}
	}
	for _, l := range planLabels {
		assert.Contains(t, rows["Rencana"], "`"+l.id+"`")
	}
	for _, l := range progressLabels {
		assert.Contains(t, rows["Laporan"], "`"+l.id+"`")
	}
}
