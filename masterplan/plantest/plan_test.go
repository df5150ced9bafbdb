package plantest_test

import (
	"encoding/json"
	"testing"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/masterplan"
	"github.com/kotacerdas/smartcity/masterplan/plantest"
	"github.com/kotacerdas/smartcity/pillar"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// strict asks for a quick win in each pillar, so that a missing one is an
// error rather than a warning.
var strict = masterplan.ValidateOptions{RequireQuickWinPerPillar: true}

// rules returns the rules of the problems, for messages and comparisons.
func rules(ps smartcity.Problems) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Severity.String()+" "+p.Path+" "+p.Rule)
	}
	return out
}

// roundTrip checks that p survives encoding/json and strict decoding.
func roundTrip(t *testing.T, p *masterplan.Plan) {
	t.Helper()
	data, err := json.Marshal(p)
	require.NoError(t, err)
	back, err := masterplan.Unmarshal(data)
	require.NoError(t, err)
	assert.Equal(t, p, back)
}

func TestPlanDefault(t *testing.T) {
	p := plantest.Plan().Build()
	require.Empty(t, rules(p.Validate(strict)), "not even a warning")
	assert.Equal(t, "Kabupaten Contoh", p.Region.FullName(smartcity.Indonesian))
	assert.Equal(t, masterplan.Period{StartYear: 2025, EndYear: 2029}, p.Period)
	require.Len(t, p.Programs, 6)
	qw := p.QuickWins()
	require.Len(t, qw, 6)
	var pillars []pillar.Pillar
	for _, pr := range qw {
		pillars = append(pillars, pr.Element.Pillar())
		assert.Equal(t, masterplan.Short, pr.Horizon)
		assert.Equal(t, 2025, pr.StartYear)
	}
	assert.Equal(t, []pillar.Pillar{pillar.Governance, pillar.Branding, pillar.Economy, pillar.Living, pillar.Society, pillar.Environment}, pillars)
	sum, err := p.Summarize()
	require.NoError(t, err)
	assert.Equal(t, int64(600_000_000), sum.Budget.Total)
	assert.Equal(t, masterplan.Perbup, p.LegalBasis.Kind)
	last, ok := p.Lifecycle.Current()
	require.True(t, ok)
	assert.Equal(t, masterplan.Legalisation, last.Stage)
	roundTrip(t, p)
}

func TestPlanBuilder(t *testing.T) {
	tests := []struct {
		name   string
		build  *plantest.PlanBuilder
		check  func(t *testing.T, p *masterplan.Plan)
		broken []string // the problems Validate finds, "" for none
	}{
		{
			name:  "period",
			build: plantest.Plan().Period(2026, 2035),
			check: func(t *testing.T, p *masterplan.Plan) {
				assert.Equal(t, masterplan.Period{StartYear: 2026, EndYear: 2035}, p.Period)
				assert.Equal(t, 2026, p.Programs[0].StartYear)
				assert.Equal(t, 2026, p.LegalBasis.Year)
				assert.Equal(t, masterplan.RPJMD{StartYear: 2026, EndYear: 2030, StrategicIssues: p.RPJMD.StrategicIssues}, p.RPJMD)
			},
		},
		{
			name:  "add a programme",
			build: plantest.Plan().AddProgram(plantest.NewProgram("ECO-09", pillar.Industry, 2027, 2029)),
			check: func(t *testing.T, p *masterplan.Plan) {
				require.Len(t, p.Programs, 7)
				pr := p.Programs[6]
				assert.Equal(t, "ECO-09", pr.ID)
				assert.Equal(t, masterplan.Medium, pr.Horizon)
				var total int64
				for _, b := range pr.Budget {
					total += b.Amount
				}
				assert.Equal(t, int64(300_000_000), total)
			},
		},
		{
			name:   "period too short",
			build:  plantest.Plan().Period(2025, 2027),
			broken: []string{"error period period"},
		},
		{
			name:   "no programmes",
			build:  plantest.Plan().Edit(func(p *masterplan.Plan) { p.Programs = nil }),
			broken: append([]string{"error programs min"}, noPillar()...),
		},
		{
			name: "edit",
			build: plantest.Plan().Edit(func(p *masterplan.Plan) {
				p.Programs[0].Horizon = masterplan.Long
			}),
			broken: []string{"error programs[0].horizon horizon"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := tt.build.Build()
			if tt.check != nil {
				tt.check(t, p)
			}
			assert.Equal(t, tt.broken, rules(p.Validate(strict)))
			roundTrip(t, p)
		})
	}
}

// noPillar is what a plan without programmes is told about each pillar.
func noPillar() []string {
	var out []string
	for range pillar.All() {
		out = append(out, "warning programs pillar_coverage", "error programs quick_win")
	}
	return out
}

func TestPlanBuildCopies(t *testing.T) {
	prog := plantest.NewProgram("GOV-09", pillar.PublicService, 2025, 2026)
	b := plantest.Plan().AddProgram(prog)
	prog.KPIs[0].Targets[0].Value = "99"
	first := b.Build()
	first.Programs[6].Budget[0].Amount = 1
	first.Readiness.Items[0].Current = 5
	second := b.Build()
	assert.Equal(t, json.Number("10"), second.Programs[6].KPIs[0].Targets[0].Value)
	assert.Equal(t, int64(100_000_000), second.Programs[6].Budget[0].Amount)
	assert.Equal(t, 2, second.Readiness.Items[0].Current)
}

func TestNewProgram(t *testing.T) {
	tests := []struct {
		start, end int
		horizon    masterplan.Horizon
		targets    []string
	}{
		{2025, 2025, masterplan.Short, []string{"10"}},
		{2025, 2027, masterplan.Medium, []string{"10", "20", "30"}},
		{2025, 2030, masterplan.Long, []string{"10", "20", "30", "40", "50", "60"}},
	}
	for _, tt := range tests {
		pr := plantest.NewProgram("SOC-07", pillar.Learning, tt.start, tt.end)
		assert.Equal(t, tt.horizon, pr.Horizon)
		assert.Equal(t, pillar.Society, pr.Element.Pillar())
		var targets []string
		for _, tg := range pr.KPIs[0].Targets {
			targets = append(targets, string(tg.Value))
		}
		assert.Equal(t, tt.targets, targets)
		p := plantest.Plan().Period(2025, 2030).AddProgram(pr).Build()
		assert.Empty(t, rules(p.Validate(strict)), "%d–%d", tt.start, tt.end)
	}
}
