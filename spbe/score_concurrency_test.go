package spbe_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/spbe"
	"github.com/kotacerdas/smartcity/spbe/spbetest"
)

// workers is how many goroutines share the inputs.
const workers = 32

// outcome is everything one pass computes from the shared inputs, so that
// each goroutine's pass can be compared with the sequential one.
type outcome struct {
	results  []*spbe.Result
	problems []string
	compare  *spbe.Comparison
	plan     *spbe.Plan
	cohort   *spbe.Cohort
	report   string
	levels   []spbe.Level
	lookups  []string
}

// pass scores, validates, compares, plans, ranks and reports the shared
// assessments, reading the built-in catalogues as it goes. It runs on
// goroutines other than the test's, so it returns what fails rather than
// stopping the test.
func pass(as []*spbe.Assessment, custom *spbe.Framework) (outcome, error) {
	var out outcome
	var members []spbe.Member
	res := new(spbe.Result) // reused, as a caller scoring many would
	for _, a := range as {
		fw, err := a.ResolveFramework(nil)
		if err != nil {
			out.problems = append(out.problems, err.Error())
			continue
		}
		if err := a.Validate(fw); err != nil {
			out.problems = append(out.problems, err.Error())
		}
		if err := a.Validate(custom); err != nil {
			out.problems = append(out.problems, err.Error())
		}
		r, err := fw.ScoreAssessment(a, spbe.Options{Basis: spbe.Rounded})
		if err != nil {
			out.problems = append(out.problems, err.Error())
			continue
		}
		out.results = append(out.results, r)
		if err := fw.ScoreInto(res, r.Levels, spbe.Options{}); err != nil || res.Index.Cmp(r.Index) != 0 {
			out.problems = append(out.problems, fmt.Sprintf("ScoreInto of %s: %v", a.Instansi, err))
		}
		if fw == spbe.Default() {
			members = append(members, spbe.MemberOf(a.Instansi, a.Year, r))
		}
	}
	var err error
	if out.cohort, err = spbe.NewCohort(spbe.Default(), members); err != nil {
		return out, err
	}
	if out.compare, err = spbe.Compare(spbe.Scored{Result: out.results[0]}, spbe.Scored{Result: out.results[1]}); err != nil {
		return out, err
	}
	if out.plan, err = spbe.Default().Plan(out.results[1].Levels, spbe.Target{Predicate: spbe.SangatBaik}, spbe.PlanOptions{}); err != nil {
		return out, err
	}
	var buf bytes.Buffer
	scored := spbe.Scored{Instansi: as[1].Instansi, Year: as[1].Year, Result: out.results[1]}
	if err := spbe.WriteReport(&buf, scored, spbe.ReportOptions{Lang: smartcity.English}); err != nil {
		return out, err
	}
	out.report = buf.String()

	for fw := range spbe.Frameworks() {
		// A level written by its name, as a long CSV may write it.
		a, err := spbe.DecodeLongCSV(strings.NewReader("indikator,level\n1,"+fw.LevelName(1, 3).ID+"\n"), spbe.ReadOptions{Framework: fw})
		if err != nil {
			return out, err
		}
		out.levels = append(out.levels, a.Indicators[0].Level)
		out.lookups = append(out.lookups, fw.ID())
	}
	for _, year := range []int{2018, 2021, 2024} {
		fw, ok := spbe.ForYear(year)
		if !ok {
			return out, fmt.Errorf("no framework for %d", year)
		}
		byID, err := spbe.Lookup(fw.ID())
		if err != nil {
			return out, err
		}
		if byID != fw {
			return out, fmt.Errorf("Lookup(%q) is not ForYear(%d)", fw.ID(), year)
		}
		out.lookups = append(out.lookups, fw.ID())
	}
	return out, nil
}

// TestConcurrentScoring: the built-in frameworks, a loaded framework and
// the scoring, checking, comparing, planning, ranking and reporting built
// on them are safe for concurrent use. Thirty-two goroutines work on the
// same assessments at once, and each gets what a single one gets; run
// with -race.
func TestConcurrentScoring(t *testing.T) {
	rng := rand.New(rand.NewPCG(32, 32))
	as := []*spbe.Assessment{spbetest.Rembang2023(), spbetest.Rembang2024(), spbetest.Sumedang2023(), spbetest.Sumedang2024()}
	for range 8 {
		as = append(as, spbetest.Random(rng, nil))
	}
	old, err := spbe.Lookup("permenpanrb-5-2018")
	require.NoError(t, err)
	as = append(as, spbetest.Random(rng, old))
	broken := spbetest.Assessment().Level(1, 9).Unanswered(2).Build()
	as = append(as, broken)

	spec, err := json.Marshal(spbe.Default())
	require.NoError(t, err)
	custom, err := spbe.UnmarshalFramework(spec)
	require.NoError(t, err)

	want, err := pass(as, custom)
	require.NoError(t, err)
	require.Len(t, want.results, len(as)-1)
	// The 5/2018 assessment is not for the loaded copy of 59/2020; the
	// broken one fails both checks and scoring.
	require.Len(t, want.problems, 4, "%q", want.problems)
	assert.Contains(t, want.problems[0], "framework mismatch")
	assert.Contains(t, want.problems[3], "level 9 is outside 1–5; indicators: unanswered indicator")

	got := make([]outcome, workers)
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() { got[w], errs[w] = pass(as, custom) })
	}
	wg.Wait()
	for w := range workers {
		require.NoError(t, errs[w], "goroutine %d", w)
		assert.Equal(t, want, got[w], "goroutine %d", w)
	}
}

// TestConcurrentWideReads: many goroutines each stream the same wide CSV
// and score it row by row, with the results of one.
func TestConcurrentWideReads(t *testing.T) {
	data := randomWide(t, 64, 40, true)
	read := func() ([]smartcity.Number, error) {
		var out []smartcity.Number
		for s, err := range spbe.ScoreAll(bytes.NewReader(data), spbe.ScoreAllOptions{Reuse: true}) {
			if err != nil {
				return out, err
			}
			out = append(out, s.Result.Index)
		}
		return out, nil
	}
	want, err := read()
	require.NoError(t, err)
	require.Len(t, want, 40)
	got := make([][]smartcity.Number, workers)
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() { got[w], errs[w] = read() })
	}
	wg.Wait()
	for w := range workers {
		require.NoError(t, errs[w], "goroutine %d", w)
		assert.Equal(t, want, got[w], "goroutine %d", w)
	}
}
