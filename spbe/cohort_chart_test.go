package spbe_test

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/golden"
	"github.com/kotacerdas/smartcity/spbe"
)

// Rembang among its neighbours on the north coast of Central Java, by the
// published 2024 index: the head of the cohort and Rembang wherever it
// ranks.
func TestRankingSVG(t *testing.T) {
	published := []struct {
		name  string
		index int64 // hundredths
	}{
		{"Pemerintah Kab. Blora", 328}, {"Pemerintah Kab. Demak", 393}, {"Pemerintah Kab. Grobogan", 357},
		{"Pemerintah Kab. Jepara", 351}, {"Pemerintah Kab. Kudus", 423}, {"Pemerintah Kab. Pati", 375},
		{"Pemerintah Kab. Rembang", 399}, {"Pemerintah Kab. Tuban", 424}, {"Pemerintah Kab. Sumedang", 451},
	}
	var members []spbe.Member
	for _, p := range published {
		x := smartcity.NewNumber(p.index, 100)
		members = append(members, spbe.Member{Instansi: p.name, Year: 2024, Index: x, Domains: []smartcity.Number{x, x, x, x}})
	}
	c, err := spbe.NewCohort(spbe.Default(), members)
	require.NoError(t, err)

	svg, err := c.RankingSVG(0, 3, "pemerintah  kab. rembang")
	require.NoError(t, err)
	doc := golden.SVG(t, svg)
	assert.Equal(t, "Peringkat Indeks SPBE (9 instansi)", doc.Title)
	assert.Equal(t, "1. Pemerintah Kab. Sumedang 2024 4,51; 2. Pemerintah Kab. Tuban 2024 4,24; "+
		"3. Pemerintah Kab. Kudus 2024 4,23; 4. Pemerintah Kab. Rembang 2024 3,99.", doc.Desc)
	assert.NotContains(t, doc.Texts, "⋮", "rank 4 follows rank 3")
	golden.Check(t, filepath.Join("testdata", "report", "ranking-jateng-2024.id.svg"), svg)

	svg, err = c.RankingSVG(smartcity.English, 2, "Pemerintah Kab. Blora")
	require.NoError(t, err)
	doc = golden.SVG(t, svg)
	assert.Contains(t, doc.Texts, "⋮", "ranks 3 to 8 are not shown")
	assert.Contains(t, doc.Texts, "3.28")

	var empty *spbe.Cohort
	_, err = empty.RankingSVG(0, 10)
	require.Error(t, err)
}
