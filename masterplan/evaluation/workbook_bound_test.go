package evaluation

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/workbook"
)

// The rows of the sheet are bounded: the row past the bound is a problem
// at its cell, and nothing after it is read.
func TestReadWorkbookRowBound(t *testing.T) {
	b := cohortWorkbook(3)
	c, r, err := readBook(b, DecodeOptions{})
	require.NoError(t, err)
	require.Len(t, c, 3)
	r = &bookReader{at: map[string]int{}, missing: map[string]bool{}, maxRows: 2, sheet: r.sheet}
	c = Cohort{}
	book, err := workbook.Open(b, workbook.Options{})
	require.NoError(t, err)
	defer book.Close()
	r.read(book, &c)
	assert.Len(t, c, 2)
	require.Len(t, r.problems, 1)
	assert.Equal(t, ruleMaxItems, r.problems[0].Rule)
	assert.Equal(t, "A4", r.problems[0].Cell)
	assert.Contains(t, r.problems[0].Message(smartcity.Indonesian), "lebih dari 2 baris pada lembar")
}
