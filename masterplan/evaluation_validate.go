package masterplan

import (
	"encoding/json"
	"errors"
	"slices"
	"strconv"
	"strings"

	"github.com/kotacerdas/smartcity/pillar"
)

// Validate checks the evaluation and returns every problem found, with
// messages in opts.Lang: the region, a four-digit year and the stage are
// required, all five scores are required and must be decimals from 0 to 5,
// and so must the pillar scores and the previous index when given. The
// evaluation can be scored when the result has no error: Problems.Err() is
// nil. ValidateOptions.RequireQuickWinPerPillar plays no part here.
func (e *Evaluation) Validate(opts ValidateOptions) Problems {
	c := newChecker(opts)
	if e == nil {
		c.add("", "nil_evaluation", Error)
		return c.problems
	}
	c.evaluation("", e)
	return c.problems
}

// Validate checks every evaluation of the cohort as Evaluation.Validate
// does, with paths that start with the evaluation's index
// ("[3].scores.impact"), and reports a region evaluated twice for the same
// year, which would take two places in the ranking.
func (c Cohort) Validate(opts ValidateOptions) Problems {
	ch := newChecker(opts)
	type key struct {
		region string
		year   int
	}
	seen := make(map[key]int, len(c))
	for i := range c {
		e := &c[i]
		ch.evaluation(index("", i)+".", e)
		if strings.TrimSpace(e.Region) == "" || e.Year == 0 {
			continue
		}
		k := key{norm(e.Region), e.Year}
		if first, dup := seen[k]; dup {
			ch.add(index("", i)+".region", "evaluation_unique", Error, strconv.Quote(e.Region), itoa(e.Year), index("", first))
			continue
		}
		seen[k] = i
	}
	return ch.problems
}

// newChecker returns a checker for documents other than the plan, with
// messages in opts.Lang.
func newChecker(opts ValidateOptions) *checker {
	e := theEngine()
	return &checker{opts: opts, col: langIndex(opts.Lang), t: e.trans[langIndex(opts.Lang)]}
}

// need reports a required field left empty, named by monitorLabel.
func (c *checker) need(path string) {
	c.add(path, "required", Error, monitorLabel(path, c.col))
}

// undeclaredEnum reports a value of an enum set in code that is not
// declared, named by monitorLabel.
func (c *checker) undeclaredEnum(path string, v interface {
	IsValid() bool
	String() string
}) {
	c.add(path, "enum", Error, monitorLabel(path, c.col), v.String())
}

// evaluation checks one evaluation; base prefixes the paths.
func (c *checker) evaluation(base string, e *Evaluation) {
	if strings.TrimSpace(e.Region) == "" {
		c.need(base + "region")
	}
	switch {
	case e.Year == 0:
		c.need(base + "year")
	case !validYear(e.Year):
		c.add(base+"year", "year", Error, itoa(e.Year))
	}
	switch {
	case e.Stage == 0:
		c.need(base + "stage")
	case !e.Stage.IsValid():
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
			c.need(index(base+"notes", i))
		}
	}
}

// score checks a score or an index: a decimal from 0 to 5, required or
// not.
func (c *checker) score(path string, v json.Number, required bool) {
	err := checkScore(v)
	switch {
	case err == nil:
	case errors.Is(err, errScoreMissing):
		if required {
			c.need(path)
		}
	case errors.Is(err, errScoreRange):
		c.add(path, "score_range", Error, monitorLabel(path, c.col), string(v))
	default:
		c.add(path, "number", Error, monitorLabel(path, c.col), strconv.Quote(string(v)))
	}
}
