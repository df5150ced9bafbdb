package evaluation

import (
	"fmt"
	"strings"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/check"
	"github.com/kotacerdas/smartcity/internal/i18n"
	"github.com/kotacerdas/smartcity/pillar"
)

// ruleTexts are the messages of the rules Validate applies, by rule code,
// in English; words gives their Indonesian. The rules a plan's check
// applies too ("required", "enum", "year", "number") say themselves as
// internal/check says them.
var ruleTexts = map[string]string{
	"nil_evaluation":    "the evaluation is empty",
	"score_range":       "%s %s must lie between 0 and 5",
	"score_decimals":    "%s %s has more than 16 decimals",
	"evaluation_unique": "%s is already evaluated for %s at %s",
}

// fieldLabels name an evaluation's fields in messages, in English, by
// their JSON names; words gives their Indonesian. A score is named by its
// dimension or pillar instead.
var fieldLabels = map[string]string{
	"region":         "region",
	"province":       "province",
	"year":           "evaluation year",
	"stage":          "evaluation stage",
	"scores":         "scores",
	"previous_index": "previous year's index",
	"notes[]":        "note",
}

// words are the package's messages in Indonesian, keyed by their English
// (internal/i18n).
var words = i18n.Table{
	// Rules.
	"the evaluation is empty":              "evaluasi kosong",
	"%s %s must lie between 0 and 5":       "%s %s harus di antara 0 dan 5",
	"%s %s has more than 16 decimals":      "%s %s memiliki lebih dari 16 angka desimal",
	"%s is already evaluated for %s at %s": "%s tahun %s sudah dievaluasi di %s",

	// Field labels.
	"region":                 "daerah",
	"province":               "provinsi",
	"evaluation year":        "tahun evaluasi",
	"evaluation stage":       "tahap evaluasi",
	"scores":                 "skor",
	"previous year's index":  "indeks tahun sebelumnya",
	"note":                   "catatan",
	"%s score":               "skor %s",
	"score of the %s pillar": "skor pilar %s",
	"pillar score":           "skor pilar",

	// Scoring.
	"evaluation: the index of %s in %d does not fit in an int64 fraction": "evaluation: indeks %s tahun %d tidak muat dalam pecahan int64",

	// Weights.
	"invalid evaluation weights":                             "bobot evaluasi tidak sah",
	"evaluation: weights: %w":                                "evaluation: bobot: %w",
	"a weight must be a whole percent from 0 to 100, not %d": "bobot harus persen bulat dari 0 sampai 100, bukan %d",
	"the weights sum to %d, not 100":                         "jumlah bobot %d, bukan 100",
	"no weights given; want %s":                              "bobot tidak diberikan; seharusnya %s",
	"an empty part between commas; want dimension=percent":   "ada bagian kosong di antara koma; seharusnya dimensi=persen",
	"%s: want dimension=percent":                             "%s: seharusnya dimensi=persen",
	"%s: unknown dimension; want one of %s":                  "%s: dimensi tidak dikenal; seharusnya salah satu dari %s",
	"%s: %s is given twice":                                  "%s: %s diberikan dua kali",
	"%s: a weight must be a whole percent from 0 to 100":     "%s: bobot harus persen bulat dari 0 sampai 100",
	"missing %s; give all five dimensions":                   "%s tidak ada; berikan kelima dimensi",

	// What its enums name.
	"evaluation dimension": "dimensi evaluasi",
}

// checker collects the problems of one evaluation or cohort.
type checker struct {
	problems smartcity.Problems
}

// add records an error of rule at path, its message made from params,
// which say themselves in either language where they have to (a label).
func (c *checker) add(path, rule string, params ...any) {
	c.fail(path, rule, i18n.Errorf(words, ruleTexts[rule], params...))
}

// fail records an error of rule at path whose message is err's.
func (c *checker) fail(path, rule string, err error) {
	c.problems = c.problems.Add(smartcity.DefaultMaxProblems, smartcity.Problem{Path: path, Rule: rule, Severity: smartcity.Error, Err: err})
}

// need reports a required field left empty.
func (c *checker) need(path string) { c.fail(path, "required", check.Required(label(path))) }

// undeclaredEnum reports a value of an enum set in code that is not
// declared.
func (c *checker) undeclaredEnum(path string, v fmt.Stringer) {
	c.fail(path, "enum", check.Unknown(label(path), v.String()))
}

// label names the field at the end of a path such as "[3].scores.impact",
// in either language: a score by its dimension or pillar, another field
// by fieldLabels, and a field without a label by its JSON name.
type label string

// String returns the label in English.
func (l label) String() string { return l.Message(smartcity.English) }

// Message returns the label in lang.
func (l label) Message(lang smartcity.Lang) string {
	path := string(l)
	parent, field := lastTwo(path)
	switch parent {
	case "scores":
		if d, err := dimensions.Parse(field); err == nil {
			return words.Sprintf(lang, "%s score", d.Name(lang))
		}
	case "pillar_scores":
		if p, err := pillar.Parse(field); err == nil {
			return words.Sprintf(lang, "score of the %s pillar", p.Name(lang))
		}
		return words.Sprintf(lang, "pillar score")
	}
	key := field
	if strings.HasSuffix(path, "]") {
		key += "[]"
	}
	if en, ok := fieldLabels[key]; ok {
		return words.Sprintf(lang, en)
	}
	return field
}

// lastTwo returns the last two segments of a dotted path, without their
// indexes: "[3].scores.impact" gives "scores" and "impact".
func lastTwo(path string) (parent, field string) {
	strip := func(seg string) string {
		if i := strings.IndexByte(seg, '['); i >= 0 {
			return seg[:i]
		}
		return seg
	}
	segs := strings.Split(path, ".")
	field = strip(segs[len(segs)-1])
	if len(segs) > 1 {
		parent = strip(segs[len(segs)-2])
	}
	return parent, field
}
