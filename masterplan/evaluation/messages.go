package evaluation

import (
	"strings"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/i18n"
	"github.com/kotacerdas/smartcity/masterplan"
	"github.com/kotacerdas/smartcity/pillar"
)

// ruleTexts are the messages of the rules Validate applies, by rule code,
// in English; words gives their Indonesian. The codes are those a plan's
// check uses for the same rule.
var ruleTexts = map[string]string{
	"nil_evaluation":    "the evaluation is empty",
	"required":          "%s is required",
	"enum":              "%s has the unknown value %s",
	"year":              "year %s is not valid; write a four-digit year",
	"number":            "%s %s is not a valid decimal number",
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
	"the evaluation is empty":                       "evaluasi kosong",
	"%s is required":                                "%s wajib diisi",
	"%s has the unknown value %s":                   "%s bernilai %s yang tidak dikenal",
	"year %s is not valid; write a four-digit year": "tahun %s tidak sah; tulis tahun dengan empat angka",
	"%s %s is not a valid decimal number":           "%s %s bukan bilangan desimal yang sah",
	"%s %s must lie between 0 and 5":                "%s %s harus di antara 0 dan 5",
	"%s %s has more than 16 decimals":               "%s %s memiliki lebih dari 16 angka desimal",
	"%s is already evaluated for %s at %s":          "%s tahun %s sudah dievaluasi di %s",

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
}

// checker collects the problems of one evaluation or cohort, with
// messages in lang.
type checker struct {
	lang     smartcity.Lang
	problems masterplan.Problems
}

// add records an error of rule at path, its message made from params.
func (c *checker) add(path, rule string, params ...any) {
	c.problems = append(c.problems, masterplan.Problem{
		Path: path, Rule: rule, Severity: masterplan.Error, Message: words.Sprintf(c.lang, ruleTexts[rule], params...),
	})
}

// need reports a required field left empty.
func (c *checker) need(path string) { c.add(path, "required", c.label(path)) }

// undeclaredEnum reports a value of an enum set in code that is not
// declared.
func (c *checker) undeclaredEnum(path string, v interface {
	IsValid() bool
	String() string
}) {
	c.add(path, "enum", c.label(path), v.String())
}

// label names the field at the end of path, such as "[3].scores.impact",
// in the checker's language: a score by its dimension or pillar, another
// field by fieldLabels, and a field without a label by its JSON name.
func (c *checker) label(path string) string {
	parent, field := lastTwo(path)
	switch parent {
	case "scores":
		if d, err := ParseDimension(field); err == nil {
			return words.Sprintf(c.lang, "%s score", d.Name(c.lang))
		}
	case "pillar_scores":
		if p, err := pillar.Parse(field); err == nil {
			return words.Sprintf(c.lang, "score of the %s pillar", p.Name(c.lang))
		}
		return words.Sprintf(c.lang, "pillar score")
	}
	key := field
	if strings.HasSuffix(path, "]") {
		key += "[]"
	}
	if en, ok := fieldLabels[key]; ok {
		return words.Sprintf(c.lang, en)
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
