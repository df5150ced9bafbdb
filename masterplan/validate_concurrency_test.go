package masterplan_test

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/masterplan"
	"github.com/kotacerdas/smartcity/masterplan/evaluation"
	"github.com/kotacerdas/smartcity/masterplan/evaluation/evaltest"
	"github.com/kotacerdas/smartcity/masterplan/plantest"
)

// workers is how many goroutines share the documents.
const workers = 32

// shared are the documents every goroutine works on at once.
type shared struct {
	plans       []*masterplan.Plan
	evaluations []*evaluation.Evaluation
	cohort      evaluation.Cohort
	progress    *masterplan.Progress
}

// outcome is everything one pass computes from the shared documents.
type outcome struct {
	problems  []string // the messages of every check, in both languages
	summaries []*masterplan.Summary
	indices   []string
	standings []evaluation.Standing
	progress  *masterplan.ProgressReport
	reports   []string
}

// pass validates, summarises, scores, ranks, checks and reports the shared
// documents. It runs on goroutines other than the test's, so it returns
// what fails rather than stopping the test.
func (s *shared) pass() (outcome, error) {
	var out outcome
	for _, lang := range []smartcity.Lang{smartcity.Indonesian, smartcity.English} {
		msgs := func(ps smartcity.Problems) {
			for _, p := range ps {
				out.problems = append(out.problems, p.Message(lang))
			}
		}
		opts := masterplan.ValidateOptions{RequireQuickWinPerPillar: lang == smartcity.English}
		for _, p := range s.plans {
			msgs(p.Validate(opts))
		}
		for _, e := range s.evaluations {
			msgs(e.Validate())
		}
		msgs(s.cohort.Validate())
		msgs(s.progress.Validate(s.plans[0], opts))
	}
	for _, p := range s.plans[:2] {
		sum, err := p.Summarize()
		if err != nil {
			return out, err
		}
		out.summaries = append(out.summaries, sum)
	}
	var buf bytes.Buffer
	if err := s.plans[0].WriteReport(&buf, masterplan.ReportOptions{Lang: smartcity.English}); err != nil {
		return out, err
	}
	out.reports = append(out.reports, buf.String())
	for _, e := range s.evaluations[:2] {
		res, err := e.Score(evaluation.Weights{})
		if err != nil {
			return out, err
		}
		out.indices = append(out.indices, res.Index.Exact())
	}
	buf.Reset()
	if err := evaluation.WriteReport(&buf, s.evaluations[0], evaluation.ReportOptions{}); err != nil {
		return out, err
	}
	out.reports = append(out.reports, buf.String())
	var err error
	if out.standings, err = s.cohort.Score(evaluation.Weights{Outcome: 40, Output: 20, Impact: 20, QuickWin: 10, Baseline: 10}); err != nil {
		return out, err
	}
	if out.progress, err = s.progress.Report(s.plans[0], 2024); err != nil {
		return out, fmt.Errorf("progress: %w", err)
	}
	return out, nil
}

// TestConcurrentValidation: the package's validator, its translations and
// everything built on plans, evaluations and realisations are safe for
// concurrent use. Thirty-two goroutines check the same documents at once,
// in both languages, and each gets what a single one gets; run with -race.
func TestConcurrentValidation(t *testing.T) {
	rng := rand.New(rand.NewPCG(32, 1))
	broken := plantest.Plan().Edit(func(p *masterplan.Plan) {
		p.Programs[0].Budget[0].Year = 1990
		p.Programs[1].ID = p.Programs[0].ID
		p.Region.KemendagriCode = "xx"
		p.Vision = ""
	}).Build()
	s := &shared{
		plans:       []*masterplan.Plan{plantest.Rembang(), plantest.Random(rng, 6), broken},
		evaluations: []*evaluation.Evaluation{evaltest.Rembang2024(), evaltest.Random(rng), evaltest.Evaluation().Score(evaluation.DimensionImpact, "5.5").Build()},
		cohort:      evaltest.RandomCohort(rng, 10),
		progress:    plantest.RembangProgress2024(),
	}

	want, err := s.pass()
	require.NoError(t, err)
	require.NotEmpty(t, want.problems)
	assert.Contains(t, want.problems, "vision: visi wajib diisi")
	assert.Contains(t, want.problems, "vision: vision is required")

	got := make([]outcome, workers)
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() { got[w], errs[w] = s.pass() })
	}
	wg.Wait()
	for w := range workers {
		require.NoError(t, errs[w], "goroutine %d", w)
		assert.Equal(t, want, got[w], "goroutine %d", w)
	}
}
