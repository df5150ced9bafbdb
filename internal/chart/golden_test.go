package chart

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity/internal/golden"
)

// charts are the golden cases: each renders to testdata/<name>.svg.
func charts() []struct {
	name  string
	title string
	svg   func() ([]byte, error)
} {
	return []struct {
		name  string
		title string
		svg   func() ([]byte, error)
	}{
		{"radar_spbe_2024", spbe2024().Title, spbe2024().SVG},
		{"radar_pillars_illustrative", pillarsIllustrative().Title, pillarsIllustrative().SVG},
		{"roadmap_rembang", rembangRoadmap().Title, rembangRoadmap().SVG},
		{"bars_rembang_domains", rembangDomains().Title, rembangDomains().SVG},
		{"bars_pemdi_aspects", pemdiAspects().Title, pemdiAspects().SVG},
		{"ranking_rembang_neighbours", rembangNeighbours().Title, rembangNeighbours().SVG},
		{"ranking_cohort_head", cohortHead().Title, cohortHead().SVG},
		{"line_rembang_sumedang", rembangYears().Title, rembangYears().SVG},
		{"line_illustrative", illustrativeYears().Title, illustrativeYears().SVG},
		{"shares_rembang_pillars", rembangPillars().Title, rembangPillars().SVG},
		{"shares_english", sharesEnglish().Title, sharesEnglish().SVG},
	}
}

func TestGolden(t *testing.T) {
	for _, tc := range charts() {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tc.svg()
			require.NoError(t, err)
			again, err := tc.svg()
			require.NoError(t, err)
			require.Equal(t, got, again, "output must not vary between runs")
			golden.Check(t, filepath.Join("testdata", tc.name+".svg"), got)
		})
	}
}

func TestWellFormed(t *testing.T) {
	for _, tc := range charts() {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tc.svg()
			require.NoError(t, err)
			doc := golden.SVG(t, got)
			assert.Equal(t, tc.title, doc.Title)
			assert.NotEmpty(t, doc.Desc)
			for _, size := range doc.FontSizes {
				assert.GreaterOrEqual(t, size, 11.0, "text must stay readable")
			}
		})
	}
}

// TestFixturesMatchPublishedResults checks the radar fixture against the
// SPBE results table when the reference data is at hand.
func TestFixturesMatchPublishedResults(t *testing.T) {
	f, err := os.Open(filepath.Join("..", "..", "..", "shared", "reference", "spbe-results-2023-2024.csv"))
	if err != nil {
		t.Skip("reference SPBE results not available:", err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	require.NoError(t, err)
	want := map[string][]float64{}
	for _, s := range spbe2024().Series {
		want["Pemerintah "+strings.Join(strings.Fields(s.Name)[:2], " ")] = s.Values
	}
	found := 0
	for _, row := range rows[1:] {
		values, ok := want[row[4]]
		if row[0] != "2024" || !ok {
			continue
		}
		found++
		for i, v := range values {
			got, err := strconv.ParseFloat(row[5+i], 64)
			require.NoError(t, err)
			assert.InDelta(t, got, v, 1e-9, "%s D%d", row[4], i+1)
		}
	}
	assert.Equal(t, len(want), found)
}
