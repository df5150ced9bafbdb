package plantest_test

import (
	"testing"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/masterplan"
	"github.com/kotacerdas/smartcity/masterplan/plantest"
	"github.com/kotacerdas/smartcity/pillar"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRembang(t *testing.T) {
	p := plantest.Rembang()
	assert.Empty(t, rules(p.Validate(strict).Errors()))
	assert.Equal(t, "Kabupaten Rembang", p.Region.FullName(smartcity.Indonesian))
	assert.Equal(t, "33.17", p.Region.KemendagriCode)
	assert.Equal(t, masterplan.Period{StartYear: 2022, EndYear: 2031}, p.Period)
	assert.Len(t, p.Programs, 19)
	seen := map[pillar.Pillar]bool{}
	for _, pr := range p.QuickWins() {
		seen[pr.Element.Pillar()] = true
	}
	assert.Len(t, seen, 6, "a quick win in each pillar")

	p.Programs[0].Name = "changed"
	assert.Equal(t, "Rembang Gemilang Mobile", plantest.Rembang().Programs[0].Name, "each call decodes afresh")
}

func TestRembangProgress2024(t *testing.T) {
	p, pr := plantest.Rembang(), plantest.RembangProgress2024()
	require.Empty(t, rules(pr.Validate(p, strict).Errors()))
	assert.Equal(t, 2024, pr.LatestYear())
	rep, err := pr.Report(p, 2024)
	require.NoError(t, err)
	assert.Equal(t, 2024, rep.Year)
	assert.True(t, rep.Illustrative)
	assert.Positive(t, rep.Total.Achievement.Planned)
	assert.LessOrEqual(t, rep.Total.Achievement.Realised, rep.Total.Achievement.Planned)
}
