package evaluation_test

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/golden"
	"github.com/kotacerdas/smartcity/masterplan/evaluation"
	"github.com/kotacerdas/smartcity/masterplan/evaluation/evaltest"
)

func TestWriteReportGolden(t *testing.T) {
	e := evaltest.Rembang2024()
	for _, lang := range []smartcity.Lang{smartcity.Indonesian, smartcity.English} {
		name := "evaluation-rembang-2024." + lang.String() + ".md"
		t.Run(name, func(t *testing.T) {
			var b bytes.Buffer
			require.NoError(t, evaluation.WriteReport(&b, e, evaluation.ReportOptions{Lang: lang}))
			golden.Check(t, filepath.Join("testdata", "report", name), b.Bytes())
		})
	}
}

// The index and its parts are exact: with the default weights Rembang's
// illustrative scores give 3.375, shown 3.38, up 0.17 from 3.21; other
// weights give another index.
func TestWriteReport(t *testing.T) {
	e := evaltest.Rembang2024()
	var b bytes.Buffer
	require.NoError(t, evaluation.WriteReport(&b, e, evaluation.ReportOptions{}))
	out := b.String()
	assert.Contains(t, out, "- **Indeks Pencapaian:** **3,38** (tepatnya 3,375)\n")
	assert.Contains(t, out, "- **Indeks tahun sebelumnya:** 3,21; **kenaikan:** +0,17\n")
	assert.Contains(t, out, "| Outcome | 30% | 3,25 | 0,975 |\n")
	assert.Contains(t, out, "| **Indeks Pencapaian** | 100% |  | **3,375** |\n")

	w, err := evaluation.ParseWeights("baseline=10,output=20,outcome=30,impact=30,quick_win=10")
	require.NoError(t, err)
	b.Reset()
	require.NoError(t, evaluation.WriteReport(&b, e, evaluation.ReportOptions{Lang: smartcity.English, Weights: w}))
	// 0.35 + 0.75 + 0.975 + 0.9 + 0.35 = 3.325
	assert.Contains(t, b.String(), "- **Achievement index:** **3.33** (exactly 3.325)\n")

	bad := *e
	bad.Scores.Impact = "7"
	b.Reset()
	require.Error(t, evaluation.WriteReport(&b, &bad, evaluation.ReportOptions{}))
	assert.Zero(t, b.Len())
}
