package evaluation

import (
	"encoding/json"
	"errors"
	"slices"
	"strconv"
	"strings"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/check"
	"github.com/kotacerdas/smartcity/internal/enum"
	"github.com/kotacerdas/smartcity/pillar"
)

// Validate checks the evaluation and returns every problem found: the
// region, a four-digit year and the stage are required, all five scores
// are required and must be decimals from 0 to 5, and so must the pillar
// scores and the previous index when given. The evaluation can be scored
// when the result has no error: Problems.Err() is nil.
func (e *Evaluation) Validate() smartcity.Problems {
	c := new(checker)
	if e == nil {
		c.add("", "nil_evaluation")
		return c.problems
	}
	c.evaluation("", e)
	return c.problems
}

// Validate checks every evaluation of the cohort as Evaluation.Validate
// does, with paths that start with the evaluation's index
// ("[3].scores.impact"), and reports a region evaluated twice for the same
// year, which would take two places in the ranking.
func (c Cohort) Validate() smartcity.Problems {
	ch := new(checker)
	type key struct {
		region string
		year   int
	}
	seen := make(map[key]int, len(c))
	for i := range c {
		e := &c[i]
		ch.evaluation(index(i)+".", e)
		if strings.TrimSpace(e.Region) == "" || e.Year == 0 {
			continue
		}
		k := key{enum.Fold(e.Region), e.Year}
		if first, dup := seen[k]; dup {
			ch.add(index(i)+".region", "evaluation_unique", strconv.Quote(e.Region), strconv.Itoa(e.Year), index(first))
			continue
		}
		seen[k] = i
	}
	return ch.problems
}

// index is the path of the i-th evaluation of a cohort, "[3]".
func index(i int) string { return "[" + strconv.Itoa(i) + "]" }

// evaluation checks one evaluation; base prefixes the paths.
func (c *checker) evaluation(base string, e *Evaluation) {
	if strings.TrimSpace(e.Region) == "" {
		c.need(base + "region")
	}
	switch {
	case e.Year == 0:
		c.need(base + "year")
	case !check.ValidYear(e.Year):
		c.fail(base+"year", "year", check.Year(e.Year))
	}
	switch {
	case e.Stage == 0:
		c.need(base + "stage")
	case !e.Stage.isValid():
		c.undeclaredEnum(base+"stage", e.Stage)
	}
	for d := range Dimensions() {
		c.score(base+"scores."+d.String(), e.Scores.Of(d), true)
	}
	pillars := make([]pillar.Pillar, 0, len(e.PillarScores))
	for p := range e.PillarScores {
		pillars = append(pillars, p)
	}
	slices.Sort(pillars)
	for _, p := range pillars {
		path := base + "pillar_scores." + p.String()
		if !p.IsValid() {
			c.undeclaredEnum(path, p)
			continue
		}
		c.score(path, e.PillarScores[p], true)
	}
	c.score(base+"previous_index", e.PreviousIndex, false)
	for i, n := range e.Notes {
		if strings.TrimSpace(n) == "" {
			c.need(base + "notes" + index(i))
		}
	}
}

// score checks a score or an index: a decimal from 0 to 5 with at most
// 16 decimals, required or not.
func (c *checker) score(path string, v json.Number, required bool) {
	err := checkScore(v)
	switch {
	case err == nil:
	case errors.Is(err, errScoreMissing):
		if required {
			c.need(path)
		}
	case errors.Is(err, errScoreRange):
		c.add(path, "score_range", label(path), string(v))
	case errors.Is(err, errScoreDigits):
		c.add(path, "score_decimals", label(path), string(v))
	default:
		c.fail(path, "number", check.Number(label(path), strconv.Quote(string(v))))
	}
}
