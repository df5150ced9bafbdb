package pillar

import (
	"strconv"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/i18n"
)

// words says the package's messages in Indonesian, keyed by their English
// format (internal/i18n).
var words = i18n.Table{
	"empty cohort":                      "kohort kosong",
	"cohort needs at least two regions": "kohort memerlukan paling sedikit dua daerah",

	"pillar: invalid %s: %w":  "pillar: %s tidak sah: %w",
	"pillar: normalising: %w": "pillar: normalisasi: %w",
	"%q is on the scale %s, cohort[0] %q on %s: scorecards on different scales": "%q berada pada skala %s, cohort[0] %q pada %s: kartu skor pada skala yang berbeda",
	"pillar: normalising %q alone: %w":                                          "pillar: normalisasi %q seorang diri: %w",
	"pillar: decoding scorecard: %w":                                            "pillar: membaca kartu skor: %w",
	"must be a finite number, not %s":                                           "harus bilangan terhingga, bukan %s",
	"min (%s) must be below max (%s)":                                           "min (%s) harus di bawah max (%s)",
	"max − min must be a finite number":                                         "max − min harus bilangan terhingga",
	"must not be blank":                                                         "wajib diisi",
	"not a declared %s":                                                         "bukan %s yang dikenal",
	"must be a number, not NaN":                                                 "harus bilangan, bukan NaN",
	"must be finite, not %s":                                                    "harus terhingga, bukan %s",
	"%s is off the scale %s":                                                    "%s berada di luar skala %s",
	"names %s, as %q does":                                                      "menyebut %s, seperti %q",
	"share %d bp must be between 0 and %d":                                      "bagian %d bp harus antara 0 dan %d",
	"shares sum to %d bp, want %d (100 %%)":                                     "jumlah bagian %d bp, seharusnya %d (100 %%)",
	"shares of the pillar's elements sum to %d bp, want %d (100 %%)":            "jumlah bagian elemen pilar ini %d bp, seharusnya %d (100 %%)",
	"is the zero Scorecard, not one built by NewScorecard":                      "adalah Scorecard kosong, bukan buatan NewScorecard",

	// What is checked.
	"scale":     "skala",
	"scorecard": "kartu skor",
	"weights":   "bobot",
	"cohort":    "kohort",

	// What Parse reads.
	"pillar":                   "pilar",
	"element":                  "elemen",
	"Giffinger characteristic": "karakteristik Giffinger",
	"ISO 37120 theme":          "tema ISO 37120",
}

// problems collects the problems of a check.
type problems smartcity.Problems

// add records a problem at the field path that breaks rule; the message is
// formatted from format and args, and said in Indonesian from words.
func (ps *problems) add(path, rule, format string, args ...any) {
	*ps = append(*ps, smartcity.Problem{Path: path, Rule: rule, Severity: smartcity.Error, Err: i18n.Errorf(words, format, args...)})
}

// addErr records a problem at the field path whose broken rule is err.
func (ps *problems) addErr(path, rule string, err error) {
	*ps = append(*ps, smartcity.Problem{Path: path, Rule: rule, Severity: smartcity.Error, Err: err})
}

// err returns nil when no problem was found, and otherwise the problems
// under what was checked: `pillar: invalid scorecard "Kabupaten Rembang":
// …`, in Indonesian `pillar: kartu skor "Kabupaten Rembang" tidak sah: …`.
// errors.As finds the smartcity.Problems in it. what is one of the words
// of the table ("scorecard"), and name, when not empty, the region.
func (ps problems) err(what, name string) error {
	if len(ps) == 0 {
		return nil
	}
	return i18n.Errorf(words, "pillar: invalid %s: %w", subject{what, name}, smartcity.Problems(ps))
}

// subject is what a check looked at, said in either language.
type subject struct{ what, name string }

// String returns the subject in English.
func (s subject) String() string { return s.Message(smartcity.English) }

// Message returns the subject in lang: the word, then the name quoted.
func (s subject) Message(lang smartcity.Lang) string {
	w := words.Sprintf(lang, s.what)
	if s.name == "" {
		return w
	}
	return w + " " + strconv.Quote(s.name)
}
