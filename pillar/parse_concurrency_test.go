package pillar_test

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/pillar"
)

// TestConcurrentCatalogues: the catalogues and their parsers, built once
// when the package is initialised, are safe for concurrent use.
// Thirty-two goroutines parse the same codes, names and typos (whose
// suggestions need the edit distance) and summarise the same scorecard at
// once, and each gets what a single one gets; run with -race.
func TestConcurrentCatalogues(t *testing.T) {
	inputs := []string{"GOV", "gov.svc", "Smart Mobility", "Tata Kelola Birokrasi", "Goverance", "LIV.MOV", "x", "", "Smart Peopel", "wajah kota"}
	card, err := pillar.NewScorecard("Kabupaten Rembang", pillar.Scale{Min: 0, Max: 100}, map[pillar.Element]float64{
		pillar.PublicService: 80, pillar.Mobility: 30, pillar.Waste: 40, pillar.Energy: 60,
	})
	require.NoError(t, err)

	type outcome struct {
		parsed  []string
		names   []string
		summary pillar.Summary
	}
	pass := func() outcome {
		var out outcome
		for _, s := range inputs {
			p, err := pillar.Parse(s)
			e, err2 := pillar.ParseElement(s)
			var g pillar.GiffingerCharacteristic
			err3 := g.UnmarshalText([]byte(s))
			var th pillar.ISOTheme
			err4 := th.UnmarshalText([]byte(s))
			for _, r := range []struct {
				v   any
				err error
			}{{p, err}, {e, err2}, {g, err3}, {th, err4}} {
				if r.err != nil {
					out.parsed = append(out.parsed, r.err.Error())
				} else {
					out.parsed = append(out.parsed, r.v.(interface{ String() string }).String())
				}
			}
		}
		for e := range pillar.AllElements() {
			out.names = append(out.names, e.Name(smartcity.English), e.Pillar().Name(smartcity.Indonesian))
			for _, c := range e.Giffinger() {
				out.names = append(out.names, c.String())
			}
			for _, th := range e.ISOThemes() {
				out.names = append(out.names, th.String())
			}
		}
		out.summary = card.Summarize(pillar.Weights{})
		return out
	}

	got := make([]outcome, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() { got[w] = pass() })
	}
	wg.Wait()
	want := pass()
	assert.Contains(t, want.parsed, `unknown pillar "Goverance" (did you mean GOV?)`)
	for w := range workers {
		assert.Equal(t, want, got[w], "goroutine %d", w)
	}
}

// workers is how many goroutines share the catalogues.
const workers = 32
