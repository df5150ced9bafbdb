package masterplan_test

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/golden"
	"github.com/kotacerdas/smartcity/masterplan"
	"github.com/kotacerdas/smartcity/masterplan/plantest"
)

func TestPlanWriteReportGolden(t *testing.T) {
	p := plantest.Rembang()
	for _, lang := range []smartcity.Lang{smartcity.Indonesian, smartcity.English} {
		name := "rembang." + lang.String() + ".md"
		t.Run(name, func(t *testing.T) {
			var b, again bytes.Buffer
			require.NoError(t, p.WriteReport(&b, masterplan.ReportOptions{Lang: lang}))
			require.NoError(t, p.WriteReport(&again, masterplan.ReportOptions{Lang: lang}))
			require.Equal(t, b.String(), again.String(), "the report must not vary between runs")
			golden.Check(t, filepath.Join("testdata", "report", name), b.Bytes())
		})
	}
}

func TestPlanChartsGolden(t *testing.T) {
	p := plantest.Rembang()
	tests := []struct {
		name string
		svg  func(masterplan.ReportOptions) ([]byte, error)
		lang smartcity.Lang
		want []string
	}{
		{"roadmap-rembang.id.svg", p.RoadmapSVG, smartcity.Indonesian, []string{
			"Peta jalan smart city Kabupaten Rembang 2022–2031", "GOV-01 Rembang Gemilang Mobile", "Tata Kelola Cerdas",
		}},
		{"roadmap-rembang.en.svg", p.RoadmapSVG, smartcity.English, []string{
			"Smart-city roadmap of Rembang Regency 2022–2031", "Programme",
		}},
		{"pillars-rembang.id.svg", p.PillarSharesSVG, smartcity.Indonesian, []string{
			"Program dan anggaran per pilar: Kabupaten Rembang", "Program (19)", "Anggaran (Rp17.620.000.000)",
			">4 (21,1%)</text>", ">Rp3.825.000.000 (21,7%)</text>", "Bagian dari jumlah (%)",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			svg, err := tt.svg(masterplan.ReportOptions{Lang: tt.lang})
			require.NoError(t, err)
			again, err := tt.svg(masterplan.ReportOptions{Lang: tt.lang})
			require.NoError(t, err)
			require.Equal(t, svg, again, "the chart must not vary between runs")
			golden.SVG(t, svg)
			for _, w := range tt.want {
				assert.Contains(t, string(svg), w)
			}
			golden.Check(t, filepath.Join("testdata", "report", tt.name), svg)
		})
	}
}

// Text from the plan cannot break the Markdown: a programme named with
// markup stays one cell, a note stays one list item.
func TestPlanWriteReportEscapes(t *testing.T) {
	p := plantest.Rembang()
	p.Programs[0].Name = "A | B # `c` <img src=x onerror=alert(1)>"
	p.Programs[0].ResponsibleOPD = "- Dinas | Kominfo"
	p.Vision = "# Visi\n## bukan judul"
	p.Missions[0] = "1. sudah bernomor"
	p.Notes = []string{"- catatan\n- kedua"}
	var b bytes.Buffer
	require.NoError(t, p.WriteReport(&b, masterplan.ReportOptions{}))
	out, figures := golden.Figures(b.String())
	require.Len(t, figures, 1, "the pillar shares chart")
	golden.SVG(t, []byte(figures[0]))
	assert.Contains(t, out, "| GOV-01 | A \\| B \\# \\`c\\` \\<img src=x onerror=alert(1)\\> | GOV.SVC Pelayanan Publik | \\- Dinas \\| Kominfo |")
	assert.Contains(t, out, "> \\# Visi \\#\\# bukan judul\n")
	assert.Contains(t, out, "1. 1\\. sudah bernomor\n")
	assert.Contains(t, out, "- \\- catatan - kedua\n")
	assert.Equal(t, strings.Count(out, "<"), strings.Count(out, `\<`), "every < is escaped")
	var want int
	for _, line := range strings.Split(out, "\n") {
		if !strings.HasPrefix(line, "|") {
			want = 0
			continue
		}
		n := strings.Count(line, "|") - strings.Count(line, `\|`)
		if want == 0 {
			want = n
		}
		assert.Equal(t, want, n, "row %q", line)
	}
}

// A draft with a programme whose element is not valid still reports,
// under "no pillar"; the charts say what they cannot draw.
func TestPlanReportOfDraft(t *testing.T) {
	p := plantest.Rembang()
	p.Programs[1].Element = 0
	p.Programs[2].StartYear, p.Programs[2].EndYear = 2026, 2023
	p.LegalBasis = nil
	var b bytes.Buffer
	require.NoError(t, p.WriteReport(&b, masterplan.ReportOptions{Lang: smartcity.English}))
	out := b.String()
	assert.Contains(t, out, "- **Legal basis:** not yet adopted\n")
	assert.Contains(t, out, "| no pillar | – | IDR 120,000,000 |")
	assert.Contains(t, out, "| GOV-02 | Layanan WhatsApp Satu Pintu |  | Dinas Komunikasi dan Informatika |")

	_, err := p.RoadmapSVG(masterplan.ReportOptions{})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "masterplan: roadmap chart:")

	p.Programs[2].StartYear, p.Programs[2].EndYear = 2023, 2026
	svg, err := p.RoadmapSVG(masterplan.ReportOptions{Lang: smartcity.English})
	require.NoError(t, err)
	assert.Contains(t, string(svg), "no pillar")

	empty := &masterplan.Plan{Period: masterplan.Period{StartYear: 2022, EndYear: 2026}}
	_, err = empty.RoadmapSVG(masterplan.ReportOptions{})
	require.ErrorIs(t, err, masterplan.ErrNoPrograms)
	_, err = empty.PillarSharesSVG(masterplan.ReportOptions{})
	require.ErrorIs(t, err, masterplan.ErrNoPrograms)
}

// Without budget the pillar shares chart has the programmes alone, on an
// axis that fits the largest share.
func TestPillarSharesWithoutBudget(t *testing.T) {
	p := plantest.Rembang()
	for i := range p.Programs {
		p.Programs[i].Budget = nil
	}
	svg, err := p.PillarSharesSVG(masterplan.ReportOptions{Lang: smartcity.English})
	require.NoError(t, err)
	assert.Contains(t, string(svg), "Programmes (19)")
	assert.Contains(t, string(svg), ">4 (21.1%)</text>")
	assert.Contains(t, string(svg), ">25%</text>", "the axis ends at the multiple of 5% above 21.1%")
	assert.NotContains(t, string(svg), "Budget (")
	golden.SVG(t, svg)
}
