package evaltest

import (
	"encoding/json"
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"

	"github.com/kotacerdas/smartcity/masterplan/evaluation"
	"github.com/kotacerdas/smartcity/pillar"
)

// defaultScore is the score of each of the five dimensions of a new
// builder's evaluation, which makes an index of 3 under any weights.
const defaultScore json.Number = "3"

// EvaluationBuilder builds a evaluation.Evaluation from a valid default.
// Its methods change the evaluation in place and return the builder; Build
// returns a copy, so one builder can make several variants.
type EvaluationBuilder struct {
	e evaluation.Evaluation
}

// Evaluation returns a builder holding a valid evaluation of Kabupaten
// Contoh in Jawa Tengah in 2024, stage I, every dimension scored 3.
func Evaluation() *EvaluationBuilder {
	b := &EvaluationBuilder{e: evaluation.Evaluation{
		Region:   "Kabupaten Contoh",
		Province: "Jawa Tengah",
		Year:     2024,
		Stage:    evaluation.StageI,
	}}
	for d := range evaluation.Dimensions() {
		b.Score(d, defaultScore)
	}
	return b
}

// Score sets the score of dimension d, a decimal such as "3.75"; "" leaves
// it unscored, which makes the evaluation invalid. A dimension that is not
// one of the five changes nothing.
func (b *EvaluationBuilder) Score(d evaluation.Dimension, v json.Number) *EvaluationBuilder {
	s := &b.e.Scores
	switch d {
	case evaluation.DimensionBaseline:
		s.Baseline = v
	case evaluation.DimensionOutput:
		s.Output = v
	case evaluation.DimensionOutcome:
		s.Outcome = v
	case evaluation.DimensionImpact:
		s.Impact = v
	case evaluation.DimensionQuickWin:
		s.QuickWin = v
	}
	return b
}

// PillarScore sets the score of pillar p; "" removes it.
func (b *EvaluationBuilder) PillarScore(p pillar.Pillar, v json.Number) *EvaluationBuilder {
	if v == "" {
		delete(b.e.PillarScores, p)
		return b
	}
	if b.e.PillarScores == nil {
		b.e.PillarScores = map[pillar.Pillar]json.Number{}
	}
	b.e.PillarScores[p] = v
	return b
}

// PreviousIndex sets last year's index as published; "" removes it.
func (b *EvaluationBuilder) PreviousIndex(v json.Number) *EvaluationBuilder {
	b.e.PreviousIndex = v
	return b
}

// Notes adds remarks about the evaluation.
func (b *EvaluationBuilder) Notes(notes ...string) *EvaluationBuilder {
	b.e.Notes = append(b.e.Notes, notes...)
	return b
}

// Build returns the evaluation built so far, a deep copy that shares
// nothing with the builder.
func (b *EvaluationBuilder) Build() *evaluation.Evaluation {
	e := b.e
	e.PillarScores = maps.Clone(b.e.PillarScores)
	e.Notes = slices.Clone(b.e.Notes)
	return &e
}

// Random returns a valid evaluation drawn from rng: a made-up
// kabupaten or kota, a year from 2020 to 2029, either stage, the five
// scores as decimals of up to two places from 0 to 5, and in some
// evaluations pillar scores and last year's index. The same seed gives the
// same evaluation; a nil rng is a generator seeded with zeros.
func Random(rng *rand.Rand) *evaluation.Evaluation {
	if rng == nil {
		rng = rand.New(rand.NewPCG(0, 0))
	}
	kinds := [...]string{"Kabupaten", "Kota"}
	b := Evaluation()
	b.e.Region = kinds[rng.IntN(len(kinds))] + " " + regionNames[rng.IntN(len(regionNames))]
	b.e.Province = provinceNames[rng.IntN(len(provinceNames))]
	b.e.Year = 2020 + rng.IntN(10)
	b.e.Stage = evaluation.Stage(1 + rng.IntN(2))
	if rng.IntN(4) == 0 {
		b.e.Province = ""
	}
	for d := range evaluation.Dimensions() {
		b.Score(d, randomScore(rng))
	}
	if rng.IntN(2) == 0 {
		for p := range pillar.All() {
			b.PillarScore(p, randomScore(rng))
		}
	}
	if rng.IntN(2) == 0 {
		b.PreviousIndex(randomScore(rng))
	}
	return b.Build()
}

// RandomCohort returns n valid evaluations of one year (the first's),
// each of its own region, as Random draws them: a cohort that
// Cohort.Score ranks.
func RandomCohort(rng *rand.Rand, n int) evaluation.Cohort {
	if rng == nil {
		rng = rand.New(rand.NewPCG(0, 0))
	}
	c := make(evaluation.Cohort, 0, max(n, 0))
	for i := range n {
		e := Random(rng)
		e.Region = fmt.Sprintf("%s %d", e.Region, i+1)
		if i > 0 {
			e.Year = c[0].Year
		}
		c = append(c, *e)
	}
	return c
}

// Made-up names for random evaluations.
var (
	regionNames   = [...]string{"Contoh", "Sukamaju", "Mekarsari", "Tanjung Harapan", "Sumber Rejeki", "Wanasari", "Karang Tengah", "Pasir Putih"}
	provinceNames = [...]string{"Jawa Tengah", "Jawa Barat", "Jawa Timur", "Sumatera Utara", "Sulawesi Selatan", "Kalimantan Timur", "Nusa Tenggara Barat", "Papua"}
)

// randomScore returns a decimal from 0 to 5 with up to two places, as the
// ministry publishes scores: "3", "3.5", "3.75".
func randomScore(rng *rand.Rand) json.Number {
	h := rng.IntN(501)
	switch {
	case h%100 == 0:
		return json.Number(fmt.Sprintf("%d", h/100))
	case h%10 == 0:
		return json.Number(fmt.Sprintf("%d.%d", h/100, h%100/10))
	}
	return json.Number(fmt.Sprintf("%d.%02d", h/100, h%100))
}
