package main

import (
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
)

// Every figure of the text output is written by the methods of
// smartcity.Lang: with a decimal comma in Indonesian, the default, and a
// decimal point in English. None of these outputs holds rupiah or another
// grouped amount, so a point between digits in Indonesian, or a comma in
// English, is a figure written in the other language.
func TestTextFiguresFollowLang(t *testing.T) {
	for _, args := range [][]string{
		{"spbe", "score", spbeTestdata("sumedang-2024.json")},
		{"spbe", "score", spbeCLITestdata("cohort-2025-2026.json")},
		{"spbe", "score", pemdi2026},
		{"spbe", "compare", spbeTestdata("rembang-2023.json"), spbeTestdata("rembang-2024.json")},
		{"spbe", "cohort", spbeCLITestdata("cohort-2025-2026.json")},
		{"spbe", "plan", "--target", "4.2", spbeTestdata("rembang-2024.json")},
		{"spbe", "frameworks"},
		{"eval", "score", evalTestdata("single.json")},
		{"eval", "score", libraryEvalTestdata("cohort.json")},
	} {
		for lang, other := range map[string]*regexp.Regexp{"id": regexp.MustCompile(`\d\.\d`), "en": regexp.MustCompile(`\d,\d`)} {
			out := runOK(t, "", append(args, "--lang", lang)...)
			assert.Empty(t, other.FindAllString(out, -1), "%v --lang %s:\n%s", args, lang, out)
		}
	}
}

// indexTexts writes what Lang.Decimal writes of an index, keeping at most
// maxIndexTexts texts.
func TestIndexTexts(t *testing.T) {
	for _, lang := range []smartcity.Lang{smartcity.Indonesian, smartcity.English} {
		texts := indexTexts{lang: lang}
		for num := range int64(maxIndexTexts + 10) {
			x := smartcity.NewNumber(num, 1000)
			want := lang.Decimal(x.String())
			require.Equal(t, want, texts.text(x))
			require.Equal(t, want, texts.text(x), "kept")
		}
		assert.Len(t, texts.seen, maxIndexTexts)
		assert.Equal(t, map[smartcity.Lang]string{smartcity.Indonesian: "12,35", smartcity.English: "12.35"}[lang], texts.text(smartcity.NewNumber(12345, 1000)))
	}
}
