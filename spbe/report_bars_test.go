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

// The domains of Rembang 2024 beside the target Memuaskan and Sumedang,
// the region it learns from: the chart an analyst sets before the Bupati.
func TestBarsSVG(t *testing.T) {
	rembang := reportScored(t, "rembang-2024.json")
	sumedang := reportScored(t, "sumedang-2024.json")
	opt := spbe.ReportOptions{Target: spbe.Target{Predicate: spbe.Memuaskan}, Compare: &sumedang}
	svg, err := spbe.BarsSVG(rembang, opt)
	require.NoError(t, err)
	again, err := spbe.BarsSVG(rembang, opt)
	require.NoError(t, err)
	require.Equal(t, svg, again, "the chart must not vary between runs")
	doc := golden.SVG(t, svg)
	assert.Equal(t, "Indeks domain SPBE: Kab. Rembang 2024 dan Kab. Sumedang 2024", doc.Title)
	for _, w := range []string{"Pemerintah Kab. Rembang 2024 (indeks 3,99)", "Target Memuaskan: 4,20",
		"Pemerintah Kab. Sumedang 2024 (indeks 4,51)", "D1 Kebijakan Internal", "Indeks SPBE (0–5)", "2,64", "5,00"} {
		assert.Contains(t, doc.Texts, w)
	}
	golden.Check(t, filepath.Join("testdata", "report", "bars-rembang-sumedang-2024.id.svg"), svg)

	// An index alone names no predikat; English glosses the predikat.
	svg, err = spbe.BarsSVG(rembang, spbe.ReportOptions{Lang: smartcity.English, Target: spbe.Target{Index: smartcity.NewNumber(7, 2)}})
	require.NoError(t, err)
	assert.Contains(t, golden.SVG(t, svg).Texts, "Target: 3.50")
	svg, err = spbe.BarsSVG(rembang, spbe.ReportOptions{Lang: smartcity.English, Target: spbe.Target{Predicate: spbe.Memuaskan}})
	require.NoError(t, err)
	assert.Contains(t, golden.SVG(t, svg).Texts, "Target Memuaskan (satisfactory): 4.20")

	// A target beyond the scale draws no target bars.
	svg, err = spbe.BarsSVG(rembang, spbe.ReportOptions{Target: spbe.Target{Index: smartcity.NewNumber(6, 1)}})
	require.NoError(t, err)
	assert.NotContains(t, string(svg), "Target")

	// Another framework cannot be set beside it.
	other := reportPemdiResults(t).baik
	_, err = spbe.BarsSVG(rembang, spbe.ReportOptions{Compare: &other})
	require.ErrorIs(t, err, spbe.ErrFrameworkMismatch)
	_, err = spbe.BarsSVG(spbe.Scored{}, spbe.ReportOptions{})
	require.Error(t, err)
}
