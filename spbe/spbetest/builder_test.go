package spbetest_test

import (
	"testing"

	"github.com/kotacerdas/smartcity/spbe"
	"github.com/kotacerdas/smartcity/spbe/spbetest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func score(t *testing.T, a *spbe.Assessment) *spbe.Result {
	t.Helper()
	fw, err := a.ResolveFramework(nil)
	require.NoError(t, err)
	require.Empty(t, a.Validate(fw))
	res, err := fw.ScoreAssessment(a, spbe.Options{})
	require.NoError(t, err)
	return res
}

func TestAssessmentDefault(t *testing.T) {
	a := spbetest.Assessment().Build()
	assert.Equal(t, "Pemerintah Kab. Contoh", a.Instansi)
	assert.Equal(t, 2024, a.Year)
	assert.Equal(t, spbe.PermenPANRB59of2020, a.Framework)
	require.Len(t, a.Indicators, 47)
	for i, ans := range a.Indicators {
		assert.Equal(t, i+1, ans.Indicator)
		assert.Equal(t, spbe.Level(3), ans.Level)
	}
	res := score(t, a)
	assert.Equal(t, "3.00", res.Index.String())
	assert.Equal(t, spbe.Baik, res.Predicate)
}

func TestAssessmentBuilder(t *testing.T) {
	ev := spbe.Evidence{Title: "Perbup No. 12 Tahun 2023 tentang SPBE", URL: "https://jdih.rembangkab.go.id/perbup-12-2023"}
	tests := []struct {
		name  string
		build *spbetest.AssessmentBuilder
		check func(t *testing.T, a *spbe.Assessment)
		index string // the index it scores, "" when it cannot be scored
		err   error  // what Validate or scoring reports
	}{
		{
			name:  "instansi, year and note",
			build: spbetest.Assessment().Instansi("Pemerintah Kab. Rembang").Year(2023).Note("uji"),
			check: func(t *testing.T, a *spbe.Assessment) {
				assert.Equal(t, "Pemerintah Kab. Rembang", a.Instansi)
				assert.Equal(t, 2023, a.Year)
				assert.Equal(t, "uji", a.Note)
			},
			index: "3.00",
		},
		{
			// Indicator 12 weighs 2.50 %: two levels more add 0.05.
			name:  "one level",
			build: spbetest.Assessment().Level(12, 5),
			index: "3.05",
		},
		{
			name:  "all levels",
			build: allAt(spbetest.Assessment(), 47, 5),
			index: "5.00",
		},
		{
			name:  "unanswered",
			build: spbetest.Assessment().Unanswered(1, 47),
			check: func(t *testing.T, a *spbe.Assessment) { assert.Len(t, a.Indicators, 45) },
			err:   spbe.ErrUnanswered,
		},
		{
			name: "stages",
			build: spbetest.Assessment().Stages(12,
				spbe.StageLevel{Stage: spbe.Interviu, Level: 5},
				spbe.StageLevel{Stage: spbe.Mandiri, Level: 4}),
			check: func(t *testing.T, a *spbe.Assessment) {
				ans := a.Indicators[11]
				assert.Equal(t, spbe.Level(5), ans.Level)
				assert.Equal(t, spbe.Interviu, ans.Stage)
				assert.Len(t, ans.Stages, 2)
			},
			index: "3.05",
		},
		{
			name:  "explanation and evidence",
			build: spbetest.Assessment().Explanation(1, "Perbup SPBE terbit").Evidence(1, ev, ev),
			check: func(t *testing.T, a *spbe.Assessment) {
				assert.Equal(t, "Perbup SPBE terbit", a.Indicators[0].Explanation)
				assert.Equal(t, []spbe.Evidence{ev, ev}, a.Indicators[0].Evidence)
			},
			index: "3.00",
		},
		{
			name:  "unknown indicator",
			build: spbetest.Assessment().Level(99, 3),
			err:   spbe.ErrUnknownIndicator,
		},
		{
			name:  "level off the scale",
			build: spbetest.Assessment().Level(1, 7),
			err:   spbe.ErrLevelRange,
		},
		{
			name:  "level 0 in a framework that starts at 1",
			build: spbetest.Assessment().Level(1, 0),
			err:   spbe.ErrUnanswered,
		},
		{
			name:  "5/2018",
			build: spbetest.Assessment().Framework(must(spbe.Lookup(spbe.PermenPANRB5of2018))).Level(1, 0),
			check: func(t *testing.T, a *spbe.Assessment) {
				assert.Equal(t, spbe.PermenPANRB5of2018, a.Framework)
				assert.Equal(t, 2020, a.Year, "2024 is not a year of 5/2018")
				assert.Len(t, a.Indicators, 35)
			},
			// Indicator 1 of 5/2018 weighs 1.00 %: level 0 instead of 3
			// takes 0.03 off.
			index: "2.97",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := tt.build.Build()
			if tt.check != nil {
				tt.check(t, a)
			}
			if res := scoreBuilt(t, a, tt.err); res != nil {
				assert.Equal(t, tt.index, res.Index.String())
			}
		})
	}
}

func TestBuildCopies(t *testing.T) {
	b := spbetest.Assessment().Stages(1, spbe.StageLevel{Stage: spbe.Mandiri, Level: 2}).
		Evidence(1, spbe.Evidence{Title: "x", File: "x.pdf"})
	first := b.Build()
	first.Instansi = "changed"
	first.Indicators[0].Stages[0].Level = 5
	first.Indicators[0].Evidence[0].Title = "changed"
	first.Indicators[1].Level = 1
	second := b.Build()
	assert.Equal(t, "Pemerintah Kab. Contoh", second.Instansi)
	assert.Equal(t, spbe.Level(2), second.Indicators[0].Stages[0].Level)
	assert.Equal(t, "x", second.Indicators[0].Evidence[0].Title)
	assert.Equal(t, spbe.Level(3), second.Indicators[1].Level)
}

func TestFrameworkNil(t *testing.T) {
	a := spbetest.Assessment().Framework(nil).Build()
	assert.Equal(t, spbe.PermenPANRB59of2020, a.Framework)
	assert.Len(t, a.Indicators, 47)
}

// allAt sets indicators 1 to n of b at level l.
func allAt(b *spbetest.AssessmentBuilder, n int, l spbe.Level) *spbetest.AssessmentBuilder {
	for i := 1; i <= n; i++ {
		b.Level(i, l)
	}
	return b
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// pemdi returns PermenPANRB 8/2026, the Indeks Pemerintah Digital.
func pemdi() *spbe.Framework { return must(spbe.Lookup(spbe.PermenPANRB8of2026)) }

func TestAssessmentPemdi(t *testing.T) {
	base := func() *spbetest.AssessmentBuilder { return spbetest.Assessment().Framework(pemdi()) }
	tests := []struct {
		name     string
		build    *spbetest.AssessmentBuilder
		index    string // the index it scores, "" when it cannot be scored
		pred     spbe.Predicate
		external []spbe.ExternalLevel
		err      error // what scoring reports
	}{
		{name: "default", build: base(), index: "3.00", pred: spbe.Baik},
		{
			// Indicator 5 weighs 5 %: level 4 instead of 3 adds 0.05.
			name: "sdi score", build: base().External(5, spbe.SourceSDI, "70"), index: "3.05", pred: spbe.Baik,
			external: []spbe.ExternalLevel{{Indicator: 5, Source: "sdi", Score: "70", Level: 4}},
		},
		{
			name: "scores on edges take the higher level", build: base().External(6, spbe.SourceSJIG, "1.5").External(7, spbe.SourceEPSS, "4.2"),
			// 6 (3 %): level 3 → 2, −0.03; 7 (3 %): level 3 → 5, +0.06.
			index: "3.03", pred: spbe.Baik,
			external: []spbe.ExternalLevel{{Indicator: 6, Source: "sjig", Score: "1.5", Level: 2}, {Indicator: 7, Source: "epss", Score: "4.2", Level: 5}},
		},
		{
			name: "pending counts at level 1", build: base().External(5, spbe.SourceSDI, ""), index: "2.90", pred: spbe.Baik,
			external: []spbe.ExternalLevel{{Indicator: 5, Source: "sdi", Level: 1, Pending: true}},
		},
		{
			name: "level stated as well", build: base().External(5, spbe.SourceSDI, "100").Level(5, 5), index: "3.10", pred: spbe.Baik,
			external: []spbe.ExternalLevel{{Indicator: 5, Source: "sdi", Score: "100", Level: 5}},
		},
		{name: "level stated otherwise", build: base().External(5, spbe.SourceSDI, "70").Level(5, 3), err: spbe.ErrExternal},
		{name: "score out of range", build: base().External(5, spbe.SourceSDI, "100.01"), err: spbe.ErrExternal},
		{name: "score not a decimal", build: base().External(5, spbe.SourceSDI, "1e2"), err: spbe.ErrExternal},
		{name: "another source", build: base().External(5, spbe.SourceEPSS, "3"), err: spbe.ErrExternal},
		{name: "indicator without a conversion", build: base().External(1, spbe.SourceSDI, "70"), err: spbe.ErrExternal},
		{name: "all 1", build: allAt(base(), 20, 1), index: "1.00", pred: spbe.Kurang},
		{name: "all 4", build: allAt(base(), 20, 4), index: "4.00", pred: spbe.Memuaskan},
		{name: "all 5 but indicator 20", build: allAt(base(), 20, 5).Level(20, 4), index: "4.85", pred: spbe.Memuaskan},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := tt.build.Build()
			assert.Equal(t, spbe.PermenPANRB8of2026, a.Framework)
			assert.Equal(t, 2026, a.Year, "2024 is not a year of 8/2026")
			res := scoreBuilt(t, a, tt.err)
			if res == nil {
				return
			}
			assert.Equal(t, tt.index, res.Index.String())
			assert.Equal(t, tt.pred, res.Predicate)
			assert.Equal(t, tt.external, nilIfEmpty(res.External))
		})
	}
}

// scoreBuilt scores a under the framework it names; with want set, it
// checks that scoring fails with want, and returns nil.
func scoreBuilt(t *testing.T, a *spbe.Assessment, want error) *spbe.Result {
	t.Helper()
	fw, err := a.ResolveFramework(nil)
	require.NoError(t, err)
	res, err := fw.ScoreAssessment(a, spbe.Options{})
	if want != nil {
		require.ErrorIs(t, err, want)
		return nil
	}
	require.NoError(t, err)
	return res
}

func nilIfEmpty[T any](s []T) []T {
	if len(s) == 0 {
		return nil
	}
	return s
}

func TestBuildCopiesExternal(t *testing.T) {
	b := spbetest.Assessment().Framework(pemdi()).External(5, spbe.SourceSDI, "70")
	first := b.Build()
	first.Indicators[4].External.Score = "10"
	assert.Equal(t, "70", b.Build().Indicators[4].External.Score)
}
